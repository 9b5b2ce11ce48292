// Figures of the SVG diagram: pools, lanes, activities, events, gateways, data (svg_parts.hpp).
#include <algorithm>
#include <cmath>

#include "seamless/report/markup.hpp"
#include "svg_parts.hpp"

namespace seamless::report::svg {
namespace {

using diagram::Figure;
using diagram::FigureKind;

constexpr double header_size = 30;  // the name band of pools and lanes

void open_group(std::ostringstream& out, const Figure& f, const Style& s, std::string_view kind) {
  out << "<g class=\"" << kind << (s.css_class.empty() ? "" : " ") << s.css_class
      << "\" data-element=\"" << escape_xml(f.id) << "\"><title>"
      << escape_xml(f.name.empty() ? f.id : f.name + " (" + f.id + ")") << "</title>";
}

std::string paint(const Style& s, std::string_view fill, double width) {
  return "stroke=\"" + std::string(s.stroke) + "\" fill=\"" + std::string(fill) +
         "\" stroke-width=\"" + num(width) + "\"";
}

// A pool or lane: its rectangle and a name band (left for horizontal ones, top otherwise).
void write_swimlane(std::ostringstream& out, const Figure& f, const Style& s) {
  const model::Bounds& b = f.bounds;
  const bool pool = f.kind == FigureKind::pool;
  open_group(out, f, s, pool ? "pool" : "lane");
  const double width = s.css_class.empty() ? (pool ? 1.5 : 1) : s.width;
  out << "<rect x=\"" << num(b.x) << "\" y=\"" << num(b.y) << "\" width=\"" << num(b.width)
      << "\" height=\"" << num(b.height) << "\" " << paint(s, pool ? "#ffffff" : "none", width)
      << "/>";
  const bool band = pool || !f.name.empty();
  if (band && f.horizontal && b.width > header_size) {
    out << "<rect x=\"" << num(b.x) << "\" y=\"" << num(b.y) << "\" width=\"" << num(header_size)
        << "\" height=\"" << num(b.height) << "\" "
        << paint(s, s.css_class.empty() ? header_fill : s.fill, width) << "/>";
    const FittedText text = fit_text(f.name, b.height - 10, header_size - 4, 12, 7);
    const double cx = b.x + header_size / 2, cy = b.y + b.height / 2;
    write_text_block(out, text, cx, cy, Anchor::middle, false,
                     " transform=\"rotate(-90 " + num(cx) + ' ' + num(cy) + ")\"");
  } else if (band && !f.horizontal && b.height > header_size) {
    out << "<rect x=\"" << num(b.x) << "\" y=\"" << num(b.y) << "\" width=\"" << num(b.width)
        << "\" height=\"" << num(header_size) << "\" "
        << paint(s, s.css_class.empty() ? header_fill : s.fill, width) << "/>";
    const FittedText text = fit_text(f.name, b.width - 10, header_size - 4, 12, 7);
    write_text_block(out, text, b.x + b.width / 2, b.y + header_size / 2, Anchor::middle, false);
  }
  out << "</g>";
}

bool has_type_icon(model::NodeKind k) {
  using model::NodeKind;
  return k == NodeKind::send_task || k == NodeKind::receive_task || k == NodeKind::user_task ||
         k == NodeKind::service_task || k == NodeKind::script_task ||
         k == NodeKind::business_rule_task || k == NodeKind::manual_task;
}

void write_activity(std::ostringstream& out, const Figure& f, const Style& s) {
  const model::Bounds& b = f.bounds;
  open_group(out, f, s, "activity");
  const bool call = f.node_kind == model::NodeKind::call_activity;
  const double width = s.css_class.empty() ? (call ? 4 : 1.5) : std::max(s.width, call ? 4.0 : 0);
  std::string dash;
  if (f.triggered_by_event) dash = " stroke-dasharray=\"2 3\"";
  out << "<rect x=\"" << num(b.x) << "\" y=\"" << num(b.y) << "\" width=\"" << num(b.width)
      << "\" height=\"" << num(b.height) << "\" rx=\"10\" " << paint(s, s.fill, width) << dash
      << "/>";
  if (f.node_kind == model::NodeKind::transaction && b.width > 8 && b.height > 8)
    out << "<rect x=\"" << num(b.x + 3) << "\" y=\"" << num(b.y + 3) << "\" width=\""
        << num(b.width - 6) << "\" height=\"" << num(b.height - 6) << "\" rx=\"8\" "
        << paint(s, "none", 1) << "/>";
  write_activity_markers(out, f, s);
  if (f.expanded) {
    const FittedText text = fit_text(f.name, b.width - 16, 30, 12, 8);
    write_text_block(out, text, b.x + 8, b.y + 6, Anchor::start, true);
  } else {
    // Below the task-type icon when there is one.
    const double top = has_type_icon(f.node_kind) ? 18 : 6,
                 bottom = f.loop != model::Loop::none || model::is_subprocess(f.node_kind) ? 18 : 6;
    const FittedText text = fit_text(f.name, b.width - 10, b.height - top - bottom, 12, 7);
    write_text_block(out, text, b.x + b.width / 2, b.y + top + (b.height - top - bottom) / 2,
                     Anchor::middle, false);
  }
  out << "</g>";
}

void write_event(std::ostringstream& out, const Figure& f, const Style& s) {
  const model::Bounds& b = f.bounds;
  open_group(out, f, s, "event");
  const double r = std::min(b.width, b.height) / 2;
  const double cx = b.x + b.width / 2, cy = b.y + b.height / 2;
  const model::NodeKind k = f.node_kind;
  const bool end = k == model::NodeKind::end_event;
  const bool intermediate = !end && k != model::NodeKind::start_event;
  const double width = end ? std::max(s.width, 4.0) : (s.css_class.empty() ? 2 : s.width);
  const std::string dash = f.interrupting ? "" : " stroke-dasharray=\"5 3\"";
  out << "<circle cx=\"" << num(cx) << "\" cy=\"" << num(cy) << "\" r=\"" << num(r) << "\" "
      << paint(s, s.fill, width) << dash << "/>";
  if (intermediate && r > 4)
    out << "<circle cx=\"" << num(cx) << "\" cy=\"" << num(cy) << "\" r=\"" << num(r - 3) << "\" "
        << paint(s, "none", 1.5) << dash << "/>";
  write_event_markers(out, f, cx, cy, r, s);
  out << "</g>";
}

void write_gateway(std::ostringstream& out, const Figure& f, const Style& s) {
  const model::Bounds& b = f.bounds;
  open_group(out, f, s, "gateway");
  const double cx = b.x + b.width / 2, cy = b.y + b.height / 2;
  out << "<polygon points=\"" << num(cx) << ',' << num(b.y) << ' ' << num(b.x + b.width) << ','
      << num(cy) << ' ' << num(cx) << ',' << num(b.y + b.height) << ' ' << num(b.x) << ','
      << num(cy) << "\" " << paint(s, s.fill, s.css_class.empty() ? 2 : s.width) << "/>";
  write_gateway_marker(out, f, s);
  out << "</g>";
}

void write_data(std::ostringstream& out, const Figure& f, const Style& s) {
  const model::Bounds& b = f.bounds;
  open_group(out, f, s, f.kind == FigureKind::data_store ? "data-store" : "data-object");
  const double w = s.css_class.empty() ? 1.5 : s.width;
  if (f.kind == FigureKind::data_object) {
    const double fold = std::min(10.0, b.width / 3);
    out << "<path d=\"M" << num(b.x) << ' ' << num(b.y) << "H" << num(b.x + b.width - fold) << "L"
        << num(b.x + b.width) << ' ' << num(b.y + fold) << "V" << num(b.y + b.height) << "H"
        << num(b.x) << "Z M" << num(b.x + b.width - fold) << ' ' << num(b.y) << "V"
        << num(b.y + fold) << "H" << num(b.x + b.width) << "\" " << paint(s, s.fill, w)
        << " stroke-linejoin=\"round\"/>";
  } else {
    const double ry = std::min(8.0, b.height / 6);
    const double x0 = b.x, x1 = b.x + b.width, top = b.y + ry, bottom = b.y + b.height - ry;
    const double rx = b.width / 2;
    out << "<path d=\"M" << num(x0) << ' ' << num(top) << "A" << num(rx) << ' ' << num(ry)
        << " 0 0 1 " << num(x1) << ' ' << num(top) << "V" << num(bottom) << "A" << num(rx) << ' '
        << num(ry) << " 0 0 1 " << num(x0) << ' ' << num(bottom) << "Z\" " << paint(s, s.fill, w)
        << "/>";
    for (int i = 0; i < 3; ++i) {
      const double y = top + ry * 0.6 * i;
      out << "<path d=\"M" << num(x0) << ' ' << num(y) << "A" << num(rx) << ' ' << num(ry)
          << " 0 0 0 " << num(x1) << ' ' << num(y) << "\" " << paint(s, "none", w) << "/>";
    }
  }
  out << "</g>";
}

}  // namespace

void write_figure(std::ostringstream& out, const Figure& f, Mark mark) {
  const Style s = style_of(mark, 1.5);
  switch (f.kind) {
    case FigureKind::pool:
    case FigureKind::lane:
      write_swimlane(out, f, s);
      break;
    case FigureKind::activity:
      write_activity(out, f, s);
      break;
    case FigureKind::event:
      write_event(out, f, s);
      break;
    case FigureKind::gateway:
      write_gateway(out, f, s);
      break;
    case FigureKind::data_object:
    case FigureKind::data_store:
      write_data(out, f, s);
      break;
  }
}

void write_external_label(std::ostringstream& out, const Figure& f) {
  const auto box = diagram::external_label(f);
  if (!box) return;
  const double width = std::max(box->width, 100.0);
  const FittedText text = fit_text(f.name, width, 1e6, 11, 11);
  // A label above its figure grows upwards, one below it downwards, so neither covers it.
  const double height = static_cast<double>(text.lines.size()) * 11 * line_height_factor;
  const bool above = box->y + box->height / 2 < f.bounds.y + f.bounds.height / 2;
  const double top = above ? std::min(box->y, box->y + box->height - height) : box->y;
  write_text_block(out, text, box->x + box->width / 2, top, Anchor::middle, true,
                   " class=\"label\"");
}

}  // namespace seamless::report::svg
