// Findings of the four soundness properties (findings.hpp).
#include "findings.hpp"

#include <set>

namespace seamless::plugins::soundness {

using analysis::ConcreteRun;
using analysis::DataSetup;
using analysis::describe_place_text;
using analysis::make_counterexample;
using analysis::place_element;
using analysis::place_location;
using analysis::RunContext;
using analysis::set_up_data;

using semantics::none;
using semantics::PlaceIndex;

namespace {

check::Finding finding(const char* check, const char* rule, std::string element,
                       model::Location location, i18n::Text message) {
  check::Finding f;
  f.check = check;
  f.rule = rule;
  f.severity = check::Severity::error;
  f.element = std::move(element);
  f.location = location;
  f.message = std::move(message.en);
  f.message_zh = std::move(message.zh);
  return f;
}

std::string node_name(const model::Node& n) {
  return "'" + (n.name.empty() ? n.id : n.name) + "'";
}

std::string node_name_zh(const model::Node& n) {
  return "“" + (n.name.empty() ? n.id : n.name) + "”";
}

// A counterexample that did not replay is a bug in seamless: never reported as a finding.
void internal_problem(Verdict& verdict, const std::string& what, const i18n::Text& problem) {
  verdict.inconclusive = true;
  if (verdict.reason.empty())
    verdict.reason = {"internal error: the counterexample for " + what + " was not confirmed (" +
                          problem.en + ")",
                      "内部错误：" + what + " 的反例未能确认（" + problem.zh_or_en() + "）"};
}

// The node a token on `p` waits at.
const model::Node* waiting_node(const semantics::Net& net, PlaceIndex p) {
  const semantics::Place& place = net.places[p];
  const model::Model& m = *net.model;
  if (place.kind == semantics::PlaceKind::flow) {
    const model::Index target = m.flows[place.element].target;
    return target == model::no_index ? nullptr : &m.nodes[target];
  }
  if (place.kind == semantics::PlaceKind::message || place.kind == semantics::PlaceKind::ready)
    return nullptr;
  return &m.nodes[place.element];
}

// `unsettled`: the widened channels leave this property open (when nothing was found).
void finish(const Explored& e, Verdict& verdict, bool saturation_matters, bool unsettled = false) {
  if (!verdict.findings.empty()) return;
  if (!e.complete) {
    verdict.inconclusive = true;
    verdict.reason = e.limit;
  } else if (saturation_matters && !e.saturation.empty()) {
    verdict.inconclusive = true;
    verdict.reason = e.saturation;
  } else if (unsettled) {
    verdict.inconclusive = true;
    verdict.reason = e.widening;
  } else if (!e.shortage.empty()) {
    verdict.inconclusive = true;
    verdict.reason = e.shortage;
  }
}

}  // namespace

void safeness_findings(const Explored& e, Verdict& verdict) {
  const semantics::Net& net = e.run.net;
  for (const explore::UnsafeState& u : e.exploration.unsafe()) {
    ConcreteRun cr = make_counterexample(e.run, e.exploration.path_to(u.state));
    if (!cr.ok || cr.replay.marking[u.place] < 2) {
      internal_problem(
          verdict, "safeness",
          cr.ok ? i18n::Text{"too few tokens on replay", "重放时令牌太少"} : cr.problem);
      continue;
    }
    const std::string tokens = std::to_string(cr.replay.marking[u.place]);
    const i18n::Text where = describe_place_text(net, u.place);
    auto f = finding("safeness", "unsafe-flow", place_element(net, u.place),
                     place_location(net, u.place),
                     {where.en + " holds " + tokens + " tokens at once",
                      where.zh_or_en() + "上同时有 " + tokens + " 个令牌"});
    analysis::set_left(cr.counterexample, net, cr.replay.marking);
    cr.counterexample.seam.push_back(place_element(net, u.place));
    cr.counterexample.figures["tokens"] = cr.replay.marking[u.place];
    f.counterexample = std::move(cr.counterexample);
    verdict.findings.push_back(std::move(f));
  }
  finish(e, verdict, false, e.exploration.unsettled().unsafe);
}

void proper_completion_findings(const Explored& e, Verdict& verdict) {
  const semantics::Net& net = e.run.net;
  std::set<model::Index> reported;
  for (const explore::ImproperEnd& i : e.exploration.improper_ends()) {
    const model::Index end_node = net.places[i.ended].element;
    if (!reported.insert(end_node).second) continue;
    ConcreteRun cr = make_counterexample(e.run, e.exploration.path_to(i.state));
    if (!cr.ok || cr.replay.marking[i.ended] < 2) {
      internal_problem(verdict, "proper-completion",
                       cr.ok ? i18n::Text{"the end event is not reached twice on replay",
                                          "重放时结束事件没有被到达两次"}
                             : cr.problem);
      continue;
    }
    const model::Node& node = net.model->nodes[end_node];
    auto f = finding(
        "proper-completion", "end-reached-twice", node.id, node.location,
        {"end event " + node_name(node) +
             " is reached twice in one run of its process instance: branches that should have "
             "been joined end separately",
         "结束事件" + node_name_zh(node) +
             "在同一流程实例的一次运行中被到达两次：本应汇合的分支各自结束"});
    analysis::set_left(cr.counterexample, net, cr.replay.marking);
    cr.counterexample.seam = {node.id};
    cr.counterexample.figures["reached"] = cr.replay.marking[i.ended];
    f.counterexample = std::move(cr.counterexample);
    verdict.findings.push_back(std::move(f));
  }
  for (const explore::Undelivered& u : e.exploration.undelivered()) {
    ConcreteRun cr = make_counterexample(e.run, e.exploration.path_to(u.state));
    if (!cr.ok || cr.replay.marking[u.message] == 0) {
      internal_problem(
          verdict, "proper-completion",
          cr.ok ? i18n::Text{"no message is left on replay", "重放时没有剩余消息"} : cr.problem);
      continue;
    }
    const model::MessageFlow& mf = net.model->message_flows[net.places[u.message].element];
    const std::string label = "'" + (mf.name.empty() ? mf.id : mf.name) + "'";
    const std::string label_zh = "“" + (mf.name.empty() ? mf.id : mf.name) + "”";
    auto f = finding("proper-completion", "undelivered-message", mf.id, mf.location,
                     {"the run completes but message " + label + " is never received",
                      "运行已完成，但消息" + label_zh + "从未被接收"});
    analysis::set_left(cr.counterexample, net, cr.replay.marking);
    cr.counterexample.seam = {mf.id};
    f.counterexample = std::move(cr.counterexample);
    verdict.findings.push_back(std::move(f));
  }
  const explore::Unsettled& unsettled = e.exploration.unsettled();
  finish(e, verdict, true, unsettled.improper_end || unsettled.undelivered);
}

void option_to_complete_findings(const Explored& e, Verdict& verdict) {
  const semantics::Net& net = e.run.net;
  // Short of instances, a stuck state may only wait for one more: no verdict either way.
  if (auto stuck = e.shortage.empty() ? e.exploration.stuck() : std::nullopt) {
    ConcreteRun cr = make_counterexample(e.run, e.exploration.path_to(stuck->state));
    if (!cr.ok) {
      internal_problem(verdict, "option-to-complete", cr.problem);
      finish(e, verdict, true);
      return;
    }
    const explore::Path path = e.exploration.path_to(stuck->state);
    semantics::TransitionIndex possible = none;
    for (semantics::TransitionIndex t = 0; t < net.transitions.size() && possible == none; ++t) {
      std::string ignored;
      if (explore::replay_enables(net, path, cr.frames, t, ignored)) possible = t;
    }
    if (stuck->deadlock && possible != none) {
      const std::string& step = net.transitions[possible].label;
      internal_problem(
          verdict, "option-to-complete",
          {"step '" + step + "' is possible on replay", "重放时步骤“" + step + "”可以执行"});
      finish(e, verdict, true);
      return;
    }
    // A widened channel that surely holds nothing on replay: the real run stops here.
    const bool deadlock = stuck->deadlock || possible == none;
    PlaceIndex first = none;
    for (PlaceIndex p = 0; p < cr.replay.marking.size(); ++p)
      if (cr.replay.marking[p] && net.places[p].must_be_empty_at_end && first == none) first = p;
    const model::Node* at = first == none ? nullptr : waiting_node(net, first);
    std::string element = at ? at->id : (first == none ? "" : place_element(net, first));
    model::Location location =
        at ? at->location : (first == none ? model::Location{} : place_location(net, first));
    i18n::Text message;
    if (deadlock) {
      message.en = "deadlock: the run stops";
      if (at) message.en += " at " + node_name(*at);
      message.en += "; nothing can happen, yet tokens or messages remain";
      message.zh = (at ? "死锁：运行停在" + node_name_zh(*at) : std::string("死锁：运行停止")) +
                   "；此后什么也不能发生，但仍有令牌或消息未处理";
    } else {
      message.en = "no complete run is possible from here: the process can only go on in circles";
      if (at) message.en += " (at " + node_name(*at) + ")";
      message.zh = "活锁：从此处起不可能再有完整运行，流程只能无休止地循环";
      if (at) message.zh += "（在" + node_name_zh(*at) + "）";
    }
    auto f = finding("option-to-complete", deadlock ? "deadlock" : "livelock", element, location,
                     message);
    analysis::set_left(cr.counterexample, net, cr.replay.marking);
    if (at) cr.counterexample.seam.push_back(at->id);
    f.counterexample = std::move(cr.counterexample);
    verdict.findings.push_back(std::move(f));
  }
  finish(e, verdict, true, e.exploration.unsettled().completion);
}

void dead_activity_findings(const Explored& e, Verdict& verdict) {
  const semantics::Net& net = e.run.net;
  if (!e.complete || !e.saturation.empty()) {
    finish(e, verdict, true);
    return;
  }
  std::set<model::Index> executed, perhaps;
  bool undecided = false;
  const auto& fired = e.exploration.fired();
  const auto& unsettled = e.exploration.unsettled().fired;
  for (semantics::TransitionIndex t = 0; t < net.transitions.size(); ++t) {
    if (!net.transitions[t].executes_activity) continue;
    if (fired[t]) executed.insert(net.transitions[t].node);
    if (t < unsettled.size() && unsettled[t]) perhaps.insert(net.transitions[t].node);
  }
  for (model::Index a : net.activities) {
    if (executed.count(a)) continue;
    if (!e.shortage.empty()) {  // executed in a run with more instances, perhaps
      finish(e, verdict, true);
      return;
    }
    if (perhaps.count(a)) {  // executed where a widened channel may hold a message
      undecided = true;
      continue;
    }
    const model::Node& node = net.model->nodes[a];
    verdict.findings.push_back(finding("dead-activity", "never-executed", node.id, node.location,
                                       {"activity " + node_name(node) + " is executed in no run",
                                        "活动" + node_name_zh(node) + "在任何运行中都不会执行"}));
  }
  if (undecided) finish(e, verdict, true, true);
}

}  // namespace seamless::plugins::soundness
