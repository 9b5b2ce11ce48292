// The structural part of the reader: definitions, processes and their flow elements, lanes,
// data objects, the collaboration. References stay ids here; resolver.cpp resolves them.
#include <cstring>

#include "reader.hpp"
#include "text_util.hpp"

namespace seamless::bpmn {

using model::ElementCategory;
using model::NodeKind;

namespace {

bool is_true(const char* value) {
  return value != nullptr && std::strcmp(value, "true") == 0;
}

// BPMN elements inside a process or subprocess that carry no semantics seamless uses.
bool is_ignored_flow_element(std::string_view local) {
  return one_of(
      local, {"documentation", "extensionElements", "textAnnotation", "association", "group",
              "ioSpecification", "property", "auditing", "monitoring", "category", "categoryValue",
              "resourceRole", "performer", "humanPerformer", "potentialOwner",
              "correlationSubscription", "supports", "laneSet", "ioBinding"});
}

// Children that describe a subprocess itself (read by read_node_child), not its contents.
bool is_subprocess_own_child(std::string_view local) {
  return one_of(
      local, {"incoming", "outgoing", "ioSpecification", "property", "standardLoopCharacteristics",
              "multiInstanceLoopCharacteristics", "dataInputAssociation", "dataOutputAssociation",
              "completionCondition", "categoryValueRef"});
}

// Root elements that need no modelling (referenced by name or irrelevant to the semantics).
bool is_ignored_root_element(std::string_view local) {
  return one_of(local, {"documentation",
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
                        "dataStore"});
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
      const Index index = add_element(model_->documents, *child, ElementCategory::document);
      model::Document& store = model_->documents[index];
      store.kind = model::DocumentKind::data_store;
      store.shared = true;
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
        const std::string element(name.local);
        warning(at, {"unsupported element '" + element + "' ignored",
                     "不支持的元素“" + element + "”，已忽略"});
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
  const Index index = add_element(model_->processes, element, ElementCategory::process);
  {
    model::Process& process = model_->processes[index];
    process.executable = is_true(element.Attribute("isExecutable"));
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
  warning(
      item.location,
      {"unsupported element '" + item.type + "'" + (item.id.empty() ? "" : " (" + item.id + ")") +
           ": checks on this process will be inconclusive",
       "不支持的元素“" + item.type + "”" + (item.id.empty() ? "" : "（" + item.id + "）") +
           "：对该流程的检查将无结论"});
  register_id(item.id, ElementCategory::other, no_index, item.location);
  model_->processes[process].unsupported.push_back(std::move(item));
}

void Reader::read_node(const XMLElement& element, NodeKind kind, Index process, Index scope) {
  const Index index = add_element(model_->nodes, element, ElementCategory::node);
  {
    model::Node& node = model_->nodes[index];
    node.kind = kind;
    node.process = process;
    node.parent = scope;
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
  const Index index = add_element(model_->flows, element, ElementCategory::sequence_flow);
  model::SequenceFlow& flow = model_->flows[index];
  flow.process = process;
  flow.scope = scope;
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
      note(g.location, {"empty condition on sequence flow '" + flow.id + "' ignored",
                        "顺序流“" + flow.id + "”上的空条件已忽略"});
      continue;
    }
    model_->flows[index].guard = std::move(g);
  }
}

void Reader::read_data_object(const XMLElement& element, Index process) {
  const Index index = add_element(model_->documents, element, ElementCategory::document);
  model::Document& document = model_->documents[index];
  document.kind = model::DocumentKind::data_object;
  document.process = process;
  model_->processes[process].documents.push_back(index);
  DocumentFlags flags = document_reform(element);
  if (flags.shared || flags.material) document_flags_[index] = flags;
}

void Reader::read_document_reference(const XMLElement& element, Index process, bool is_store) {
  const Index index =
      add_element(model_->document_references, element, ElementCategory::document_reference);
  model::DocumentReference& ref = model_->document_references[index];
  ref.process = process;
  ref.is_store = is_store;
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
    const Index index = add_element(model_->lanes, *child, ElementCategory::lane);
    {
      model::Lane& lane = model_->lanes[index];
      lane.process = process;
      lane.parent = parent;
      lane.scope = scope;
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
      const Index index = add_element(model_->participants, *child, ElementCategory::participant);
      const model::Participant& participant = model_->participants[index];
      if (const char* ref = child->Attribute("processRef"); ref && *ref)
        participant_processes_.push_back({index, ref, participant.location});
      Party party;
      apply_party_reform(*child, party.department_id, party.role);
      participant_parties_.push_back(std::move(party));
    } else if (name.local == "messageFlow") {
      const Index index = add_element(model_->message_flows, *child, ElementCategory::message_flow);
      model::MessageFlow& flow = model_->message_flows[index];
      flow.message_ref = attribute(*child, "messageRef");
      message_sources_.push_back({index, attribute(*child, "sourceRef"), flow.location});
      message_targets_.push_back({index, attribute(*child, "targetRef"), flow.location});
    } else {
      const std::string id = attribute(*child, "id");
      if (!id.empty()) register_id(id, ElementCategory::other, no_index, locate(*child));
    }
  }
}

}  // namespace seamless::bpmn
