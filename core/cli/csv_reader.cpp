// The strict RFC 4180 reader (csv_reader.hpp).
#include "csv_reader.hpp"

namespace seamless::cli {

CsvReader::CsvReader(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a UTF-8 byte order mark
}

bool CsvReader::skip_to_next_line() {
  while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
  if (pos_ < text_.size()) {
    ++pos_;
    ++line_;
  }
  return true;
}

bool CsvReader::next(std::vector<std::string_view>& fields, std::uint64_t& line,
                     std::string& error) {
  i18n::Text text;
  const bool more = next(fields, line, text);
  error = std::move(text.en);
  return more;
}

bool CsvReader::next(std::vector<std::string_view>& fields, std::uint64_t& line,
                     i18n::Text& error) {
  fields.clear();
  error = {};
  // Blank lines are not records.
  while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
    if (text_[pos_] == '\r' && (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '\n')) break;
    if (text_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= text_.size()) return false;
  line = line_;
  scratch_.clear();
  spans_.clear();
  const std::size_t n = text_.size();
  while (true) {
    if (pos_ < n && text_[pos_] == '"') {  // a quoted field
      ++pos_;
      const std::size_t start = scratch_.size();
      while (true) {
        if (pos_ >= n) {
          error = {"a quoted field is never closed", "带引号的字段没有结束引号"};
          return true;
        }
        const char c = text_[pos_++];
        if (c == '"') {
          if (pos_ < n && text_[pos_] == '"') {
            scratch_ += '"';
            ++pos_;
            continue;
          }
          break;
        }
        if (c == '\n') ++line_;
        scratch_ += c;
      }
      spans_.push_back({true, start, scratch_.size() - start});
      if (pos_ < n && text_[pos_] != ',' && text_[pos_] != '\n' &&
          !(text_[pos_] == '\r' && pos_ + 1 < n && text_[pos_ + 1] == '\n')) {
        error = {"text after a closing quote", "结束引号后还有文字"};
        skip_to_next_line();
        return true;
      }
    } else {  // an unquoted field
      const std::size_t start = pos_;
      while (pos_ < n && text_[pos_] != ',' && text_[pos_] != '\n') {
        if (text_[pos_] == '"') {
          error = {"a quote inside an unquoted field", "不带引号的字段中出现了引号"};
          skip_to_next_line();
          return true;
        }
        if (text_[pos_] == '\r' && pos_ + 1 < n && text_[pos_ + 1] == '\n') break;
        ++pos_;
      }
      spans_.push_back({false, start, pos_ - start});
    }
    if (pos_ < n && text_[pos_] == ',') {
      ++pos_;
      continue;
    }
    if (pos_ < n && text_[pos_] == '\r') ++pos_;
    if (pos_ < n && text_[pos_] == '\n') {
      ++pos_;
      ++line_;
    }
    break;
  }
  for (const Span& s : spans_)
    fields.push_back(s.scratch ? std::string_view(scratch_).substr(s.offset, s.length)
                               : text_.substr(s.offset, s.length));
  return true;
}

}  // namespace seamless::cli
