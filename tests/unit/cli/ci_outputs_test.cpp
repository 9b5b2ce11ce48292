// CI outputs end to end: baselines on the reform-case library (a new finding in an edited copy
// fails, the recorded ones do not), the same output for every --jobs and from run to run in
// every format, SARIF code-flow steps at their elements' own lines, and golden SARIF and JUnit.
#include <stdlib.h>
#include <tinyxml2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "golden/golden_compare.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using seamless::test::read_file;
using seamless::test::run_seamless;
using seamless::test::source_path;
using seamless::test::write_file;
using json = nlohmann::json;
namespace fs = std::filesystem;

using seamless::test::TempDir;

namespace {

std::vector<std::string> before_models() {
  std::vector<std::string> files;
  for (const fs::path& f : seamless::test::bpmn_files(source_path("models")))
    if (f.filename() == "before.bpmn")
      files.push_back(fs::relative(f, source_path("")).generic_string());
  return files;
}

// Every finding of a JSON run: (file, element, message, baselined).
struct Seen {
  std::string file, element, message;
  bool baselined = false;
};
std::vector<Seen> findings_of(const std::string& json_output) {
  std::vector<Seen> out;
  const json j = json::parse(json_output);
  for (const json& m : j["models"])
    for (const json& c : m["checks"])
      for (const json& f : c["findings"])
        out.push_back({m["file"], f["element"].is_string() ? f["element"].get<std::string>() : "",
                       f["message"], f.value("baselined", false)});
  return out;
}

}  // namespace

TEST_CASE("baseline: recorded findings of models/*/before.bpmn no longer fail", "[cli][baseline]") {
  TempDir dir;
  const std::string baseline = dir / "baseline.json";
  std::vector<std::string> args{"check"};
  const std::vector<std::string> models = before_models();
  REQUIRE(models.size() == 5);
  args.insert(args.end(), models.begin(), models.end());

  auto plain = args;
  plain.insert(plain.end(), {"--format", "json"});
  const auto without = run_seamless(plain);
  REQUIRE(without.exit_code == 1);
  const std::size_t count = findings_of(without.out).size();
  REQUIRE(count > 0);

  auto write = args;
  write.insert(write.end(), {"--write-baseline", baseline});
  const auto written = run_seamless(write);
  INFO(written.out << written.err);
  CHECK(written.exit_code == 0);
  CHECK_THAT(written.out, Catch::EndsWith(", " + std::to_string(count) + " baselined\n"));
  const std::string recorded = read_file(baseline);

  auto with = args;
  with.insert(with.end(), {"--baseline", baseline});
  const auto text = run_seamless(with);
  INFO(text.out << text.err);
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains("0 errors, 0 warnings, 0 inconclusive, " +
                                       std::to_string(count) + " baselined"));
  CHECK_THAT(text.out, !Catch::Contains(": error: "));

  with.insert(with.end(), {"--format", "json"});
  const auto j = run_seamless(with);
  CHECK(j.exit_code == 0);
  for (const Seen& f : findings_of(j.out)) CHECK(f.baselined);

  // Recording again gives the same file, byte for byte, and a baseline with nothing in it
  // does not change the exit code.
  const auto again = run_seamless(write);
  CHECK(again.exit_code == 0);
  CHECK(read_file(baseline) == recorded);
  write_file(baseline, "{\"version\": 1, \"findings\": []}\n");
  auto none = args;
  none.insert(none.end(), {"--baseline", baseline});
  const auto empty = run_seamless(none);
  CHECK(empty.exit_code == 1);
  CHECK_THAT(empty.out, Catch::Contains(", 0 baselined"));
}

TEST_CASE("baseline: only the finding added to an edited copy fails", "[cli][baseline]") {
  TempDir dir;
  const std::string model = dir / "restaurant.bpmn";
  const std::string baseline = dir / "seamless-baseline.json";
  std::string text = read_file(source_path("models/liuyang-restaurant-opening/before.bpmn"));
  write_file(model, text);
  const auto recorded = run_seamless({"check", model, "--write-baseline", baseline});
  INFO(recorded.out << recorded.err);
  REQUIRE(recorded.exit_code == 0);
  const std::size_t old_count =
      findings_of(run_seamless({"check", model, "--format", "json"}).out).size();

  // A task nobody reaches, inserted near the top: every later line moves by one.
  const std::string anchor = "    <bpmn:startEvent id=\"Start_applicant\"";
  const std::size_t at = text.find(anchor);
  REQUIRE(at != std::string::npos);
  text.insert(at, "    <bpmn:task id=\"Task_orphan\" name=\"孤立的审查 Orphan review\"/>\n");
  write_file(model, text);

  const auto j = run_seamless({"check", model, "--baseline", baseline, "--format", "json"});
  INFO(j.out << j.err);
  CHECK(j.exit_code == 1);
  std::size_t baselined = 0, fresh = 0;
  for (const Seen& f : findings_of(j.out)) {
    if (f.baselined) {
      ++baselined;
    } else {
      ++fresh;
      const bool about_orphan = f.element == "Task_orphan" ||
                                f.message.find("Task_orphan") != std::string::npos ||
                                f.message.find("孤立的审查") != std::string::npos;
      INFO(f.element << ": " << f.message);
      CHECK(about_orphan);
    }
  }
  CHECK(baselined == old_count);
  CHECK(fresh > 0);

  // The text shows only the new findings; SARIF marks them new and the others unchanged;
  // JUnit fails only on them.
  const auto t = run_seamless({"check", model, "--baseline", baseline});
  CHECK(t.exit_code == 1);
  CHECK_THAT(t.out, Catch::Contains(std::to_string(old_count) + " baselined"));
  std::size_t lines = 0;
  for (std::size_t p = t.out.find(": error: "); p != std::string::npos;
       p = t.out.find(": error: ", p + 1))
    ++lines;
  for (std::size_t p = t.out.find(": warning: "); p != std::string::npos;
       p = t.out.find(": warning: ", p + 1))
    ++lines;
  CHECK(lines == fresh);

  const auto s = run_seamless({"check", model, "--baseline", baseline, "--format", "sarif"});
  CHECK(s.exit_code == 1);
  std::map<std::string, std::size_t> states;
  const json log = json::parse(s.out);
  for (const json& r : log["runs"][0]["results"]) ++states[r["baselineState"].get<std::string>()];
  CHECK(states["new"] == fresh);
  CHECK(states["unchanged"] == old_count);
  CHECK(states.size() == 2);

  const auto x = run_seamless({"check", model, "--baseline", baseline, "--format", "junit"});
  CHECK(x.exit_code == 1);
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(x.out.c_str(), x.out.size()) == tinyxml2::XML_SUCCESS);
  CHECK(doc.RootElement()->IntAttribute("failures") > 0);
  for (auto* c = doc.RootElement()->FirstChildElement("testsuite")->FirstChildElement("testcase");
       c; c = c->NextSiblingElement("testcase"))
    if (const auto* failure = c->FirstChildElement("failure"))
      CHECK_THAT(failure->GetText(), Catch::Contains("Task_orphan") || Catch::Contains("孤立"));
}

TEST_CASE("baseline: problems with the baseline are exit 2 with the file and line",
          "[cli][baseline]") {
  TempDir dir;
  const std::string bad = dir / "bad.json";
  write_file(bad, "{\n  \"version\": 1,\n  \"findings\": [\n    {\"file\": 3}\n  ]\n}\n");
  const std::string model = "plugins/structure/fixtures/invalid/no-end-event.bpmn";
  for (const char* format : {"text", "json", "sarif", "junit"}) {
    auto r = run_seamless({"check", model, "--baseline", bad, "--format", format});
    INFO(format << ": " << r.out << r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(bad + ":4: error: malformed baseline: finding 1: "));
    CHECK(r.out.empty());
  }
  write_file(bad, "{\"version\": 1, \"findings\": [}");
  auto syntax = run_seamless({"check", model, "--baseline", bad});
  CHECK(syntax.exit_code == 2);
  CHECK_THAT(syntax.err, Catch::Contains(bad + ":1:"));
  CHECK_THAT(syntax.err, Catch::Contains("malformed baseline: syntax error"));
  auto missing = run_seamless({"check", model, "--baseline", dir / "none.json"});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("none.json: error: cannot read the baseline"));
  auto unwritable =
      run_seamless({"check", model, "--write-baseline", dir / "no/such/dir/base.json"});
  CHECK(unwritable.exit_code == 2);
  CHECK_THAT(unwritable.err, Catch::Contains("cannot write the baseline"));
  CHECK_THAT(unwritable.out, Catch::Contains("has no end event"));
  CHECK_THAT(unwritable.out, !Catch::Contains("baselined"));
}

TEST_CASE("baseline: input errors and inconclusive checks are never baselined", "[cli][baseline]") {
  TempDir dir;
  const std::string baseline = dir / "base.json";
  // A run with an input error does not record a baseline (it would forget the broken model's
  // findings) and stays exit 2.
  auto broken = run_seamless({"check", "tests/inputs/malformed.bpmn",
                              "plugins/structure/fixtures/invalid/no-end-event.bpmn",
                              "--write-baseline", baseline});
  CHECK(broken.exit_code == 2);
  CHECK_THAT(broken.err, Catch::Contains("was not written: the input has errors"));
  CHECK_THAT(broken.out, Catch::Contains("malformed XML"));  // the output is still written
  CHECK_THAT(broken.out, Catch::Contains("has no end event"));
  CHECK_FALSE(fs::exists(baseline));
  // An inconclusive check stays exit 3 with a baseline.
  auto recorded =
      run_seamless({"check", "bpmn-samples/gateway-complex.bpmn", "--write-baseline", baseline});
  CHECK(recorded.exit_code == 3);
  auto rerun = run_seamless({"check", "bpmn-samples/gateway-complex.bpmn", "--baseline", baseline});
  CHECK(rerun.exit_code == 3);
}

TEST_CASE("every format gives the same output for every --jobs and from run to run",
          "[cli][jobs]") {
  for (const char* tree : {"models", "bpmn-samples"}) {
    for (const char* format : {"text", "json", "sarif", "junit"}) {
      INFO(tree << " as " << format);
      const auto first = run_seamless({"check", tree, "--format", format, "--jobs", "1"});
      REQUIRE(first.exit_code == 1);
      REQUIRE(first.out.size() > 1000);
      for (const char* jobs : {"2", "8", "8"}) {
        INFO("--jobs " << jobs);
        const auto other = run_seamless({"check", tree, "--format", format, "--jobs", jobs});
        CHECK(other.exit_code == first.exit_code);
        CHECK(other.out == first.out);
      }
    }
  }
}

TEST_CASE("sarif: each code-flow step is located at its element's line", "[cli][sarif]") {
  for (const std::string& file : before_models()) {
    INFO(file);
    std::map<std::string, std::pair<int, int>> where;  // element -> line, column
    const json model =
        json::parse(run_seamless({"inspect", file, "--format", "json"}).out)["model"];
    for (const json& p : model["processes"])
      for (const json& n : p["nodes"]) where[n["id"]] = {n["line"], n["column"]};
    const auto s = run_seamless({"check", file, "--format", "sarif"});
    std::size_t steps = 0;
    const json log = json::parse(s.out);
    for (const json& r : log["runs"][0]["results"]) {
      if (!r.contains("codeFlows")) continue;
      for (const json& step : r["codeFlows"][0]["threadFlows"][0]["locations"]) {
        const std::string element = step["location"]["logicalLocations"][0]["name"];
        REQUIRE(where.count(element));
        const json& region = step["location"]["physicalLocation"]["region"];
        CHECK(region["startLine"] == where[element].first);
        CHECK(region["startColumn"] == where[element].second);
        CHECK(step["location"]["physicalLocation"]["artifactLocation"]["uri"] == file);
        ++steps;
      }
    }
    CHECK(steps > 0);
  }
}

TEST_CASE("sarif and junit of a failing sample match their golden files", "[cli][golden]") {
  const std::string sample = "bpmn-samples/soundness/deadlock-xor-and.bpmn";
  const auto sarif = run_seamless({"check", sample, "--format", "sarif"});
  CHECK(sarif.exit_code == 1);
  // The tool's version changes with every release: the golden file says VERSION.
  const std::regex version(R"(("name": "seamless",\n *"version": ")[^"]*")");
  seamless::test::compare_golden(source_path("tests/golden/ci-outputs/deadlock-xor-and.sarif"),
                                 std::regex_replace(sarif.out, version, "$1VERSION\""));
  const auto junit = run_seamless({"check", sample, "--format", "junit"});
  CHECK(junit.exit_code == 1);
  seamless::test::compare_golden(source_path("tests/golden/ci-outputs/deadlock-xor-and.junit.xml"),
                                 junit.out);
}
