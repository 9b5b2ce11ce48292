// The bytes of a BPMN file as UTF-8 text: encoding taken from the XML prolog (UTF-8,
// ISO-8859-1 and windows-1252 are transcoded), invalid UTF-8 replaced by U+FFFD with a warning,
// and a line index for turning element positions into columns.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/diag/diagnostics.hpp"

namespace seamless::bpmn {

class SourceText {
 public:
  // Decodes `bytes`; problems go to `diagnostics` under `file`. Returns false (with an error
  // diagnostic) for encodings it cannot read.
  bool decode(std::string_view bytes, const std::string& file, diag::Diagnostics& diagnostics);

  const std::string& text() const { return text_; }
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }
  // The text of 1-based line `line` without its line break; empty if out of range.
  std::string_view line(std::uint32_t line) const;

 private:
  void index_lines();
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// Number of characters (UTF-8 code points) in `text`.
std::uint32_t count_characters(std::string_view text);

}  // namespace seamless::bpmn
