// Annotated BPMN copies (--annotate): the model's file with the highlighted elements coloured on
// their DI shapes and edges, in both colour vocabularies modelling tools read: bpmn.io's
// `bioc:stroke`/`bioc:fill` (http://bpmn.io/schema/bpmn/biocolor/1.0) and the OMG's
// `color:border-color`/`color:background-color`
// (http://www.omg.org/spec/BPMN/non-normative/color/1.0). The run is drawn in the path colour,
// the seam in the seam colour; the namespaces are declared once, on the root element. Every other
// byte of the file stays as it was (existing colour attributes of marked elements are replaced).
#pragma once

#include <string>
#include <string_view>

#include "seamless/i18n/text.hpp"
#include "seamless/report/highlight.hpp"

namespace seamless::report {

inline constexpr std::string_view bpmn_io_colour_namespace =
    "http://bpmn.io/schema/bpmn/biocolor/1.0";
inline constexpr std::string_view omg_colour_namespace =
    "http://www.omg.org/spec/BPMN/non-normative/color/1.0";

struct AnnotatedBpmn {
  std::string text;
  std::size_t coloured = 0;  // DI shapes and edges coloured
  i18n::Text error;          // the file could not be scanned; `text` is empty
};

// Colours `highlight.path` and `highlight.seam` (the seam wins) in the BPMN text `source`.
AnnotatedBpmn annotate_bpmn(std::string_view source, const Highlight& highlight);

}  // namespace seamless::report
