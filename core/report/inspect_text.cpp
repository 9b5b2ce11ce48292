// `seamless inspect` as text: how the model was understood, for a person reading a terminal. In
// Chinese the headings, element kinds and words are Chinese; ids, names, reform: attributes and
// guard texts are shown as written.
#include <ostream>

#include "seamless/expr/print.hpp"
#include "seamless/report/inspect_json.hpp"
#include "seamless/report/report_texts.hpp"

namespace seamless::report {
namespace {

using model::Index;
using model::no_index;

// The words of the listing in one language.
struct Words {
  const char *process, *pool, *variables, *undeclared, *lanes, *nodes, *flows, *is_default, *when,
      *language_unknown, *parsed, *not_analysable, *label, *documents, *shared, *paper, *material,
      *unsupported, *participants, *black_box, *message_flows, *departments, *no_department, *on,
      *non_interrupting, *line, *colon, *open, *close, *quote_open, *quote_close;
};

constexpr Words english{"process ",
                        "pool ",
                        "  variables:\n",
                        "  undeclared variable: ",
                        "  lanes:\n",
                        "  nodes:\n",
                        "  flows:\n",
                        " (default)",
                        "  when ",
                        "language unknown",
                        "  parsed: ",
                        "  not analysable (",
                        "  a label, a free choice (",
                        "  documents:\n",
                        " shared",
                        " paper",
                        " material",
                        "  unsupported: ",
                        "participants:\n",
                        "(black box)",
                        "message flows:\n",
                        "departments:\n",
                        "(no department)",
                        " on ",
                        " (non-interrupting)",
                        "  line ",
                        ": ",
                        " (",
                        ")",
                        " \"",
                        "\""};

constexpr Words chinese{"流程 ",
                        "池 ",
                        "  变量：\n",
                        "  未声明的变量：",
                        "  泳道：\n",
                        "  节点：\n",
                        "  顺序流：\n",
                        "（默认流）",
                        "  条件 ",
                        "语言未知",
                        "  解析为：",
                        "  无法分析（",
                        "  按标签理解，自由选择（",
                        "  文件：\n",
                        " 共享",
                        " 纸质",
                        " 申请材料",
                        "  不支持的元素：",
                        "参与者：\n",
                        "（黑盒）",
                        "消息流：\n",
                        "部门：\n",
                        "（无部门）",
                        " 附着于 ",
                        "（非中断）",
                        "  第 ",
                        "：",
                        "（",
                        "）",
                        " “",
                        "”"};

const Words& words(i18n::Language language) {
  return language == i18n::Language::zh ? chinese : english;
}

std::string quoted(const std::string& name, const Words& w) {
  return name.empty() ? "" : w.quote_open + name + w.quote_close;
}

std::string role_name(model::Role role, i18n::Language language) {
  if (language != i18n::Language::zh) return std::string(model::to_string(role));
  switch (role) {
    case model::Role::department:
      return "部门";
    case model::Role::applicant:
      return "申请人";
    case model::Role::agent:
      return "代办人";
  }
  return "部门";
}

std::string type_name(model::VariableType type, i18n::Language language) {
  return std::string(report_texts(language).type_name(model::to_string(type)));
}

std::string kind_name(model::NodeKind kind, i18n::Language language) {
  return std::string(language == i18n::Language::zh ? model::name_zh(kind)
                                                    : model::to_string(kind));
}

// "message" for messageEventDefinition; "消息" in Chinese.
std::string event_name(model::EventDefinitionKind kind, i18n::Language language) {
  if (language == i18n::Language::zh) {
    switch (kind) {
      case model::EventDefinitionKind::message:
        return "消息";
      case model::EventDefinitionKind::timer:
        return "定时";
      case model::EventDefinitionKind::signal:
        return "信号";
      case model::EventDefinitionKind::error:
        return "错误";
      case model::EventDefinitionKind::escalation:
        return "升级";
      case model::EventDefinitionKind::conditional:
        return "条件";
      case model::EventDefinitionKind::link:
        return "链接";
      case model::EventDefinitionKind::compensate:
        return "补偿";
      case model::EventDefinitionKind::cancel:
        return "取消";
      case model::EventDefinitionKind::terminate:
        return "终止";
    }
  }
  const std::string name(model::to_string(kind));
  return name.substr(0, name.size() - std::string_view("EventDefinition").size());
}

std::string department_label(const model::Model& m, Index d, i18n::Language language) {
  const Words& w = words(language);
  if (d == no_index) return w.no_department;
  const model::Department& dep = m.departments[d];
  return dep.id + (dep.role == model::Role::department
                       ? ""
                       : w.open + role_name(dep.role, language) + w.close);
}

void write_node(const model::Model& m, const model::Node& n, std::ostream& out,
                i18n::Language language) {
  const Words& w = words(language);
  int depth = 0;
  for (Index p = n.parent; p != no_index; p = m.nodes[p].parent) ++depth;
  out << "    " << std::string(2 * depth, ' ') << kind_name(n.kind, language) << ' ' << n.id
      << quoted(n.name, w) << "  [" << department_label(m, n.department, language) << "]";
  for (const model::EventDefinition& d : n.event_definitions)
    out << ' ' << event_name(d.kind, language);
  if (n.attached_to != no_index)
    out << w.on << m.nodes[n.attached_to].id << (n.cancel_activity ? "" : w.non_interrupting);
  if (n.channel) out << " channel=" << model::to_string(*n.channel);
  if (!n.visit_location.empty()) out << " location=" << n.visit_location;
  if (n.immediate) out << " immediate";
  if (n.duration.seconds != 0) out << " duration=" << n.duration.text;
  if (!n.matter.empty()) out << " matter=" << n.matter;
  for (const std::string& s : n.sets) out << " sets=" << s;
  out << w.line << n.location.line << (language == i18n::Language::zh ? " 行" : "") << '\n';
}

void write_flows(const model::Model& m, const model::Process& p, std::ostream& out,
                 const guards::ModelGuards* guards, i18n::Language language) {
  const Words& w = words(language);
  if (!p.flows.empty()) out << w.flows;
  for (Index i : p.flows) {
    const model::SequenceFlow& f = m.flows[i];
    out << "    " << f.id << ": " << (f.source != no_index ? m.nodes[f.source].id : "?") << " -> "
        << (f.target != no_index ? m.nodes[f.target].id : "?");
    if (f.is_default) out << w.is_default;
    if (f.guard) {
      out << w.when << f.guard->text << "  ["
          << (f.guard->language.empty() ? w.language_unknown : f.guard->language) << "]";
      if (const guards::FlowGuard* g = guards ? guards->find(i) : nullptr) {
        const auto& env = guards->processes[f.process].environment;
        if (g->status == guards::GuardStatus::ok && g->expr)
          out << w.parsed << expr::print(*g->expr, env);
        else
          out << (g->status == guards::GuardStatus::unknown_language ? w.label : w.not_analysable)
              << guards::to_string(g->status) << w.close << w.colon
              << i18n::pick(language, g->problem, g->problem_zh);
      }
    }
    out << '\n';
  }
}

}  // namespace

void write_inspect_text(const model::Model& m, std::ostream& out, const guards::ModelGuards* guards,
                        i18n::Language language) {
  const Words& w = words(language);
  out << m.file << '\n';
  for (const model::Process& p : m.processes) {
    out << w.process << p.id << quoted(p.name, w);
    if (p.participant != no_index)
      out << w.open << w.pool << m.participants[p.participant].id << w.close;
    out << w.colon << "maxVisits " << p.max_visits;
    if (p.time_limit)
      out << (language == i18n::Language::zh ? "，" : ", ") << "timeLimit " << p.time_limit->text;
    out << '\n';
    if (!p.variables.empty()) {
      out << w.variables;
      for (const model::Variable& v : p.variables) {
        out << "    " << v.name << w.colon << type_name(v.type, language);
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
          out << w.undeclared << v.name << w.colon << expr::to_string(v.type) << '\n';
    }
    if (!p.lanes.empty()) {
      out << w.lanes;
      for (Index l : p.lanes) {
        const model::Lane& lane = m.lanes[l];
        int depth = 0;
        for (Index q = lane.parent; q != no_index; q = m.lanes[q].parent) ++depth;
        out << "    " << std::string(2 * depth, ' ') << lane.id << quoted(lane.name, w) << " -> "
            << department_label(m, lane.department, language) << '\n';
      }
    }
    out << w.nodes;
    for (Index i : p.nodes) write_node(m, m.nodes[i], out, language);
    write_flows(m, p, out, guards, language);
    if (!p.documents.empty()) out << w.documents;
    for (Index i : p.documents) {
      const model::Document& d = m.documents[i];
      out << "    " << d.id << quoted(d.name, w) << (d.shared ? w.shared : w.paper)
          << (d.material ? w.material : "") << '\n';
    }
    for (const model::UnsupportedElement& u : p.unsupported)
      out << w.unsupported << u.type << ' ' << u.id
          << (language == i18n::Language::zh ? "  第 " : " line ") << u.location.line
          << (language == i18n::Language::zh ? " 行" : "") << '\n';
  }
  if (!m.participants.empty()) out << w.participants;
  for (const model::Participant& p : m.participants)
    out << "  " << p.id << quoted(p.name, w) << " -> "
        << (p.process != no_index ? m.processes[p.process].id : w.black_box) << '\n';
  if (!m.message_flows.empty()) out << w.message_flows;
  auto endpoint = [&](const model::FlowEndpoint& e) -> std::string {
    if (e.node != no_index) return m.nodes[e.node].id;
    if (e.participant != no_index) return m.participants[e.participant].id;
    return "?";
  };
  for (const model::MessageFlow& f : m.message_flows)
    out << "  " << f.id << ": " << endpoint(f.source) << " -> " << endpoint(f.target) << '\n';
  if (!m.departments.empty()) out << w.departments;
  for (const model::Department& d : m.departments)
    out << "  " << d.id << quoted(d.name, w) << w.open << role_name(d.role, language) << w.close
        << '\n';
}

}  // namespace seamless::report
