// The `one-visit` check (one_visit_check.hpp): the presence Net of the model explored without
// reduction; the worst visit count against the bound (reform:maxVisits or the `max-visits`
// option).
#include "one_visit_check.hpp"

#include <algorithm>

#include "findings.hpp"
#include "seamless/analysis/assumptions.hpp"

namespace seamless::plugins::one_visit {

namespace {

// Counts up to this many visits exactly (more read "at least"), and at least bound + 1.
constexpr std::uint32_t exact_visits = 16;
// The largest `max-visits` accepted.
constexpr std::int64_t max_bound = 100;

std::optional<std::uint32_t> configured_bound(const check::Options& options) {
  const auto it = options.find("max-visits");
  if (it == options.end()) return std::nullopt;
  if (const auto* v = std::get_if<std::int64_t>(&it->second))
    if (*v >= 0 && *v <= max_bound) return std::uint32_t(*v);
  return std::nullopt;
}

class OneVisitCheck final : public check::Check {
 public:
  std::string_view name() const override { return "one-visit"; }
  std::string_view summary() const override {
    return "the applicant completes the process in at most maxVisits visits";
  }
  std::string_view summary_zh() const override { return "申请人到场不超过 maxVisits 次即可办结"; }
  bool uses_case_data() const override { return true; }
  std::vector<check::OptionSpec> options() const override {
    return {{"max-visits", check::OptionType::integer,
             "the visit bound for every model it applies to, replacing reform:maxVisits (0: fully "
             "online)",
             0, max_bound, "适用模型的到场次数上限，取代 reform:maxVisits（0 表示全程网办）"}};
  }
  void run(const check::CheckContext& context, check::Findings& findings) const override {
    if (!analysis::has_applicant_role(context.model)) {
      findings.inconclusive(i18n::Text{"no applicant role", "没有申请人角色"});
      return;
    }
    if (context.options.count("max-visits") && !configured_bound(context.options)) {
      findings.inconclusive(i18n::Text{
          "the option max-visits must be an integer from 0 to " + std::to_string(max_bound),
          "选项 max-visits 须为 0 到 " + std::to_string(max_bound) + " 之间的整数"});
      return;
    }
    const std::uint32_t bound =
        configured_bound(context.options).value_or(analysis::max_visits_of(context.model));
    const analysis::VisitModel model =
        analysis::prepare_visit_model(context, std::max(bound + 1, exact_visits));
    analysis::note_assumptions(model.assumptions, findings);
    if (!model.unusable.empty()) {
      findings.inconclusive(model.unusable);
      return;
    }
    const analysis::VisitSpace space = analysis::explore_visits(context, model, {}, false);
    for (const auto& [name, value] : space.stats) findings.statistic(name, value);
    findings.statistic("visits", space.worst);
    if (space.worst > bound) {
      report_visits(context, model, space, bound, findings);
    } else if (!space.complete) {
      findings.inconclusive(space.limit);
    }
  }
};

}  // namespace

std::unique_ptr<check::Check> make_one_visit_check() {
  return std::make_unique<OneVisitCheck>();
}

}  // namespace seamless::plugins::one_visit
