// `seamless inspect` as text: how the model was understood, for a person reading a terminal.
#include <ostream>

#include "seamless/expr/print.hpp"
#include "seamless/report/inspect_json.hpp"

namespace seamless::report {
namespace {

using model::Index;
using model::no_index;

std::string quoted(const std::string& name) {
  return name.empty() ? "" : " \"" + name + "\"";
}

std::string department_label(const model::Model& m, Index d) {
  if (d == no_index) return "(no department)";
  const model::Department& dep = m.departments[d];
  return dep.id + (dep.role == model::Role::department
                       ? ""
                       : " (" + std::string(model::to_string(dep.role)) + ")");
}

void write_node(const model::Model& m, const model::Node& n, std::ostream& out) {
  int depth = 0;
  for (Index p = n.parent; p != no_index; p = m.nodes[p].parent) ++depth;
  out << "    " << std::string(2 * depth, ' ') << model::to_string(n.kind) << ' ' << n.id
      << quoted(n.name) << "  [" << department_label(m, n.department) << "]";
  for (const model::EventDefinition& d : n.event_definitions) {
    std::string kind(model::to_string(d.kind));
    out << ' ' << kind.substr(0, kind.size() - std::string_view("EventDefinition").size());
  }
  if (n.attached_to != no_index)
    out << " on " << m.nodes[n.attached_to].id << (n.cancel_activity ? "" : " (non-interrupting)");
  if (n.channel) out << " channel=" << model::to_string(*n.channel);
  if (!n.visit_location.empty()) out << " location=" << n.visit_location;
  if (n.immediate) out << " immediate";
  if (n.duration.seconds != 0) out << " duration=" << n.duration.text;
  if (!n.matter.empty()) out << " matter=" << n.matter;
  for (const std::string& s : n.sets) out << " sets=" << s;
  out << "  line " << n.location.line << '\n';
}

}  // namespace

void write_inspect_text(const model::Model& m, std::ostream& out,
                        const guards::ModelGuards* guards) {
  out << m.file << '\n';
  for (const model::Process& p : m.processes) {
    out << "process " << p.id << quoted(p.name);
    if (p.participant != no_index) out << " (pool " << m.participants[p.participant].id << ")";
    out << ": maxVisits " << p.max_visits;
    if (p.time_limit) out << ", timeLimit " << p.time_limit->text;
    out << '\n';
    if (!p.variables.empty()) {
      out << "  variables:\n";
      for (const model::Variable& v : p.variables) {
        out << "    " << v.name << ": " << model::to_string(v.type);
        if (v.min || v.max) out << " [" << v.min.value_or("") << ".." << v.max.value_or("") << "]";
        if (!v.values.empty()) {
          out << " {";
          for (std::size_t i = 0; i < v.values.size(); ++i) out << (i ? ", " : "") << v.values[i];
          out << "}";
        }
        out << '\n';
      }
    }
    if (guards) {
      for (const expr::Variable& v :
           guards->processes[&p - m.processes.data()].environment.variables())
        if (!v.declared)
          out << "  undeclared variable: " << v.name << ": " << expr::to_string(v.type) << '\n';
    }
    if (!p.lanes.empty()) {
      out << "  lanes:\n";
      for (Index l : p.lanes) {
        const model::Lane& lane = m.lanes[l];
        int depth = 0;
        for (Index q = lane.parent; q != no_index; q = m.lanes[q].parent) ++depth;
        out << "    " << std::string(2 * depth, ' ') << lane.id << quoted(lane.name) << " -> "
            << department_label(m, lane.department) << '\n';
      }
    }
    out << "  nodes:\n";
    for (Index i : p.nodes) write_node(m, m.nodes[i], out);
    if (!p.flows.empty()) out << "  flows:\n";
    for (Index i : p.flows) {
      const model::SequenceFlow& f = m.flows[i];
      out << "    " << f.id << ": " << (f.source != no_index ? m.nodes[f.source].id : "?") << " -> "
          << (f.target != no_index ? m.nodes[f.target].id : "?");
      if (f.is_default) out << " (default)";
      if (f.guard) {
        out << "  when " << f.guard->text << "  ["
            << (f.guard->language.empty() ? "language unknown" : f.guard->language) << "]";
        if (const guards::FlowGuard* g = guards ? guards->find(i) : nullptr) {
          const auto& env = guards->processes[f.process].environment;
          if (g->status == guards::GuardStatus::ok && g->expr)
            out << "  parsed: " << expr::print(*g->expr, env);
          else
            out << "  not analysable (" << guards::to_string(g->status) << "): " << g->problem;
        }
      }
      out << '\n';
    }
    if (!p.documents.empty()) out << "  documents:\n";
    for (Index i : p.documents) {
      const model::Document& d = m.documents[i];
      out << "    " << d.id << quoted(d.name) << (d.shared ? " shared" : " paper")
          << (d.material ? " material" : "") << '\n';
    }
    for (const model::UnsupportedElement& u : p.unsupported)
      out << "  unsupported: " << u.type << ' ' << u.id << " line " << u.location.line << '\n';
  }
  if (!m.participants.empty()) out << "participants:\n";
  for (const model::Participant& p : m.participants)
    out << "  " << p.id << quoted(p.name) << " -> "
        << (p.process != no_index ? m.processes[p.process].id : "(black box)") << '\n';
  if (!m.message_flows.empty()) out << "message flows:\n";
  auto endpoint = [&](const model::FlowEndpoint& e) -> std::string {
    if (e.node != no_index) return m.nodes[e.node].id;
    if (e.participant != no_index) return m.participants[e.participant].id;
    return "?";
  };
  for (const model::MessageFlow& f : m.message_flows)
    out << "  " << f.id << ": " << endpoint(f.source) << " -> " << endpoint(f.target) << '\n';
  if (!m.departments.empty()) out << "departments:\n";
  for (const model::Department& d : m.departments)
    out << "  " << d.id << quoted(d.name) << " (" << model::to_string(d.role) << ")\n";
}

}  // namespace seamless::report
