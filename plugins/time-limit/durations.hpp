// Durations as the time-limit check counts and prints them: per Net transition, the working
// time its step takes for one process; seconds written back as ISO 8601 (P20DT4H).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "seamless/semantics/net.hpp"

namespace seamless::plugins::time_limit {

// "P20DT4H", "PT30M", "PT0S": days, hours, minutes, seconds (a day is 24 hours; no months).
std::string iso_duration(std::int64_t seconds);

// Per transition: the seconds its step takes when counted for `process` (a model process
// index): the node's reform:duration when the step belongs to that process's instance (or to
// a process it calls), else 0. `model::no_index` counts every process's steps.
std::vector<std::int64_t> step_weights(const semantics::Net& net, model::Index process);

}  // namespace seamless::plugins::time_limit
