// Findings of the four soundness properties (findings.hpp).
#include "findings.hpp"

#include <set>

namespace seamless::plugins::soundness {

using analysis::ConcreteRun;
using analysis::DataSetup;
using analysis::describe_marking;
using analysis::describe_place;
using analysis::make_counterexample;
using analysis::place_element;
using analysis::place_location;
using analysis::RunContext;
using analysis::set_up_data;

using semantics::none;
using semantics::PlaceIndex;

namespace {

check::Finding finding(const char* check, const char* rule, std::string element,
                       model::Location location, std::string message) {
  check::Finding f;
  f.check = check;
  f.rule = rule;
  f.severity = check::Severity::error;
  f.element = std::move(element);
  f.location = location;
  f.message = std::move(message);
  return f;
}

std::string node_name(const model::Node& n) {
  return "'" + (n.name.empty() ? n.id : n.name) + "'";
}

// A counterexample that did not replay is a bug in seamless: never reported as a finding.
void internal_problem(Verdict& verdict, const std::string& what, const std::string& problem) {
  verdict.inconclusive = true;
  if (verdict.reason.empty())
    verdict.reason =
        "internal error: the counterexample for " + what + " was not confirmed (" + problem + ")";
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

void finish(const Explored& e, Verdict& verdict, bool saturation_matters) {
  if (!verdict.findings.empty()) return;
  if (!e.complete) {
    verdict.inconclusive = true;
    verdict.reason = e.limit;
  } else if (saturation_matters && !e.saturation.empty()) {
    verdict.inconclusive = true;
    verdict.reason = e.saturation;
  }
}

}  // namespace

void safeness_findings(const Explored& e, Verdict& verdict) {
  const semantics::Net& net = e.run.net;
  for (const explore::UnsafeState& u : e.exploration.unsafe()) {
    ConcreteRun cr = make_counterexample(e.run, e.exploration.path_to(u.state));
    if (!cr.ok || cr.replay.marking[u.place] < 2) {
      internal_problem(verdict, "safeness", cr.ok ? "too few tokens on replay" : cr.problem);
      continue;
    }
    const std::uint32_t tokens = cr.replay.marking[u.place];
    auto f = finding(
        "safeness", "unsafe-flow", place_element(net, u.place), place_location(net, u.place),
        describe_place(net, u.place) + " holds " + std::to_string(tokens) + " tokens at once");
    cr.counterexample.state = describe_marking(net, cr.replay.marking);
    cr.counterexample.seam.push_back(place_element(net, u.place));
    cr.counterexample.figures["tokens"] = tokens;
    f.counterexample = std::move(cr.counterexample);
    verdict.findings.push_back(std::move(f));
  }
  finish(e, verdict, false);
}

void proper_completion_findings(const Explored& e, Verdict& verdict) {
  const semantics::Net& net = e.run.net;
  std::set<model::Index> reported;
  for (const explore::ImproperEnd& i : e.exploration.improper_ends()) {
    const semantics::Transition& end = net.transitions[i.transition];
    if (!reported.insert(end.node).second) continue;
    ConcreteRun cr = make_counterexample(e.run, e.exploration.path_to(i.state), i.transition);
    if (!cr.ok) {
      internal_problem(verdict, "proper-completion", cr.problem);
      continue;
    }
    // The token that remains once the end event has consumed its own.
    std::vector<std::uint32_t> after = cr.replay.marking;
    for (PlaceIndex p : end.consume) --after[p];
    if (after[i.remaining] == 0) {
      internal_problem(verdict, "proper-completion", "no token remains on replay");
      continue;
    }
    const model::Node& node = net.model->nodes[end.node];
    auto f = finding("proper-completion", "tokens-left-at-end", node.id, node.location,
                     "end event " + node_name(node) + " is reached while a token remains on " +
                         describe_place(net, i.remaining));
    cr.counterexample.state = describe_marking(net, after);
    cr.counterexample.seam = {node.id, place_element(net, i.remaining)};
    f.counterexample = std::move(cr.counterexample);
    verdict.findings.push_back(std::move(f));
  }
  finish(e, verdict, true);
}

void option_to_complete_findings(const Explored& e, Verdict& verdict) {
  const semantics::Net& net = e.run.net;
  if (auto stuck = e.exploration.stuck()) {
    ConcreteRun cr = make_counterexample(e.run, e.exploration.path_to(stuck->state));
    if (!cr.ok) {
      internal_problem(verdict, "option-to-complete", cr.problem);
      finish(e, verdict, true);
      return;
    }
    if (stuck->deadlock) {
      explore::Path path = e.exploration.path_to(stuck->state);
      for (semantics::TransitionIndex t = 0; t < net.transitions.size(); ++t) {
        std::string ignored;
        if (explore::replay_enables(net, path, cr.frames, t, ignored)) {
          internal_problem(verdict, "option-to-complete",
                           "step '" + net.transitions[t].label + "' is possible on replay");
          finish(e, verdict, true);
          return;
        }
      }
    }
    PlaceIndex first = none;
    for (PlaceIndex p = 0; p < cr.replay.marking.size(); ++p)
      if (cr.replay.marking[p] && net.places[p].must_be_empty_at_end && first == none) first = p;
    const model::Node* at = first == none ? nullptr : waiting_node(net, first);
    std::string element = at ? at->id : (first == none ? "" : place_element(net, first));
    model::Location location =
        at ? at->location : (first == none ? model::Location{} : place_location(net, first));
    std::string message;
    if (stuck->deadlock) {
      message = "deadlock: the run stops";
      if (at) message += " at " + node_name(*at);
      message += "; nothing can happen, yet tokens or messages remain";
    } else {
      message = "no complete run is possible from here: the process can only go on in circles";
      if (at) message += " (at " + node_name(*at) + ")";
    }
    auto f = finding("option-to-complete", stuck->deadlock ? "deadlock" : "livelock", element,
                     location, message);
    cr.counterexample.state = describe_marking(net, cr.replay.marking);
    if (at) cr.counterexample.seam.push_back(at->id);
    f.counterexample = std::move(cr.counterexample);
    verdict.findings.push_back(std::move(f));
  }
  finish(e, verdict, true);
}

void dead_activity_findings(const Explored& e, Verdict& verdict) {
  const semantics::Net& net = e.run.net;
  if (!e.complete || !e.saturation.empty()) {
    finish(e, verdict, true);
    return;
  }
  std::set<model::Index> executed;
  const auto& fired = e.exploration.fired();
  for (semantics::TransitionIndex t = 0; t < net.transitions.size(); ++t)
    if (fired[t] && net.transitions[t].executes_activity) executed.insert(net.transitions[t].node);
  for (model::Index a : net.activities) {
    if (executed.count(a)) continue;
    const model::Node& node = net.model->nodes[a];
    verdict.findings.push_back(finding("dead-activity", "never-executed", node.id, node.location,
                                       "activity " + node_name(node) + " is executed in no run"));
  }
}

}  // namespace seamless::plugins::soundness
