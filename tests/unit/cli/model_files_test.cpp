// Tests of model file collection: recursion, sorting, explicit files, missing paths.
#include <catch2/catch.hpp>

#include "commands.hpp"
#include "support/run_command.hpp"

using namespace seamless;

TEST_CASE("directories are searched recursively for .bpmn files, sorted", "[cli]") {
  diag::Diagnostics d;
  auto files = cli::collect_model_files({test::source_path("plugins/structure/fixtures")}, d);
  CHECK(d.empty());
  REQUIRE(files.size() > 5);
  CHECK(std::is_sorted(files.begin(), files.end()));
  for (const auto& f : files) CHECK_THAT(f, Catch::EndsWith(".bpmn"));
}

TEST_CASE("explicit files are taken as given, missing paths are errors", "[cli]") {
  diag::Diagnostics d;
  auto files = cli::collect_model_files({test::source_path("CMakeLists.txt"), "/nonexistent"}, d);
  CHECK(files.size() == 1);
  REQUIRE(d.has_errors());
  CHECK(d.all()[0].message == "no such file or directory");
}
