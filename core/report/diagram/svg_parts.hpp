// The parts of an SVG diagram: figures (svg_figures.cpp), their markers inside
// (svg_markers.cpp), connectors with their arrowheads (svg_connectors.cpp).
#pragma once

#include <sstream>
#include <string_view>

#include "seamless/report/diagram.hpp"
#include "svg_writer.hpp"

namespace seamless::report::svg {

// The figure's outline, its markers and, for activities, pools and lanes, its name inside.
void write_figure(std::ostringstream& out, const diagram::Figure& figure, Mark mark);
// The name of an event, gateway or data element, outside it.
void write_external_label(std::ostringstream& out, const diagram::Figure& figure);

// Event definition markers inside an event circle (centre, radius); throwing ones are filled.
void write_event_markers(std::ostringstream& out, const diagram::Figure& figure, double cx,
                         double cy, double r, const Style& style);
// The gateway's marker inside its diamond.
void write_gateway_marker(std::ostringstream& out, const diagram::Figure& figure,
                          const Style& style);
// Task type icon (top left) and loop or collapsed-subprocess markers (bottom centre).
void write_activity_markers(std::ostringstream& out, const diagram::Figure& figure,
                            const Style& style);

// <defs> with the arrowheads of every mark colour, ids prefixed.
void write_arrow_definitions(std::ostringstream& out, std::string_view prefix);
void write_connector(std::ostringstream& out, const diagram::Connector& connector, Mark mark,
                     std::string_view prefix);
void write_connector_label(std::ostringstream& out, const diagram::Connector& connector);

}  // namespace seamless::report::svg
