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

  bool guard_holds(const semantics::Literal& l, i18n::Text& problem) const {
    const semantics::Atom& atom = net.atoms[l.atom];
    if (atom.process >= frames.size() || frame[atom.process] >= frames[atom.process].size()) {
      problem = {"no case data for a guard", "某个条件没有办件数据"};
      return false;
    }
    const auto& slots = frames[atom.process][frame[atom.process]];
    const bool holds = expr::evaluate_truth(*atom.expr, slots.data()) == expr::Truth::true_;
    return holds == l.value;
  }

  bool enabled(semantics::TransitionIndex t, i18n::Text& problem) const {
    const semantics::Transition& tr = net.transitions[t];
    for (PlaceIndex p : tr.consume)
      if (marking[p] == 0) {
        const std::string& place = net.places[p].label;
        problem = {"step '" + tr.label + "' needs a token on " + place,
                   "步骤“" + tr.label + "”需要 " + place + " 上有令牌"};
        return false;
      }
    for (PlaceIndex p : tr.inhibit)
      if (marking[p] != 0) {
        const std::string& place = net.places[p].label;
        problem = {"step '" + tr.label + "' waits while " + place + " has a token",
                   "步骤“" + tr.label + "”在 " + place + " 上有令牌时等待"};
        return false;
      }
    if (tr.or_join != none) {
      const semantics::OrJoin& j = net.or_joins[tr.or_join];
      PlaceIndex blocker = none;
      if (!semantics::or_join_enabled(
              j, [&](PlaceIndex p) { return marking[p] != 0; }, &blocker)) {
        if (blocker != none) {
          const std::string& place = net.places[blocker].label;
          problem = {"inclusive join '" + tr.label + "' still waits for " + place,
                     "包容汇聚“" + tr.label + "”仍在等待 " + place};
        } else {
          problem = {"inclusive join '" + tr.label + "' has no token",
                     "包容汇聚“" + tr.label + "”没有令牌"};
        }
        return false;
      }
    }
    for (const semantics::Literal& l : tr.guard)
      if (!guard_holds(l, problem)) {
        if (problem.empty())
          problem = {"the guard of step '" + tr.label + "' does not have the required value",
                     "步骤“" + tr.label + "”的条件取值与要求不符"};
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
    i18n::Text problem;
    if (!player.enabled(step.transition, problem)) {
      result.problem = std::move(problem.en);
      result.problem_zh = std::move(problem.zh);
      return result;
    }
    player.fire(step.transition);
  }
  result.ok = true;
  result.marking = std::move(player.marking);
  return result;
}

bool replay_enables(const semantics::Net& net, const Path& path, const CaseFrames& frames,
                    semantics::TransitionIndex last, std::string& problem) {
  i18n::Text text;
  const bool enabled = replay_enables(net, path, frames, last, text);
  problem = std::move(text.en);
  return enabled;
}

bool replay_enables(const semantics::Net& net, const Path& path, const CaseFrames& frames,
                    semantics::TransitionIndex last, i18n::Text& problem) {
  Player player(net, frames);
  for (const Step& step : path.steps) {
    if (!player.enabled(step.transition, problem)) return false;
    player.fire(step.transition);
  }
  return player.enabled(last, problem);
}

}  // namespace seamless::explore
