// Test oracle: runs Maude on an exported Net (maude_export.hpp) with a fixed batch of queries
// and reads its answers back: whether an unsafe marking and a non-final deadlock are reachable
// (Maude's own searches), which reachable states are final, and the complete search graph
// (every reachable marking and every rule application, by label), from which the remaining
// properties are worked out (oracle_verdicts).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "seamless/semantics/net.hpp"

namespace seamless::oracle {

// The commands appended to the module: unsafe search, deadlock search, all final states (an
// exhaustive search), then `show search graph` of that last search.
std::string maude_queries();

struct MaudeProcess {
  int exit_code = -1;
  bool timed_out = false;
  std::string out, err;
};

// Runs `maude -no-banner -no-advise -no-prelude -batch script`, killing it after `timeout`.
MaudeProcess run_maude(const std::string& maude, const std::string& script,
                       std::chrono::seconds timeout);

struct SearchGraph {
  // Per state (Maude's numbering, 0 = init): tokens per place, as (place, count), sorted.
  std::vector<std::vector<std::pair<semantics::PlaceIndex, std::uint32_t>>> markings;
  // Per state: (transition, target state) for every rule application.
  std::vector<std::vector<std::pair<semantics::TransitionIndex, std::uint32_t>>> arcs;
};

struct MaudeAnswers {
  bool unsafe = false;                      // search [1] init =>* {M} such that unsafe(M) = tt
  bool nonfinal_deadlock = false;           // search [1] init =>! {M} such that final(M) = ff
  std::vector<std::uint32_t> final_states;  // init =>* {M} such that final(M) = tt
  std::uint64_t states = 0;                 // "states:" at the end of that exhaustive search
  SearchGraph graph;
};

// Reads the output of a script ending in maude_queries(). Throws std::runtime_error, quoting
// the offending line, on anything unexpected.
MaudeAnswers parse_answers(const std::string& output);

// The soundness-relevant facts of a Net's state space, computed the same way from Maude's
// answers and from the explorer, so that they can be compared field by field.
struct Verdicts {
  std::uint64_t states = 0;
  bool unsafe = false;
  std::vector<bool> fired;         // per transition: fires in some reachable state
  bool nonfinal_deadlock = false;  // a reachable deadlock that is not final
  bool cannot_complete = false;    // a reachable state from which no final state is
  std::vector<bool> twice_ended;  // per place (`ended`): 2+ tokens reachable (an end reached twice)
  std::vector<bool> undelivered;  // per place (messages): left in a final state with no successor
};

// Verdicts from Maude's answers. `fired` also holds the Net's prefix transitions (fired before
// the initial marking). Throws std::runtime_error when Maude's searches and its search graph
// disagree with each other (a bug of the oracle, not of the engine).
Verdicts oracle_verdicts(const semantics::Net& net, const MaudeAnswers& answers);

}  // namespace seamless::oracle
