// The presence Net (presence.hpp): which colours each place can hold (a fixpoint over the
// transitions), then the colour places, the expanded transitions and the visit counter.
#include "seamless/semantics/presence.hpp"

#include <algorithm>
#include <bit>
#include <map>

namespace seamless::semantics {

namespace {

using Mask = std::uint64_t;
constexpr Mask away_mask = 1;

bool coloured(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::flow:
    case PlaceKind::message:
    case PlaceKind::active:
    case PlaceKind::scope:
    case PlaceKind::implicit:
      return true;
    default:
      return false;
  }
}

bool contains(const std::vector<PlaceIndex>& places, PlaceIndex p) {
  return std::find(places.begin(), places.end(), p) != places.end();
}

struct Builder {
  const Net& in;
  const PresenceOptions& options;
  PresenceNet& out;
  std::vector<bool> is_coloured;           // per original place
  std::vector<Mask> possible;              // per original place: colours it can hold
  std::vector<std::uint32_t> location_of;  // per original transition: colour of an onsite step
  std::vector<PresenceRule> rules;         // per original transition
  std::vector<std::vector<PlaceIndex>> version;  // per original place, per colour: new place

  // The consumed coloured places of t (or one choice of or-join inputs).
  std::vector<PlaceIndex> coloured_consumed(const Transition& t) const {
    std::vector<PlaceIndex> out_places;
    for (PlaceIndex p : t.consume)
      if (is_coloured[p]) out_places.push_back(p);
    return out_places;
  }

  // The colours t can give its produced tokens, when its consumed places can hold `masks`.
  Mask output_colours(TransitionIndex t, const std::vector<Mask>& masks) const {
    switch (rules[t]) {
      case PresenceRule::away:
        return away_mask;
      case PresenceRule::onsite:
        return Mask{1} << location_of[t];
      case PresenceRule::pass:
        break;
    }
    if (masks.empty()) return away_mask;
    Mask common = ~Mask{0};
    for (Mask m : masks) common &= m;
    bool mixed_possible = masks.size() > 1;
    if (mixed_possible && std::all_of(masks.begin(), masks.end(), [&](Mask m) {
          return m == masks[0] && std::popcount(m) == 1;
        }))
      mixed_possible = false;
    return common | (mixed_possible ? away_mask : 0);
  }

  void collect_locations() {
    const model::Model& m = *in.model;
    std::map<std::string, std::uint32_t> index;
    out.colours = {"away"};
    location_of.assign(in.transitions.size(), 0);
    rules.resize(in.transitions.size());
    for (TransitionIndex t = 0; t < in.transitions.size(); ++t) {
      const Transition& tr = in.transitions[t];
      rules[t] = presence_rule(m, tr);
      if (rules[t] != PresenceRule::onsite) continue;
      const std::string& where = m.nodes[tr.node].visit_location;
      auto [it, added] = index.emplace(where, std::uint32_t(out.colours.size()));
      if (added) out.colours.push_back(where);
      location_of[t] = it->second;
      out.onsite_steps = true;
    }
  }

  // Colours each place can hold: least fixpoint from the initial marking (all away).
  void compute_possible() {
    is_coloured.assign(in.places.size(), false);
    for (PlaceIndex p = 0; p < in.places.size(); ++p) is_coloured[p] = coloured(in.places[p].kind);
    possible.assign(in.places.size(), 0);
    for (const auto& [p, count] : in.initial)
      if (is_coloured[p] && count > 0) possible[p] |= away_mask;
    for (bool changed = true; changed;) {
      changed = false;
      for (TransitionIndex t = 0; t < in.transitions.size(); ++t) {
        const Transition& tr = in.transitions[t];
        std::vector<Mask> masks;
        bool can_fire = true;
        if (tr.or_join != none) {
          Mask any = 0;  // over-approximation: any colour of any input
          for (PlaceIndex p : in.or_joins[tr.or_join].inputs) any |= possible[p];
          can_fire = any != 0;
          masks = {any, any};
        }
        for (PlaceIndex p : coloured_consumed(tr)) {
          if (possible[p] == 0) can_fire = false;
          masks.push_back(possible[p]);
        }
        if (!can_fire) continue;
        const Mask produced = output_colours(t, masks);
        for (PlaceIndex p : tr.produce) {
          if (!is_coloured[p]) continue;
          const Mask add = contains(tr.consume, p) ? possible[p] : produced;
          if ((possible[p] | add) != possible[p]) {
            possible[p] |= add;
            changed = true;
          }
        }
      }
    }
  }

  PlaceIndex add_place(Place place, PlaceIndex original, std::uint32_t colour) {
    out.net.places.push_back(std::move(place));
    out.original_place.push_back(original);
    out.colour.push_back(colour);
    return PlaceIndex(out.net.places.size() - 1);
  }

  void make_places() {
    version.assign(in.places.size(), {});
    for (PlaceIndex p = 0; p < in.places.size(); ++p) {
      const Place& place = in.places[p];
      if (!is_coloured[p]) {
        version[p] = {add_place(place, p, none)};
        continue;
      }
      version[p].assign(out.colours.size(), none);
      for (std::uint32_t c = 0; c < out.colours.size(); ++c) {
        if (!((possible[p] >> c) & 1)) continue;
        Place copy = place;
        copy.label += "@" + (c == 0 ? std::string("away") : "'" + out.colours[c] + "'");
        version[p][c] = add_place(std::move(copy), p, c);
      }
    }
    out.cap = options.cap;
    Place counter;
    counter.kind = PlaceKind::reached;  // a history marker: never consumed by completion
    counter.element = in.model->nodes.empty() ? model::no_index : 0;
    counter.must_be_empty_at_end = false;
    for (std::uint32_t k = 0; k <= options.cap; ++k) {
      counter.label = "visits=" + std::to_string(k);
      out.visit_places.push_back(add_place(counter, none, none));
    }
  }

  // Every version of a place (for inhibit and reset).
  std::vector<PlaceIndex> all_versions(PlaceIndex p) const {
    std::vector<PlaceIndex> v;
    for (PlaceIndex q : version[p])
      if (q != none) v.push_back(q);
    return v;
  }

  bool add(Transition t, TransitionIndex original, bool visit) {
    if (out.net.transitions.size() >= options.max_transitions) return false;
    out.net.transitions.push_back(std::move(t));
    out.original.push_back(original);
    out.rule.push_back(rules[original]);
    out.begins_visit.push_back(visit);
    return true;
  }

  // One variant of original transition `t`: `consumed` coloured places with `colours`, plus
  // the extra inhibitions of an expanded inclusive join.
  bool emit(TransitionIndex t, const std::vector<PlaceIndex>& consumed,
            const std::vector<std::uint32_t>& colours, const std::vector<PlaceIndex>& inhibit_all) {
    const Transition& tr = in.transitions[t];
    std::uint32_t output = 0;
    bool visit = false;
    switch (rules[t]) {
      case PresenceRule::away:
        break;
      case PresenceRule::onsite:
        output = location_of[t];
        visit = std::any_of(colours.begin(), colours.end(),
                            [&](std::uint32_t c) { return c != location_of[t]; });
        break;
      case PresenceRule::pass:
        if (!colours.empty() && std::all_of(colours.begin(), colours.end(),
                                            [&](std::uint32_t c) { return c == colours[0]; }))
          output = colours[0];
        break;
    }
    Transition v;
    v.kind = tr.kind;
    v.node = tr.node;
    v.flow = tr.flow;
    v.instance = tr.instance;
    v.scope = tr.scope;
    v.guard = tr.guard;
    v.setter = tr.setter;
    v.executes_activity = tr.executes_activity;
    v.label = tr.label;
    for (std::size_t i = 0; i < consumed.size(); ++i)
      v.consume.push_back(version[consumed[i]][colours[i]]);
    for (PlaceIndex p : tr.consume)
      if (!is_coloured[p]) v.consume.push_back(version[p][0]);
    for (PlaceIndex p : tr.inhibit)
      for (PlaceIndex q : all_versions(p)) v.inhibit.push_back(q);
    for (PlaceIndex p : inhibit_all)
      for (PlaceIndex q : all_versions(p)) v.inhibit.push_back(q);
    for (PlaceIndex p : tr.reset)
      for (PlaceIndex q : all_versions(p)) v.reset.push_back(q);
    for (PlaceIndex p : tr.require_any)
      for (PlaceIndex q : all_versions(p)) v.require_any.push_back(q);
    for (PlaceIndex p : tr.produce) {
      if (!is_coloured[p]) {
        v.produce.push_back(version[p][0]);
        continue;
      }
      std::uint32_t c = output;
      for (std::size_t i = 0; i < consumed.size(); ++i)
        if (consumed[i] == p) c = colours[i];  // a holder put back keeps its colour
      v.produce.push_back(version[p][c]);
    }
    std::sort(v.inhibit.begin(), v.inhibit.end());
    v.inhibit.erase(std::unique(v.inhibit.begin(), v.inhibit.end()), v.inhibit.end());
    if (!visit) return add(std::move(v), t, false);
    for (std::uint32_t k = 0; k <= out.cap; ++k) {
      Transition counted = v;
      counted.consume.push_back(out.visit_places[k]);
      counted.produce.push_back(out.visit_places[std::min(k + 1, out.cap)]);
      if (!add(std::move(counted), t, true)) return false;
    }
    return true;
  }

  // Every combination of colours of `consumed` (odometer order).
  bool expand(TransitionIndex t, const std::vector<PlaceIndex>& consumed,
              const std::vector<PlaceIndex>& inhibit_all) {
    std::vector<std::vector<std::uint32_t>> options_per;
    for (PlaceIndex p : consumed) {
      std::vector<std::uint32_t> cs;
      for (std::uint32_t c = 0; c < out.colours.size(); ++c)
        if ((possible[p] >> c) & 1) cs.push_back(c);
      if (cs.empty()) return true;  // never marked: the transition never fires
      options_per.push_back(std::move(cs));
    }
    std::vector<std::size_t> digit(consumed.size(), 0);
    std::vector<std::uint32_t> colours(consumed.size());
    while (true) {
      for (std::size_t i = 0; i < consumed.size(); ++i) colours[i] = options_per[i][digit[i]];
      if (!emit(t, consumed, colours, inhibit_all)) return false;
      std::size_t i = 0;
      while (i < digit.size() && ++digit[i] == options_per[i].size()) digit[i++] = 0;
      if (i == digit.size()) return true;
    }
  }

  // An inclusive join: one variant set per non-empty set S of marked inputs; the inputs outside
  // S, and every source that reaches no input of S, must be empty (the join's non-local
  // condition, made static).
  bool expand_or_join(TransitionIndex t) {
    const Transition& tr = in.transitions[t];
    const OrJoin& join = in.or_joins[tr.or_join];
    const std::size_t n = join.inputs.size();
    if (n > 12) {
      out.problem = "inclusive join '" + tr.label + "' has more than 12 incoming flows";
      out.problem_zh = "包容汇聚“" + tr.label + "”的入口顺序流超过 12 条";
      return false;
    }
    for (std::uint32_t s = 1; s < (1u << n); ++s) {
      std::vector<PlaceIndex> consumed = coloured_consumed(tr), inhibit_all;
      for (std::size_t i = 0; i < n; ++i) {
        if ((s >> i) & 1) {
          consumed.push_back(join.inputs[i]);
        } else {
          inhibit_all.push_back(join.inputs[i]);
        }
      }
      for (const OrJoin::Source& source : join.sources)
        if (std::none_of(source.reaches.begin(), source.reaches.end(),
                         [&](std::uint32_t i) { return (s >> i) & 1; }))
          inhibit_all.push_back(source.place);
      if (!expand(t, consumed, inhibit_all)) return false;
    }
    return true;
  }

  void build() {
    collect_locations();
    if (out.colours.size() > 64) {
      out.problem = "more than 63 visit locations";
      out.problem_zh = "到场地点超过 63 个";
      return;
    }
    compute_possible();
    make_places();
    std::vector<TransitionIndex> first_variant(in.transitions.size(), none);
    for (TransitionIndex t = 0; t < in.transitions.size(); ++t) {
      first_variant[t] = TransitionIndex(out.net.transitions.size());
      const bool ok = in.transitions[t].or_join != none
                          ? expand_or_join(t)
                          : expand(t, coloured_consumed(in.transitions[t]), {});
      if (!ok) {
        if (out.problem.empty()) {
          const std::string limit = std::to_string(options.max_transitions);
          out.problem = "the presence Net would have more than " + limit + " transitions";
          out.problem_zh = "到场网将有超过 " + limit + " 个变迁";
        }
        return;
      }
    }
    Net& net = out.net;
    net.model = in.model;
    net.scopes = in.scopes;
    for (Scope& s : net.scopes) {
      std::vector<PlaceIndex> places;
      for (PlaceIndex p : s.places)
        for (PlaceIndex q : all_versions(p)) places.push_back(q);
      s.places = std::move(places);
    }
    net.instances = in.instances;
    net.atoms = in.atoms;
    net.setters = in.setters;
    net.untranslatable = in.untranslatable;
    net.assumptions = in.assumptions;
    net.activities = in.activities;
    net.abstract_guards = in.abstract_guards;
    auto map_markers = [&](const std::vector<PlaceIndex>& from) {
      std::vector<PlaceIndex> to;
      for (PlaceIndex p : from) to.push_back(p == none ? none : version[p][0]);
      return to;
    };
    net.produced_markers = map_markers(in.produced_markers);
    net.reached_markers = map_markers(in.reached_markers);
    for (const auto& [p, count] : in.initial)
      net.initial.push_back({version[p][0], count});  // initial tokens are away
    net.initial.push_back({out.visit_places[0], 1});
    for (TransitionIndex t : in.prefix) net.prefix.push_back(first_variant[t]);
  }
};

}  // namespace

bool onsite_applicant_step(const model::Node& node) {
  return model::is_activity(node.kind) && node.role == model::Role::applicant &&
         node.channel.value_or(model::Channel::onsite) == model::Channel::onsite;
}

PresenceRule presence_rule(const model::Model& model, const Transition& transition) {
  if (transition.kind == TransitionKind::start || transition.node == model::no_index)
    return PresenceRule::away;
  const model::Node& n = model.nodes[transition.node];
  if (onsite_applicant_step(n)) return PresenceRule::onsite;
  if (model::is_gateway(n.kind) || n.kind == model::NodeKind::intermediate_throw_event ||
      n.kind == model::NodeKind::end_event || n.immediate)
    return PresenceRule::pass;
  return PresenceRule::away;
}

PresenceNet build_presence_net(const Net& net, const PresenceOptions& options) {
  PresenceNet out;
  Builder{net, options, out, {}, {}, {}, {}, {}}.build();
  return out;
}

std::uint32_t visits_in(const PresenceNet& presence, const std::vector<std::uint32_t>& marking) {
  for (std::uint32_t k = 0; k < presence.visit_places.size(); ++k)
    if (presence.visit_places[k] < marking.size() && marking[presence.visit_places[k]] > 0)
      return k;
  return 0;
}

}  // namespace seamless::semantics
