// Tests of annotated BPMN copies (annotated_bpmn.hpp): colours on the DI of marked elements in
// both vocabularies, namespaces declared once, every other byte kept.
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "golden/golden_compare.hpp"
#include "seamless/report/annotated_bpmn.hpp"
#include "seamless/report/svg_diagram.hpp"
#include "support/load.hpp"

using namespace seamless;

namespace {

const std::string sample = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment with <bpmndi:BPMNShape bpmnElement="A"/> inside -->
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D">
  <process id="P">
    <startEvent id="A" name="a &amp; b"><outgoing>F</outgoing></startEvent>
    <sequenceFlow id="F" sourceRef="A" targetRef="B" />
    <task id="B" name="受理"><incoming>F</incoming></task>
    <task id="C" />
  </process>
  <bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">
    <bpmndi:BPMNShape id="A_di" bpmnElement="A"><dc:Bounds x="0" y="0" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="B_di" bpmnElement='B' ><dc:Bounds x="100" y="0" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="C_di" bpmnElement="C"><dc:Bounds x="300" y="0" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="F_di" bpmnElement="F"><di:waypoint x="36" y="18" /><di:waypoint x="100" y="18" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>
)";

report::Highlight marks() {
  report::Highlight h;
  h.path = {"A", "F", "B"};
  h.seam = {"B"};
  return h;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The text with every attribute in the two colour namespaces (and their declarations) removed.
std::string without_colours(const std::string& text) {
  static const std::regex colour_attribute(R"( (xmlns:)?(bioc|color)[0-9]*(:[a-z-]+)?="[^"]*")");
  return std::regex_replace(text, colour_attribute, "");
}

}  // namespace

TEST_CASE("annotating colours the DI of the run and the seam, and nothing else",
          "[report-annotate]") {
  const report::AnnotatedBpmn a = report::annotate_bpmn(sample, marks());
  REQUIRE(a.error.empty());
  CHECK(a.coloured == 3);
  const std::string& t = a.text;
  CHECK(count(t, "xmlns:bioc=\"http://bpmn.io/schema/bpmn/biocolor/1.0\"") == 1);
  CHECK(count(t, "xmlns:color=\"http://www.omg.org/spec/BPMN/non-normative/color/1.0\"") == 1);
  CHECK(t.find("xmlns:bioc") < t.find("<process"));
  const std::string path(report::path_colours.stroke), seam(report::seam_colours.stroke);
  CHECK_THAT(t, Catch::Contains("bpmnElement=\"A\" bioc:stroke=\"" + path +
                                "\" color:border-color=\"" + path + "\" bioc:fill=\""));
  CHECK_THAT(t, Catch::Contains("bpmnElement='B' bioc:stroke=\"" + seam + "\""));
  CHECK_THAT(t, Catch::Contains("bpmnElement=\"F\" bioc:stroke=\"" + path +
                                "\" color:border-color=\"" + path + "\">"));
  CHECK_THAT(t, Catch::Contains("<bpmndi:BPMNShape id=\"C_di\" bpmnElement=\"C\">"));
  // The comment is not a tag; everything but the added attributes is as it was.
  CHECK_THAT(
      t, Catch::Contains("<!-- a comment with <bpmndi:BPMNShape bpmnElement=\"A\"/> inside -->"));
  CHECK(without_colours(t) == sample);
  // The copy still loads, with the same elements.
  const auto loaded = test::load_text(t);
  REQUIRE(loaded.model);
  CHECK_FALSE(loaded.diagnostics.has_errors());
  CHECK(loaded.model->nodes.size() == 3);
}

TEST_CASE("annotating twice replaces the colours instead of adding attributes",
          "[report-annotate]") {
  const report::AnnotatedBpmn once = report::annotate_bpmn(sample, marks());
  report::Highlight other;
  other.path = {"B"};
  const report::AnnotatedBpmn twice = report::annotate_bpmn(once.text, other);
  REQUIRE(twice.error.empty());
  CHECK(count(twice.text, "xmlns:bioc=") == 1);
  CHECK(count(twice.text, "bioc:stroke=") == 3);  // A and F keep theirs, B's is replaced
  CHECK_THAT(twice.text, Catch::Contains("bpmnElement='B' bioc:stroke=\"" +
                                         std::string(report::path_colours.stroke) + "\""));
  const auto loaded = test::load_text(twice.text);
  REQUIRE(loaded.model);
  CHECK_FALSE(loaded.diagnostics.has_errors());
}

TEST_CASE("annotating uses a free prefix when the file binds 'bioc' to something else",
          "[report-annotate]") {
  std::string taken = sample;
  taken.replace(taken.find(" id=\"D\">"), 8, " xmlns:bioc=\"urn:other\" id=\"D\">");
  const report::AnnotatedBpmn a = report::annotate_bpmn(taken, marks());
  REQUIRE(a.error.empty());
  CHECK_THAT(a.text, Catch::Contains("xmlns:bioc2=\"http://bpmn.io/schema/bpmn/biocolor/1.0\""));
  CHECK_THAT(a.text, Catch::Contains("bioc2:stroke="));
  // A file that already declares the namespace keeps its prefix and gets no second declaration.
  std::string declared = sample;
  declared.replace(declared.find(" id=\"D\">"), 8,
                   " xmlns:bc=\"http://bpmn.io/schema/bpmn/biocolor/1.0\" id=\"D\">");
  const report::AnnotatedBpmn b = report::annotate_bpmn(declared, marks());
  CHECK(count(b.text, "http://bpmn.io/schema/bpmn/biocolor/1.0") == 1);
  CHECK_THAT(b.text, Catch::Contains("bc:stroke="));
}

TEST_CASE("annotating reports text it cannot scan", "[report-annotate]") {
  CHECK_FALSE(report::annotate_bpmn("<definitions><process", marks()).error.empty());
  CHECK_FALSE(report::annotate_bpmn("<a><b></a>", marks()).error.empty());
  CHECK_FALSE(report::annotate_bpmn("<x:a/>", marks()).error.empty());  // unbound prefix
  CHECK_FALSE(report::annotate_bpmn("", marks()).error.empty());
}

TEST_CASE("annotating every sample and model keeps it loadable with the same elements",
          "[report-annotate]") {
  std::vector<std::filesystem::path> files = test::bpmn_files(test::source_path("bpmn-samples"));
  for (const auto& f : test::bpmn_files(test::source_path("models"))) files.push_back(f);
  for (const auto& path : files) {
    INFO(path.string());
    const std::string text = test::read_file(path.string());
    const auto original = test::load_text(text, path.string());
    if (!original.model) continue;
    report::Highlight all;
    for (const model::Node& n : original.model->nodes) all.path.insert(n.id);
    for (const model::SequenceFlow& f : original.model->flows) all.path.insert(f.id);
    if (!original.model->nodes.empty()) all.seam.insert(original.model->nodes.back().id);
    const report::AnnotatedBpmn a = report::annotate_bpmn(text, all);
    REQUIRE(a.error.empty());
    const auto copy = test::load_text(a.text, path.string());
    REQUIRE(copy.model);
    CHECK(copy.model->nodes.size() == original.model->nodes.size());
    CHECK(copy.model->flows.size() == original.model->flows.size());
    CHECK(copy.diagnostics.error_count() == original.diagnostics.error_count());
    CHECK(copy.diagnostics.all().size() == original.diagnostics.all().size());
    CHECK(without_colours(a.text) == text);
  }
}
