// Connectors of the SVG diagram (svg_parts.hpp): sequence flows (solid, filled arrowhead, a
// slash for default flows and a diamond for conditional flows leaving activities), message flows
// (dashed, from a small circle to an open arrowhead) and data associations (dotted, open arrow).
#include <array>
#include <cmath>

#include "seamless/report/markup.hpp"
#include "svg_parts.hpp"

namespace seamless::report::svg {
namespace {

using diagram::Connector;
using diagram::ConnectorKind;

struct Colour {
  std::string_view key;
  std::string_view stroke;
};
constexpr std::array<Colour, 4> colours{{{"ink", ink},
                                         {"path", path_colours.stroke},
                                         {"seam", seam_colours.stroke},
                                         {"subject", subject_colours.stroke}}};

std::string_view colour_key(Mark mark) {
  switch (mark) {
    case Mark::path:
      return "path";
    case Mark::seam:
      return "seam";
    case Mark::subject:
      return "subject";
    case Mark::none:
      break;
  }
  return "ink";
}

void marker(std::ostringstream& out, std::string_view prefix, std::string_view name,
            const Colour& c, double ref_x, std::string_view shape) {
  out << "<marker id=\"" << prefix << '-' << name << '-' << c.key
      << "\" viewBox=\"0 0 12 12\" refX=\"" << num(ref_x)
      << "\" refY=\"6\" markerWidth=\"12\" markerHeight=\"12\" markerUnits=\"userSpaceOnUse\" "
         "orient=\"auto\">"
      << shape << "</marker>";
}

}  // namespace

void write_arrow_definitions(std::ostringstream& out, std::string_view prefix) {
  out << "<defs>";
  for (const Colour& c : colours) {
    const std::string s(c.stroke);
    marker(out, prefix, "arrow", c, 11,
           "<path d=\"M1 1.5L11 6L1 10.5Z\" fill=\"" + s + "\" stroke=\"" + s +
               "\" stroke-width=\"1\" stroke-linejoin=\"round\"/>");
    marker(out, prefix, "open", c, 11,
           "<path d=\"M1 1.5L11 6L1 10.5Z\" fill=\"#ffffff\" stroke=\"" + s +
               "\" stroke-width=\"1\"/>");
    marker(out, prefix, "circle", c, 6,
           "<circle cx=\"6\" cy=\"6\" r=\"3.5\" fill=\"#ffffff\" stroke=\"" + s +
               "\" stroke-width=\"1\"/>");
    marker(
        out, prefix, "assoc", c, 11,
        "<path d=\"M1 1.5L11 6L1 10.5\" fill=\"none\" stroke=\"" + s + "\" stroke-width=\"1\"/>");
    marker(out, prefix, "cond", c, 0,
           "<path d=\"M0 6L6 2L12 6L6 10Z\" fill=\"#ffffff\" stroke=\"" + s +
               "\" stroke-width=\"1\"/>");
  }
  out << "</defs>";
}

void write_connector(std::ostringstream& out, const Connector& c, Mark mark,
                     std::string_view prefix) {
  if (c.points.size() < 2) return;
  const Style s = style_of(mark, c.kind == ConnectorKind::sequence_flow ? 1.5 : 1.2);
  const std::string key(colour_key(mark));
  const std::string url = "url(#" + std::string(prefix) + '-';
  std::string_view kind = "sequence-flow", dash = "", start = "", end = "arrow";
  if (c.kind == ConnectorKind::message_flow) {
    kind = "message-flow";
    dash = "8 5";
    start = "circle";
    end = "open";
  } else if (c.kind == ConnectorKind::data_association) {
    kind = "data-association";
    dash = "2 3";
    end = "assoc";
  } else if (c.conditional && !c.is_default) {
    start = "cond";
  }
  out << "<g class=\"" << kind << (s.css_class.empty() ? "" : " ") << s.css_class
      << "\" data-element=\"" << escape_xml(c.id) << "\"><title>"
      << escape_xml(c.name.empty() ? c.id : c.name + " (" + c.id + ")") << "</title>";
  out << "<polyline points=\"";
  for (std::size_t i = 0; i < c.points.size(); ++i)
    out << (i ? " " : "") << num(c.points[i].x) << ',' << num(c.points[i].y);
  out << "\" fill=\"none\" stroke=\"" << s.stroke << "\" stroke-width=\"" << num(s.width)
      << "\" stroke-linejoin=\"round\"";
  if (!dash.empty()) out << " stroke-dasharray=\"" << dash << '"';
  if (!start.empty()) out << " marker-start=\"" << url << start << '-' << key << ")\"";
  out << " marker-end=\"" << url << end << '-' << key << ")\"/>";
  if (c.kind == ConnectorKind::sequence_flow && c.is_default) {
    // A slash across the first segment, 10 units from the source.
    const model::Point a = c.points[0], b = c.points[1];
    const double len = std::hypot(b.x - a.x, b.y - a.y);
    if (len > 12) {
      const double ux = (b.x - a.x) / len, uy = (b.y - a.y) / len;
      const double mx = a.x + ux * 10, my = a.y + uy * 10;
      // Perpendicular, tilted 45 degrees.
      const double dx = (-uy + ux) * 4.5, dy = (ux + uy) * 4.5;
      out << "<path d=\"M" << num(mx - dx) << ' ' << num(my - dy) << "L" << num(mx + dx) << ' '
          << num(my + dy) << "\" stroke=\"" << s.stroke << "\" stroke-width=\"1.5\"/>";
    }
  }
  out << "</g>";
}

void write_connector_label(std::ostringstream& out, const Connector& c) {
  if (c.name.empty() || c.points.size() < 2) return;
  double cx, top, width = 100;
  if (c.label && c.label->width > 0) {
    cx = c.label->x + c.label->width / 2;
    top = c.label->y;
    width = std::max(width, c.label->width);
  } else {
    const std::size_t mid = (c.points.size() - 1) / 2;
    const model::Point a = c.points[mid], b = c.points[mid + 1];
    cx = (a.x + b.x) / 2;
    top = (a.y + b.y) / 2 - 18;
  }
  const FittedText text = fit_text(c.name, width, 1e6, 11, 11);
  write_text_block(out, text, cx, top, Anchor::middle, true, " class=\"label\"");
}

}  // namespace seamless::report::svg
