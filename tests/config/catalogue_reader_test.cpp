// The catalogue of matters read from CSV (core/cli/catalogue_reader.hpp): good files in the forms
// spreadsheets write them, and every kind of bad row reported with its line.
#include <catch2/catch.hpp>

#include "catalogue_reader.hpp"

using namespace seamless;

namespace {

std::string errors_of(const std::string& text) {
  diag::Diagnostics diagnostics;
  const auto catalogue = cli::read_catalogue(text, "cat.csv", diagnostics);
  CHECK_FALSE(catalogue.has_value());
  std::string out;
  for (const auto& d : diagnostics.all()) out += diag::format(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("catalogue: matters and departments, sorted by matter", "[config]") {
  diag::Diagnostics diagnostics;
  const auto catalogue = cli::read_catalogue(
      "\xEF\xBB\xBF"
      "name, department ,matter\r\n"
      "\"食品经营许可, Food\",market-supervision,XK-SC-0101\r\n"
      "\r\n"
      "\"Fire check\", fire-brigade ,\tXK-XF-0203 \r\n",
      "cat.csv", diagnostics);
  REQUIRE(catalogue.has_value());
  CHECK(diagnostics.empty());
  CHECK(catalogue->file == "cat.csv");
  REQUIRE(catalogue->entries.size() == 2);
  CHECK(catalogue->entries[0].matter == "XK-SC-0101");
  CHECK(catalogue->entries[0].department == "market-supervision");
  CHECK(catalogue->entries[0].line == 2);
  CHECK(catalogue->entries[1].matter == "XK-XF-0203");
  CHECK(catalogue->entries[1].department == "fire-brigade");
  CHECK(catalogue->entries[1].line == 4);
  REQUIRE(catalogue->find("XK-XF-0203") != nullptr);
  CHECK(catalogue->find("XK-XF-0203")->department == "fire-brigade");
  CHECK(catalogue->find("XK-XF-020") == nullptr);
  CHECK(catalogue->find("") == nullptr);
}

TEST_CASE("catalogue: a header alone is an empty catalogue", "[config]") {
  diag::Diagnostics diagnostics;
  const auto catalogue = cli::read_catalogue("matter,department\n", "cat.csv", diagnostics);
  REQUIRE(catalogue.has_value());
  CHECK(catalogue->entries.empty());
}

TEST_CASE("catalogue: bad files and rows are errors with file and line", "[config]") {
  CHECK(errors_of("") ==
        "cat.csv:1: error: the catalogue is empty: it needs a header row naming the columns "
        "'matter' and 'department'\n");
  CHECK(errors_of("matter,dept\nA,b\n") ==
        "cat.csv:1: error: the header row must name the columns 'matter' and 'department' "
        "(found 'matter', 'dept')\n");
  CHECK(errors_of("matter,department,matter\n") ==
        "cat.csv:1: error: the header names the column 'matter' twice\n");
  CHECK(errors_of("\"matter,department\n") ==
        "cat.csv:1: error: malformed header row: a quoted field is never closed\n");
  // Every bad row is reported, not only the first.
  CHECK(errors_of("matter,department\n"
                  "A,x\n"
                  "B\n"
                  "C,y,z\n"
                  " ,y\n"
                  "D,  \n"
                  "A,z\n"
                  "E,a\"b\n"
                  "F,\xff\n") ==
        "cat.csv:3: error: 1 field, but the header has 2\n"
        "cat.csv:4: error: 3 fields, but the header has 2\n"
        "cat.csv:5: error: the matter is empty\n"
        "cat.csv:6: error: the department of the matter 'D' is empty\n"
        "cat.csv:7: error: the matter 'A' is listed twice (first on line 2)\n"
        "cat.csv:8: error: malformed record: a quote inside an unquoted field\n"
        "cat.csv:9: error: the matter or department is not UTF-8 text\n");
}
