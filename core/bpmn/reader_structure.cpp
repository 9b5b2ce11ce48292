// The structural part of the reader: definitions, processes and their flow elements, lanes,
// data objects, the collaboration. References stay ids here; resolver.cpp resolves them.
#include <cstring>

#include "reader.hpp"

namespace seamless::bpmn {

using model::ElementCategory;
using model::NodeKind;

namespace {

bool is_true(const char* value) {
  return value != nullptr && std::strcmp(value, "true") == 0;
}

// BPMN elements inside a process or subprocess that carry no semantics seamless uses.
bool is_ignored_flow_element(std::string_view local) {
  static constexpr std::string_view ignored[] = {
      "documentation", "extensionElements", "textAnnotation", "association",
      "group",         "ioSpecification",   "property",       "auditing",
      "monitoring",    "category",          "categoryValue",  "resourceRole",
      "performer",     "humanPerformer",    "potentialOwner", "correlationSubscription",
      "supports",      "laneSet",           "ioBinding"};
  for (auto name : ignored)
    if (name == local) return true;
  return false;
}

// Children that describe a subprocess itself (read by read_node_child), not its contents.
bool is_subprocess_own_child(std::string_view local) {
  static constexpr std::string_view own[] = {"incoming",
                                             "outgoing",
                                             "ioSpecification",
                                             "property",
                                             "standardLoopCharacteristics",
                                             "multiInstanceLoopCharacteristics",
                                             "dataInputAssociation",
                                             "dataOutputAssociation",
                                             "completionCondition"};
  for (auto name : own)
    if (name == local) return true;
  return false;
}

// Root elements that need no modelling (referenced by name or irrelevant to the semantics).
bool is_ignored_root_element(std::string_view local) {
  static constexpr std::string_view ignored[] = {"documentation",
                                                 "extensionElements",
                                                 "message",
                                                 "signal",
                                                 "error",
                                                 "escalation",
                                                 "itemDefinition",
                                                 "interface",
                                                 "import",
                                                 "resource",
                                                 "category",
                                                 "partnerRole",
                                                 "partnerEntity",
                                                 "correlationProperty",
                                                 "globalTask",
                                                 "globalUserTask",
                                                 "globalManualTask",
                                                 "globalScriptTask",
                                                 "globalBusinessRuleTask",
                                                 "relationship",
                                                 "extension",
                                                 "endPoint",
                                                 "dataStore"};
  for (auto name : ignored)
    if (name == local) return true;
  return false;
}

}  // namespace

void Reader::read_definitions(const XMLElement& definitions) {
  model_->definitions_id = attribute(definitions, "id");
  model_->expression_language = attribute(definitions, "expressionLanguage");
  model_->exporter = attribute(definitions, "exporter");
  model_->exporter_version = attribute(definitions, "exporterVersion");
  for (const ReformAttribute& a : reform_attributes(definitions))
    warn_not_allowed(definitions, a.name);

  // Root-level event definitions and data stores first: processes refer to them.
  for (auto* child = definitions.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    const QName name = scope_.element_name(*child);
    if (name.uri != ns::bpmn) continue;
    if (auto kind = model::event_definition_from_bpmn(name.local)) {
      read_root_event_definition(*child, *kind);
    } else if (name.local == "dataStore") {
      const Index index = static_cast<Index>(model_->documents.size());
      model::Document& store = model_->documents.emplace_back();
      store.kind = model::DocumentKind::data_store;
      store.id = attribute(*child, "id");
      store.name = attribute(*child, "name");
      store.location = locate(*child);
      store.shared = true;
      register_id(store.id, ElementCategory::document, index, store.location);
      DocumentFlags flags = document_reform(*child);
      if (flags.shared || flags.material) document_flags_[index] = flags;
    }
  }

  for (auto* child = definitions.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    const QName name = scope_.element_name(*child);
    if (name.uri == ns::bpmn) {
      if (name.local == "process") {
        read_process(*child);
      } else if (name.local == "collaboration") {
        read_collaboration(*child);
      } else if (model::event_definition_from_bpmn(name.local) ||
                 is_ignored_root_element(name.local)) {
        if (name.local == "dataStore") continue;  // read above
        register_id(attribute(*child, "id"), ElementCategory::other, no_index, locate(*child));
      } else {
        const model::Location at = locate(*child);
        warning(at, "unsupported element '" + std::string(name.local) + "' ignored");
        register_id(attribute(*child, "id"), ElementCategory::other, no_index, at);
      }
    } else if (name.uri == ns::bpmndi && name.local == "BPMNDiagram") {
      read_diagram(*child);
    }
  }
}

void Reader::read_root_event_definition(const XMLElement& element,
                                        model::EventDefinitionKind kind) {
  const std::string id = attribute(element, "id");
  if (!id.empty()) root_event_definitions_[id] = kind;
}

void Reader::read_process(const XMLElement& element) {
  const Index index = static_cast<Index>(model_->processes.size());
  {
    model::Process& process = model_->processes.emplace_back();
    process.id = attribute(element, "id");
    process.name = attribute(element, "name");
    process.location = locate(element);
    process.executable = is_true(element.Attribute("isExecutable"));
    register_id(process.id, ElementCategory::process, index, process.location);
    apply_process_reform(element, process);
  }
  read_flow_elements(element, index, no_index);
}

void Reader::read_flow_elements(const XMLElement& container, Index process, Index scope) {
  for (auto* child = container.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    const QName name = scope_.element_name(*child);
    if (name.uri != ns::bpmn) continue;  // vendor extensions
    if (scope != no_index && is_subprocess_own_child(name.local)) continue;
    if (auto kind = model::node_kind_from_bpmn(name.local)) {
      read_node(*child, *kind, process, scope);
    } else if (name.local == "sequenceFlow") {
      read_sequence_flow(*child, process, scope);
    } else if (name.local == "dataObject") {
      read_data_object(*child, process);
    } else if (name.local == "dataObjectReference") {
      read_document_reference(*child, process, false);
    } else if (name.local == "dataStoreReference") {
      read_document_reference(*child, process, true);
    } else if (name.local == "laneSet") {
      read_lane_set(*child, process, scope, no_index);
    } else if (name.local == "extensionElements") {
      if (scope == no_index) read_extension_elements(*child, process);
    } else if (name.local == "ioSpecification" && scope == no_index) {
      register_io_specification(*child);
    } else if (is_ignored_flow_element(name.local)) {
      const std::string id = attribute(*child, "id");
      if (!id.empty()) register_id(id, ElementCategory::other, no_index, locate(*child));
    } else {
      note_unsupported(*child, name, process);
    }
  }
}

void Reader::note_unsupported(const XMLElement& element, const QName& name, Index process) {
  model::UnsupportedElement item{attribute(element, "id"), std::string(name.local),
                                 locate(element)};
  warning(item.location, "unsupported element '" + item.type + "'" +
                             (item.id.empty() ? "" : " (" + item.id + ")") +
                             ": checks on this process will be inconclusive");
  register_id(item.id, ElementCategory::other, no_index, item.location);
  model_->processes[process].unsupported.push_back(std::move(item));
}

void Reader::read_node(const XMLElement& element, NodeKind kind, Index process, Index scope) {
  const Index index = static_cast<Index>(model_->nodes.size());
  {
    model::Node& node = model_->nodes.emplace_back();
    node.kind = kind;
    node.id = attribute(element, "id");
    node.name = attribute(element, "name");
    node.location = locate(element);
    node.process = process;
    node.parent = scope;
    register_id(node.id, ElementCategory::node, index, node.location);
    if (const char* v = element.Attribute("cancelActivity"))
      node.cancel_activity = !(std::strcmp(v, "false") == 0);
    if (const char* v = element.Attribute("isInterrupting"))
      node.interrupting = !(std::strcmp(v, "false") == 0);
    node.parallel_multiple = is_true(element.Attribute("parallelMultiple"));
    node.triggered_by_event = is_true(element.Attribute("triggeredByEvent"));
    node.for_compensation = is_true(element.Attribute("isForCompensation"));
    node.called_element = attribute(element, "calledElement");
    apply_node_reform(element, node);
  }
  model_->processes[process].nodes.push_back(index);
  if (scope != no_index) model_->nodes[scope].children.push_back(index);
  if (const char* v = element.Attribute("default"))
    default_flows_.push_back({index, v, model_->nodes[index].location});
  if (const char* v = element.Attribute("attachedToRef"))
    attached_to_.push_back({index, v, model_->nodes[index].location});

  if (model::is_subprocess(kind)) {
    for (auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
      ScopeGuard guard(scope_, *child);
      const QName name = scope_.element_name(*child);
      if (name.uri == ns::bpmn) read_node_child(*child, name, index);
    }
    read_flow_elements(element, process, index);
  } else {
    for (auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
      ScopeGuard guard(scope_, *child);
      const QName name = scope_.element_name(*child);
      if (name.uri == ns::bpmn) read_node_child(*child, name, index);
    }
  }
}

// Children of a flow node that describe the node itself (not nested flow elements).
void Reader::read_node_child(const XMLElement& child, const QName& name, Index node_index) {
  model::Node& node = model_->nodes[node_index];
  if (auto kind = model::event_definition_from_bpmn(name.local)) {
    model::EventDefinition def;
    def.kind = *kind;
    def.location = locate(child);
    for (const char* ref : {"messageRef", "signalRef", "errorRef", "escalationRef"})
      if (const char* v = child.Attribute(ref)) def.ref = v;
    if (*kind == model::EventDefinitionKind::link) def.ref = attribute(child, "name");
    for (auto* part = child.FirstChildElement(); part; part = part->NextSiblingElement()) {
      ScopeGuard guard(scope_, *part);
      const QName part_name = scope_.element_name(*part);
      if (part_name.uri != ns::bpmn) continue;
      if (part_name.local == "timeDuration" || part_name.local == "timeDate" ||
          part_name.local == "timeCycle") {
        def.timer_kind = std::string(part_name.local);
        def.expression = element_text(*part);
      } else if (part_name.local == "condition") {
        def.expression = element_text(*part);
      }
    }
    register_id(attribute(child, "id"), ElementCategory::other, no_index, def.location);
    model_->nodes[node_index].event_definitions.push_back(std::move(def));
  } else if (name.local == "eventDefinitionRef") {
    event_definition_refs_.push_back({node_index, element_text(child), locate(child)});
  } else if (name.local == "standardLoopCharacteristics") {
    node.loop = model::Loop::standard;
  } else if (name.local == "multiInstanceLoopCharacteristics") {
    node.loop = is_true(child.Attribute("isSequential")) ? model::Loop::multi_instance_sequential
                                                         : model::Loop::multi_instance_parallel;
  } else if (name.local == "dataInputAssociation") {
    read_data_association(child, node_index, true);
  } else if (name.local == "dataOutputAssociation") {
    read_data_association(child, node_index, false);
  } else if (name.local == "messageRef") {
    node.message_refs.push_back(element_text(child));
  } else if (name.local == "ioSpecification" || name.local == "property") {
    register_io_specification(child);
  }
  if (const char* v = child.Attribute("messageRef"); v && name.local == "messageEventDefinition")
    model_->nodes[node_index].message_refs.push_back(v);
}

// Data inputs and outputs (of a process or an activity) are ends of data associations: known
// ids, nothing more.
void Reader::register_io_specification(const XMLElement& element) {
  register_id(attribute(element, "id"), ElementCategory::other, no_index, locate(element));
  for (auto* part = element.FirstChildElement(); part; part = part->NextSiblingElement()) {
    ScopeGuard guard(scope_, *part);
    const QName name = scope_.element_name(*part);
    if (name.uri == ns::bpmn && (name.local == "dataInput" || name.local == "dataOutput"))
      register_id(attribute(*part, "id"), ElementCategory::other, no_index, locate(*part));
  }
}

void Reader::read_sequence_flow(const XMLElement& element, Index process, Index scope) {
  const Index index = static_cast<Index>(model_->flows.size());
  model::SequenceFlow& flow = model_->flows.emplace_back();
  flow.id = attribute(element, "id");
  flow.name = attribute(element, "name");
  flow.location = locate(element);
  flow.process = process;
  flow.scope = scope;
  register_id(flow.id, ElementCategory::sequence_flow, index, flow.location);
  for (const ReformAttribute& a : reform_attributes(element)) warn_not_allowed(element, a.name);
  flow_sources_.push_back({index, attribute(element, "sourceRef"), flow.location});
  flow_targets_.push_back({index, attribute(element, "targetRef"), flow.location});
  model_->processes[process].flows.push_back(index);

  for (auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    if (!scope_.element_name(*child).is(ns::bpmn, "conditionExpression")) continue;
    model::Guard g;
    g.location = locate(*child);
    g.text = element_text(*child);
    if (const char* language = child->Attribute("language"); language && *language) {
      g.language = language;
      g.language_source = model::GuardLanguageSource::attribute;
    }
    if (g.text.empty()) {
      note(g.location, "empty condition on sequence flow '" + flow.id + "' ignored");
      continue;
    }
    model_->flows[index].guard = std::move(g);
  }
}

void Reader::read_data_object(const XMLElement& element, Index process) {
  const Index index = static_cast<Index>(model_->documents.size());
  model::Document& document = model_->documents.emplace_back();
  document.kind = model::DocumentKind::data_object;
  document.id = attribute(element, "id");
  document.name = attribute(element, "name");
  document.location = locate(element);
  document.process = process;
  register_id(document.id, ElementCategory::document, index, document.location);
  model_->processes[process].documents.push_back(index);
  DocumentFlags flags = document_reform(element);
  if (flags.shared || flags.material) document_flags_[index] = flags;
}

void Reader::read_document_reference(const XMLElement& element, Index process, bool is_store) {
  const Index index = static_cast<Index>(model_->document_references.size());
  model::DocumentReference& ref = model_->document_references.emplace_back();
  ref.id = attribute(element, "id");
  ref.name = attribute(element, "name");
  ref.location = locate(element);
  ref.process = process;
  ref.is_store = is_store;
  register_id(ref.id, ElementCategory::document_reference, index, ref.location);
  reference_targets_.push_back(
      {index, attribute(element, is_store ? "dataStoreRef" : "dataObjectRef"), ref.location});
  DocumentFlags flags = document_reform(element);
  if (flags.shared || flags.material) reference_flags_[index] = flags;
}

void Reader::read_data_association(const XMLElement& element, Index node, bool is_input) {
  const Index index = static_cast<Index>(model_->data_associations.size());
  model::DataAssociation& association = model_->data_associations.emplace_back();
  association.id = attribute(element, "id");
  association.node = node;
  association.is_input = is_input;
  association.location = locate(element);
  register_id(association.id, ElementCategory::data_association, index, association.location);
  std::vector<std::string> refs;
  const std::string_view wanted = is_input ? "sourceRef" : "targetRef";
  for (auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    const QName name = scope_.element_name(*child);
    if (name.uri == ns::bpmn && name.local == wanted) refs.push_back(element_text(*child));
  }
  association_refs_.push_back(std::move(refs));
}

void Reader::read_lane_set(const XMLElement& lane_set, Index process, Index scope, Index parent) {
  register_id(attribute(lane_set, "id"), ElementCategory::other, no_index, locate(lane_set));
  for (auto* child = lane_set.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    if (!scope_.element_name(*child).is(ns::bpmn, "lane")) continue;
    const Index index = static_cast<Index>(model_->lanes.size());
    {
      model::Lane& lane = model_->lanes.emplace_back();
      lane.id = attribute(*child, "id");
      lane.name = attribute(*child, "name");
      lane.location = locate(*child);
      lane.process = process;
      lane.parent = parent;
      lane.scope = scope;
      register_id(lane.id, ElementCategory::lane, index, lane.location);
    }
    Party party;
    apply_party_reform(*child, party.department_id, party.role);
    lane_parties_.push_back(std::move(party));
    model_->processes[process].lanes.push_back(index);
    if (parent != no_index) model_->lanes[parent].children.push_back(index);
    for (auto* part = child->FirstChildElement(); part; part = part->NextSiblingElement()) {
      ScopeGuard inner(scope_, *part);
      const QName name = scope_.element_name(*part);
      if (name.uri != ns::bpmn) continue;
      if (name.local == "flowNodeRef") {
        lane_nodes_.push_back({index, element_text(*part), locate(*part)});
      } else if (name.local == "childLaneSet") {
        read_lane_set(*part, process, scope, index);
      }
    }
  }
}

void Reader::read_collaboration(const XMLElement& element) {
  register_id(attribute(element, "id"), ElementCategory::other, no_index, locate(element));
  for (auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    const QName name = scope_.element_name(*child);
    if (name.uri != ns::bpmn) continue;
    if (name.local == "participant") {
      const Index index = static_cast<Index>(model_->participants.size());
      model::Participant& participant = model_->participants.emplace_back();
      participant.id = attribute(*child, "id");
      participant.name = attribute(*child, "name");
      participant.location = locate(*child);
      register_id(participant.id, ElementCategory::participant, index, participant.location);
      if (const char* ref = child->Attribute("processRef"); ref && *ref)
        participant_processes_.push_back({index, ref, participant.location});
      Party party;
      apply_party_reform(*child, party.department_id, party.role);
      participant_parties_.push_back(std::move(party));
    } else if (name.local == "messageFlow") {
      const Index index = static_cast<Index>(model_->message_flows.size());
      model::MessageFlow& flow = model_->message_flows.emplace_back();
      flow.id = attribute(*child, "id");
      flow.name = attribute(*child, "name");
      flow.location = locate(*child);
      flow.message_ref = attribute(*child, "messageRef");
      register_id(flow.id, ElementCategory::message_flow, index, flow.location);
      message_sources_.push_back({index, attribute(*child, "sourceRef"), flow.location});
      message_targets_.push_back({index, attribute(*child, "targetRef"), flow.location});
    } else {
      const std::string id = attribute(*child, "id");
      if (!id.empty()) register_id(id, ElementCategory::other, no_index, locate(*child));
    }
  }
}

}  // namespace seamless::bpmn
