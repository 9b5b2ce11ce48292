// Elementary cycles of a small directed graph, each once, as the rotation that starts at its
// smallest vertex, in lexicographic order; at most `limit` of them.
#pragma once

#include <cstddef>
#include <set>
#include <utility>
#include <vector>

namespace seamless::plugins::dept_cycle {

using Cycle = std::vector<std::size_t>;  // v0 -> v1 -> ... -> v0, v0 the smallest

std::vector<Cycle> elementary_cycles(std::size_t vertices,
                                     const std::set<std::pair<std::size_t, std::size_t>>& arcs,
                                     std::size_t limit, bool& truncated);

}  // namespace seamless::plugins::dept_cycle
