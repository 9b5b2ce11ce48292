// The conformance suite bpmn-samples/semantics: one small model per rule of the token game.
// expected.txt gives, per file, the status of the four soundness checks and the number of
// reachable states of full exploration (no reduction); every .bpmn file of the folder must have
// a line and every line a file.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

const char* const folder = "bpmn-samples/semantics";
const char* const four_checks = "safeness,option-to-complete,proper-completion,dead-activity";

struct Expected {
  std::vector<std::string>
      statuses;  // safeness, option-to-complete, proper-completion, dead-activity
  std::uint64_t states = 0;
  std::string section;  // the BPMN 2.0.2 paragraph
  int line = 0;
};

std::map<std::string, Expected> read_expected() {
  std::ifstream in(test::source_path(std::string(folder) + "/expected.txt"));
  REQUIRE(in.good());
  std::map<std::string, Expected> table;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
    INFO("expected.txt line " << number << ": " << line);
    std::istringstream fields(line);
    std::string file;
    Expected e;
    e.line = number;
    fields >> file;
    for (int i = 0; i < 4; ++i) {
      std::string status;
      fields >> status;
      CHECK((status == "pass" || status == "fail" || status == "inconclusive"));
      e.statuses.push_back(status);
    }
    fields >> e.states;
    REQUIRE(fields);
    std::string rest;
    std::getline(fields, rest);
    const auto open = rest.find('"'), close = rest.rfind('"');
    REQUIRE(open != std::string::npos);
    REQUIRE(close > open);
    e.section = rest.substr(open + 1, close - open - 1);
    CHECK(!e.section.empty());
    CHECK(table.count(file) == 0);  // one line per file
    table[file] = e;
  }
  return table;
}

std::set<std::string> sample_files() {
  std::set<std::string> files;
  for (const auto& entry : fs::directory_iterator(test::source_path(folder)))
    if (entry.path().extension() == ".bpmn") files.insert(entry.path().filename().string());
  return files;
}

std::uint64_t explored_states(const std::string& relative) {
  const auto run =
      test::run_seamless({"check", relative, "--check", "safeness", "--no-reduction", "--stats"});
  INFO(run.out << run.err);
  std::smatch match;
  static const std::regex states_field(R"(\bstates=([0-9]+))");
  REQUIRE(std::regex_search(run.err, match, states_field));
  return std::stoull(match[1].str());
}

}  // namespace

TEST_CASE("semantics samples: every model has a line in expected.txt and every line a model",
          "[semantics-samples]") {
  const auto table = read_expected();
  const auto files = sample_files();
  CHECK(!files.empty());
  for (const auto& file : files) {
    INFO(file << " has no line in expected.txt");
    CHECK(table.count(file) == 1);
  }
  for (const auto& [file, e] : table) {
    INFO("expected.txt line " << e.line << " names " << file << ", which does not exist");
    CHECK(files.count(file) == 1);
  }
}

TEST_CASE("semantics samples: verdicts and state counts", "[semantics-samples]") {
  for (const auto& [file, e] : read_expected()) {
    const std::string relative = std::string(folder) + "/" + file;
    if (!fs::exists(test::source_path(relative))) continue;  // reported by the test above
    INFO(relative << " (BPMN 2.0.2 " << e.section << ")");
    const auto run =
        test::run_seamless({"check", "--format", "json", "--check", four_checks, relative});
    INFO(run.out << run.err);
    const auto j = nlohmann::json::parse(run.out);
    REQUIRE(j["models"].size() == 1);
    const auto& checks = j["models"][0]["checks"];
    REQUIRE(checks.size() == 4);
    const char* const names[4] = {"safeness", "option-to-complete", "proper-completion",
                                  "dead-activity"};
    for (int i = 0; i < 4; ++i) {
      INFO("check " << names[i]);
      CHECK(checks[i]["name"] == names[i]);
      CHECK(checks[i]["status"].get<std::string>() == e.statuses[i]);
    }
    CHECK(explored_states(relative) == e.states);
  }
}

TEST_CASE("semantics samples: too few instances end in inconclusive, naming the process",
          "[semantics-samples]") {
  const std::string relative = std::string(folder) + "/message-start-overlapping.bpmn";
  const auto run = test::run_seamless(
      {"check", "--format", "json", "--check", four_checks, "--max-instances", "1", relative});
  INFO(run.out << run.err);
  const auto j = nlohmann::json::parse(run.out);
  const auto& checks = j["models"][0]["checks"];
  std::size_t inconclusive = 0;
  for (const auto& c : checks) {
    CHECK(c["status"] != "fail");  // the runs found are real, none is a violation
    if (c["status"] == "inconclusive") {
      ++inconclusive;
      CHECK_THAT(c["reason"].get<std::string>(),
                 Catch::Contains("more than 1 instance of process 'Handler' (Process_handler)") &&
                     Catch::Contains("--max-instances"));
    }
  }
  CHECK(inconclusive >= 2);  // option-to-complete and proper-completion at least
  CHECK(run.exit_code == 3);
  // With the default bound the same model passes (expected.txt).
}
