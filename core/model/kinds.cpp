// Names of the Model's enumerations, both directions.
#include "seamless/model/kinds.hpp"

#include <array>
#include <utility>

namespace seamless::model {
namespace {

constexpr std::array<std::pair<NodeKind, std::string_view>, 22> node_names{{
    {NodeKind::task, "task"},
    {NodeKind::user_task, "userTask"},
    {NodeKind::manual_task, "manualTask"},
    {NodeKind::service_task, "serviceTask"},
    {NodeKind::script_task, "scriptTask"},
    {NodeKind::business_rule_task, "businessRuleTask"},
    {NodeKind::send_task, "sendTask"},
    {NodeKind::receive_task, "receiveTask"},
    {NodeKind::sub_process, "subProcess"},
    {NodeKind::transaction, "transaction"},
    {NodeKind::ad_hoc_sub_process, "adHocSubProcess"},
    {NodeKind::call_activity, "callActivity"},
    {NodeKind::start_event, "startEvent"},
    {NodeKind::end_event, "endEvent"},
    {NodeKind::intermediate_catch_event, "intermediateCatchEvent"},
    {NodeKind::intermediate_throw_event, "intermediateThrowEvent"},
    {NodeKind::boundary_event, "boundaryEvent"},
    {NodeKind::exclusive_gateway, "exclusiveGateway"},
    {NodeKind::parallel_gateway, "parallelGateway"},
    {NodeKind::inclusive_gateway, "inclusiveGateway"},
    {NodeKind::event_based_gateway, "eventBasedGateway"},
    {NodeKind::complex_gateway, "complexGateway"},
}};

constexpr std::array<std::pair<NodeKind, std::string_view>, 22> node_names_zh{{
    {NodeKind::task, "任务"},
    {NodeKind::user_task, "用户任务"},
    {NodeKind::manual_task, "手工任务"},
    {NodeKind::service_task, "服务任务"},
    {NodeKind::script_task, "脚本任务"},
    {NodeKind::business_rule_task, "业务规则任务"},
    {NodeKind::send_task, "发送任务"},
    {NodeKind::receive_task, "接收任务"},
    {NodeKind::sub_process, "子流程"},
    {NodeKind::transaction, "事务子流程"},
    {NodeKind::ad_hoc_sub_process, "自由子流程"},
    {NodeKind::call_activity, "调用活动"},
    {NodeKind::start_event, "开始事件"},
    {NodeKind::end_event, "结束事件"},
    {NodeKind::intermediate_catch_event, "中间捕获事件"},
    {NodeKind::intermediate_throw_event, "中间抛出事件"},
    {NodeKind::boundary_event, "边界事件"},
    {NodeKind::exclusive_gateway, "排他网关"},
    {NodeKind::parallel_gateway, "并行网关"},
    {NodeKind::inclusive_gateway, "包容网关"},
    {NodeKind::event_based_gateway, "事件网关"},
    {NodeKind::complex_gateway, "复杂网关"},
}};

constexpr std::array<std::pair<EventDefinitionKind, std::string_view>, 10> event_names{{
    {EventDefinitionKind::message, "messageEventDefinition"},
    {EventDefinitionKind::timer, "timerEventDefinition"},
    {EventDefinitionKind::signal, "signalEventDefinition"},
    {EventDefinitionKind::error, "errorEventDefinition"},
    {EventDefinitionKind::escalation, "escalationEventDefinition"},
    {EventDefinitionKind::conditional, "conditionalEventDefinition"},
    {EventDefinitionKind::link, "linkEventDefinition"},
    {EventDefinitionKind::compensate, "compensateEventDefinition"},
    {EventDefinitionKind::cancel, "cancelEventDefinition"},
    {EventDefinitionKind::terminate, "terminateEventDefinition"},
}};

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum e) {
  for (const auto& [value, name] : table)
    if (value == e) return name;
  return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& table,
                             std::string_view name) {
  for (const auto& [value, text] : table)
    if (text == name) return value;
  return std::nullopt;
}

constexpr std::array<std::pair<Role, std::string_view>, 3> role_names{
    {{Role::department, "department"}, {Role::applicant, "applicant"}, {Role::agent, "agent"}}};
constexpr std::array<std::pair<Channel, std::string_view>, 4> channel_names{
    {{Channel::onsite, "onsite"},
     {Channel::online, "online"},
     {Channel::mail, "mail"},
     {Channel::phone, "phone"}}};
constexpr std::array<std::pair<VariableType, std::string_view>, 4> type_names{
    {{VariableType::boolean, "boolean"},
     {VariableType::integer, "integer"},
     {VariableType::decimal, "decimal"},
     {VariableType::string, "string"}}};

}  // namespace

std::string_view to_string(NodeKind kind) {
  return name_of(node_names, kind);
}

std::string_view name_zh(NodeKind kind) {
  return name_of(node_names_zh, kind);
}
std::optional<NodeKind> node_kind_from_bpmn(std::string_view name) {
  return value_of(node_names, name);
}

bool is_task(NodeKind k) {
  return k <= NodeKind::receive_task;
}
bool is_subprocess(NodeKind k) {
  return k == NodeKind::sub_process || k == NodeKind::transaction ||
         k == NodeKind::ad_hoc_sub_process;
}
bool is_activity(NodeKind k) {
  return k <= NodeKind::call_activity;
}
bool is_event(NodeKind k) {
  return k >= NodeKind::start_event && k <= NodeKind::boundary_event;
}
bool is_gateway(NodeKind k) {
  return k >= NodeKind::exclusive_gateway;
}
bool is_catching_event(NodeKind k) {
  return k == NodeKind::start_event || k == NodeKind::intermediate_catch_event ||
         k == NodeKind::boundary_event;
}
bool is_throwing_event(NodeKind k) {
  return k == NodeKind::end_event || k == NodeKind::intermediate_throw_event;
}

std::string_view to_string(EventDefinitionKind kind) {
  return name_of(event_names, kind);
}
std::optional<EventDefinitionKind> event_definition_from_bpmn(std::string_view name) {
  return value_of(event_names, name);
}

std::string_view to_string(Loop loop) {
  switch (loop) {
    case Loop::none:
      return "none";
    case Loop::standard:
      return "standard";
    case Loop::multi_instance_parallel:
      return "multiInstanceParallel";
    case Loop::multi_instance_sequential:
      return "multiInstanceSequential";
  }
  return "none";
}

std::string_view to_string(Role role) {
  return name_of(role_names, role);
}
std::optional<Role> role_from_string(std::string_view t) {
  return value_of(role_names, t);
}
std::string_view to_string(Channel c) {
  return name_of(channel_names, c);
}
std::optional<Channel> channel_from_string(std::string_view t) {
  return value_of(channel_names, t);
}
std::string_view to_string(VariableType t) {
  return name_of(type_names, t);
}
std::optional<VariableType> variable_type_from_string(std::string_view t) {
  return value_of(type_names, t);
}
std::string_view to_string(DocumentKind k) {
  return k == DocumentKind::data_object ? "dataObject" : "dataStore";
}
std::string_view to_string(GuardLanguageSource s) {
  switch (s) {
    case GuardLanguageSource::none:
      return "none";
    case GuardLanguageSource::attribute:
      return "attribute";
    case GuardLanguageSource::definitions:
      return "definitions";
    case GuardLanguageSource::recognised:
      return "recognised";
  }
  return "none";
}

}  // namespace seamless::model
