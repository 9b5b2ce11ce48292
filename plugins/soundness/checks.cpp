// The four soundness checks (checks.hpp): each reports its part of the shared analysis.
#include "checks.hpp"

#include "analysis.hpp"
#include "seamless/analysis/assumptions.hpp"

namespace seamless::plugins::soundness {

namespace {

using Part = Verdict SoundnessAnalysis::*;

class SoundnessCheck final : public check::Check {
 public:
  SoundnessCheck(std::string_view name, std::string_view summary, std::string_view summary_zh,
                 Part part)
      : name_(name), summary_(summary), summary_zh_(summary_zh), part_(part) {}
  std::string_view name() const override { return name_; }
  std::string_view summary() const override { return summary_; }
  std::string_view summary_zh() const override { return summary_zh_; }
  bool uses_case_data() const override { return true; }
  void run(const check::CheckContext& context, check::Findings& findings) const override {
    const SoundnessAnalysis& analysis = soundness_analysis(context);
    const Verdict& verdict = analysis.*part_;
    for (const check::Finding& f : verdict.findings) {
      findings.add(f.severity, f.rule, f.element, f.location, f.message, f.message_zh);
      findings.last().counterexample = f.counterexample;
    }
    if (verdict.inconclusive) findings.inconclusive(verdict.reason);
    analysis::note_assumptions(analysis.assumptions, findings);
    for (const auto& [name, value] : analysis.stats) findings.statistic(name, value);
  }

 private:
  std::string_view name_, summary_, summary_zh_;
  Part part_;
};

}  // namespace

std::unique_ptr<check::Check> make_safeness_check() {
  return std::make_unique<SoundnessCheck>("safeness", "no sequence flow ever holds two tokens",
                                          "任何顺序流上都不会同时有两个令牌",
                                          &SoundnessAnalysis::safeness);
}
std::unique_ptr<check::Check> make_option_to_complete_check() {
  return std::make_unique<SoundnessCheck>(
      "option-to-complete", "every run can still complete (no deadlock, no livelock)",
      "每次运行都仍能完成（无死锁、无活锁）", &SoundnessAnalysis::option_to_complete);
}
std::unique_ptr<check::Check> make_proper_completion_check() {
  return std::make_unique<SoundnessCheck>(
      "proper-completion", "an end event is reached only when nothing else is left to do",
      "只有在没有其他剩余工作时才到达结束事件", &SoundnessAnalysis::proper_completion);
}
std::unique_ptr<check::Check> make_dead_activity_check() {
  return std::make_unique<SoundnessCheck>("dead-activity", "every activity runs in some run",
                                          "每个活动都会在某次运行中执行（无从不执行的活动）",
                                          &SoundnessAnalysis::dead_activity);
}

}  // namespace seamless::plugins::soundness
