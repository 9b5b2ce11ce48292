// The runs a time-limit finding shows: the longest complete run with its critical path, or a
// complete run that takes a time-growing loop once.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "longest_run.hpp"
#include "seamless/explore/explorer.hpp"

namespace seamless::plugins::time_limit {

struct TimedRun {
  explore::Path path;                  // from an initial state to a final one
  std::vector<std::uint8_t> on_chain;  // per path step: on the critical path (or on the loop)
  std::optional<std::size_t> prefix_on_chain;  // a step of net.prefix that starts the chain
  std::size_t loop_begin = 0, loop_end = 0;    // path steps of the loop (loop runs)
  std::int64_t seconds = 0;                    // the run's time, or one round of the loop
};

// The longest time of a complete run (seconds), from the initial tokens' times (the steps of
// net.prefix) and `longest`; with the run that takes it and its critical path.
TimedRun longest_run(const semantics::Net& net, const explore::Exploration& exploration,
                     const TokenGraph& tokens, const std::vector<std::int64_t>& weights,
                     const Longest& longest);

// A complete run through the loop `longest` found: the way to it, one round, the way out.
TimedRun loop_run(const explore::Exploration& exploration, const TokenGraph& tokens,
                  const std::vector<std::int64_t>& weights, const Longest& longest);

}  // namespace seamless::plugins::time_limit
