// ISO 8601 durations as used by reform:duration and reform:timeLimit (`P3D`, `PT2H30M`,
// `P1Y2M`, `PT0.5S`).
#pragma once

#include <optional>
#include <string_view>

#include "seamless/model/model.hpp"

namespace seamless::bpmn {

// nullopt when `text` is not an ISO 8601 duration.
std::optional<model::Duration> parse_iso_duration(std::string_view text);

}  // namespace seamless::bpmn
