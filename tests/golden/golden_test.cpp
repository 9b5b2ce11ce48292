// Golden tests: a model beside the expected output of a command on it. On a mismatch the actual
// output is written beside the expected file as `.got`; with SEAMLESS_UPDATE_GOLDEN=1 the
// expected files are (re)written instead, for review in the diff.
//   plugins/<check>/fixtures/**/X.bpmn  ->  X.expected: `seamless check --check <check> X.bpmn`
//   bpmn-samples/**/X.bpmn              ->  tests/golden/inspect/X.txt: `seamless inspect X.bpmn`
// The soundness samples have their own golden test (soundness_samples_test.cpp).
#include <catch2/catch.hpp>
#include <filesystem>

#include "golden_compare.hpp"
#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

TEST_CASE("golden: structure check fixtures", "[golden]") {
  const fs::path root = test::source_path("plugins/structure/fixtures");
  const auto files = test::bpmn_files(root);
  REQUIRE(files.size() >= 20);
  for (const fs::path& file : files) {
    const std::string relative = fs::relative(file, test::source_path("")).string();
    const auto result = test::run_seamless({"check", "--check", "structure", relative});
    INFO(relative << "\n" << result.out << result.err);
    // Error findings fail the run; valid fixtures and warning-only ones pass.
    const bool errors = result.out.find(": error: ") != std::string::npos;
    CHECK(result.exit_code == (errors ? 1 : 0));
    if (relative.find("/valid/") != std::string::npos)
      CHECK_THAT(result.out, Catch::Contains("0 errors, 0 warnings"));
    if (relative.find("/invalid/") != std::string::npos)
      CHECK_THAT(result.out, !Catch::Contains(" 0 errors, 0 warnings"));
    test::compare_golden(fs::path(file).replace_extension(".expected").string(), result.out);
  }
}

TEST_CASE("golden: inspect of every sample", "[golden]") {
  for (const fs::path& file : test::bpmn_files(test::source_path("bpmn-samples"))) {
    const std::string relative = fs::relative(file, test::source_path("")).string();
    const auto result = test::run_seamless({"inspect", relative});
    INFO(relative << "\n" << result.err);
    CHECK(result.exit_code == 0);
    test::compare_golden(test::source_path("tests/golden/inspect/" + file.stem().string() + ".txt"),
                         result.out);
  }
}
