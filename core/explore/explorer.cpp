// Breadth-first exploration of a compiled Net (explorer.hpp): successor generation with
// optional stubborn-set reduction and the cycle proviso, violation detection per state, and the
// completion analysis for option-to-complete. With widened message channels, a second
// breadth-first pass over certain steps only settles which results hold for real runs.
#include "seamless/explore/explorer.hpp"

#include <algorithm>
#include <map>

#include "compiled_net.hpp"
#include "state_store.hpp"
#include "stubborn.hpp"

namespace seamless::explore {

using detail::Word;
using semantics::none;
using semantics::PlaceIndex;
using semantics::TransitionIndex;

namespace {
constexpr std::uint8_t flag_full = 1;      // expanded with every enabled transition
constexpr std::uint8_t flag_deadlock = 2;  // nothing enabled
constexpr std::uint8_t flag_final = 4;     // a complete run ends here
constexpr std::uint8_t flag_good = 8;      // a complete run is reachable from here
constexpr std::uint8_t flag_stack = 16;    // on Tarjan's stack
constexpr std::uint8_t flag_reach = 32;    // (Tarjan) an edge leaves to a good component

struct Origin {
  StateId parent;
  TransitionIndex via;
};
}  // namespace

struct Exploration::Impl {
  const semantics::Net& net;
  const DataCells& data;
  detail::CompiledNet compiled;
  detail::StateStore store;
  std::optional<detail::StubbornSets> stubborn;
  std::vector<Origin> origins;
  std::vector<std::uint8_t> flags;
  ExploreStats stats;
  Outcome outcome = Outcome::complete;
  std::vector<PlaceIndex> saturated;
  std::vector<bool> fired;
  std::vector<UnsafeState> unsafe;
  std::vector<ImproperEnd> improper;
  std::vector<Undelivered> undelivered;
  std::optional<Stuck> stuck;
  std::vector<char> unsafe_seen, improper_seen, undelivered_seen, saturated_seen;
  std::vector<PlaceIndex> messages;
  std::vector<InstanceShortage> shortages;
  std::vector<char> shortage_seen;
  // With widened channels: states reached by certain steps, their shortest such runs, and what
  // stayed unsettled.
  std::vector<char> confirmed;
  std::vector<Origin> certain_origins;
  Unsettled unsettled;

  Impl(const semantics::Net& n, const DataCells& d, const std::vector<PlaceIndex>& widened)
      : net(n), data(d), compiled(n, d, widened), store(compiled.words()) {
    fired.assign(net.transitions.size(), false);
    for (TransitionIndex t : net.prefix) fired[t] = true;
    unsafe_seen.assign(net.places.size(), 0);
    saturated_seen.assign(net.places.size(), 0);
    improper_seen.assign(net.places.size(), 0);
    undelivered_seen.assign(net.places.size(), 0);
    for (PlaceIndex p = 0; p < net.places.size(); ++p)
      if (net.places[p].kind == semantics::PlaceKind::message) messages.push_back(p);
    shortage_seen.assign(net.instance_groups.size(), 0);
  }

  std::vector<TransitionIndex> enabled_in(const Word* s) const {
    std::vector<TransitionIndex> out;
    compiled.enabled_transitions(s, out);
    return out;
  }

  // Successor states of `s` by transition t (several when t re-chooses the data).
  template <class F>
  void successors_by(const Word* s, TransitionIndex t, std::vector<Word>& buffer, F&& emit) {
    const std::uint32_t words = compiled.words();
    buffer.resize(words);
    PlaceIndex full = none;
    if (!compiled.fire(s, t, buffer.data(), full) && !saturated_seen[full]) {
      saturated_seen[full] = 1;
      saturated.push_back(full);
    }
    compiled.canonicalize(buffer.data());
    const std::uint32_t setter = net.transitions[t].setter;
    if (setter == none || setter >= data.successors.size()) {
      emit(buffer.data());
      return;
    }
    const auto& next = data.successors[setter][compiled.cell(s)];
    for (std::uint32_t c : next) {
      compiled.set_cell(buffer.data(), c);
      emit(buffer.data());
    }
  }

  // Violations visible in state `id`, `complete` when a run may end there; true when there is
  // one. `surely_left`: a message counts as left only where the channel surely holds one.
  bool detect(StateId id, const Word* s, bool complete, bool surely_left) {
    // A place with two tokens: recorded the first time it is seen.
    auto doubled = [&](PlaceIndex p, std::vector<char>& seen, auto& found_states) {
      if (p == none) return false;
      if (!seen[p]) {
        seen[p] = 1;
        found_states.push_back({id, p});
      }
      return true;
    };
    bool found = doubled(compiled.unsafe_place(s), unsafe_seen, unsafe);
    found = doubled(compiled.twice_ended_place(s), improper_seen, improper) || found;
    if (const std::uint32_t g = compiled.instance_shortage(s); g != none && !shortage_seen[g]) {
      shortage_seen[g] = 1;
      shortages.push_back({id, g});
    }
    if (complete)
      for (PlaceIndex m : messages)
        if ((surely_left ? compiled.lower_bound(s, m) > 0 : compiled.marked(s, m)) &&
            !undelivered_seen[m]) {
          undelivered_seen[m] = 1;
          undelivered.push_back({id, m});
        }
    return found;
  }

  bool out_of_time(const ExploreOptions& options) const {
    return options.deadline && std::chrono::steady_clock::now() > *options.deadline;
  }

  // A run may end in `s`: nothing can happen, or (widened) only uncertain steps.
  bool may_complete(const Word* s, const std::vector<TransitionIndex>& enabled) const {
    if (!compiled.final(s)) return false;
    return std::all_of(enabled.begin(), enabled.end(),
                       [&](TransitionIndex t) { return compiled.uncertain_step(s, t); });
  }

  void explore(const ExploreOptions& options);
  void confirm(const ExploreOptions& options);
  void complete_analysis(const ExploreOptions& options);
  bool mark_good(const ExploreOptions& options, bool certain_steps_only);
  void unpermute(Path& path, const std::vector<StateId>& visited) const;
  template <class F>
  void expanded_successors(StateId id, std::vector<Word>& buffer,
                           std::vector<TransitionIndex>& scratch, bool certain_steps_only,
                           F&& emit);
};

void Exploration::Impl::explore(const ExploreOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  if (options.reduction && !compiled.has_markers() && !compiled.widens())
    stubborn.emplace(compiled);
  const std::uint32_t words = compiled.words();
  std::vector<Word> initial(words, 0), buffer, state(words);
  compiled.initial_state(initial.data());
  std::vector<std::uint32_t> cells = data.initial;
  if (cells.empty())
    for (std::uint32_t c = 0; c < data.cell_count(); ++c) cells.push_back(c);
  compiled.canonicalize(initial.data());
  for (std::uint32_t c : cells) {
    compiled.set_cell(initial.data(), c);
    bool inserted = false;
    store.insert(initial.data(), inserted);
    if (inserted) {
      origins.push_back({no_state, 0});
      flags.push_back(0);
    }
  }
  std::vector<TransitionIndex> enabled, reduced;
  std::vector<StateId> existing;
  bool stop = false;
  for (StateId id = 0; id < store.size() && !stop; ++id) {
    if ((id & 1023) == 0 && out_of_time(options)) {
      outcome = Outcome::time_limit;
      break;
    }
    std::copy_n(store.state(id), words, state.data());
    const Word* s = state.data();
    compiled.enabled_transitions(s, enabled);
    if (compiled.final(s)) flags[id] |= flag_final;
    if (enabled.empty()) flags[id] |= flag_deadlock;
    const bool violation = detect(id, s, may_complete(s, enabled), false);
    if (stubborn && !violation) {
      stubborn->reduce(s, enabled, reduced);
    } else {
      reduced = enabled;
    }
    bool revisit = false;
    auto visit = [&](TransitionIndex t) {
      fired[t] = true;
      successors_by(s, t, buffer, [&](const Word* next) {
        ++stats.edges;
        if (store.size() >= options.max_states) {
          if (store.find(next) == UINT32_MAX) {
            outcome = Outcome::state_limit;
            stop = true;
          }
          return;
        }
        bool inserted = false;
        store.insert(next, inserted);
        if (inserted) {
          origins.push_back({id, t});
          flags.push_back(0);
        } else {
          revisit = true;
        }
      });
    };
    for (TransitionIndex t : reduced) visit(t);
    if (reduced.size() < enabled.size() && revisit) {
      // Cycle proviso: a reduced step back into known states must not ignore the others.
      for (TransitionIndex t : enabled)
        if (!std::binary_search(reduced.begin(), reduced.end(), t)) visit(t);
      reduced = enabled;
    }
    if (reduced.size() == enabled.size()) {
      flags[id] |= flag_full;
      ++stats.fully_expanded;
    }
  }
  stats.states = store.size();
  if (compiled.widens()) confirm(options);
  if (outcome == Outcome::complete && options.completion) complete_analysis(options);
  stats.bytes = store.bytes() + origins.capacity() * sizeof(Origin) + flags.capacity();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

// Settles the results for real runs: a breadth-first pass over certain steps from the initial
// states finds the states real runs reach (with their runs) and redoes the violations and
// `fired` on them; what the first pass found beyond them stays unsettled.
void Exploration::Impl::confirm(const ExploreOptions& options) {
  const StateId n = store.size();
  const std::vector<char> unsafe_any = unsafe_seen, improper_any = improper_seen,
                          undelivered_any = undelivered_seen;
  for (std::vector<char>* seen : {&unsafe_seen, &improper_seen, &undelivered_seen})
    std::fill(seen->begin(), seen->end(), 0);
  unsafe.clear();
  improper.clear();
  undelivered.clear();
  const std::vector<bool> fired_any = fired;
  fired.assign(net.transitions.size(), false);
  for (TransitionIndex t : net.prefix) fired[t] = true;
  confirmed.assign(n, 0);
  certain_origins.assign(n, {no_state, 0});
  std::vector<StateId> queue;
  for (StateId id = 0; id < n; ++id)
    if (origins[id].parent == no_state) {
      confirmed[id] = 1;
      queue.push_back(id);
    }
  std::vector<Word> state(compiled.words()), buffer;
  for (std::size_t q = 0; q < queue.size(); ++q) {
    if ((q & 1023) == 0 && out_of_time(options)) {
      outcome = Outcome::time_limit;
      break;
    }
    const StateId id = queue[q];
    std::copy_n(store.state(id), compiled.words(), state.data());
    const Word* s = state.data();
    const std::vector<TransitionIndex> enabled = enabled_in(s);
    detect(id, s, enabled.empty() && compiled.final(s), true);
    for (TransitionIndex t : enabled) {
      if (compiled.uncertain_step(s, t)) continue;
      fired[t] = true;
      successors_by(s, t, buffer, [&](const Word* next) {
        const StateId w = store.find(next);
        if (w == UINT32_MAX || confirmed[w]) return;
        confirmed[w] = 1;
        certain_origins[w] = {id, t};
        queue.push_back(w);
      });
    }
  }
  auto beyond = [](const std::vector<char>& any, const std::vector<char>& sure) {
    for (std::size_t p = 0; p < any.size(); ++p)
      if (any[p] && !sure[p]) return true;
    return false;
  };
  unsettled.unsafe = beyond(unsafe_any, unsafe_seen);
  unsettled.improper_end = beyond(improper_any, improper_seen);
  unsettled.undelivered = beyond(undelivered_any, undelivered_seen);
  unsettled.fired.assign(net.transitions.size(), false);
  for (TransitionIndex t = 0; t < net.transitions.size(); ++t)
    unsettled.fired[t] = fired_any[t] && !fired[t];
}

template <class F>
void Exploration::Impl::expanded_successors(StateId id, std::vector<Word>& buffer,
                                            std::vector<TransitionIndex>& scratch,
                                            bool certain_steps_only, F&& emit) {
  std::vector<Word> state(store.state(id), store.state(id) + compiled.words());
  const Word* s = state.data();
  std::vector<TransitionIndex> enabled = enabled_in(s);
  if (stubborn && !(flags[id] & flag_full)) {
    stubborn->reduce(s, enabled, scratch);
    enabled = scratch;
  }
  for (TransitionIndex t : enabled)
    if (!certain_steps_only || !compiled.uncertain_step(s, t))
      successors_by(s, t, buffer, [&](const Word* next) { emit(store.find(next)); });
}

void Exploration::Impl::complete_analysis(const ExploreOptions& options) {
  const StateId n = store.size();
  // With widened channels, only a state real runs reach can be reported.
  auto reported = [&](StateId id) { return !compiled.widens() || confirmed[id]; };
  StateId first_deadlock = no_state;
  for (StateId id = 0; id < n; ++id)
    if ((flags[id] & flag_deadlock) && !(flags[id] & flag_final) && reported(id)) {
      first_deadlock = id;
      break;
    }
  if (compiled.acyclic() && !compiled.widens()) {
    // Every maximal run ends in a deadlock: completion is possible from everywhere unless some
    // deadlock is not final.
    if (first_deadlock != no_state) stuck = Stuck{first_deadlock, true};
    return;
  }
  if (!mark_good(options, false)) return;
  stats.bytes += n * sizeof(std::uint32_t) * 2;
  if (first_deadlock != no_state) {
    stuck = Stuck{first_deadlock, true};
    return;
  }
  for (StateId id = 0; id < n; ++id)
    if (!(flags[id] & flag_good) && reported(id)) {
      stuck = Stuck{id, false};
      return;
    }
  if (!compiled.widens()) return;
  // Every state completes in the abstraction; for real runs, it must by certain steps (a step
  // that takes a message from a channel that surely holds none might not be possible).
  if (!mark_good(options, true)) return;
  for (StateId id = 0; id < n; ++id)
    if (!(flags[id] & flag_good)) {
      unsettled.completion = true;
      return;
    }
}

// Marks flag_good on every state from which a complete run is possible (by certain steps only,
// when asked); false when the time ran out.
bool Exploration::Impl::mark_good(const ExploreOptions& options, bool certain_steps_only) {
  const StateId n = store.size();
  for (std::uint8_t& f : flags) f = std::uint8_t(f & ~(flag_good | flag_reach | flag_stack));
  // Tarjan's strongly connected components, iteratively; a component is good when it holds a
  // final state or has an edge to a good component (components complete in reverse
  // topological order).
  constexpr std::uint32_t unset = UINT32_MAX;
  std::vector<std::uint32_t> index(n, unset), low(n, 0);
  std::vector<StateId> component_stack;
  struct Frame {
    StateId state;
    std::vector<StateId> next;
    std::size_t position = 0;
  };
  std::vector<Frame> frames;
  std::vector<Word> buffer;
  std::vector<TransitionIndex> scratch;
  std::uint32_t counter = 0;
  auto open = [&](StateId v) {
    index[v] = low[v] = counter++;
    component_stack.push_back(v);
    flags[v] |= flag_stack;
    if (flags[v] & flag_final) flags[v] |= flag_reach;
    Frame f{v, {}, 0};
    expanded_successors(v, buffer, scratch, certain_steps_only,
                        [&](StateId w) { f.next.push_back(w); });
    frames.push_back(std::move(f));
  };
  std::uint64_t steps = 0;
  for (StateId root = 0; root < n; ++root) {
    if (index[root] != unset) continue;
    open(root);
    while (!frames.empty()) {
      if ((++steps & 1023) == 0 && out_of_time(options)) {
        outcome = Outcome::time_limit;
        return false;
      }
      Frame& f = frames.back();
      const StateId v = f.state;
      if (f.position < f.next.size()) {
        const StateId w = f.next[f.position++];
        if (w == UINT32_MAX) continue;
        if (index[w] == unset) {
          open(w);
        } else if (flags[w] & flag_stack) {
          low[v] = std::min(low[v], index[w]);
        } else if (flags[w] & flag_good) {
          flags[v] |= flag_reach;
        }
        continue;
      }
      if (low[v] == index[v]) {
        std::size_t begin = component_stack.size();
        bool good = false;
        do {
          --begin;
          good = good || (flags[component_stack[begin]] & flag_reach);
        } while (component_stack[begin] != v);
        for (std::size_t i = begin; i < component_stack.size(); ++i) {
          std::uint8_t& fl = flags[component_stack[i]];
          fl = std::uint8_t((fl & ~flag_stack) | (good ? flag_good : 0));
        }
        component_stack.resize(begin);
      }
      frames.pop_back();
      if (!frames.empty()) {
        const StateId u = frames.back().state;
        low[u] = std::min(low[u], low[v]);
        if (!(flags[v] & flag_stack) && (flags[v] & flag_good)) flags[u] |= flag_reach;
      }
    }
  }
  return true;
}

Exploration::Exploration(const semantics::Net& net, const DataCells& cells,
                         const std::vector<PlaceIndex>& widened)
    : impl_(std::make_unique<Impl>(net, cells, widened)) {}
Exploration::~Exploration() = default;
Exploration::Exploration(Exploration&&) noexcept = default;
Exploration& Exploration::operator=(Exploration&&) noexcept = default;

void Exploration::run(const ExploreOptions& options) {
  impl_->explore(options);
}
Outcome Exploration::outcome() const {
  return impl_->outcome;
}
const ExploreStats& Exploration::stats() const {
  return impl_->stats;
}
const std::vector<PlaceIndex>& Exploration::saturated() const {
  return impl_->saturated;
}
const std::vector<PlaceIndex>& Exploration::widened() const {
  return impl_->compiled.widened();
}
const Unsettled& Exploration::unsettled() const {
  return impl_->unsettled;
}
const std::vector<bool>& Exploration::fired() const {
  return impl_->fired;
}
const std::vector<UnsafeState>& Exploration::unsafe() const {
  return impl_->unsafe;
}
const std::vector<ImproperEnd>& Exploration::improper_ends() const {
  return impl_->improper;
}
const std::vector<Undelivered>& Exploration::undelivered() const {
  return impl_->undelivered;
}
const std::vector<InstanceShortage>& Exploration::instance_shortages() const {
  return impl_->shortages;
}
std::optional<Stuck> Exploration::stuck() const {
  return impl_->stuck;
}

Path Exploration::path_to(StateId state) const {
  Path path;
  std::vector<StateId> visited;  // the states after each step
  const bool certain =
      impl_->compiled.widens() && state < impl_->confirmed.size() && impl_->confirmed[state];
  const std::vector<Origin>& origins = certain ? impl_->certain_origins : impl_->origins;
  for (StateId s = state; s != no_state; s = origins[s].parent) {
    if (origins[s].parent == no_state) {
      path.initial_cell = cell(s);
      break;
    }
    path.steps.push_back({origins[s].via, cell(s)});
    visited.push_back(s);
  }
  std::reverse(path.steps.begin(), path.steps.end());
  std::reverse(visited.begin(), visited.end());
  if (impl_->compiled.symmetric()) impl_->unpermute(path, visited);
  return path;
}

// The explored graph's states are canonical, so its run may switch copies between steps. The
// run of the Net itself takes, at each step, a transition of the same node that leads to a
// state whose canonical form is the next state of the explored run (one always does: the
// explored step's transition, carried over to the copies as they are now placed).
void Exploration::Impl::unpermute(Path& path, const std::vector<StateId>& visited) const {
  const std::uint32_t words = compiled.words();
  std::vector<Word> actual(words, 0), next(words), canonical(words);
  compiled.initial_state(actual.data());
  compiled.set_cell(actual.data(), path.initial_cell);
  for (std::size_t k = 0; k < path.steps.size(); ++k) {
    const semantics::Transition& explored = net.transitions[path.steps[k].transition];
    const Word* target = store.state(visited[k]);
    auto leads_there = [&](TransitionIndex t) {
      const semantics::Transition& tr = net.transitions[t];
      if (tr.node != explored.node || tr.kind != explored.kind || tr.flow != explored.flow ||
          !compiled.enabled(actual.data(), t))
        return false;
      PlaceIndex ignored = none;
      compiled.fire(actual.data(), t, next.data(), ignored);
      compiled.set_cell(next.data(), path.steps[k].cell);
      canonical = next;
      compiled.canonicalize(canonical.data());
      return std::equal(canonical.begin(), canonical.end(), target);
    };
    TransitionIndex chosen = path.steps[k].transition;
    bool found = leads_there(chosen);
    for (TransitionIndex t = 0; !found && t < net.transitions.size(); ++t)
      if (leads_there(t)) {
        chosen = t;
        found = true;
      }
    if (!found) return;  // cannot happen; replay then reports the step that does not fit
    path.steps[k].transition = chosen;
    actual = next;
  }
  // Permuting copies maps runs to runs (the initial state has every copy alike): carry the run
  // over so that it ends in `visited.back()` itself, not in a permutation of it.
  std::vector<std::vector<std::uint32_t>> orders;
  compiled.canonicalize(actual.data(), &orders);
  std::vector<PlaceIndex> image(net.places.size());
  for (PlaceIndex p = 0; p < image.size(); ++p) image[p] = p;
  bool moved = false;
  for (std::uint32_t g = 0; g < orders.size(); ++g) {
    const auto& places = compiled.group_places(g);
    for (std::uint32_t position = 0; position < orders[g].size(); ++position)
      for (std::size_t i = 0; i < places[position].size(); ++i) {
        image[places[orders[g][position]][i]] = places[position][i];
        moved = moved || orders[g][position] != position;
      }
  }
  if (!moved) return;
  using Signature = std::vector<std::vector<PlaceIndex>>;
  auto signature = [&](const semantics::Transition& t, bool mapped) {
    Signature sig;
    for (const auto* places : {&t.consume, &t.produce, &t.inhibit, &t.reset, &t.require_any}) {
      std::vector<PlaceIndex> v;
      for (PlaceIndex p : *places) v.push_back(mapped ? image[p] : p);
      std::sort(v.begin(), v.end());
      sig.push_back(std::move(v));
    }
    // Each copy has its own inclusive joins: a join is known by the inputs it watches.
    std::vector<PlaceIndex> join_inputs;
    if (t.or_join != none)
      for (PlaceIndex p : net.or_joins[t.or_join].inputs)
        join_inputs.push_back(mapped ? image[p] : p);
    std::sort(join_inputs.begin(), join_inputs.end());
    sig.push_back(std::move(join_inputs));
    sig.push_back({PlaceIndex(t.kind), t.node, t.flow, t.setter});
    for (const semantics::Literal& l : t.guard) sig.back().push_back(l.atom * 2 + l.value);
    return sig;
  };
  std::map<Signature, TransitionIndex> by_signature;
  for (TransitionIndex t = 0; t < net.transitions.size(); ++t)
    by_signature.emplace(signature(net.transitions[t], false), t);
  for (Step& step : path.steps) {
    const auto it = by_signature.find(signature(net.transitions[step.transition], true));
    if (it != by_signature.end()) step.transition = it->second;
  }
}

std::vector<std::uint32_t> Exploration::marking(StateId state) const {
  std::vector<std::uint32_t> m(impl_->net.places.size());
  for (PlaceIndex p = 0; p < m.size(); ++p)
    m[p] = impl_->compiled.lower_bound(impl_->store.state(state), p);
  return m;
}

std::uint32_t Exploration::cell(StateId state) const {
  return impl_->compiled.cell(impl_->store.state(state));
}

std::uint32_t Exploration::count(StateId state, PlaceIndex place) const {
  return impl_->compiled.lower_bound(impl_->store.state(state), place);
}

bool Exploration::enabled(StateId state, TransitionIndex transition) const {
  return impl_->compiled.enabled(impl_->store.state(state), transition);
}

std::vector<TransitionIndex> Exploration::enabled(StateId state) const {
  std::vector<TransitionIndex> out;
  const Word* s = impl_->store.state(state);
  for (TransitionIndex t = 0; t < impl_->net.transitions.size(); ++t)
    if (impl_->compiled.enabled(s, t)) out.push_back(t);
  return out;
}

std::vector<std::pair<TransitionIndex, StateId>> Exploration::successors(StateId state) const {
  const Impl& x = *impl_;
  std::vector<std::pair<TransitionIndex, StateId>> out;
  const Word* s = x.store.state(state);
  std::vector<Word> next(x.compiled.words());
  for (TransitionIndex t = 0; t < x.net.transitions.size(); ++t) {
    if (!x.compiled.enabled(s, t)) continue;
    PlaceIndex ignored = none;
    x.compiled.fire(s, t, next.data(), ignored);
    x.compiled.canonicalize(next.data());
    const std::uint32_t setter = x.net.transitions[t].setter;
    if (setter == none || setter >= x.data.successors.size()) {
      const std::uint32_t id = x.store.find(next.data());
      out.emplace_back(t, id == UINT32_MAX ? no_state : id);
      continue;
    }
    for (std::uint32_t c : x.data.successors[setter][x.compiled.cell(s)]) {
      x.compiled.set_cell(next.data(), c);
      const std::uint32_t id = x.store.find(next.data());
      out.emplace_back(t, id == UINT32_MAX ? no_state : id);
    }
  }
  return out;
}

}  // namespace seamless::explore
