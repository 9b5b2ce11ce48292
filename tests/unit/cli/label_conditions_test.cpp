// Conditions no guard-language plugin can read are labels (spec/properties.md): the choice
// between them is free, the behavioural checks decide instead of answering inconclusive, and
// every check that relies on the choice states the assumption, in every output format and in
// both languages. A guard in a known language that does not parse still makes them inconclusive.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "seamless/guards/model_guards.hpp"
#include "seamless/plugin/registry.hpp"
#include "seamless/semantics/build.hpp"
#include "support/load.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using seamless::test::run_seamless;
namespace fs = std::filesystem;

namespace {

const char* const sample = "bpmn-samples/semantics/label-conditions.bpmn";
const char* const soundness = "safeness,option-to-complete,proper-completion,dead-activity";
// The checks that rely on an assumption, in the order the model's checks ran (--check's).
const char* const checks_note = " [safeness,option-to-complete,proper-completion,dead-activity]";

const char* const yes_en =
    "the condition 'yes' of sequence flow 'Flow_yes' is read as a label: the choice at "
    "'Gateway_decide' is free";
const char* const yes_zh =
    "顺序流“Flow_yes”的条件“yes”按标签理解：“Gateway_decide”处的选择是自由的";

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The sample's Net, its guards compiled with no guard-language plugin registered (so every
// condition is in an unknown language).
struct Translated {
  std::shared_ptr<const seamless::model::Model> model;
  seamless::guards::ModelGuards guards;
  seamless::semantics::Net net;
};

Translated translate(const std::string& file, bool abstract_guards) {
  Translated t;
  seamless::diag::Diagnostics diagnostics;
  t.model = seamless::bpmn::load_file(file, diagnostics);
  REQUIRE(t.model);
  const seamless::plugin::Registry registry;
  t.guards = seamless::guards::compile_model_guards(*t.model, registry, diagnostics);
  seamless::semantics::BuildOptions options;
  options.abstract_guards = abstract_guards;
  t.net = seamless::semantics::build_net(*t.model, &t.guards, options);
  return t;
}

std::size_t transitions_of(const seamless::semantics::Net& net, const std::string& node) {
  std::size_t n = 0;
  for (const auto& t : net.transitions)
    if (t.node != seamless::model::no_index && net.model->nodes[t.node].id == node) ++n;
  return n;
}

}  // namespace

TEST_CASE("labels: a condition no plugin reads is a free choice, recorded once", "[cli][labels]") {
  const std::string file = seamless::test::source_path(sample);
  const Translated translated = translate(file, false);
  const seamless::semantics::Net& net = translated.net;
  CHECK(net.untranslatable.empty());
  REQUIRE(net.assumptions.size() == 4);
  CHECK(net.assumptions[0].element == "Flow_yes");
  CHECK(net.assumptions[0].gateway == "Gateway_decide");
  CHECK(net.assumptions[0].text_en == yes_en);
  CHECK(net.assumptions[0].text_zh == yes_zh);
  CHECK(net.assumptions[0].location.line > 0);
  CHECK(net.assumptions[3].element == "Flow_food");
  CHECK(net.assumptions[3].gateway == "Gateway_reviews");
  // Exclusive: exactly one of the two flows. Inclusive: any non-empty set of the two (3 ways),
  // never none.
  CHECK(transitions_of(net, "Gateway_decide") == 2);
  CHECK(transitions_of(net, "Gateway_reviews") == 3);
  for (const auto& t : net.transitions) CHECK(t.guard.empty());

  // --abstract-guards: the same free choices, nothing assumed (every guard is free by request).
  const Translated abstract_translated = translate(file, true);
  const seamless::semantics::Net& abstract = abstract_translated.net;
  CHECK(abstract.assumptions.empty());
  CHECK(transitions_of(abstract, "Gateway_decide") == 2);
  CHECK(transitions_of(abstract, "Gateway_reviews") == 3);
}

TEST_CASE("labels: the four soundness checks decide, and say what they assume", "[cli][labels]") {
  const auto r = run_seamless({"check", "--check", soundness, "--format", "json", sample});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  const auto& checks = j.at("models").at(0).at("checks");
  REQUIRE(checks.size() == 4);
  for (const auto& c : checks) {
    INFO(c.dump());
    CHECK(c.at("status") == "pass");
    REQUIRE(c.at("assumptions").size() == 4);
    CHECK(c.at("assumptions").at(0) == yes_en);
    CHECK_FALSE(c.contains("assumptions_zh"));
  }
  // The diagnostic says how the condition is read.
  bool said = false;
  for (const auto& d : j.at("diagnostics")) {
    said = said || d.at("message") ==
                       "condition of sequence flow 'Flow_yes': the language of 'yes' is not "
                       "recognised; it is read as a label (a free choice)";
    CHECK(d.at("severity") == "warning");
  }
  CHECK(said);

  const auto zh =
      run_seamless({"check", "--check", soundness, "--format", "json", "--lang", "zh", sample});
  const auto jz = nlohmann::json::parse(zh.out);
  for (const auto& c : jz.at("models").at(0).at("checks")) {
    CHECK(c.at("assumptions").at(0) == yes_en);
    CHECK(c.at("assumptions_zh").at(0) == yes_zh);
  }
}

TEST_CASE("labels: --abstract-guards assumes nothing", "[cli][labels]") {
  const auto r = run_seamless(
      {"check", "--check", soundness, "--format", "json", "--abstract-guards", sample});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  // Kept alive through the loop (a temporary would be gone before its body).
  const nlohmann::json report = nlohmann::json::parse(r.out);
  for (const auto& c : report.at("models").at(0).at("checks")) {
    CHECK(c.at("status") == "pass");
    CHECK_FALSE(c.contains("assumptions"));
  }
}

TEST_CASE("labels: the text format notes each assumption once, with its checks", "[cli][labels]") {
  const auto en = run_seamless({"check", "--check", soundness, sample});
  INFO(en.out << en.err);
  CHECK(en.exit_code == 0);
  const std::string line = std::string(sample) + ": note: assumption: " + yes_en + checks_note;
  CHECK(count(en.out, line + "\n") == 1);
  CHECK(count(en.out, ": note: assumption: ") == 4);
  CHECK_THAT(en.out, Catch::Contains("0 inconclusive"));

  const auto zh = run_seamless({"check", "--check", soundness, "--lang", "zh", sample});
  CHECK(count(zh.out, std::string(sample) + ": note: 假设：" + yes_zh + checks_note + "\n") == 1);

  // Only the checks that explore the Net rely on it: structure says nothing of the kind.
  const auto structure = run_seamless({"check", "--check", "structure", sample});
  CHECK(count(structure.out, "assumption") == 0);
}

TEST_CASE("labels: SARIF and JUnit carry the assumptions", "[cli][labels]") {
  const auto sarif = run_seamless({"check", "--check", soundness, "--format", "sarif", sample});
  INFO(sarif.out << sarif.err);
  const auto run = nlohmann::json::parse(sarif.out).at("runs").at(0);
  const auto& descriptors = run.at("tool").at("driver").at("notifications");
  REQUIRE(descriptors.size() == 3);
  CHECK(descriptors.at(2).at("id") == "assumption");
  std::size_t notes = 0;
  for (const auto& n : run.at("invocations").at(0).at("toolExecutionNotifications")) {
    if (n.at("descriptor").at("id") != "assumption") continue;
    ++notes;
    CHECK(n.at("level") == "note");
    CHECK(n.at("descriptor").at("index") == 2);
    CHECK(n.at("properties").at("checks").size() == 4);
    if (notes == 1) {
      CHECK(n.at("message").at("text") == std::string("assumption: ") + yes_en);
      CHECK(n.at("properties").at("assumption") == yes_en);
    }
  }
  CHECK(notes == 4);
  const auto sarif_zh =
      run_seamless({"check", "--check", soundness, "--format", "sarif", "--lang", "zh", sample});
  CHECK_THAT(sarif_zh.out, Catch::Contains(std::string("假设：") + yes_zh));

  // Without labels there is no third descriptor.
  const auto plain = run_seamless(
      {"check", "--check", soundness, "--format", "sarif", "bpmn-samples/gateway-exclusive.bpmn"});
  CHECK(nlohmann::json::parse(plain.out)
            .at("runs")
            .at(0)
            .at("tool")
            .at("driver")
            .at("notifications")
            .size() == 2);

  const auto junit = run_seamless({"check", "--check", soundness, "--format", "junit", sample});
  // Each check's test case lists the four assumptions (the input test case lists the warnings).
  CHECK(count(junit.out, "<system-out>") == 5);
  CHECK(count(junit.out, ": note: assumption: ") == 16);
  CHECK(count(junit.out,
              std::string(sample) + ": note: assumption: " + yes_en + " [dead-activity]") == 1);
  CHECK_THAT(junit.out, !Catch::Contains("<error"));
  const auto junit_zh =
      run_seamless({"check", "--check", soundness, "--format", "junit", "--lang", "zh", sample});
  CHECK(count(junit_zh.out, std::string(sample) + ": note: 假设：" + yes_zh + " [safeness]") == 1);
}

TEST_CASE("labels: the audit report lists the assumptions in the model's section",
          "[cli][labels][report]") {
  const seamless::test::TempDir dir("labels-report");
  for (const char* language : {"en", "zh"}) {
    const fs::path html = dir.path() / (std::string(language) + ".html");
    const fs::path md = dir.path() / (std::string(language) + ".md");
    const auto r = run_seamless({"report", "--check", soundness, "--lang", language, "--html",
                                 html.string(), "--markdown", md.string(), sample});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    const bool zh = std::string(language) == "zh";
    // Markdown escapes the underscores of the ids.
    const std::string text = zh ? "顺序流“Flow\\_yes”的条件“yes”按标签理解"
                                : "the condition 'yes' of sequence flow 'Flow\\_yes'";
    const std::string markdown = seamless::test::read_file(md.string());
    CHECK_THAT(markdown, Catch::Contains(zh ? "### 假设\n" : "### Assumptions\n"));
    CHECK(count(markdown, "- " + text) == 1);
    const std::string page = seamless::test::read_file(html.string());
    CHECK_THAT(page, Catch::Contains(zh ? "<h3>假设</h3>" : "<h3>Assumptions</h3>"));
    CHECK(count(page, "<code>dead-activity</code>") >= 4);
  }
}

TEST_CASE("labels: a FEEL guard that does not parse still makes the checks inconclusive",
          "[cli][labels]") {
  const seamless::test::TempDir dir("labels-bad-feel");
  const fs::path file = dir.path() / "bad-feel.bpmn";
  std::ofstream(file) << seamless::test::definitions(R"(<bpmn:process id="P">
    <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="g"/>
    <bpmn:task id="a"/><bpmn:task id="b"/><bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="g"/>
    <bpmn:sequenceFlow id="fa" sourceRef="g" targetRef="a"><bpmn:conditionExpression>=area &gt;&gt; 5</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="fb" sourceRef="g" targetRef="b"><bpmn:conditionExpression>yes</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="e1"/>
    <bpmn:sequenceFlow id="f2" sourceRef="b" targetRef="e2"/>
  </bpmn:process>)");
  const auto r = run_seamless({"check", "--check", soundness, "--format", "json", file.string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);  // the guard's parse error
  // Kept alive through the loop (a temporary would be gone before its body).
  const nlohmann::json report = nlohmann::json::parse(r.out);
  for (const auto& c : report.at("models").at(0).at("checks")) {
    CHECK(c.at("status") == "inconclusive");
    CHECK_THAT(c.at("reason").get<std::string>(),
               Catch::Contains("the condition of sequence flow 'fa' cannot be analysed"));
  }
}
