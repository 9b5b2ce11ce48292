// Concrete replay of runs (replay.hpp).
#include "seamless/explore/replay.hpp"

#include "seamless/expr/interpreter.hpp"

namespace seamless::explore {

using semantics::none;
using semantics::PlaceIndex;

namespace {

struct Player {
  const semantics::Net& net;
  const CaseFrames& frames;
  std::vector<std::uint32_t> marking;
  std::vector<std::size_t> frame;  // per process: the current frame

  Player(const semantics::Net& n, const CaseFrames& f) : net(n), frames(f) {
    marking.assign(net.places.size(), 0);
    for (const auto& [p, count] : net.initial) marking[p] += count;
    frame.assign(f.size(), 0);
  }

  bool guard_holds(const semantics::Literal& l, std::string& problem) const {
    const semantics::Atom& atom = net.atoms[l.atom];
    if (atom.process >= frames.size() || frame[atom.process] >= frames[atom.process].size()) {
      problem = "no case data for a guard";
      return false;
    }
    const auto& slots = frames[atom.process][frame[atom.process]];
    const bool holds = expr::evaluate_truth(*atom.expr, slots.data()) == expr::Truth::true_;
    return holds == l.value;
  }

  bool enabled(semantics::TransitionIndex t, std::string& problem) const {
    const semantics::Transition& tr = net.transitions[t];
    for (PlaceIndex p : tr.consume)
      if (marking[p] == 0) {
        problem = "step '" + tr.label + "' needs a token on " + net.places[p].label;
        return false;
      }
    for (PlaceIndex p : tr.inhibit)
      if (marking[p] != 0) {
        problem = "step '" + tr.label + "' waits while " + net.places[p].label + " has a token";
        return false;
      }
    if (tr.or_join != none) {
      const semantics::OrJoin& j = net.or_joins[tr.or_join];
      bool any = false;
      for (std::size_t i = 0; i < j.inputs.size(); ++i) {
        if (marking[j.inputs[i]] != 0) {
          any = true;
          continue;
        }
        for (PlaceIndex q : j.upstream[i])
          if (marking[q] != 0) {
            problem = "inclusive join '" + tr.label + "' still waits for " + net.places[q].label;
            return false;
          }
      }
      if (!any) {
        problem = "inclusive join '" + tr.label + "' has no token";
        return false;
      }
    }
    for (const semantics::Literal& l : tr.guard)
      if (!guard_holds(l, problem)) {
        if (problem.empty())
          problem = "the guard of step '" + tr.label + "' does not have the required value";
        return false;
      }
    return true;
  }

  void fire(semantics::TransitionIndex t) {
    const semantics::Transition& tr = net.transitions[t];
    for (PlaceIndex p : tr.consume) --marking[p];
    if (tr.or_join != none)
      for (PlaceIndex p : net.or_joins[tr.or_join].inputs)
        if (marking[p] != 0) --marking[p];
    for (PlaceIndex p : tr.reset) marking[p] = 0;
    for (PlaceIndex p : tr.produce) ++marking[p];
    if (tr.setter != none) {
      const model::Index process = net.setters[tr.setter].process;
      if (process < frame.size()) ++frame[process];
    }
  }
};

}  // namespace

Replay replay(const semantics::Net& net, const Path& path, const CaseFrames& frames) {
  Player player(net, frames);
  Replay result;
  for (const Step& step : path.steps) {
    if (!player.enabled(step.transition, result.problem)) return result;
    player.fire(step.transition);
  }
  result.ok = true;
  result.marking = std::move(player.marking);
  return result;
}

bool replay_enables(const semantics::Net& net, const Path& path, const CaseFrames& frames,
                    semantics::TransitionIndex last, std::string& problem) {
  Player player(net, frames);
  for (const Step& step : path.steps) {
    if (!player.enabled(step.transition, problem)) return false;
    player.fire(step.transition);
  }
  return player.enabled(last, problem);
}

}  // namespace seamless::explore
