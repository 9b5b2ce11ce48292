// Tests of what a finding marks (highlight.hpp), diagrams from DI and generated layouts
// (diagram.hpp) and their SVG (svg_diagram.hpp).
#include <tinyxml2.h>
#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "golden/golden_compare.hpp"
#include "seamless/report/diagram.hpp"
#include "seamless/report/highlight.hpp"
#include "seamless/report/svg_diagram.hpp"
#include "support/load.hpp"
#include "support/run_command.hpp"

using namespace seamless;
using report::diagram::Diagram;
using report::diagram::Figure;
using report::diagram::FigureKind;

namespace {

test::Loaded load_sample(const std::string& relative) {
  return test::load_text(test::read_file(test::source_path(relative)), relative);
}

// The same model with its BPMN DI removed.
test::Loaded load_without_di(const std::string& relative) {
  const std::string text = test::read_file(test::source_path(relative));
  const auto begin = text.find("<bpmndi:BPMNDiagram");
  const auto end = text.find("</bpmndi:BPMNDiagram>");
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  return test::load_text(text.substr(0, begin) + text.substr(end + 21), relative);
}

check::Finding finding_with_run(std::vector<std::string> steps, std::vector<std::string> seam) {
  check::Finding f;
  f.check = "one-visit";
  f.message = "m";
  check::Counterexample cx;
  for (const std::string& s : steps) cx.steps.push_back({s, "", "", "", {}});
  cx.seam = std::move(seam);
  f.counterexample = cx;
  return f;
}

bool overlap(const model::Bounds& a, const model::Bounds& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

}  // namespace

TEST_CASE("a run marks its steps, the flows between consecutive steps and the seam",
          "[report-diagram]") {
  const auto loaded = load_sample("models/liuyang-restaurant-opening/before.bpmn");
  REQUIRE(loaded.model);
  const auto h = report::highlight_of(
      *loaded.model, finding_with_run({"Start_applicant", "Send_licence_application",
                                       "Receive_licence_application", "Task_issue_licence"},
                                      {"DataObject_licence"}));
  CHECK(h.path.count("Start_applicant"));
  CHECK(h.path.count("Flow_a1"));                          // Start_applicant -> Send_...
  CHECK(h.path.count("MessageFlow_licence_application"));  // Send_... -> Receive_...
  CHECK_FALSE(h.path.count("Flow_a2"));                    // leads to a node not in the run
  // A document in the seam is drawn as its references.
  CHECK(h.seam.count("Ref_licence_fire"));
  CHECK(h.seam.count("Ref_licence_market"));
  CHECK_FALSE(h.seam.count("DataObject_licence"));
  REQUIRE(h.steps.count("Send_licence_application"));
  CHECK(h.steps.at("Send_licence_application") == std::vector<std::size_t>{2});
  // Without a run, the finding's element is the subject.
  check::Finding plain;
  plain.element = "Task_issue_licence";
  const auto s = report::highlight_of(*loaded.model, plain);
  CHECK(s.path.empty());
  CHECK(s.subject.count("Task_issue_licence"));
  // A process is drawn as its pool.
  plain.element = "Process_government";
  CHECK(report::highlight_of(*loaded.model, plain).subject.count("Participant_government"));
}

TEST_CASE("the DI diagram draws every shape and edge of the model", "[report-diagram]") {
  const auto loaded = load_sample("bpmn-samples/lanes-nested.bpmn");
  REQUIRE(loaded.model);
  const Diagram d = report::diagram::diagram_of(*loaded.model);
  CHECK_FALSE(d.generated);
  std::set<std::string> ids;
  for (const Figure& f : d.figures) ids.insert(f.id);
  for (const model::Node& n : loaded.model->nodes)
    if (n.shape) CHECK(ids.count(n.id));
  for (const model::Lane& l : loaded.model->lanes)
    if (l.shape) CHECK(ids.count(l.id));
  // Containers come first, so nothing is drawn under a pool or lane.
  bool seen_node = false;
  for (const Figure& f : d.figures) {
    if (!f.container()) seen_node = true;
    CHECK_FALSE((seen_node && f.container()));
  }
  for (const model::Node& n : loaded.model->nodes)
    if (n.shape) {
      const model::Bounds& b = n.shape->bounds;
      CHECK(b.x >= d.extent.x);
      CHECK(b.y >= d.extent.y);
      CHECK(b.x + b.width <= d.extent.x + d.extent.width);
      CHECK(b.y + b.height <= d.extent.y + d.extent.height);
    }
}

TEST_CASE("a model without DI gets a layered layout, left to right, in lane bands",
          "[report-diagram]") {
  for (const std::string sample :
       {"bpmn-samples/lanes-nested.bpmn", "models/liuyang-restaurant-opening/before.bpmn",
        "bpmn-samples/gateway-exclusive.bpmn", "bpmn-samples/boundary-interrupting.bpmn",
        "bpmn-samples/subprocess-embedded.bpmn"}) {
    INFO(sample);
    const auto loaded = load_without_di(sample);
    REQUIRE(loaded.model);
    const model::Model& m = *loaded.model;
    const Diagram d = report::diagram::diagram_of(m);
    CHECK(d.generated);
    std::map<std::string, model::Bounds> at;
    std::map<std::string, model::Bounds> lanes;
    for (const Figure& f : d.figures) {
      if (f.kind == FigureKind::lane) lanes[f.id] = f.bounds;
      if (f.kind == FigureKind::activity || f.kind == FigureKind::event ||
          f.kind == FigureKind::gateway)
        at[f.id] = f.bounds;
    }
    for (const model::Node& n : m.nodes) CHECK(at.count(n.id));
    // No two nodes overlap (boundary events sit on their activity's border).
    for (const auto& [a, ba] : at)
      for (const auto& [b, bb] : at) {
        if (a >= b) continue;
        const model::Node* na = m.find_node(a);
        const model::Node* nb = m.find_node(b);
        const bool attached = (na->kind == model::NodeKind::boundary_event) ||
                              (nb->kind == model::NodeKind::boundary_event);
        if (!attached) CHECK_FALSE(overlap(ba, bb));
      }
    // Every flow that is not part of a cycle goes to the right; each node lies in its lane.
    for (const model::SequenceFlow& f : m.flows) {
      const model::Node& s = m.nodes[f.source];
      const model::Node& t = m.nodes[f.target];
      if (s.kind != model::NodeKind::boundary_event && t.incoming.size() == 1)
        CHECK(at[t.id].x > at[s.id].x);
    }
    for (const model::Node& n : m.nodes) {
      if (n.lane == model::no_index || !lanes.count(m.lanes[n.lane].id)) continue;
      const model::Bounds& lane = lanes[m.lanes[n.lane].id];
      CHECK(at[n.id].y >= lane.y);
      CHECK(at[n.id].y + at[n.id].height <= lane.y + lane.height);
    }
    // The same model gives the same layout.
    const Diagram again = report::diagram::diagram_of(m);
    REQUIRE(again.figures.size() == d.figures.size());
    for (std::size_t i = 0; i < d.figures.size(); ++i) {
      CHECK(again.figures[i].bounds.x == d.figures[i].bounds.x);
      CHECK(again.figures[i].bounds.y == d.figures[i].bounds.y);
    }
  }
}

TEST_CASE("the SVG marks the run and the seam and escapes names", "[report-diagram]") {
  const auto loaded = load_sample("bpmn-samples/gateway-exclusive.bpmn");
  REQUIRE(loaded.model);
  const Diagram d = report::diagram::diagram_of(*loaded.model);
  const auto h = report::highlight_of(
      *loaded.model,
      finding_with_run({"StartEvent_1", "Task_accept", "Gateway_split"}, {"Gateway_split"}));
  const std::string svg = report::svg_diagram(d, h, "d1", "Diagram <1> & \"x\"");
  CHECK(svg.rfind("<svg class=\"diagram\"", 0) == 0);
  CHECK_THAT(svg, Catch::Contains("viewBox=\""));
  CHECK_THAT(svg, Catch::Contains("aria-label=\"Diagram &lt;1&gt; &amp; &quot;x&quot;\""));
  CHECK_THAT(svg, Catch::Contains("class=\"activity path\" data-element=\"Task_accept\""));
  CHECK_THAT(svg, Catch::Contains("class=\"gateway seam\" data-element=\"Gateway_split\""));
  CHECK_THAT(svg, Catch::Contains("class=\"event path\" data-element=\"StartEvent_1\""));
  CHECK_THAT(svg, Catch::Contains("class=\"activity\" data-element=\"Task_issue\""));
  CHECK_THAT(svg, Catch::Contains(std::string(report::path_colours.stroke)));
  CHECK_THAT(svg, Catch::Contains(std::string(report::seam_colours.stroke)));
  CHECK_THAT(svg, Catch::Contains("marker-end=\"url(#d1-arrow-path)\""));
  CHECK_THAT(svg, Catch::Contains("<g class=\"step\" data-element=\"Task_accept\">"));
  // Each flow of the run: the two between consecutive steps.
  const std::regex marked_flow("class=\"sequence-flow path\"");
  CHECK(std::distance(std::sregex_iterator(svg.begin(), svg.end(), marked_flow),
                      std::sregex_iterator()) == 2);
  // Names in Chinese pass through; markup in names does not.
  CHECK_THAT(svg, Catch::Contains("受理"));
  const auto tricky = test::load_text(test::definitions(R"(
    <bpmn:process id="P">
      <bpmn:task id="T" name="&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" />
    </bpmn:process>)"));
  REQUIRE(tricky.model);
  const std::string escaped =
      report::svg_diagram(report::diagram::diagram_of(*tricky.model), {}, "d2", "t");
  CHECK_THAT(escaped, !Catch::Contains("<script"));
  CHECK_THAT(escaped, Catch::Contains("&lt;script&gt;"));
  // Deterministic.
  CHECK(report::svg_diagram(d, h, "d1", "x") == report::svg_diagram(d, h, "d1", "x"));
}

TEST_CASE("every sample draws as well-formed SVG, from its DI and from a generated layout",
          "[report-diagram]") {
  for (const auto& path : test::bpmn_files(test::source_path("bpmn-samples"))) {
    INFO(path.string());
    const auto loaded = test::load_text(test::read_file(path.string()), path.string());
    if (!loaded.model) continue;
    report::Highlight all;
    for (const model::Node& n : loaded.model->nodes) all.path.insert(n.id);
    for (const model::SequenceFlow& f : loaded.model->flows) all.path.insert(f.id);
    if (!loaded.model->nodes.empty()) all.seam.insert(loaded.model->nodes.front().id);
    for (const Diagram& d : {report::diagram::diagram_of(*loaded.model),
                             report::diagram::generated_diagram(*loaded.model)}) {
      const std::string svg = report::svg_diagram(d, all, "d", "t");
      tinyxml2::XMLDocument doc;
      CHECK(doc.Parse(svg.c_str(), svg.size()) == tinyxml2::XML_SUCCESS);
      REQUIRE(doc.RootElement() != nullptr);
      CHECK(std::string(doc.RootElement()->Name()) == "svg");
      CHECK(d.extent.width > 0);
      CHECK(d.extent.height > 0);
    }
  }
}
