// A diagram as inline SVG: BPMN notation (pools and lanes with their names, rounded activities,
// events as circles with their markers, gateways as diamonds with theirs, data objects and
// stores, sequence flows with arrowheads, dashed message flows), the highlighted run drawn in
// the path colour with its step numbers, and the seam in a colour of its own. Scales to the
// width it is given (viewBox).
#pragma once

#include <string>
#include <string_view>

#include "seamless/report/diagram.hpp"
#include "seamless/report/highlight.hpp"

namespace seamless::report {

// The colours of the marks, shared by the SVG, the legend and the annotated BPMN copies.
struct MarkColours {
  std::string_view stroke, fill;
};
inline constexpr MarkColours path_colours{"#1565c0", "#d6e6fa"};
inline constexpr MarkColours seam_colours{"#d9480f", "#ffe0cc"};
inline constexpr MarkColours subject_colours{"#a61e4d", "#fbe1ea"};

// `id_prefix` makes the ids inside (arrowhead markers) unique in a page with several diagrams;
// `title` is the diagram's accessible name.
std::string svg_diagram(const diagram::Diagram& diagram, const Highlight& highlight,
                        std::string_view id_prefix, std::string_view title);

}  // namespace seamless::report
