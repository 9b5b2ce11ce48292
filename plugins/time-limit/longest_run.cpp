// Longest paths and time-growing loops in the token graph (longest_run.hpp).
#include "longest_run.hpp"

#include <algorithm>

namespace seamless::plugins::time_limit {

namespace {

constexpr std::uint32_t unset = UINT32_MAX;

struct Frame {
  NodeId node;
  std::vector<Arc> arcs;
  std::size_t position = 0;
};

class Search {
 public:
  Search(const TokenGraph& tokens, const std::vector<std::int64_t>& weights, Longest& out)
      : tokens_(tokens), weights_(weights), out_(out) {
    const NodeId n = tokens.node_count();
    index_.assign(n, unset);
    low_.assign(n, 0);
    on_stack_.assign(n, 0);
    out_.after.assign(n, -1);
  }

  // Returns false when it stopped early (a growing loop, or the deadline).
  bool from(NodeId root, const Deadline& deadline) {
    if (index_[root] != unset) return true;
    open(root);
    while (!frames_.empty()) {
      if ((++steps_ & 1023) == 0 && past(deadline)) {
        out_.problem = time_limit_reached();
        return false;
      }
      Frame& f = frames_.back();
      const NodeId v = f.node;
      if (f.position < f.arcs.size()) {
        const Arc arc = f.arcs[f.position++];
        if (index_[arc.target] == unset) {
          open(arc.target);  // f is invalid from here on
          continue;
        }
        if (!follow(v, arc)) return false;
        continue;
      }
      if (low_[v] == index_[v]) close(v);
      frames_.pop_back();
      if (frames_.empty()) break;
      Frame& parent = frames_.back();
      const NodeId u = parent.node;
      low_[u] = std::min(low_[u], low_[v]);
      if (!follow(u, parent.arcs[parent.position - 1])) return false;
    }
    return true;
  }

 private:
  void open(NodeId v) {
    index_[v] = low_[v] = counter_++;
    stack_.push_back(v);
    on_stack_[v] = 1;
    Frame f{v, {}, 0};
    tokens_.out(v, f.arcs, consuming_);
    std::int64_t best = 0;  // while on the stack: the longest time out of the component
    for (std::size_t e : consuming_)
      best = std::max(best, weights_[tokens_.states().edge_transition[e]]);
    out_.after[v] = best;
    frames_.push_back(std::move(f));
  }

  // The arc v -> arc.target once the target was visited.
  bool follow(NodeId v, const Arc& arc) {
    const std::int64_t w = arc_weight(tokens_, weights_, arc);
    if (on_stack_[arc.target]) {  // the same component
      low_[v] = std::min(low_[v], index_[arc.target]);
      if (w > 0) {
        out_.unbounded = true;
        out_.loop_from = v;
        out_.loop_arc = arc;
        return false;
      }
      return true;
    }
    out_.after[v] = std::max(out_.after[v], w + out_.after[arc.target]);
    return true;
  }

  void close(NodeId root) {
    std::size_t begin = stack_.size();
    std::int64_t best = 0;
    do {
      --begin;
      best = std::max(best, out_.after[stack_[begin]]);
    } while (stack_[begin] != root);
    for (std::size_t i = begin; i < stack_.size(); ++i) {
      out_.after[stack_[i]] = best;  // zero-weight cycles: every token of it has the same
      on_stack_[stack_[i]] = 0;
    }
    stack_.resize(begin);
  }

  const TokenGraph& tokens_;
  const std::vector<std::int64_t>& weights_;
  Longest& out_;
  std::vector<std::uint32_t> index_, low_;
  std::vector<std::uint8_t> on_stack_;
  std::vector<NodeId> stack_;
  std::vector<Frame> frames_;
  std::vector<std::size_t> consuming_;
  std::uint32_t counter_ = 0;
  std::uint64_t steps_ = 0;
};

}  // namespace

Longest longest_after(const TokenGraph& tokens, const std::vector<std::int64_t>& weights,
                      const Deadline& deadline, std::uint64_t max_nodes) {
  Longest out;
  if (tokens.node_count() > max_nodes || tokens.node_count() >= unset) {
    const std::string n = std::to_string(max_nodes);
    out.problem = {"the timed analysis needs more than " + n + " tokens (raise --max-states)",
                   "计时分析需要超过 " + n + " 个令牌（请调高 --max-states）"};
    return out;
  }
  Search search(tokens, weights, out);
  const StateGraph& g = tokens.states();
  for (explore::StateId s : g.initial) {
    if (!g.good[s]) continue;
    for (std::size_t i = g.marked_begin[s]; i < g.marked_begin[s + 1]; ++i)
      if (!search.from(NodeId(i), deadline)) return out;
  }
  return out;
}

}  // namespace seamless::plugins::time_limit
