// Every file of bpmn-samples/ loads without errors or warnings, with DI for every node and flow,
// and the features each file is named after are present in its Model.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/load.hpp"
#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {
test::Loaded load_sample(const std::string& name) {
  test::Loaded loaded;
  loaded.model =
      bpmn::load_file(test::source_path("bpmn-samples/" + name + ".bpmn"), loaded.diagnostics);
  return loaded;
}
}  // namespace

TEST_CASE("every sample loads cleanly with full DI", "[samples]") {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(test::source_path("bpmn-samples"))) {
    if (entry.path().extension() != ".bpmn") continue;
    ++count;
    test::Loaded loaded;
    loaded.model = bpmn::load_file(entry.path().string(), loaded.diagnostics);
    INFO(entry.path().filename().string() << "\n" << loaded.messages());
    REQUIRE(loaded.model);
    CHECK(loaded.diagnostics.empty());
    for (const auto& node : loaded.model->nodes) {
      INFO(node.id);
      CHECK(node.shape);
    }
    for (const auto& flow : loaded.model->flows) {
      INFO(flow.id);
      CHECK(flow.edge);
    }
  }
  CHECK(count >= 20);
}

TEST_CASE("samples: the feature each file is named after", "[samples]") {
  SECTION("ISO-8859-1 names arrive as UTF-8") {
    auto s = load_sample("encoding-latin1");
    REQUIRE(s.model);
    bool umlaut = false;
    for (const auto& n : s.model->nodes)
      umlaut = umlaut || n.name.find("\xc3\xbc") != std::string::npos;
    CHECK(umlaut);
  }
  SECTION("nested lanes") {
    auto s = load_sample("lanes-nested");
    REQUIRE(s.model);
    bool nested = false;
    for (const auto& l : s.model->lanes) nested = nested || l.parent != model::no_index;
    CHECK(nested);
  }
  SECTION("reform annotations, Chinese names") {
    auto s = load_sample("reform-annotated");
    REQUIRE(s.model);
    bool applicant = false, chinese = false;
    for (const auto& d : s.model->departments) {
      applicant = applicant || d.role == model::Role::applicant;
      chinese = chinese || d.name.find("市场监管局") != std::string::npos;
    }
    CHECK(applicant);
    CHECK(chinese);
    CHECK(s.model->processes[1].variables.size() >= 4);
  }
  SECTION("messages between pools") {
    auto s = load_sample("collaboration-messages");
    REQUIRE(s.model);
    CHECK(s.model->participants.size() == 2);
    CHECK_FALSE(s.model->message_flows.empty());
  }
  SECTION("boundary events") {
    auto s = load_sample("boundary-non-interrupting");
    REQUIRE(s.model);
    bool non_interrupting = false;
    for (const auto& n : s.model->nodes)
      non_interrupting =
          non_interrupting || (n.attached_to != model::no_index && !n.cancel_activity);
    CHECK(non_interrupting);
  }
}
