// Visit counting on the presence Net (visits.hpp).
#include "seamless/analysis/visits.hpp"

#include <algorithm>
#include <chrono>

#include "seamless/analysis/explored_model.hpp"
#include "seamless/analysis/names.hpp"
#include "seamless/semantics/build.hpp"

namespace seamless::analysis {

using semantics::none;
using semantics::PresenceNet;

namespace {

std::string endpoint_department(const model::Model& m, const model::FlowEndpoint& e,
                                bool& applicant) {
  model::Index d = model::no_index;
  if (e.node != model::no_index) d = m.nodes[e.node].department;
  if (d == model::no_index && e.participant != model::no_index)
    d = m.participants[e.participant].department;
  if (d == model::no_index) return "";
  applicant = m.departments[d].role == model::Role::applicant;
  return m.departments[d].id;
}

// The department the applicant waits for at `seam` (the sender of the messages it catches), or
// the department served at `from_location` (the receiver of the on-site steps' messages there).
std::string seam_department(const model::Model& m, model::Index seam, bool moved,
                            const std::string& from_location) {
  if (seam == model::no_index) return "";
  for (const model::MessageFlow& f : m.message_flows) {
    bool here = false;
    if (moved) {
      here = f.source.node != model::no_index &&
             semantics::onsite_applicant_step(m.nodes[f.source.node]) &&
             m.nodes[f.source.node].visit_location == from_location;
    } else {
      here = f.target.node == seam;
    }
    if (!here) continue;
    bool applicant = true;
    const std::string d = endpoint_department(m, moved ? f.target : f.source, applicant);
    if (!d.empty() && !applicant) return d;
  }
  return department_id(m, m.nodes[seam]);
}

}  // namespace

bool has_applicant_role(const model::Model& model) {
  for (const model::Lane& l : model.lanes)
    if (l.role == model::Role::applicant) return true;
  for (const model::Participant& p : model.participants)
    if (p.role == model::Role::applicant) return true;
  return false;
}

std::uint32_t max_visits_of(const model::Model& model) {
  std::optional<std::uint32_t> bound;
  for (const model::Process& p : model.processes)
    for (model::Index n : p.nodes)
      if (model.nodes[n].role == model::Role::applicant) {
        bound = std::min(bound.value_or(p.max_visits), p.max_visits);
        break;
      }
  if (bound) return *bound;
  std::uint32_t all = 1;
  for (std::size_t i = 0; i < model.processes.size(); ++i)
    all = i == 0 ? model.processes[i].max_visits : std::min(all, model.processes[i].max_visits);
  return all;
}

std::string location_text(const std::string& location) {
  return location.empty() ? "the default place" : location;
}

std::string location_text_zh(const std::string& location) {
  return location.empty() ? "默认地点" : location;
}

RunContext VisitModel::run_context(const check::CheckContext& context) const {
  return RunContext{presence->net, *data, context.guards, context.solver, solver_timeout_ms};
}

VisitModel prepare_visit_model(const check::CheckContext& context, std::uint32_t cap) {
  VisitModel out;
  const check::EngineSettings defaults;
  const check::EngineSettings& engine = context.engine ? *context.engine : defaults;
  semantics::BuildOptions build;
  build.abstract_guards = engine.abstract_guards;
  const semantics::Net net = semantics::build_net(context.model, context.guards, build);
  out.assumptions = net.assumptions;
  if (!net.untranslatable.empty()) {
    const semantics::Untranslatable& u = net.untranslatable.front();
    out.unusable = {u.reason, u.reason_zh.empty() ? u.reason : u.reason_zh};
    if (u.location.line) {
      const std::string line = std::to_string(u.location.line);
      out.unusable.en += " (line " + line + ")";
      out.unusable.zh += "（第 " + line + " 行）";
    }
    return out;
  }
  semantics::PresenceOptions options;
  options.cap = cap;
  out.presence = std::make_unique<PresenceNet>(semantics::build_presence_net(net, options));
  if (!out.presence->problem.empty()) {
    out.unusable = {out.presence->problem, out.presence->problem_zh};
    return out;
  }
  out.solver_timeout_ms =
      engine.timeout_seconds > 0 ? unsigned(engine.timeout_seconds * 1000) : 10'000;
  out.data = std::make_unique<DataSetup>(
      set_up_data(out.presence->net, context.guards, context.solver, out.solver_timeout_ms));
  if (!out.data->ok) {
    out.unusable = out.data->reason;
  } else if (out.data->cells.cell_count() == 0) {
    out.unusable = no_case_data();
  }
  return out;
}

VisitSpace explore_visits(const check::CheckContext& context, const VisitModel& model,
                          std::optional<std::uint32_t> initial_cell, bool completion) {
  VisitSpace out;
  const check::EngineSettings defaults;
  const check::EngineSettings& engine = context.engine ? *context.engine : defaults;
  out.cells = std::make_unique<explore::DataCells>(model.data->cells);
  if (initial_cell) out.cells->initial = {*initial_cell};
  const semantics::Net& net = model.presence->net;
  out.exploration = std::make_unique<explore::Exploration>(net, *out.cells);
  explore::ExploreOptions options;
  options.max_states = engine.max_states;
  options.reduction = false;  // the visit counter is history: no stubborn sets
  options.completion = completion;
  if (engine.timeout_seconds > 0)
    options.deadline =
        context.started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(engine.timeout_seconds));
  out.exploration->run(options);
  const explore::Exploration& x = *out.exploration;
  if (x.outcome() == explore::Outcome::state_limit)
    out.limit = state_limit_reason(engine.max_states);
  if (x.outcome() == explore::Outcome::time_limit)
    out.limit = time_limit_reason(engine.timeout_seconds);
  if (out.limit.empty() && !x.saturated().empty())
    out.limit = saturation_reason(net, x.saturated().front());
  out.complete = out.limit.empty();
  const auto states = explore::StateId(x.stats().states);
  const auto& places = model.presence->visit_places;
  for (explore::StateId s = 0; s < states; ++s) {
    std::uint32_t k = 0;
    for (auto j = std::uint32_t(places.size()); j-- > 0;)
      if (x.count(s, places[j]) > 0) {
        k = j;
        break;
      }
    if (out.worst_state == explore::no_state || k > out.worst) {
      out.worst = k;
      out.worst_state = s;
    }
  }
  out.completes = completion && out.complete && !x.stuck();
  out.stats["states"] = double(states);
  out.stats["edges"] = double(x.stats().edges);
  out.stats["cells"] = double(model.data->cells.cell_count());
  out.stats["exploration-ms"] = x.stats().seconds * 1000;
  return out;
}

std::vector<Visit> visits_of_run(const PresenceNet& presence, const explore::Path& path) {
  const semantics::Net& net = presence.net;
  const model::Model& m = *net.model;
  // Per place: the producers (origins) of its tokens, last produced last.
  std::vector<std::vector<model::Index>> tokens(net.places.size());
  for (const auto& [p, count] : net.initial) tokens[p].assign(count, model::no_index);
  std::vector<Visit> out;
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const semantics::TransitionIndex t = path.steps[i].transition;
    const semantics::Transition& tr = net.transitions[t];
    struct Taken {
      semantics::PlaceIndex place;
      std::uint32_t colour;
      model::Index origin;
    };
    std::vector<Taken> taken;
    for (semantics::PlaceIndex p : tr.consume) {
      model::Index origin = model::no_index;
      if (!tokens[p].empty()) {
        origin = tokens[p].back();
        tokens[p].pop_back();
      }
      if (presence.colour[p] != none) taken.push_back({p, presence.colour[p], origin});
    }
    for (semantics::PlaceIndex p : tr.reset) tokens[p].clear();
    if (presence.begins_visit[t]) {
      Visit v;
      v.step = i;
      v.node = tr.node;
      v.location = m.nodes[tr.node].visit_location;
      for (const Taken& k : taken) {
        if (out.empty()) break;  // the first visit: nothing came between
        if (k.colour != 0 && presence.colours[k.colour] == v.location) continue;
        v.seam = k.origin;
        v.moved = k.colour != 0;
        if (v.moved) v.from_location = presence.colours[k.colour];
        break;
      }
      v.seam_department = seam_department(m, v.seam, v.moved, v.from_location);
      out.push_back(std::move(v));
    }
    const bool uniform =
        !taken.empty() && std::all_of(taken.begin(), taken.end(),
                                      [&](const Taken& k) { return k.colour == taken[0].colour; });
    for (semantics::PlaceIndex p : tr.produce) {
      if (presence.colour[p] == none) {
        tokens[p].push_back(tr.node);
        continue;
      }
      model::Index origin = tr.node;
      if (presence.rule[t] == semantics::PresenceRule::pass && uniform) origin = taken[0].origin;
      for (const Taken& k : taken)
        if (presence.original_place[k.place] == presence.original_place[p]) origin = k.origin;
      tokens[p].push_back(origin);
    }
  }
  return out;
}

}  // namespace seamless::analysis
