// End-to-end tests of `seamless report` and `--annotate` through the binary: usage, exit codes
// as `check`, deterministic self-contained output, escaping, the Markdown golden file.

#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "golden/golden_compare.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using seamless::test::read_file;
using seamless::test::run_seamless;
namespace fs = std::filesystem;

using seamless::test::TempDir;

namespace {

const std::string liuyang_before = "models/liuyang-restaurant-opening/before.bpmn";
const std::string liuyang_after = "models/liuyang-restaurant-opening/after.bpmn";

}  // namespace

TEST_CASE("report: usage errors exit 2", "[cli-report]") {
  auto none = run_seamless({"report", liuyang_before});
  CHECK(none.exit_code == 2);
  CHECK_THAT(none.err, Catch::Contains("--html"));
  CHECK(run_seamless({"report", "--html", "/dev/null"}).exit_code == 2);  // no paths
  TempDir dir("usage");
  CHECK(run_seamless({"report", "no/such/dir", "--html", dir / "r.html"}).exit_code == 2);
  CHECK(
      run_seamless({"report", liuyang_before, "--check", "no-such-check", "--html", dir / "r.html"})
          .exit_code == 2);
  auto unwritable = run_seamless({"report", liuyang_after, "--html", dir / "missing/dir/r.html"});
  CHECK(unwritable.exit_code == 2);
  CHECK_THAT(unwritable.err, Catch::Contains("cannot write"));
}

TEST_CASE("report: exit codes are check's", "[cli-report]") {
  TempDir dir("exit");
  for (const auto& [args, code] : std::vector<std::pair<std::vector<std::string>, int>>{
           {{liuyang_after}, 0},
           {{liuyang_before}, 1},
           {{liuyang_before, "--fail-on", "none"}, 0},
           {{"bpmn-samples/gateway-complex.bpmn"}, 3},
           {{"tests/inputs/malformed.bpmn"}, 2}}) {
    std::vector<std::string> report{"report", "--html", dir / "r.html", "--markdown", dir / "r.md"};
    report.insert(report.end(), args.begin(), args.end());
    std::vector<std::string> check{"check"};
    check.insert(check.end(), args.begin(), args.end());
    const auto r = run_seamless(report);
    INFO(r.out << r.err);
    CHECK(r.exit_code == code);
    CHECK(run_seamless(check).exit_code == code);
    CHECK(fs::file_size(dir / "r.html") > 0);
    CHECK(fs::file_size(dir / "r.md") > 0);
  }
  // Input problems are shown in the report, not only on standard error.
  run_seamless({"report", "--html", dir / "bad.html", "tests/inputs/malformed.bpmn"});
  CHECK_THAT(read_file(dir / "bad.html"), Catch::Contains("tests/inputs/malformed.bpmn"));
}

TEST_CASE("report: HTML is self-contained, complete and deterministic", "[cli-report]") {
  TempDir dir("html");
  const auto one = run_seamless({"report", "models", "--jobs", "1", "--html", dir / "a.html"});
  const auto two = run_seamless({"report", "models", "--jobs", "2", "--html", dir / "b.html"});
  REQUIRE(one.exit_code == 1);
  REQUIRE(two.exit_code == 1);
  const std::string html = read_file(dir / "a.html");
  CHECK(html == read_file(dir / "b.html"));
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK_THAT(html, Catch::Contains("<meta charset=\"utf-8\">"));
  // Nothing is fetched: no scripts, external style sheets, images or fonts.
  for (const char* forbidden : {"<script", "<link", "<img", "<iframe", "src=", "@import",
                                "url(http", "href=\"http", "@font-face"})
    CHECK_THAT(html, !Catch::Contains(forbidden));
  CHECK_THAT(html, Catch::Contains("@media print"));
  CHECK_THAT(html, Catch::Contains("Noto Sans CJK SC"));
  // One diagram per finding, each with its run marked.
  const auto json = run_seamless({"check", "models", "--format", "json"});
  const std::regex severity("\"severity\": \"(error|warning|note)\"");
  const auto findings = std::distance(
      std::sregex_iterator(json.out.begin(), json.out.end(), severity), std::sregex_iterator());
  const std::regex diagram("<svg class=\"diagram\"");
  CHECK(std::distance(std::sregex_iterator(html.begin(), html.end(), diagram),
                      std::sregex_iterator()) == findings);
  CHECK_THAT(html, Catch::Contains("class=\"activity seam\""));
  CHECK_THAT(html, Catch::Contains("class=\"sequence-flow path\""));
  CHECK_THAT(html,
             Catch::Contains("<td>浏阳市市场监督管理局 Liuyang Market Supervision Bureau</td>"));
  CHECK_THAT(html, Catch::Contains("<code>market-supervision</code>"));
  CHECK_THAT(one.out, Catch::Contains("models: 10"));
}

TEST_CASE("report: Markdown of the Liuyang case matches its golden file", "[cli-report]") {
  TempDir dir("md");
  const auto r = run_seamless({"report", liuyang_before, "--markdown", dir / "r.md"});
  REQUIRE(r.exit_code == 1);
  seamless::test::compare_golden(
      seamless::test::source_path("tests/golden/report/liuyang-before.md"),
      read_file(dir / "r.md"));
}

TEST_CASE("report: Markdown of the Liuyang case in Chinese matches its golden file",
          "[cli-report]") {
  TempDir dir("md-zh");
  const auto r =
      run_seamless({"report", liuyang_before, "--lang", "zh", "--markdown", dir / "r.md"});
  REQUIRE(r.exit_code == 1);
  seamless::test::compare_golden(
      seamless::test::source_path("tests/golden/zh/report-liuyang-before.md"),
      read_file(dir / "r.md"));
}

TEST_CASE("annotate: coloured copies of models with counterexamples only", "[cli-report]") {
  TempDir dir("annotate");
  const auto r =
      run_seamless({"check", "models/liuyang-restaurant-opening", "--annotate", dir / "out"});
  CHECK(r.exit_code == 1);
  const std::string copy = dir / ("out/" + liuyang_before);
  REQUIRE(fs::exists(copy));
  CHECK_FALSE(fs::exists(dir / ("out/" + liuyang_after)));  // passes: nothing to colour
  const std::string text = read_file(copy);
  CHECK_THAT(text, Catch::Contains("xmlns:bioc=\"http://bpmn.io/schema/bpmn/biocolor/1.0\""));
  CHECK_THAT(text, Catch::Contains("bioc:stroke=\"#d9480f\""));
  CHECK_THAT(text, Catch::Contains("color:background-color=\"#d6e6fa\""));
  // The copy is the model plus colours: the same findings.
  const auto original = run_seamless({"check", liuyang_before, "--format", "json"});
  const auto coloured = run_seamless({"check", copy, "--format", "json"});
  auto without_file = [](std::string s) {
    return std::regex_replace(s, std::regex("\"file\": \"[^\"]*\""), "");
  };
  CHECK(without_file(original.out) == without_file(coloured.out));
  // `report --annotate` writes the same copy.
  run_seamless({"report", liuyang_before, "--html", dir / "r.html", "--annotate", dir / "again"});
  CHECK(read_file(dir / ("again/" + liuyang_before)) == text);
}

TEST_CASE("annotate: never overwrites the model itself", "[cli-report]") {
  TempDir dir("overwrite");
  const std::string model = dir / "before.bpmn";
  fs::copy_file(seamless::test::source_path(liuyang_before), model);
  const std::string before = read_file(model);
  // An absolute path under "/" maps back onto itself.
  const auto r = run_seamless({"check", model, "--annotate", "/"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("would overwrite the model itself"));
  CHECK(read_file(model) == before);
}

TEST_CASE("report: findings recorded in a baseline are marked and do not fail", "[cli-report]") {
  TempDir dir("baseline");
  const std::string baseline = dir / "baseline.json";
  REQUIRE(run_seamless({"check", liuyang_before, "--write-baseline", baseline}).exit_code == 0);
  const auto r = run_seamless({"report", liuyang_before, "--baseline", baseline, "--html",
                               dir / "r.html", "--markdown", dir / "r.md"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(read_file(dir / "r.html"), Catch::Contains("sev-baselined\">in the baseline<"));
  CHECK_THAT(read_file(dir / "r.md"), Catch::Contains("(in the baseline)"));
  CHECK(run_seamless({"report", liuyang_before, "--baseline", dir / "missing.json", "--html",
                      dir / "r.html"})
            .exit_code == 2);
}

TEST_CASE("report: the configuration applies as for check", "[cli-report]") {
  TempDir dir("config");
  const std::string config = dir / "seamless.toml";
  seamless::test::write_file(config, "[checks]\none-visit = \"off\"\ndept-cycle = \"note\"\n");
  const auto r =
      run_seamless({"report", liuyang_before, "--config", config, "--markdown", dir / "r.md"});
  const auto c = run_seamless({"check", liuyang_before, "--config", config});
  CHECK(r.exit_code == c.exit_code);
  const std::string md = read_file(dir / "r.md");
  CHECK_THAT(md, !Catch::Contains("| one-visit |"));
  CHECK_THAT(md, Catch::Contains(": note, dept-cycle"));
  seamless::test::write_file(config, "[checks]\nno-such-check = \"off\"\n");
  CHECK(run_seamless({"report", liuyang_before, "--config", config, "--markdown", dir / "r.md"})
            .exit_code == 2);
}
