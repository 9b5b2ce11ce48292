// The reform-case library (models/): every before and after model loads without a diagnostic,
// passes the structure check, names a department for every activity and has only guards the
// language plugins can parse and type-check.
#include <catch2/catch.hpp>
#include <filesystem>

#include "seamless/bpmn/loader.hpp"
#include "seamless/check/runner.hpp"
#include "seamless/guards/model_guards.hpp"
#include "seamless/plugin/host.hpp"
#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

TEST_CASE("every case of the reform-case library is well formed", "[models]") {
  plugin::Host host;
  diag::Diagnostics plugin_diagnostics;
  host.load_all({}, plugin_diagnostics);
  REQUIRE(host.registry().find_check("structure"));
  REQUIRE(host.registry().find_guard_language("feel"));
  REQUIRE(host.registry().find_guard_language("juel"));
  std::size_t cases = 0;
  for (const auto& entry : fs::directory_iterator(test::source_path("models"))) {
    if (!entry.is_directory()) continue;
    ++cases;
    CHECK(fs::exists(entry.path() / "README.md"));
    for (const char* name : {"before.bpmn", "after.bpmn"}) {
      const std::string file = (entry.path() / name).string();
      INFO(file);
      diag::Diagnostics d;
      auto model = bpmn::load_file(file, d);
      REQUIRE(model);
      guards::ModelGuards g = guards::compile_model_guards(*model, host.registry(), d);
      std::string messages;
      for (const auto& m : d.all()) messages += diag::format(m) + "\n";
      INFO(messages);
      CHECK(d.empty());
      CHECK(g.all_ok());
      const check::Options options;
      auto results =
          check::run_checks(*model, {host.registry().find_check("structure")}, options);
      CHECK(results.at(0).status == check::Status::pass);
      bool applicant = false;
      for (const auto& node : model->nodes) {
        applicant = applicant || node.role == model::Role::applicant;
        if (model::is_activity(node.kind)) CHECK(node.department != model::no_index);
      }
      CHECK(applicant);
    }
  }
  CHECK(cases >= 5);
}
