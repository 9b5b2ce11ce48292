// A diagram as inline SVG (svg_diagram.hpp): containers, then flows and associations, then flow
// nodes and data, then message flows, then labels and step numbers on top; marked elements drawn
// after unmarked ones of their layer so that the run is never hidden.
#include "seamless/report/svg_diagram.hpp"

#include <algorithm>

#include "seamless/report/markup.hpp"
#include "svg_parts.hpp"

namespace seamless::report {
namespace {

using diagram::Connector;
using diagram::ConnectorKind;
using diagram::Figure;
using svg::Mark;
using svg::num;

// "3", "3, 7", "3, 7, 9, …": the steps at which the run passed an element.
std::string step_text(const std::vector<std::size_t>& steps) {
  std::string out;
  for (std::size_t i = 0; i < steps.size() && i < 3; ++i)
    out += (i ? "," : "") + std::to_string(steps[i]);
  if (steps.size() > 3) out += ",\xE2\x80\xA6";
  return out;
}

void write_badge(std::ostringstream& out, const Figure& f, const std::vector<std::size_t>& steps,
                 Mark mark) {
  const std::string text = step_text(steps);
  const double font = 10, height = 15;
  const double width = std::max(height, text_width(text, font) + 8);
  const double x = f.bounds.x - width / 2 + (f.kind == diagram::FigureKind::activity ? 4 : 0);
  const double y = f.bounds.y - height / 2 + (f.kind == diagram::FigureKind::activity ? 4 : 0);
  const std::string_view colour = mark == Mark::seam ? seam_colours.stroke : path_colours.stroke;
  out << "<g class=\"step\" data-element=\"" << escape_xml(f.id) << "\"><rect x=\"" << num(x)
      << "\" y=\"" << num(y) << "\" width=\"" << num(width) << "\" height=\"" << num(height)
      << "\" rx=\"7.5\" fill=\"" << colour << "\"/><text x=\"" << num(x + width / 2) << "\" y=\""
      << num(y + 11) << "\" font-size=\"" << num(font)
      << "\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#ffffff\">" << escape_xml(text)
      << "</text></g>";
}

bool is_front(const Connector& c) {
  return c.kind == ConnectorKind::message_flow;
}

}  // namespace

std::string svg_diagram(const diagram::Diagram& d, const Highlight& h, std::string_view prefix,
                        std::string_view title) {
  const model::Bounds& e = d.extent;
  std::ostringstream out;
  out << "<svg class=\"diagram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" << num(e.x) << ' '
      << num(e.y) << ' ' << num(e.width) << ' ' << num(e.height) << "\" width=\"" << num(e.width)
      << "\" height=\"" << num(e.height) << "\" role=\"img\" aria-label=\"" << escape_xml(title)
      << "\" font-family=\"" << svg::font_stack << "\" fill=\"" << svg::ink << "\"><title>"
      << escape_xml(title) << "</title>";
  svg::write_arrow_definitions(out, prefix);

  // Layers, back to front; within a layer unmarked first.
  auto figures = [&](bool containers) {
    for (const bool marked : {false, true})
      for (const Figure& f : d.figures)
        if (f.container() == containers && (svg::mark_of(h, f.id) != Mark::none) == marked)
          svg::write_figure(out, f, svg::mark_of(h, f.id));
  };
  auto connectors = [&](bool front) {
    for (const bool marked : {false, true})
      for (const Connector& c : d.connectors)
        if (is_front(c) == front && (svg::mark_of(h, c.id) != Mark::none) == marked)
          svg::write_connector(out, c, svg::mark_of(h, c.id), prefix);
  };
  figures(true);
  connectors(false);
  figures(false);
  connectors(true);
  out << "<g class=\"labels\">";
  for (const Figure& f : d.figures) svg::write_external_label(out, f);
  for (const Connector& c : d.connectors) svg::write_connector_label(out, c);
  out << "</g>";
  for (const Figure& f : d.figures) {
    const auto steps = h.steps.find(f.id);
    if (steps != h.steps.end()) write_badge(out, f, steps->second, svg::mark_of(h, f.id));
  }
  out << "</svg>";
  return out.str();
}

}  // namespace seamless::report
