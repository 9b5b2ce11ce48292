// Numbers, mark styles and text blocks for the SVG renderer (svg_writer.hpp).
#include "svg_writer.hpp"

#include <cmath>
#include <cstdio>

#include "seamless/report/markup.hpp"

namespace seamless::report::svg {

std::string num(double value) {
  if (!std::isfinite(value)) return "0";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string s = buffer;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

Style style_of(Mark mark, double normal_width) {
  switch (mark) {
    case Mark::path:
      return {path_colours.stroke, path_colours.fill, std::max(3.0, normal_width), "path"};
    case Mark::seam:
      return {seam_colours.stroke, seam_colours.fill, std::max(4.0, normal_width), "seam"};
    case Mark::subject:
      return {subject_colours.stroke, subject_colours.fill, std::max(3.5, normal_width), "subject"};
    case Mark::none:
      break;
  }
  return {ink, "#ffffff", normal_width, ""};
}

Mark mark_of(const Highlight& h, const std::string& id) {
  if (id.empty()) return Mark::none;
  if (h.seam.count(id)) return Mark::seam;
  if (h.subject.count(id)) return Mark::subject;
  if (h.path.count(id)) return Mark::path;
  return Mark::none;
}

void write_text_block(std::ostringstream& out, const FittedText& text, double x, double y,
                      Anchor anchor, bool from_top, std::string_view extra_attributes) {
  if (text.lines.empty()) return;
  const double line = text.font_size * line_height_factor;
  const double block = line * static_cast<double>(text.lines.size());
  // The baseline sits about 0.8 em below the top of a line box (CJK fonts: ascent ~0.88 em).
  const double top = from_top ? y : y - block / 2;
  const double first = top + (line - text.font_size) / 2 + text.font_size * 0.86;
  out << "<text font-size=\"" << num(text.font_size) << "\""
      << (anchor == Anchor::middle ? " text-anchor=\"middle\"" : "") << extra_attributes << '>';
  for (std::size_t i = 0; i < text.lines.size(); ++i)
    out << "<tspan x=\"" << num(x) << "\" y=\"" << num(first + line * static_cast<double>(i))
        << "\">" << escape_xml(text.lines[i]) << "</tspan>";
  out << "</text>";
}

}  // namespace seamless::report::svg
