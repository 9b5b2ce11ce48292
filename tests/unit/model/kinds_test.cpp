// Tests of core/model enumerations: BPMN names round-trip and the kind predicates.
#include <catch2/catch.hpp>

#include "seamless/model/kinds.hpp"

using namespace seamless::model;

TEST_CASE("node kinds round-trip through their BPMN names", "[model]") {
  for (auto name : {"task", "userTask", "subProcess", "callActivity", "boundaryEvent",
                    "eventBasedGateway", "complexGateway", "adHocSubProcess"}) {
    auto kind = node_kind_from_bpmn(name);
    REQUIRE(kind);
    CHECK(to_string(*kind) == name);
  }
  CHECK_FALSE(node_kind_from_bpmn("sequenceFlow"));
}

TEST_CASE("kind predicates", "[model]") {
  CHECK(is_task(NodeKind::receive_task));
  CHECK_FALSE(is_task(NodeKind::sub_process));
  CHECK(is_activity(NodeKind::call_activity));
  CHECK(is_subprocess(NodeKind::transaction));
  CHECK(is_event(NodeKind::boundary_event));
  CHECK(is_catching_event(NodeKind::boundary_event));
  CHECK(is_throwing_event(NodeKind::end_event));
  CHECK(is_gateway(NodeKind::complex_gateway));
  CHECK_FALSE(is_gateway(NodeKind::end_event));
}

TEST_CASE("reform vocabulary values", "[model]") {
  CHECK(role_from_string("agent") == Role::agent);
  CHECK_FALSE(role_from_string("Agent"));
  CHECK(channel_from_string("mail") == Channel::mail);
  CHECK(variable_type_from_string("decimal") == VariableType::decimal);
  CHECK(event_definition_from_bpmn("terminateEventDefinition") == EventDefinitionKind::terminate);
}
