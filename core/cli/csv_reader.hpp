// A strict RFC 4180 reader over text in memory, for `seamless replay --cases`: fields separated
// by commas, records by LF or CRLF, fields optionally in double quotes (a quote inside written
// twice; commas and line breaks allowed inside). Blank lines are not records. A malformed record
// (a quote inside an unquoted field, text after a closing quote, a quote never closed) is
// reported with the line it starts on, and reading resumes on the next line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/i18n/text.hpp"

namespace seamless::cli {

class CsvReader {
 public:
  explicit CsvReader(std::string_view text);

  // The next record: true with `fields` (views valid until the next call) and `line` (where the
  // record starts), or with `error` set for a malformed record; false at the end of the text.
  bool next(std::vector<std::string_view>& fields, std::uint64_t& line, std::string& error);
  // The same with the message in English and Chinese (empty when the record is well formed).
  bool next(std::vector<std::string_view>& fields, std::uint64_t& line, i18n::Text& error);

 private:
  struct Span {
    bool scratch;
    std::size_t offset, length;
  };
  bool skip_to_next_line();
  std::string_view text_;
  std::size_t pos_ = 0;
  std::uint64_t line_ = 1;
  std::string scratch_;  // unescaped quoted fields of the current record
  std::vector<Span> spans_;
};

}  // namespace seamless::cli
