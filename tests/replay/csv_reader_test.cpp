// The strict RFC 4180 reader of `seamless replay` (core/cli/csv_reader.hpp).
#include <catch2/catch.hpp>

#include "csv_reader.hpp"

using seamless::cli::CsvReader;

namespace {
struct Record {
  std::vector<std::string> fields;
  std::uint64_t line;
  std::string error;
};
std::vector<Record> read_all(std::string_view text) {
  CsvReader reader(text);
  std::vector<std::string_view> fields;
  std::uint64_t line = 0;
  std::string error;
  std::vector<Record> out;
  while (reader.next(fields, line, error))
    out.push_back({std::vector<std::string>(fields.begin(), fields.end()), line, error});
  return out;
}
}  // namespace

TEST_CASE("csv: quoted fields, CRLF, blank lines and line numbers", "[replay][csv]") {
  const auto r = read_all("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n\n\"two\nlines\",3\nlast,\n");
  REQUIRE(r.size() == 4);
  CHECK(r[0].fields == std::vector<std::string>{"a", "b"});
  CHECK(r[1].fields == std::vector<std::string>{"x,1", "say \"hi\""});
  CHECK(r[1].line == 2);
  CHECK(r[2].fields == std::vector<std::string>{"two\nlines", "3"});
  CHECK(r[2].line == 4);
  CHECK(r[3].fields == std::vector<std::string>{"last", ""});
  CHECK(r[3].line == 6);
}

TEST_CASE("csv: malformed records name their line and reading goes on", "[replay][csv]") {
  const auto r = read_all("a,b\nx\"y,1\n\"q\"z,2\nok,3\n\"open,4\n");
  REQUIRE(r.size() == 5);
  CHECK(r[1].error == "a quote inside an unquoted field");
  CHECK(r[1].line == 2);
  CHECK(r[2].error == "text after a closing quote");
  CHECK(r[2].line == 3);
  CHECK(r[3].error.empty());
  CHECK(r[3].fields == std::vector<std::string>{"ok", "3"});
  CHECK(r[4].error == "a quoted field is never closed");
  CHECK(r[4].line == 5);
}
