// Tests of the BPMN loader: namespaces by URI, elements, references, lanes, DI.
#include <catch2/catch.hpp>

#include "support/load.hpp"

using namespace seamless;
using seamless::test::definitions;
using seamless::test::load_text;

namespace {
const char* simple_process = R"(
  <bpmn:process id="P" name="审批 Approval" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:task id="review" name="审查 Review"/>
    <bpmn:exclusiveGateway id="gw" default="f_no"/>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="gw"/>
    <bpmn:sequenceFlow id="f_yes" sourceRef="gw" targetRef="end">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=area &gt; 500</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f_no" sourceRef="gw" targetRef="end"/>
  </bpmn:process>)";
}  // namespace

TEST_CASE("a simple process loads with ids, names, kinds and lines", "[bpmn][loader]") {
  auto loaded = load_text(definitions(simple_process));
  REQUIRE(loaded.model);
  INFO(loaded.messages());
  CHECK_FALSE(loaded.diagnostics.has_errors());
  const auto& m = *loaded.model;
  REQUIRE(m.processes.size() == 1);
  CHECK(m.processes[0].name == "审批 Approval");
  CHECK(m.processes[0].executable);
  CHECK(m.nodes.size() == 4);
  CHECK(m.flows.size() == 4);
  const auto* review = m.find_node("review");
  REQUIRE(review);
  CHECK(review->kind == model::NodeKind::task);
  CHECK(review->name == "审查 Review");
  CHECK(review->location.line == 6);
  CHECK(review->location.column == 5);
  CHECK(review->incoming.size() == 1);
  const auto* gw = m.find_node("gw");
  REQUIRE(gw->default_flow != model::no_index);
  CHECK(m.flows[gw->default_flow].id == "f_no");
  CHECK(m.flows[gw->default_flow].is_default);
  const auto* yes = m.find_flow("f_yes");
  REQUIRE(yes->guard);
  CHECK(yes->guard->text == "=area > 500");
  CHECK(yes->guard->language == "feel");
  CHECK(yes->guard->language_source == model::GuardLanguageSource::recognised);
}

TEST_CASE("namespaces are matched by URI whatever the prefix", "[bpmn][loader]") {
  for (const std::string prefix : {"bpmn2:", "semantic:", "model:", ""}) {
    const std::string colon = prefix.empty() ? "" : prefix.substr(0, prefix.size() - 1);
    const std::string xmlns = prefix.empty() ? "xmlns" : "xmlns:" + colon;
    const std::string xml = "<" + prefix + "definitions " + xmlns +
                            "=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
                            "<" +
                            prefix + "process id=\"P\"><" + prefix +
                            "startEvent id=\"s\"/>"
                            "<" +
                            prefix + "endEvent id=\"e\"/><" + prefix +
                            "sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"e\"/></" + prefix +
                            "process></" + prefix + "definitions>";
    auto loaded = load_text(xml);
    REQUIRE(loaded.model);
    CHECK(loaded.model->nodes.size() == 2);
    CHECK(loaded.model->flows.size() == 1);
  }
  // The same prefix bound to another namespace is not BPMN.
  auto other = load_text("<bpmn:definitions xmlns:bpmn=\"urn:other\"/>");
  CHECK_FALSE(other.model);
  CHECK_THAT(other.messages(), Catch::Contains("not a BPMN 2.0 file"));
}

TEST_CASE("namespaces declared on inner elements apply to their subtree", "[bpmn][loader]") {
  auto loaded = load_text(R"(<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
  <x:process xmlns:x="http://www.omg.org/spec/BPMN/20100524/MODEL" id="P">
    <x:startEvent id="s"/><task xmlns="urn:vendor" id="ignored"/>
  </x:process></definitions>)");
  REQUIRE(loaded.model);
  CHECK(loaded.model->nodes.size() == 1);
}

TEST_CASE("subprocesses, boundary events and event definitions", "[bpmn][loader]") {
  auto loaded = load_text(definitions(R"(
  <bpmn:process id="P">
    <bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent>
    <bpmn:subProcess id="sub">
      <bpmn:incoming>f1</bpmn:incoming>
      <bpmn:startEvent id="s2"/>
      <bpmn:userTask id="t"><bpmn:multiInstanceLoopCharacteristics isSequential="true"/></bpmn:userTask>
      <bpmn:endEvent id="e2"><bpmn:terminateEventDefinition/></bpmn:endEvent>
      <bpmn:sequenceFlow id="g1" sourceRef="s2" targetRef="t"/>
      <bpmn:sequenceFlow id="g2" sourceRef="t" targetRef="e2"/>
    </bpmn:subProcess>
    <bpmn:boundaryEvent id="timer" attachedToRef="sub" cancelActivity="false">
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:subProcess id="esp" triggeredByEvent="true">
      <bpmn:startEvent id="es" isInterrupting="false"><bpmn:errorEventDefinition/></bpmn:startEvent>
      <bpmn:endEvent id="ee"/>
      <bpmn:sequenceFlow id="h" sourceRef="es" targetRef="ee"/>
    </bpmn:subProcess>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="sub"/>
    <bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="e"/>
    <bpmn:sequenceFlow id="f3" sourceRef="timer" targetRef="e"/>
  </bpmn:process>
  <bpmn:message id="m"/>)"));
  REQUIRE(loaded.model);
  INFO(loaded.messages());
  CHECK(loaded.diagnostics.empty());
  const auto& m = *loaded.model;
  const auto* sub = m.find_node("sub");
  CHECK(sub->children.size() == 3);
  CHECK(sub->boundary_events.size() == 1);
  const auto* t = m.find_node("t");
  CHECK(m.nodes[t->parent].id == "sub");
  CHECK(t->loop == model::Loop::multi_instance_sequential);
  CHECK(m.find_flow("g1")->scope == static_cast<model::Index>(sub - m.nodes.data()));
  const auto* timer = m.find_node("timer");
  CHECK(m.nodes[timer->attached_to].id == "sub");
  CHECK_FALSE(timer->cancel_activity);
  REQUIRE(timer->event_definitions.size() == 1);
  CHECK(timer->event_definitions[0].timer_kind == "timeDuration");
  CHECK(timer->event_definitions[0].expression == "PT1H");
  CHECK(m.find_node("s")->event_definitions[0].ref == "m");
  CHECK(m.find_node("esp")->triggered_by_event);
  CHECK_FALSE(m.find_node("es")->interrupting);
  CHECK(m.find_node("e2")->event_definitions[0].kind == model::EventDefinitionKind::terminate);
}

TEST_CASE("collaboration: participants, message flows, black-box pools", "[bpmn][loader]") {
  auto loaded = load_text(definitions(R"(
  <bpmn:collaboration id="c">
    <bpmn:participant id="pa" name="申请人" processRef="A"/>
    <bpmn:participant id="pb" name="Bank"/>
    <bpmn:messageFlow id="mf1" sourceRef="send" targetRef="pb"/>
    <bpmn:messageFlow id="mf2" sourceRef="pb" targetRef="recv"/>
  </bpmn:collaboration>
  <bpmn:process id="A">
    <bpmn:startEvent id="s"/><bpmn:sendTask id="send"/><bpmn:receiveTask id="recv"/>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="send"/>
    <bpmn:sequenceFlow id="f2" sourceRef="send" targetRef="recv"/>
    <bpmn:sequenceFlow id="f3" sourceRef="recv" targetRef="e"/>
  </bpmn:process>)"));
  REQUIRE(loaded.model);
  INFO(loaded.messages());
  CHECK_FALSE(loaded.diagnostics.has_errors());
  const auto& m = *loaded.model;
  REQUIRE(m.participants.size() == 2);
  CHECK(m.processes[m.participants[0].process].id == "A");
  CHECK(m.processes[0].participant == 0);
  CHECK(m.participants[1].process == model::no_index);
  CHECK(m.message_flows[0].source.node != model::no_index);
  CHECK(m.message_flows[0].target.participant == 1);
  // Every node of A belongs to pool pa's department; pb is a department too.
  CHECK(m.departments.size() == 2);
  CHECK(m.departments[m.find_node("send")->department].id == "pa");
}

TEST_CASE("nested lanes: the innermost lane is responsible", "[bpmn][loader]") {
  auto loaded = load_text(definitions(R"(
  <bpmn:collaboration id="c"><bpmn:participant id="gov" processRef="P"/></bpmn:collaboration>
  <bpmn:process id="P">
    <bpmn:laneSet id="ls">
      <bpmn:lane id="bureau" name="市场监管局">
        <bpmn:flowNodeRef>s</bpmn:flowNodeRef><bpmn:flowNodeRef>t</bpmn:flowNodeRef>
        <bpmn:childLaneSet id="cls">
          <bpmn:lane id="licensing" name="许可科" reform:department="market-licensing">
            <bpmn:flowNodeRef>t</bpmn:flowNodeRef>
          </bpmn:lane>
        </bpmn:childLaneSet>
      </bpmn:lane>
      <bpmn:lane id="other"/>
    </bpmn:laneSet>
    <bpmn:startEvent id="s"/><bpmn:task id="t"/><bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
    <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
  </bpmn:process>)"));
  REQUIRE(loaded.model);
  INFO(loaded.messages());
  CHECK_FALSE(loaded.diagnostics.has_errors());
  const auto& m = *loaded.model;
  CHECK(m.lanes.size() == 3);
  CHECK(m.lanes[m.find_node("t")->lane].id == "licensing");
  CHECK(m.departments[m.find_node("t")->department].id == "market-licensing");
  CHECK(m.departments[m.find_node("t")->department].name == "许可科");
  CHECK(m.departments[m.find_node("s")->department].id == "bureau");
  // e is in no lane: it falls back to the pool.
  CHECK(m.departments[m.find_node("e")->department].id == "gov");
}

TEST_CASE("data objects, stores, references and associations", "[bpmn][loader]") {
  auto loaded = load_text(definitions(R"(
  <bpmn:dataStore id="registry" name="登记库"/>
  <bpmn:process id="P">
    <bpmn:dataObject id="licence"/>
    <bpmn:dataObjectReference id="ref1" dataObjectRef="licence" name="执照"/>
    <bpmn:dataObjectReference id="ref2" dataObjectRef="licence" reform:shared="true"/>
    <bpmn:dataStoreReference id="sref" dataStoreRef="registry"/>
    <bpmn:startEvent id="s"/>
    <bpmn:task id="issue"><bpmn:dataOutputAssociation id="o1"><bpmn:targetRef>ref1</bpmn:targetRef></bpmn:dataOutputAssociation></bpmn:task>
    <bpmn:task id="use">
      <bpmn:ioSpecification><bpmn:dataInput id="in1"/></bpmn:ioSpecification>
      <bpmn:dataInputAssociation id="i1"><bpmn:sourceRef>ref2</bpmn:sourceRef><bpmn:targetRef>in1</bpmn:targetRef></bpmn:dataInputAssociation>
      <bpmn:dataInputAssociation id="i2"><bpmn:sourceRef>sref</bpmn:sourceRef></bpmn:dataInputAssociation>
    </bpmn:task>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="issue"/>
    <bpmn:sequenceFlow id="f2" sourceRef="issue" targetRef="use"/>
    <bpmn:sequenceFlow id="f3" sourceRef="use" targetRef="e"/>
  </bpmn:process>)"));
  REQUIRE(loaded.model);
  INFO(loaded.messages());
  CHECK(loaded.diagnostics.empty());
  const auto& m = *loaded.model;
  REQUIRE(m.documents.size() == 2);
  const auto& licence = m.documents[m.ids.at("licence").index];
  CHECK(licence.shared);  // from ref2
  CHECK(licence.producers.size() == 1);
  CHECK(licence.consumers.size() == 1);
  CHECK(m.nodes[licence.consumers[0]].id == "use");
  const auto& registry = m.documents[m.ids.at("registry").index];
  CHECK(registry.kind == model::DocumentKind::data_store);
  CHECK(registry.shared);  // default for stores
  CHECK(m.find_node("use")->data_inputs.size() == 2);
}

TEST_CASE("BPMN DI: shapes and edges attach to their elements", "[bpmn][loader]") {
  auto loaded = load_text(definitions(std::string(simple_process) + R"(
  <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="P">
    <bpmndi:BPMNShape id="s_review" bpmnElement="review"><dc:Bounds x="10" y="20" width="100" height="80"/>
      <bpmndi:BPMNLabel><dc:Bounds x="1" y="2" width="3" height="4"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="e_f1" bpmnElement="f1"><di:waypoint x="1" y="2"/><di:waypoint x="3" y="4"/></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>)"));
  REQUIRE(loaded.model);
  const auto& m = *loaded.model;
  CHECK(m.has_diagram);
  const auto& shape = m.find_node("review")->shape;
  REQUIRE(shape);
  CHECK(shape->bounds.x == 10);
  CHECK(shape->bounds.height == 80);
  REQUIRE(shape->label);
  CHECK(shape->label->width == 3);
  REQUIRE(m.find_flow("f1")->edge);
  CHECK(m.find_flow("f1")->edge->waypoints.size() == 2);
  CHECK_FALSE(m.find_node("start")->shape);
}

TEST_CASE("guard language: attribute, then definitions, then form", "[bpmn][loader]") {
  auto juel = load_text(definitions(R"(<bpmn:process id="P"><bpmn:task id="a"/><bpmn:task id="b"/>
    <bpmn:sequenceFlow id="f" sourceRef="a" targetRef="b"><bpmn:conditionExpression>${x &gt; 1}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="g" sourceRef="a" targetRef="b"><bpmn:conditionExpression language="http://www.omg.org/spec/FEEL/20140401">x &gt; 1</bpmn:conditionExpression></bpmn:sequenceFlow>
    </bpmn:process>)"));
  REQUIRE(juel.model);
  CHECK(juel.model->find_flow("f")->guard->language == "juel");
  CHECK(juel.model->find_flow("g")->guard->language == "http://www.omg.org/spec/FEEL/20140401");
  CHECK(juel.model->find_flow("g")->guard->language_source ==
        model::GuardLanguageSource::attribute);
  auto defs = load_text(
      R"(<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" expressionLanguage="feel">
    <process id="P"><task id="a"/><task id="b"/><sequenceFlow id="f" sourceRef="a" targetRef="b">
    <conditionExpression>${x}</conditionExpression></sequenceFlow></process></definitions>)");
  REQUIRE(defs.model);
  CHECK(defs.model->find_flow("f")->guard->language == "feel");
  CHECK(defs.model->find_flow("f")->guard->language_source ==
        model::GuardLanguageSource::definitions);
}
