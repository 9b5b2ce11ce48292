// Findings of the time-limit check (findings.hpp).
#include "findings.hpp"

#include <set>

#include "durations.hpp"
#include "seamless/analysis/names.hpp"

namespace seamless::plugins::time_limit {

namespace {

// Per step of the run (net.prefix, then the path): its index among the counterexample's steps,
// or -1 for a step that shows no node.
std::vector<long> step_indices(const semantics::Net& net, const explore::Path& path) {
  std::vector<long> out;
  long next = 0;
  auto add = [&](semantics::TransitionIndex t) {
    out.push_back(net.transitions[t].node == model::no_index ? -1 : next++);
  };
  for (semantics::TransitionIndex t : net.prefix) add(t);
  for (const explore::Step& s : path.steps) add(s.transition);
  return out;
}

void mark(check::RunStep& step, const i18n::Text& text) {
  const std::string& zh = step.note_zh.empty() ? step.note : step.note_zh;
  step.note_zh = zh.empty() ? text.zh : zh + "；" + text.zh;
  step.note = step.note.empty() ? text.en : step.note + "; " + text.en;
}

// What both findings start from: the process, the run's confirmed counterexample, and where each
// step of the run (net.prefix, then the path) shows among its steps.
struct Report {
  const semantics::Net& net;
  const model::Model& model;
  const model::Process& process;
  check::Counterexample counterexample;
  std::vector<long> index;  // step_indices
  std::size_t prefix;       // net.prefix.size(): the path's first step in `index`
};

// The report of `run`, or nothing after making the check inconclusive (the counterexample was not
// confirmed).
std::optional<Report> start_report(const Judged& j, const TimedRun& run,
                                   check::Findings& findings) {
  const semantics::Net& net = *j.explored.net;
  analysis::ConcreteRun cr =
      analysis::make_counterexample(j.explored.run_context(j.context), run.path);
  if (!cr.ok) {
    findings.inconclusive(
        {"internal error: the time-limit counterexample was not confirmed (" + cr.problem.en + ")",
         "内部错误：time-limit 的反例未能确认（" + cr.problem.zh_or_en() + "）"});
    return std::nullopt;
  }
  return Report{net,
                *net.model,
                net.model->processes[j.process],
                std::move(cr.counterexample),
                step_indices(net, run.path),
                net.prefix.size()};
}

}  // namespace

std::string process_label(const model::Process& process) {
  if (process.name.empty()) return "'" + process.id + "'";
  return "'" + process.name + "' (" + process.id + ")";
}

std::string process_label_zh(const model::Process& process) {
  if (process.name.empty()) return "“" + process.id + "”";
  return "“" + process.name + "”（" + process.id + "）";
}

void report_over_limit(const Judged& j, const TimedRun& run, check::Findings& findings) {
  std::optional<Report> report = start_report(j, run, findings);
  if (!report) return;
  auto& [net, m, process, cx, index, prefix] = *report;
  std::int64_t clock = 0;
  std::set<std::string> in_seam;
  auto on_chain = [&](std::size_t position, semantics::TransitionIndex t) {
    const std::int64_t w = j.weights[t];
    clock += w;
    const long i = index[position];
    if (i < 0) return;
    check::RunStep& step = cx.steps[std::size_t(i)];
    mark(step, w > 0 ? i18n::Text{"critical, " + iso_duration(w), "关键，" + iso_duration(w)}
                     : i18n::Text{"critical", "关键"});
    if (w <= 0) return;
    const model::Node& node = m.nodes[net.transitions[t].node];
    cx.add_note({"critical path: " + analysis::node_label(node) + " takes " + iso_duration(w) +
                     ", done after " + iso_duration(clock),
                 "关键路径：" + analysis::node_label_zh(node) + "用时 " + iso_duration(w) +
                     "，累计 " + iso_duration(clock) + " 时完成"});
    if (in_seam.insert(node.id).second) cx.seam.push_back(node.id);
  };
  if (run.prefix_on_chain) on_chain(*run.prefix_on_chain, net.prefix[*run.prefix_on_chain]);
  for (std::size_t i = 0; i < run.path.steps.size(); ++i)
    if (run.on_chain[i]) on_chain(prefix + i, run.path.steps[i].transition);
  const std::string limit = iso_duration(process.time_limit->seconds);
  cx.add_note({"total " + iso_duration(run.seconds) + " of work by process " +
                   process_label(process) + " against the limit " + limit,
               "流程" + process_label_zh(process) + "的工作共计 " + iso_duration(run.seconds) +
                   "，办理时限为 " + limit});
  if (j.all_steps && *j.all_steps != run.seconds)
    cx.add_note(
        {"with the steps of every process counted (the applicant's too), the " +
             std::string("longest complete run takes ") + iso_duration(*j.all_steps),
         "若计入所有流程的步骤（包括申请人的），最长完整运行用时 " + iso_duration(*j.all_steps)});
  cx.figures["seconds"] = run.seconds;
  cx.figures["limit-seconds"] = process.time_limit->seconds;
  findings.add(
      check::Severity::error, "over-time-limit", process.id, process.location,
      {"some complete run takes " + iso_duration(run.seconds) + ", more than the time limit " +
           process.time_limit->text + " of process " + process_label(process),
       "有完整运行用时 " + iso_duration(run.seconds) + "，超过流程" + process_label_zh(process) +
           "的办理时限 " + process.time_limit->text});
  findings.last().counterexample = std::move(cx);
}

void report_unbounded(const Judged& j, const TimedRun& run, check::Findings& findings) {
  std::optional<Report> report = start_report(j, run, findings);
  if (!report) return;
  auto& [net, m, process, cx, index, prefix] = *report;
  std::vector<std::string> names, names_zh;
  const model::Node* first_timed = nullptr;
  std::set<std::string> in_seam;
  for (std::size_t i = run.loop_begin; i < run.loop_end; ++i) {
    const semantics::TransitionIndex t = run.path.steps[i].transition;
    const long at = index[prefix + i];
    if (at < 0) continue;
    const std::int64_t w = j.weights[t];
    mark(cx.steps[std::size_t(at)],
         w > 0 ? i18n::Text{"loop, " + iso_duration(w), "循环，" + iso_duration(w)}
               : i18n::Text{"loop", "循环"});
    const model::Node& node = m.nodes[net.transitions[t].node];
    if (w > 0 && first_timed == nullptr) first_timed = &node;
    if (in_seam.insert(node.id).second) {
      cx.seam.push_back(node.id);
      names.push_back(analysis::node_label(node));
      names_zh.push_back(analysis::node_label_zh(node));
    }
  }
  std::string loop, loop_zh;
  for (const std::string& n : names) loop += (loop.empty() ? "" : " -> ") + n;
  for (const std::string& n : names_zh) loop_zh += (loop_zh.empty() ? "" : " -> ") + n;
  cx.add_note({"each round of the loop adds " + iso_duration(run.seconds) +
                   " to the run, which may take it again and again and still complete",
               "每绕循环一轮，运行用时增加 " + iso_duration(run.seconds) +
                   "；运行可以一再绕圈，最后仍能完成"});
  cx.figures["loop-seconds"] = run.seconds;
  cx.figures["limit-seconds"] = process.time_limit->seconds;
  const std::string element = first_timed ? first_timed->id : process.id;
  const model::Location location = first_timed ? first_timed->location : process.location;
  findings.add(check::Severity::error, "unbounded-loop", element, location,
               {"a complete run can go round the loop " + loop + " any number of times, each " +
                    "round adding " + iso_duration(run.seconds) +
                    ", so its time has no bound and " + "exceeds the time limit " +
                    process.time_limit->text + " of process " + process_label(process),
                "完整运行可以在循环 " + loop_zh + " 中绕任意多轮，每轮增加 " +
                    iso_duration(run.seconds) + "，因此用时没有上限，会超过流程" +
                    process_label_zh(process) + "的办理时限 " + process.time_limit->text});
  findings.last().counterexample = std::move(cx);
}

}  // namespace seamless::plugins::time_limit
