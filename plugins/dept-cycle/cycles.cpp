// Elementary cycles by depth-first search from each start vertex through larger vertices only,
// so each cycle is found exactly once, from its smallest vertex (cycles.hpp). Department graphs
// are small; the limit keeps pathological ones bounded.
#include "cycles.hpp"

#include <algorithm>

namespace seamless::plugins::dept_cycle {

namespace {

struct Search {
  const std::vector<std::vector<std::size_t>>& next;
  std::size_t start, limit;
  std::vector<char> on_path;
  Cycle path;
  std::vector<Cycle>& out;
  bool& truncated;

  void visit(std::size_t v) {
    for (std::size_t w : next[v]) {
      if (truncated) return;
      if (w == start) {
        if (out.size() >= limit) {
          truncated = true;
          return;
        }
        out.push_back(path);
      } else if (w > start && !on_path[w]) {
        on_path[w] = 1;
        path.push_back(w);
        visit(w);
        path.pop_back();
        on_path[w] = 0;
      }
    }
  }
};

}  // namespace

std::vector<Cycle> elementary_cycles(std::size_t vertices,
                                     const std::set<std::pair<std::size_t, std::size_t>>& arcs,
                                     std::size_t limit, bool& truncated) {
  std::vector<std::vector<std::size_t>> next(vertices);
  for (const auto& [from, to] : arcs)
    if (from != to) next[from].push_back(to);
  for (auto& n : next) std::sort(n.begin(), n.end());
  std::vector<Cycle> out;
  truncated = false;
  for (std::size_t s = 0; s < vertices && !truncated; ++s) {
    Search search{next, s, limit, std::vector<char>(vertices, 0), {s}, out, truncated};
    search.on_path[s] = 1;
    search.visit(s);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace seamless::plugins::dept_cycle
