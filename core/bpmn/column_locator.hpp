// Columns for tinyxml2 elements, which only know their line: the start tag `<name` is searched
// on that line, moving a cursor forward as elements are visited in document order.
#pragma once

#include <tinyxml2.h>

#include <cstdint>

#include "seamless/bpmn/source_text.hpp"
#include "seamless/model/model.hpp"

namespace seamless::bpmn {

class ColumnLocator {
 public:
  explicit ColumnLocator(const SourceText& text) : text_(text) {}
  model::Location locate(const tinyxml2::XMLElement& element);

 private:
  const SourceText& text_;
  std::uint32_t cursor_line_ = 0;
  std::size_t cursor_offset_ = 0;
};

}  // namespace seamless::bpmn
