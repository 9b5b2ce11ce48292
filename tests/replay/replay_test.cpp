// `seamless replay` end to end: bad rows reported with their line numbers and counted, every
// case's visit count and completion against what the sample model implies, the interpreter and
// the JIT giving identical output, and the differential test: replaying the case data of
// one-visit's counterexample gives the visit count one-visit reports.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

const std::string guarded = "bpmn-samples/one-visit/guarded-cases.bpmn";

std::string temp_csv(const std::string& name, const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / "seamless-replay-tests";
  fs::create_directories(dir);
  const std::string path = (dir / name).string();
  test::write_file(path, text);
  return path;
}

std::vector<std::string> backends() {
#ifdef SEAMLESS_HAVE_JIT
  return {"interp", "jit"};
#else
  return {"interp"};
#endif
}

}  // namespace

TEST_CASE("replay: bad rows are reported with their line, skipped and counted", "[replay]") {
  const std::string csv = temp_csv("bad.csv",
                                   "area,category,pickup\n"
                                   "100,food,true\n"
                                   "abc,shop,true\n"
                                   "50,shop\n"
                                   "-5,food,true\n"
                                   "20,bakery,true\n"
                                   "7,shop,\n"
                                   "9,\"sh\"op,true\n"
                                   "1000,shop,true\n");
  for (const std::string& backend : backends()) {
    const auto r = test::run_seamless({"replay", guarded, "--cases", csv, "--backend", backend});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(csv + ":3: area: 'abc' is not an integer") != std::string::npos);
    CHECK(r.err.find(csv + ":4: wrong number of fields: 2, expected 3") != std::string::npos);
    CHECK(r.err.find(csv + ":5: area: '-5' is outside the declared domain") != std::string::npos);
    CHECK(r.err.find(csv + ":6: category: 'bakery' is outside the declared domain") !=
          std::string::npos);
    CHECK(r.err.find(csv + ":7: no value for 'pickup'") != std::string::npos);
    CHECK(r.err.find(csv + ":8: text after a closing quote") != std::string::npos);
    CHECK(r.out.find("replayed 2 of 8 cases") != std::string::npos);
    CHECK(r.out.find("(6 bad rows skipped)") != std::string::npos);
    CHECK(r.out.find("line 2: 2 visits") != std::string::npos);
    CHECK(r.out.find("line 9: 3 visits") != std::string::npos);
    const auto j = test::run_seamless(
        {"replay", guarded, "--cases", csv, "--backend", backend, "--format", "json"});
    const auto json = nlohmann::json::parse(j.out);
    CHECK(json["totals"]["cases"] == 8);
    CHECK(json["totals"]["replayed"] == 2);
    CHECK(json["totals"]["bad_rows"] == 6);
    CHECK(json["bad_rows"][0]["line"] == 3);
  }
}

TEST_CASE("replay: a missing column or an unreadable file is a usage error", "[replay]") {
  const std::string csv = temp_csv("missing.csv", "area,pickup\n1,true\n");
  const auto r = test::run_seamless({"replay", guarded, "--cases", csv, "--backend", "interp"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(csv + ":1: no column for the variable 'category'") != std::string::npos);
  const auto none = test::run_seamless(
      {"replay", guarded, "--cases", "/nonexistent/cases.csv", "--backend", "interp"});
  CHECK(none.exit_code == 2);
}

TEST_CASE("replay: every case's visits and completion follow the model", "[replay]") {
  // guarded-cases: 1 visit at the window, +1 on site when area > 500, +1 at the window to
  // collect when pickup (only reached for category food or shop: "other" has no branch).
  std::ostringstream csv;
  csv << "area,category,pickup\n";
  struct Row {
    int area;
    std::string category;
    bool pickup;
  };
  std::vector<Row> rows;
  for (int area : {0, 500, 501, 100000})
    for (const char* category : {"food", "shop", "other"})
      for (bool pickup : {false, true}) {
        rows.push_back({area, category, pickup});
        csv << area << ',' << category << ',' << (pickup ? "true" : "false") << '\n';
      }
  const std::string file = temp_csv("all.csv", csv.str());
  std::string previous;
  for (const std::string& backend : backends()) {
    const auto r = test::run_seamless(
        {"replay", guarded, "--cases", file, "--backend", backend, "--format", "json"});
    INFO(r.err);
    CHECK(r.exit_code == 1);  // some cases need more than one visit
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["cases"].size() == rows.size());
    std::uint64_t within = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const Row& row = rows[i];
      const auto& c = j["cases"][i];
      INFO("line " << c["line"]);
      CHECK(c["line"] == i + 2);
      const bool completes = row.category != "other";
      const int visits = 1 + (row.area > 500) + (row.pickup && completes);
      CHECK(c["visits"] == visits);
      CHECK(c["completes"] == completes);
      within += visits <= 1;
    }
    CHECK(j["totals"]["within"] == within);
    CHECK(j["totals"]["replayed"] == rows.size());
    if (!previous.empty()) CHECK(previous == r.out);  // interp and jit: identical output
    previous = r.out;
  }
}

TEST_CASE("replay: the interpreter and the JIT print identical text", "[replay]") {
  std::ostringstream csv;
  csv << "category,pickup,area\n";  // columns in any order
  for (int i = 0; i < 3000; ++i)
    csv << (i % 3 == 0   ? "food"
            : i % 3 == 1 ? "shop"
                         : "other")
        << ',' << ((i / 3) % 2 ? "true" : "false") << ',' << (i * 37) % 1200 << '\n';
  const std::string file = temp_csv("many.csv", csv.str());
  std::vector<std::string> outputs;
  for (const std::string& backend : backends())
    outputs.push_back(
        test::run_seamless({"replay", guarded, "--cases", file, "--backend", backend}).out);
  REQUIRE(!outputs[0].empty());
  for (const std::string& o : outputs) CHECK(o == outputs[0]);
  CHECK(outputs[0].find("replayed 3000 of 3000 cases") != std::string::npos);
}

TEST_CASE("replay: one-visit's counterexample case replays with the same visit count",
          "[replay][differential]") {
  for (const std::string& file :
       {guarded, std::string("models/liuyang-restaurant-opening/before.bpmn"),
        std::string("models/j-county-business-start/before.bpmn"),
        std::string("models/yangtze-delta-trans-provincial/before.bpmn"),
        std::string("models/construction-project-joint-approval/before.bpmn")}) {
    INFO(file);
    const auto check =
        test::run_seamless({"check", "--check", "one-visit", "--format", "json", file});
    const auto finding = nlohmann::json::parse(check.out)["models"][0]["checks"][0]["findings"][0];
    const auto& cx = finding["counterexample"];
    std::string header, row;
    for (const auto& [name, value] : cx["case"].items()) {
      header += (header.empty() ? "" : ",") + name;
      row +=
          (row.empty() ? "" : ",") + (value.is_string() ? value.get<std::string>() : value.dump());
    }
    REQUIRE(!header.empty());
    const std::string csv = temp_csv("cx.csv", header + "\n" + row + "\n");
    for (const std::string& backend : backends()) {
      const auto r = test::run_seamless(
          {"replay", file, "--cases", csv, "--backend", backend, "--format", "json"});
      INFO(r.err);
      const auto j = nlohmann::json::parse(r.out);
      REQUIRE(j["cases"].size() == 1);
      CHECK(j["cases"][0]["visits"] == cx["visits"]);
      CHECK(j["cases"][0]["within"] == false);
      CHECK(r.exit_code == 1);
    }
  }
}
