// Enumerations of the Model (element kinds, roles, channels, ...) and their names as they are
// written in BPMN and in the reform: vocabulary.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace seamless::model {

// Flow node kinds, one per BPMN element. `to_string` gives the BPMN local name.
enum class NodeKind : std::uint8_t {
  task,
  user_task,
  manual_task,
  service_task,
  script_task,
  business_rule_task,
  send_task,
  receive_task,
  sub_process,
  transaction,
  ad_hoc_sub_process,
  call_activity,
  start_event,
  end_event,
  intermediate_catch_event,
  intermediate_throw_event,
  boundary_event,
  exclusive_gateway,
  parallel_gateway,
  inclusive_gateway,
  event_based_gateway,
  complex_gateway,
};

std::string_view to_string(NodeKind kind);
// The kind's name in Chinese messages: "排他网关" for exclusiveGateway.
std::string_view name_zh(NodeKind kind);
std::optional<NodeKind> node_kind_from_bpmn(std::string_view local_name);

bool is_activity(NodeKind kind);
bool is_task(NodeKind kind);
bool is_subprocess(NodeKind kind);  // subProcess, transaction, adHocSubProcess
bool is_event(NodeKind kind);
bool is_gateway(NodeKind kind);
bool is_catching_event(NodeKind kind);  // start, intermediate catch, boundary
bool is_throwing_event(NodeKind kind);  // end, intermediate throw

enum class EventDefinitionKind : std::uint8_t {
  message,
  timer,
  signal,
  error,
  escalation,
  conditional,
  link,
  compensate,
  cancel,
  terminate,
};

std::string_view to_string(EventDefinitionKind kind);  // e.g. "messageEventDefinition"
std::optional<EventDefinitionKind> event_definition_from_bpmn(std::string_view local_name);

enum class Loop : std::uint8_t {
  none,
  standard,
  multi_instance_parallel,
  multi_instance_sequential
};
std::string_view to_string(Loop loop);

enum class Role : std::uint8_t { department, applicant, agent };
std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view text);

enum class Channel : std::uint8_t { onsite, online, mail, phone };
std::string_view to_string(Channel channel);
std::optional<Channel> channel_from_string(std::string_view text);

enum class VariableType : std::uint8_t { boolean, integer, decimal, string };
std::string_view to_string(VariableType type);
std::optional<VariableType> variable_type_from_string(std::string_view text);

enum class DocumentKind : std::uint8_t { data_object, data_store };
std::string_view to_string(DocumentKind kind);

// Where a guard's language came from (spec/annotations.md, "Case data and guards").
enum class GuardLanguageSource : std::uint8_t { none, attribute, definitions, recognised };
std::string_view to_string(GuardLanguageSource source);

// What an id names, for Model::ids.
enum class ElementCategory : std::uint8_t {
  process,
  node,
  sequence_flow,
  message_flow,
  participant,
  lane,
  document,
  document_reference,
  data_association,
  other,
};

}  // namespace seamless::model
