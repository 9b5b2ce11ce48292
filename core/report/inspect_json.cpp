// `seamless inspect --format json`: the Model as the loader understood it (spec/cli.md).
// Nodes, flows and lanes are listed flat per process, with `parent` naming the enclosing
// subprocess or lane, so counts can be compared with other parsers.
#include "seamless/report/inspect_json.hpp"

#include "seamless/expr/print.hpp"

namespace seamless::report {
namespace {

using json = nlohmann::ordered_json;
using model::Index;
using model::no_index;

json id_or_null(const std::string& id) {
  return id.empty() ? json(nullptr) : json(id);
}

template <typename T>
json id_of(const std::vector<T>& items, Index index) {
  return index == no_index ? json(nullptr) : json(items[index].id);
}

template <typename T>
json ids_of(const std::vector<T>& items, const std::vector<Index>& indices) {
  json out = json::array();
  for (Index i : indices) out.push_back(items[i].id);
  return out;
}

json bounds_json(const model::Bounds& b) {
  return {{"x", b.x}, {"y", b.y}, {"width", b.width}, {"height", b.height}};
}

json department_of(const model::Model& m, Index department) {
  return department == no_index ? json(nullptr) : json(m.departments[department].id);
}

json node_json(const model::Model& m, const model::Node& n) {
  json j;
  j["id"] = n.id;
  j["type"] = model::to_string(n.kind);
  j["name"] = n.name;
  j["department"] = department_of(m, n.department);
  j["line"] = n.location.line;
  j["column"] = n.location.column;
  j["parent"] = id_of(m.nodes, n.parent);
  j["lane"] = id_of(m.lanes, n.lane);
  j["role"] = model::to_string(n.role);
  if (!n.event_definitions.empty()) {
    json defs = json::array();
    for (const model::EventDefinition& d : n.event_definitions) {
      json dj{{"type", model::to_string(d.kind)}};
      if (!d.ref.empty()) dj["ref"] = d.ref;
      if (!d.timer_kind.empty())
        dj["timer"] = {{d.timer_kind, d.expression}};
      else if (!d.expression.empty())
        dj["condition"] = d.expression;
      defs.push_back(std::move(dj));
    }
    j["eventDefinitions"] = std::move(defs);
  }
  if (n.kind == model::NodeKind::boundary_event) {
    j["attachedTo"] = id_of(m.nodes, n.attached_to);
    j["cancelActivity"] = n.cancel_activity;
  }
  if (model::is_subprocess(n.kind)) j["triggeredByEvent"] = n.triggered_by_event;
  if (n.kind == model::NodeKind::call_activity) j["calledElement"] = n.called_element;
  if (n.loop != model::Loop::none) j["loop"] = model::to_string(n.loop);
  if (n.default_flow != no_index) j["default"] = m.flows[n.default_flow].id;
  if (n.channel) j["channel"] = model::to_string(*n.channel);
  if (!n.visit_location.empty()) j["location"] = n.visit_location;
  if (n.immediate) j["immediate"] = true;
  if (n.duration.seconds != 0) j["duration"] = n.duration.text;
  if (!n.matter.empty()) j["matter"] = n.matter;
  if (!n.sets.empty()) j["sets"] = n.sets;
  if (!n.data_inputs.empty()) j["dataInputs"] = ids_of(m.documents, n.data_inputs);
  if (!n.data_outputs.empty()) j["dataOutputs"] = ids_of(m.documents, n.data_outputs);
  if (n.shape) j["bounds"] = bounds_json(n.shape->bounds);
  return j;
}

json flow_json(const model::Model& m, const model::SequenceFlow& f, const guards::FlowGuard* g,
               const expr::Environment* env, i18n::Language language) {
  json j;
  j["id"] = f.id;
  if (!f.name.empty()) j["name"] = f.name;
  j["source"] = id_of(m.nodes, f.source);
  j["target"] = id_of(m.nodes, f.target);
  j["line"] = f.location.line;
  j["parent"] = id_of(m.nodes, f.scope);
  if (f.is_default) j["default"] = true;
  if (f.guard) {
    j["guard"] = {{"text", f.guard->text},
                  {"language", f.guard->language.empty() ? json(nullptr) : json(f.guard->language)},
                  {"languageFrom", model::to_string(f.guard->language_source)}};
    if (g) {
      j["guard"]["status"] = guards::to_string(g->status);
      if (g->expr && env) j["guard"]["parsed"] = expr::print(*g->expr, *env);
      if (g->status != guards::GuardStatus::ok) {
        j["guard"]["problem"] = g->problem;
        if (language == i18n::Language::zh)
          j["guard"]["problem_zh"] = i18n::pick(language, g->problem, g->problem_zh);
        j["guard"]["column"] = g->column;
      }
    }
  } else {
    j["guard"] = nullptr;
  }
  return j;
}

json variable_json(const model::Variable& v) {
  json j{{"name", v.name}, {"type", model::to_string(v.type)}};
  if (v.min) j["min"] = *v.min;
  if (v.max) j["max"] = *v.max;
  if (!v.values.empty()) j["values"] = v.values;
  j["line"] = v.location.line;
  return j;
}

json document_json(const model::Model& m, const model::Document& d) {
  return {{"id", d.id},
          {"name", d.name},
          {"kind", model::to_string(d.kind)},
          {"shared", d.shared},
          {"material", d.material},
          {"producers", ids_of(m.nodes, d.producers)},
          {"consumers", ids_of(m.nodes, d.consumers)},
          {"line", d.location.line}};
}

json lane_json(const model::Model& m, const model::Lane& l) {
  return {{"id", l.id},
          {"name", l.name},
          {"department", department_of(m, l.department)},
          {"role", model::to_string(l.role)},
          {"parent", id_of(m.lanes, l.parent)},
          {"nodes", ids_of(m.nodes, l.nodes)},
          {"line", l.location.line},
          {"bounds", l.shape ? bounds_json(l.shape->bounds) : json(nullptr)}};
}

}  // namespace

json inspect_json(const model::Model& m, const guards::ModelGuards* guards,
                  i18n::Language language) {
  json root;
  root["file"] = m.file;
  root["definitions"] = {{"id", id_or_null(m.definitions_id)},
                         {"expressionLanguage", id_or_null(m.expression_language)},
                         {"exporter", id_or_null(m.exporter)},
                         {"diagram", m.has_diagram}};
  json processes = json::array();
  for (const model::Process& p : m.processes) {
    json pj;
    pj["id"] = p.id;
    pj["name"] = p.name;
    pj["line"] = p.location.line;
    pj["participant"] = id_of(m.participants, p.participant);
    pj["maxVisits"] = p.max_visits;
    pj["timeLimit"] = p.time_limit ? json(p.time_limit->text) : json(nullptr);
    json nodes = json::array(), flows = json::array(), lanes = json::array(),
         variables = json::array(), documents = json::array();
    for (Index i : p.nodes) nodes.push_back(node_json(m, m.nodes[i]));
    const guards::ProcessGuards* pg =
        guards ? &guards->processes[static_cast<std::size_t>(&p - m.processes.data())] : nullptr;
    for (Index i : p.flows)
      flows.push_back(flow_json(m, m.flows[i], guards ? guards->find(i) : nullptr,
                                pg ? &pg->environment : nullptr, language));
    for (Index i : p.lanes) lanes.push_back(lane_json(m, m.lanes[i]));
    for (const model::Variable& v : p.variables) variables.push_back(variable_json(v));
    if (pg) {
      for (const expr::Variable& v : pg->environment.variables())
        if (!v.declared)
          variables.push_back(
              {{"name", v.name}, {"type", expr::to_string(v.type)}, {"declared", false}});
    }
    for (Index i : p.documents) documents.push_back(document_json(m, m.documents[i]));
    pj["nodes"] = std::move(nodes);
    pj["flows"] = std::move(flows);
    pj["lanes"] = std::move(lanes);
    pj["variables"] = std::move(variables);
    pj["documents"] = std::move(documents);
    json unsupported = json::array();
    for (const model::UnsupportedElement& u : p.unsupported)
      unsupported.push_back(
          {{"id", id_or_null(u.id)}, {"type", u.type}, {"line", u.location.line}});
    pj["unsupported"] = std::move(unsupported);
    processes.push_back(std::move(pj));
  }
  root["processes"] = std::move(processes);

  json participants = json::array();
  for (const model::Participant& p : m.participants) {
    participants.push_back({{"id", p.id},
                            {"name", p.name},
                            {"process", id_of(m.processes, p.process)},
                            {"department", department_of(m, p.department)},
                            {"role", model::to_string(p.role)},
                            {"line", p.location.line},
                            {"bounds", p.shape ? bounds_json(p.shape->bounds) : json(nullptr)}});
  }
  root["participants"] = std::move(participants);

  auto endpoint = [&](const model::FlowEndpoint& e) {
    if (e.node != no_index) return json(m.nodes[e.node].id);
    if (e.participant != no_index) return json(m.participants[e.participant].id);
    return json(nullptr);
  };
  json message_flows = json::array();
  for (const model::MessageFlow& f : m.message_flows) {
    message_flows.push_back({{"id", f.id},
                             {"name", f.name},
                             {"source", endpoint(f.source)},
                             {"target", endpoint(f.target)},
                             {"line", f.location.line}});
  }
  root["messageFlows"] = std::move(message_flows);

  json departments = json::array();
  for (const model::Department& d : m.departments)
    departments.push_back({{"id", d.id}, {"name", d.name}, {"role", model::to_string(d.role)}});
  root["departments"] = std::move(departments);

  json stores = json::array();
  for (const model::Document& d : m.documents)
    if (d.process == no_index) stores.push_back(document_json(m, d));
  root["dataStores"] = std::move(stores);
  return root;
}

}  // namespace seamless::report
