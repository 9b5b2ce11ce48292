// Gaps and overlaps at guarded gateways (spec/properties.md, `responsibility`, items 2 and 3),
// judged only for case data that reaches the gateway: every reachable state of the unreduced
// exploration with a token in front of the gateway is looked at in its data cell, and the first
// one (breadth-first) in which no condition holds, or two or more hold, gives the run. The run
// is concretised and replayed, and the gateway's conditions are evaluated on the concrete case
// data with the reference interpreter; a finding is reported only when they agree with the cell.
#include <algorithm>
#include <set>
#include <utility>

#include "findings.hpp"
#include "seamless/analysis/counterexample.hpp"
#include "seamless/analysis/names.hpp"
#include "seamless/expr/interpreter.hpp"
#include "seamless/guards/model_guards.hpp"

namespace seamless::plugins::responsibility {

namespace {

using FlowPair = std::pair<model::Index, model::Index>;

// What the gateway's conditions say on the concrete case data at the end of a run.
struct ConcreteDecision {
  bool ok = false;
  i18n::Text problem;
  std::string case_text;  // "area=400": the variables the conditions read, at the gateway
  bool changed = false;   // some of them differ from the case data the run started with
  std::vector<model::Index> holding;  // conditional flows whose guard is true
  std::vector<expr::Truth> truth;     // per conditional flow
};

ConcreteDecision decide(const check::CheckContext& context, const GuardedGateway& g,
                        const explore::CaseFrames& frames) {
  ConcreteDecision d;
  const model::Model& m = context.model;
  const model::Index process = m.nodes[g.node].process;
  if (context.guards == nullptr || process >= context.guards->processes.size() ||
      process >= frames.size() || frames[process].empty()) {
    d.problem = {"no case data for the gateway's process", "网关所在流程没有办件数据"};
    return d;
  }
  const expr::Environment& env = context.guards->processes[process].environment;
  const std::vector<std::int64_t>& slots = frames[process].back();  // the data at the gateway
  std::set<std::uint32_t> read;
  for (model::Index f : g.conditional) {
    const guards::FlowGuard* guard = context.guards->find(f);
    if (guard == nullptr || guard->status != guards::GuardStatus::ok || !guard->expr) {
      d.problem = {"the condition of '" + m.flows[f].id + "' cannot be evaluated",
                   "“" + m.flows[f].id + "”的条件无法求值"};
      return d;
    }
    for (const expr::Node& n : guard->expr->nodes)
      if (n.op == expr::Op::variable) read.insert(n.slot);
    if (slots.size() < env.variables().size()) {
      d.problem = {"incomplete case data", "办件数据不完整"};
      return d;
    }
    const expr::Truth t = expr::evaluate_truth(*guard->expr, slots.data());
    d.truth.push_back(t);
    if (t == expr::Truth::true_) d.holding.push_back(f);
  }
  for (std::uint32_t slot : read) {
    if (slot >= env.variables().size()) continue;
    const expr::Variable& v = env.variables()[slot];
    d.case_text += (d.case_text.empty() ? "" : ", ") + v.name + "=" +
                   analysis::value_text(slots[slot], v, env.strings());
    const std::vector<std::int64_t>& first = frames[process].front();
    d.changed = d.changed || (slot < first.size() && first[slot] != slots[slot]);
  }
  d.ok = true;
  return d;
}

model::Index target_department(const model::Model& m, model::Index flow) {
  const model::Index target = m.flows[flow].target;
  return target == model::no_index ? model::no_index : m.nodes[target].department;
}

i18n::Text branches_text(const model::Model& m, const std::vector<model::Index>& flows) {
  i18n::Text text;
  for (model::Index f : flows) {
    const model::Index d = target_department(m, f);
    text.en +=
        (text.en.empty() ? "" : ", ") + m.flows[f].id + " → " + analysis::department_label(m, d);
    text.zh +=
        (text.zh.empty() ? "" : "，") + m.flows[f].id + " → " + analysis::department_label_zh(m, d);
  }
  return text;
}

i18n::Text truth_text(expr::Truth t) {
  switch (t) {
    case expr::Truth::true_:
      return {"holds", "成立"};
    case expr::Truth::false_:
      return {"does not hold", "不成立"};
    case expr::Truth::null:
      return {"is null (does not hold)", "为 null（不成立）"};
  }
  return {"does not hold", "不成立"};
}

// One line per conditional branch: its condition, where it leads, and its value for the case.
std::vector<i18n::Text> branch_notes(const model::Model& m, const GuardedGateway& g,
                                     const ConcreteDecision& d) {
  std::vector<i18n::Text> notes;
  for (std::size_t i = 0; i < g.conditional.size(); ++i) {
    const model::SequenceFlow& f = m.flows[g.conditional[i]];
    const std::string head = f.id + " [" + (f.guard ? f.guard->text : "") + "] → ";
    const model::Index department = target_department(m, g.conditional[i]);
    i18n::Text line{head, head};
    if (f.target != model::no_index) {
      line.en += analysis::node_label(m.nodes[f.target]) + " of ";
      line.zh += analysis::department_label_zh(m, department) + "的" +
                 analysis::node_label_zh(m.nodes[f.target]);
    } else {
      line.zh += analysis::department_label_zh(m, department);
    }
    line.en += analysis::department_label(m, department);
    const i18n::Text truth = truth_text(d.truth[i]);
    notes.push_back({line.en + ": " + truth.en, line.zh + "：" + truth.zh});
  }
  return notes;
}

std::vector<std::string> department_ids(const model::Model& m,
                                        const std::vector<model::Index>& flows) {
  std::vector<std::string> ids;
  for (model::Index f : flows) {
    const model::Index d = target_department(m, f);
    if (d == model::no_index) continue;
    const std::string& id = m.departments[d].id;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

enum class Problem : std::uint8_t { gap, overlap };

class GatewayReporter {
 public:
  GatewayReporter(const check::CheckContext& context, const analysis::ExploredModel& explored,
                  check::Findings& findings)
      : context_(context),
        explored_(explored),
        run_(explored.run_context(context)),
        findings_(findings) {}

  // Reports the problem seen in `state` (token on `input`, `holding` true in its cell).
  void report(const GuardedGateway& g, Problem problem, explore::StateId state,
              semantics::PlaceIndex input, const std::vector<model::Index>& holding) {
    const model::Model& m = context_.model;
    const model::Node& node = m.nodes[g.node];
    const i18n::Text what =
        problem == Problem::gap ? i18n::Text{"gap", "空缺"} : i18n::Text{"overlap", "重叠"};
    analysis::ConcreteRun cr =
        analysis::make_counterexample(run_, explored_.exploration->path_to(state));
    if (!cr.ok) return unconfirmed(what, node, cr.problem);
    if (input >= cr.replay.marking.size() || cr.replay.marking[input] == 0)
      return unconfirmed(what, node,
                         {"no token in front of the gateway on replay", "重放时网关前没有令牌"});
    const ConcreteDecision d = decide(context_, g, cr.frames);
    if (!d.ok) return unconfirmed(what, node, d.problem);
    if (d.holding != holding)
      return unconfirmed(what, node,
                         {"the conditions that hold on replay differ from the cell",
                          "重放时成立的条件与取值组合不一致"});

    const i18n::Text gateway{
        std::string(g.exclusive ? "gateway " : "inclusive gateway ") + analysis::node_label(node),
        std::string(g.exclusive ? "网关" : "包容网关") + analysis::node_label_zh(node)};
    i18n::Text for_case{d.case_text.empty() ? "for any case data" : "for " + d.case_text,
                        d.case_text.empty() ? "对任何办件数据，" : "当办件数据为 " + d.case_text};
    if (d.changed) {
      for_case.en += " (case data as steps of the run changed it)";
      for_case.zh += "（运行中的步骤修改过办件数据）";
    }
    if (!d.case_text.empty()) for_case.zh += " 时，";
    i18n::Text message;
    std::vector<model::Index> involved;
    if (problem == Problem::gap) {
      involved = g.branches;
      const i18n::Text branches = branches_text(m, involved);
      message = {
          "gap at " + gateway.en + ": " + for_case.en +
              " no outgoing condition holds and there is no default flow; branches: " + branches.en,
          gateway.zh + "处存在空缺：" + for_case.zh + "没有任何出口条件成立，也没有默认流；分支：" +
              branches.zh};
    } else {
      involved = holding;
      const i18n::Text branches = branches_text(m, involved);
      const std::string n = std::to_string(holding.size());
      message = {"overlap at " + gateway.en + ": " + for_case.en + " the conditions of " + n +
                     " branches hold at once, yet an exclusive gateway takes exactly one; "
                     "overlapping branches: " +
                     branches.en,
                 gateway.zh + "处存在重叠：" + for_case.zh + n +
                     " 个分支的条件同时成立，而排他网关只能走其中一个；重叠的分支：" + branches.zh};
    }
    findings_.add(check::Severity::error, problem == Problem::gap ? "gap" : "overlap", node.id,
                  node.location, message);
    check::Counterexample& cx =
        findings_.last().counterexample.emplace(std::move(cr.counterexample));
    cx.seam = {node.id};
    cx.departments = department_ids(m, involved);
    for (i18n::Text& note : branch_notes(m, g, d)) cx.add_note(std::move(note));
  }

 private:
  // A run that does not confirm the cell is a bug in seamless: never reported as a finding.
  void unconfirmed(const i18n::Text& what, const model::Node& node, const i18n::Text& problem) {
    findings_.inconclusive({"internal error: the counterexample for the " + what.en + " at '" +
                                node.id + "' was not confirmed (" + problem.en + ")",
                            "内部错误：“" + node.id + "”处" + what.zh + "的反例未能确认（" +
                                problem.zh_or_en() + "）"});
  }

  const check::CheckContext& context_;
  const analysis::ExploredModel& explored_;
  analysis::RunContext run_;
  check::Findings& findings_;
};

// Every pair of `flows` not in `seen`; adds them.
bool add_new_pairs(const std::vector<model::Index>& flows, std::set<FlowPair>& seen) {
  bool fresh = false;
  for (std::size_t i = 0; i < flows.size(); ++i)
    for (std::size_t j = i + 1; j < flows.size(); ++j)
      fresh = seen.insert({flows[i], flows[j]}).second || fresh;
  return fresh;
}

}  // namespace

void gateway_findings(const check::CheckContext& context, const analysis::ExploredModel& explored,
                      const std::vector<GuardedGateway>& gateways, check::Findings& findings) {
  if (gateways.empty()) return;
  if (!explored.unusable.empty()) {
    findings.inconclusive(
        {"gaps and overlaps at gateways cannot be judged: " + explored.unusable.en,
         "无法判断网关处的空缺与重叠：" + explored.unusable.zh_or_en()});
    return;
  }
  const explore::Exploration& x = *explored.exploration;
  const explore::StateId states = explored.state_count();
  GatewayReporter reporter(context, explored, findings);
  bool undecided = false;
  for (const GuardedGateway& g : gateways) {
    GatewayInNet in_net(g, *explored.net, explored.data->cells);
    bool gap_seen = !g.gap_possible;
    std::set<FlowPair> pairs_seen;
    const std::size_t k = g.overlap_possible ? g.conditional.size() : 0;
    const std::size_t all_pairs = k * (k - (k > 0)) / 2;
    auto done = [&] { return gap_seen && pairs_seen.size() == all_pairs; };
    for (explore::StateId s = 0; s < states && !done(); ++s) {
      const semantics::PlaceIndex input =
          in_net.ready_input([&](semantics::PlaceIndex p) { return x.count(s, p); });
      if (input == semantics::none) continue;
      const std::vector<model::Index>& holding = in_net.holding(x.cell(s));
      if (!gap_seen && holding.empty()) {
        gap_seen = true;
        reporter.report(g, Problem::gap, s, input, holding);
      }
      if (g.overlap_possible && holding.size() >= 2 && add_new_pairs(holding, pairs_seen))
        reporter.report(g, Problem::overlap, s, input, holding);
    }
    undecided = undecided || (!done() && !explored.incomplete_reason().empty());
  }
  if (undecided) {
    const i18n::Text why = explored.incomplete_reason();
    findings.inconclusive(
        {"whether every guarded gateway is free of gaps and overlaps is unknown: " + why.en,
         "无法确定每个带条件的网关是否都没有空缺和重叠：" + why.zh_or_en()});
  }
}

}  // namespace seamless::plugins::responsibility
