// Second half of the reader: turns the ids collected while reading into indices, reports
// dangling references, assigns every node its innermost lane and department, and applies the
// reform: defaults (spec/annotations.md).
#include <algorithm>
#include <unordered_map>

#include "reader.hpp"

namespace seamless::bpmn {

using model::ElementCategory;
using model::Location;

namespace {

template <typename T>
void push_unique(std::vector<T>& items, T value) {
  if (std::find(items.begin(), items.end(), value) == items.end()) items.push_back(value);
}

}  // namespace

void Reader::resolve() {
  resolve_flows();
  resolve_nodes();
  resolve_collaboration();
  resolve_lanes();
  resolve_departments();
  resolve_documents();
  resolve_sets();
  resolve_guard_languages();
  attach_diagram();
}

void Reader::resolve_flows() {
  auto resolve_end = [&](const PendingRef& ref, const char* attribute_name) -> Index {
    const model::SequenceFlow& flow = model_->flows[ref.owner];
    const std::string attribute = attribute_name;
    if (ref.id.empty()) {
      error(ref.location, {"sequence flow '" + flow.id + "' has no " + attribute,
                           "顺序流“" + flow.id + "”没有 " + attribute});
      return no_index;
    }
    const auto* entry = lookup(ref.id);
    if (entry == nullptr || entry->category != ElementCategory::node) {
      error(ref.location, {"sequence flow '" + flow.id + "': " + attribute + " '" + ref.id +
                               (entry ? "' is not a flow node" : "' does not exist"),
                           "顺序流“" + flow.id + "”：" + attribute + "“" + ref.id +
                               (entry ? "”不是流程节点" : "”不存在")});
      return no_index;
    }
    return entry->index;
  };
  for (const PendingRef& ref : flow_sources_) {
    const Index node = resolve_end(ref, "sourceRef");
    model_->flows[ref.owner].source = node;
    if (node != no_index) model_->nodes[node].outgoing.push_back(ref.owner);
  }
  for (const PendingRef& ref : flow_targets_) {
    const Index node = resolve_end(ref, "targetRef");
    model_->flows[ref.owner].target = node;
    if (node != no_index) model_->nodes[node].incoming.push_back(ref.owner);
  }
}

void Reader::resolve_nodes() {
  for (const PendingRef& ref : default_flows_) {
    if (ref.id.empty()) continue;
    model::Node& node = model_->nodes[ref.owner];
    const auto* entry = lookup(ref.id);
    if (entry == nullptr || entry->category != ElementCategory::sequence_flow) {
      error(ref.location,
            {"'" + node.id + "': default flow '" + ref.id +
                 (entry ? "' is not a sequence flow" : "' does not exist"),
             "“" + node.id + "”：默认流“" + ref.id + (entry ? "”不是顺序流" : "”不存在")});
      continue;
    }
    node.default_flow = entry->index;
    if (model_->flows[entry->index].source == ref.owner)
      model_->flows[entry->index].is_default = true;
  }
  for (const PendingRef& ref : attached_to_) {
    model::Node& node = model_->nodes[ref.owner];
    const auto* entry = lookup(ref.id);
    if (entry == nullptr || entry->category != ElementCategory::node ||
        !model::is_activity(model_->nodes[entry->index].kind)) {
      error(ref.location, {"boundary event '" + node.id + "': attachedToRef '" + ref.id +
                               (entry ? "' is not an activity" : "' does not exist"),
                           "边界事件“" + node.id + "”：attachedToRef“" + ref.id +
                               (entry ? "”不是活动" : "”不存在")});
      continue;
    }
    node.attached_to = entry->index;
    model_->nodes[entry->index].boundary_events.push_back(ref.owner);
  }
  for (const PendingRef& ref : event_definition_refs_) {
    auto it = root_event_definitions_.find(ref.id);
    if (it == root_event_definitions_.end()) {
      error(ref.location, {"eventDefinitionRef '" + ref.id + "' does not name an event definition",
                           "eventDefinitionRef“" + ref.id + "”指向的不是事件定义"});
      continue;
    }
    model::EventDefinition def;
    def.kind = it->second;
    def.location = ref.location;
    model_->nodes[ref.owner].event_definitions.push_back(std::move(def));
  }
  for (Index i = 0; i < model_->nodes.size(); ++i) {
    model::Node& node = model_->nodes[i];
    if (node.kind == model::NodeKind::boundary_event && node.attached_to == no_index &&
        std::none_of(attached_to_.begin(), attached_to_.end(),
                     [&](const PendingRef& r) { return r.owner == i; }))
      error(node.location, {"boundary event '" + node.id + "' has no attachedToRef",
                            "边界事件“" + node.id + "”没有 attachedToRef"});
    if (node.kind != model::NodeKind::call_activity) continue;
    if (node.called_element.empty()) continue;
    const auto* entry = lookup(node.called_element);
    if (entry && entry->category == ElementCategory::process) {
      node.called_process = entry->index;
    } else {
      note(node.location,
           {"call activity '" + node.id + "' calls '" + node.called_element +
                "', which is not a process of this file",
            "调用活动“" + node.id + "”调用的“" + node.called_element + "”不是本文件中的流程"});
    }
  }
}

void Reader::resolve_collaboration() {
  for (const PendingRef& ref : participant_processes_) {
    model::Participant& participant = model_->participants[ref.owner];
    const auto* entry = lookup(ref.id);
    if (entry == nullptr || entry->category != ElementCategory::process) {
      error(ref.location, {"participant '" + participant.id + "': processRef '" + ref.id +
                               (entry ? "' is not a process" : "' does not exist"),
                           "参与者“" + participant.id + "”：processRef“" + ref.id +
                               (entry ? "”不是流程" : "”不存在")});
      continue;
    }
    participant.process = entry->index;
    model::Process& process = model_->processes[entry->index];
    if (process.participant == no_index) {
      process.participant = ref.owner;
    } else {
      const std::string& first = model_->participants[process.participant].id;
      note(ref.location, {"process '" + process.id + "' is the processRef of participants '" +
                              first + "' and '" + participant.id + "'; the first one owns it",
                          "流程“" + process.id + "”同时是参与者“" + first + "”和“" +
                              participant.id + "”的 processRef；归前者所有"});
    }
  }
  auto endpoint = [&](const PendingRef& ref, const char* attribute_name) -> model::FlowEndpoint {
    const model::MessageFlow& flow = model_->message_flows[ref.owner];
    const auto* entry = lookup(ref.id);
    model::FlowEndpoint end;
    if (entry && entry->category == ElementCategory::node) {
      end.node = entry->index;
    } else if (entry && entry->category == ElementCategory::participant) {
      end.participant = entry->index;
    } else {
      const std::string attribute = attribute_name;
      error(ref.location, {"message flow '" + flow.id + "': " + attribute + " '" + ref.id +
                               (ref.id.empty() ? "' is missing"
                                : entry        ? "' is neither a flow node nor a participant"
                                               : "' does not exist"),
                           "消息流“" + flow.id + "”：" + attribute + "“" + ref.id +
                               (ref.id.empty() ? "”缺失"
                                : entry        ? "”既不是流程节点也不是参与者"
                                               : "”不存在")});
    }
    return end;
  };
  for (const PendingRef& ref : message_sources_)
    model_->message_flows[ref.owner].source = endpoint(ref, "sourceRef");
  for (const PendingRef& ref : message_targets_)
    model_->message_flows[ref.owner].target = endpoint(ref, "targetRef");
}

void Reader::resolve_lanes() {
  // All lanes listing each node.
  std::vector<std::vector<Index>> listed(model_->nodes.size());
  for (const PendingRef& ref : lane_nodes_) {
    model::Lane& lane = model_->lanes[ref.owner];
    const auto* entry = lookup(ref.id);
    if (entry == nullptr) {
      error(ref.location, {"lane '" + lane.id + "': flowNodeRef '" + ref.id + "' does not exist",
                           "泳道“" + lane.id + "”：flowNodeRef“" + ref.id + "”不存在"});
      continue;
    }
    if (entry->category != ElementCategory::node) {
      warning(ref.location,
              {"lane '" + lane.id + "': flowNodeRef '" + ref.id + "' is not a flow node; ignored",
               "泳道“" + lane.id + "”：flowNodeRef“" + ref.id + "”不是流程节点；已忽略"});
      continue;
    }
    const model::Node& node = model_->nodes[entry->index];
    if (node.process != lane.process) {
      error(ref.location,
            {"lane '" + lane.id + "' lists '" + ref.id + "', a node of another process",
             "泳道“" + lane.id + "”列出了另一个流程的节点“" + ref.id + "”"});
      continue;
    }
    push_unique(lane.nodes, entry->index);
    push_unique(listed[entry->index], ref.owner);
  }
  auto is_ancestor = [&](Index ancestor, Index lane) {
    for (Index l = model_->lanes[lane].parent; l != no_index; l = model_->lanes[l].parent)
      if (l == ancestor) return true;
    return false;
  };
  for (Index i = 0; i < model_->nodes.size(); ++i) {
    std::vector<Index> innermost;
    for (Index lane : listed[i]) {
      const bool has_deeper = std::any_of(listed[i].begin(), listed[i].end(),
                                          [&](Index other) { return is_ancestor(lane, other); });
      if (!has_deeper) innermost.push_back(lane);
    }
    if (innermost.empty()) continue;
    model::Node& node = model_->nodes[i];
    node.lane = innermost.front();
    if (innermost.size() > 1) {
      std::string names, names_zh;
      for (Index lane : innermost) {
        names += (names.empty() ? "'" : ", '") + model_->lanes[lane].id + "'";
        names_zh += (names_zh.empty() ? "“" : "、“") + model_->lanes[lane].id + "”";
      }
      const std::string& owner = model_->lanes[node.lane].id;
      warning(node.location,
              {"'" + node.id + "' is listed in more than one lane (" + names +
                   "); it belongs to '" + owner + "'",
               "“" + node.id + "”被列在多条泳道中（" + names_zh + "）；它归属“" + owner + "”"});
    }
  }
  // Unlisted nodes inside a subprocess inherit its lane (parents precede children), boundary
  // events the lane of their activity.
  for (model::Node& node : model_->nodes)
    if (node.lane == no_index && node.parent != no_index)
      node.lane = model_->nodes[node.parent].lane;
  for (model::Node& node : model_->nodes)
    if (node.lane == no_index && node.attached_to != no_index)
      node.lane = model_->nodes[node.attached_to].lane;
}

void Reader::resolve_departments() {
  std::unordered_map<std::string, Index> by_id;
  auto department_for = [&](const std::string& id, const std::string& name, model::Role role,
                            Location at) -> Index {
    auto [it, inserted] = by_id.emplace(id, static_cast<Index>(model_->departments.size()));
    if (inserted) {
      model_->departments.push_back({id, name, role, at});
    } else {
      model::Department& existing = model_->departments[it->second];
      if (existing.name.empty()) existing.name = name;
      if (existing.role != role) {
        const std::string here(model::to_string(role)), there(model::to_string(existing.role));
        const std::string line = std::to_string(existing.location.line);
        warning(at, {"department '" + id + "' is declared with role '" + here + "' here but '" +
                         there + "' at line " + line,
                     "部门“" + id + "”在此处声明的角色为“" + here + "”，但在第 " + line + " 行为“" +
                         there + "”"});
      }
    }
    return it->second;
  };

  std::vector<bool> pool_used(model_->participants.size(), false);
  for (Index p = 0; p < model_->participants.size(); ++p) {
    const model::Participant& participant = model_->participants[p];
    pool_used[p] =
        participant.process == no_index || model_->processes[participant.process].lanes.empty();
  }
  for (const model::Node& node : model_->nodes) {
    const Index pool = model_->processes[node.process].participant;
    if (node.lane == no_index && pool != no_index) pool_used[pool] = true;
  }
  for (Index p = 0; p < model_->participants.size(); ++p) {
    model::Participant& participant = model_->participants[p];
    const Party& party = participant_parties_[p];
    participant.role = party.role.value_or(model::Role::department);
    if (!pool_used[p] && party.department_id.empty() && !party.role) continue;
    participant.department =
        department_for(party.department_id.empty() ? participant.id : party.department_id,
                       participant.name, participant.role, participant.location);
  }
  // Lanes: parents precede children, so a lane inherits its parent's (or its pool's) role.
  for (Index l = 0; l < model_->lanes.size(); ++l) {
    model::Lane& lane = model_->lanes[l];
    const Party& party = lane_parties_[l];
    model::Role inherited = model::Role::department;
    if (lane.parent != no_index) {
      inherited = model_->lanes[lane.parent].role;
    } else if (const Index pool = model_->processes[lane.process].participant; pool != no_index) {
      inherited = model_->participants[pool].role;
    }
    lane.role = party.role.value_or(inherited);
    lane.department = department_for(party.department_id.empty() ? lane.id : party.department_id,
                                     lane.name, lane.role, lane.location);
  }
  for (model::Node& node : model_->nodes) {
    if (node.lane != no_index) {
      node.department = model_->lanes[node.lane].department;
      node.role = model_->lanes[node.lane].role;
    } else if (const Index pool = model_->processes[node.process].participant; pool != no_index) {
      node.department = model_->participants[pool].department;
      node.role = model_->participants[pool].role;
    }
    if (node.role == model::Role::applicant && model::is_activity(node.kind) && !node.channel)
      node.channel = model::Channel::onsite;
  }
}

void Reader::resolve_documents() {
  // Per document: the explicit shared and material values seen so far.
  std::unordered_map<Index, std::pair<std::optional<bool>, std::optional<bool>>> seen_flags;
  auto merge_flags = [&](Index document, const DocumentFlags& flags, const std::string& from) {
    model::Document& doc = model_->documents[document];
    auto merge = [&](const std::optional<bool>& value, bool& target, std::optional<bool>& seen,
                     const char* attribute_name) {
      if (!value) return;
      if (seen && *seen != *value) {
        const std::string attribute = std::string("reform:") + attribute_name;
        warning(flags.location,
                {attribute + " on '" + from + "' contradicts another reference to document '" +
                     doc.id + "'; the first value applies",
                 "“" + from + "”上的 " + attribute + " 与文件“" + doc.id +
                     "”的另一处引用矛盾；以第一个值为准"});
        return;
      }
      seen = value;
      target = *value;
    };
    auto& seen = seen_flags[document];
    merge(flags.shared, doc.shared, seen.first, "shared");
    merge(flags.material, doc.material, seen.second, "material");
  };
  for (const auto& [document, flags] : document_flags_)
    merge_flags(document, flags, model_->documents[document].id);

  for (const PendingRef& ref : reference_targets_) {
    model::DocumentReference& reference = model_->document_references[ref.owner];
    if (ref.id.empty()) {
      // A reference without a data object or store stands for a document of its own.
      reference.document = static_cast<Index>(model_->documents.size());
      model::Document& doc = model_->documents.emplace_back();
      doc.kind =
          reference.is_store ? model::DocumentKind::data_store : model::DocumentKind::data_object;
      doc.id = reference.id;
      doc.name = reference.name;
      doc.location = reference.location;
      doc.process = reference.is_store ? no_index : reference.process;
      doc.shared = reference.is_store;
      if (!reference.is_store)
        model_->processes[reference.process].documents.push_back(reference.document);
      continue;
    }
    const auto* entry = lookup(ref.id);
    if (entry == nullptr || entry->category != ElementCategory::document) {
      const std::string attribute = reference.is_store ? "dataStoreRef" : "dataObjectRef";
      error(ref.location, {"'" + reference.id + "': " + attribute + " '" + ref.id +
                               (entry ? "' is not a data object or store" : "' does not exist"),
                           "“" + reference.id + "”：" + attribute + "“" + ref.id +
                               (entry ? "”不是数据对象或数据存储" : "”不存在")});
      continue;
    }
    reference.document = entry->index;
    if (reference.name.empty()) reference.name = model_->documents[entry->index].name;
  }
  // Reference flags in document order of the references.
  std::vector<Index> flagged;
  for (const auto& [reference, flags] : reference_flags_) flagged.push_back(reference);
  std::sort(flagged.begin(), flagged.end());
  for (Index r : flagged) {
    const model::DocumentReference& reference = model_->document_references[r];
    if (reference.document != no_index)
      merge_flags(reference.document, reference_flags_[r], reference.id);
  }

  for (Index a = 0; a < model_->data_associations.size(); ++a) {
    model::DataAssociation& association = model_->data_associations[a];
    for (const std::string& id : association_refs_[a]) {
      const auto* entry = lookup(id);
      if (entry == nullptr) {
        error(association.location, {"data association '" + association.id + "' refers to '" + id +
                                         "', which does not exist",
                                     "数据关联“" + association.id + "”引用的“" + id + "”不存在"});
        continue;
      }
      if (entry->category == ElementCategory::document_reference) {
        association.reference = entry->index;
        association.document = model_->document_references[entry->index].document;
      } else if (entry->category == ElementCategory::document) {
        association.document = entry->index;
      }
    }
    if (association.document == no_index) continue;
    model::Node& node = model_->nodes[association.node];
    model::Document& doc = model_->documents[association.document];
    if (association.is_input) {
      push_unique(node.data_inputs, association.document);
      push_unique(doc.consumers, association.node);
    } else {
      push_unique(node.data_outputs, association.document);
      push_unique(doc.producers, association.node);
    }
  }
}

void Reader::resolve_sets() {
  for (const model::Node& node : model_->nodes) {
    const model::Process& process = model_->processes[node.process];
    for (const std::string& name : node.sets) {
      const bool declared = std::any_of(process.variables.begin(), process.variables.end(),
                                        [&](const model::Variable& v) { return v.name == name; });
      if (!declared)
        warning(node.location,
                {"'" + node.id + "': reform:sets names '" + name +
                     "', which is not a reform:variable of process '" + process.id + "'",
                 "“" + node.id + "”：reform:sets 中的“" + name + "”不是流程“" + process.id +
                     "”的 reform:variable"});
    }
  }
}

// A guard's language: its `language` attribute, else the definitions' expressionLanguage, else
// recognised by form: `=...` is FEEL (Zeebe), `${...}` or `#{...}` is JUEL (Camunda 7).
void Reader::resolve_guard_languages() {
  for (model::SequenceFlow& flow : model_->flows) {
    if (!flow.guard || !flow.guard->language.empty()) continue;
    model::Guard& guard = *flow.guard;
    if (!model_->expression_language.empty()) {
      guard.language = model_->expression_language;
      guard.language_source = model::GuardLanguageSource::definitions;
    } else if (guard.text.front() == '=') {
      guard.language = "feel";
      guard.language_source = model::GuardLanguageSource::recognised;
    } else if (guard.text.rfind("${", 0) == 0 || guard.text.rfind("#{", 0) == 0) {
      guard.language = "juel";
      guard.language_source = model::GuardLanguageSource::recognised;
    }
  }
}

void Reader::attach_diagram() {
  for (PendingShape& pending : shapes_) {
    const auto* entry = lookup(pending.element);
    if (entry == nullptr) {
      warning(pending.location,
              {"BPMNShape refers to '" + pending.element + "', which does not exist; ignored",
               "BPMNShape 引用的“" + pending.element + "”不存在；已忽略"});
      continue;
    }
    std::optional<model::Shape>* target = nullptr;
    switch (entry->category) {
      case ElementCategory::node:
        target = &model_->nodes[entry->index].shape;
        break;
      case ElementCategory::participant:
        target = &model_->participants[entry->index].shape;
        break;
      case ElementCategory::lane:
        target = &model_->lanes[entry->index].shape;
        break;
      case ElementCategory::document_reference:
        target = &model_->document_references[entry->index].shape;
        break;
      default:
        break;
    }
    if (target && !*target) *target = std::move(pending.shape);
  }
  for (PendingEdge& pending : edges_) {
    const auto* entry = lookup(pending.element);
    if (entry == nullptr) {
      warning(pending.location,
              {"BPMNEdge refers to '" + pending.element + "', which does not exist; ignored",
               "BPMNEdge 引用的“" + pending.element + "”不存在；已忽略"});
      continue;
    }
    std::optional<model::Edge>* target = nullptr;
    switch (entry->category) {
      case ElementCategory::sequence_flow:
        target = &model_->flows[entry->index].edge;
        break;
      case ElementCategory::message_flow:
        target = &model_->message_flows[entry->index].edge;
        break;
      case ElementCategory::data_association:
        target = &model_->data_associations[entry->index].edge;
        break;
      default:
        break;
    }
    if (target && !*target) *target = std::move(pending.edge);
  }
}

}  // namespace seamless::bpmn
