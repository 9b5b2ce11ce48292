// Markers inside figures (svg_parts.hpp): event definitions, gateway kinds, task types, loops and
// collapsed subprocesses, drawn in the figure's stroke colour.
#include <cmath>
#include <string>
#include <vector>

#include "svg_parts.hpp"

namespace seamless::report::svg {
namespace {

using diagram::Figure;
using model::EventDefinitionKind;
using model::NodeKind;

std::string stroke(const Style& s, double width, std::string_view fill = "none") {
  return "stroke=\"" + std::string(s.stroke) + "\" stroke-width=\"" + num(width) + "\" fill=\"" +
         std::string(fill) + "\"";
}

std::string point(double x, double y) {
  return num(x) + ' ' + num(y);
}

// A regular polygon's path around (cx, cy), first corner straight up.
std::string polygon(double cx, double cy, double r, int corners, double turn = 0) {
  std::string d;
  for (int i = 0; i < corners; ++i) {
    const double a = turn + 2 * M_PI * i / corners - M_PI / 2;
    d += (i ? "L" : "M") + point(cx + r * std::cos(a), cy + r * std::sin(a));
  }
  return d + "Z";
}

void envelope(std::ostringstream& out, double x, double y, double w, double h, const Style& s,
              bool filled) {
  out << "<rect x=\"" << num(x) << "\" y=\"" << num(y) << "\" width=\"" << num(w) << "\" height=\""
      << num(h) << "\" " << stroke(s, 1.2, filled ? s.stroke : "none") << "/>"
      << "<path d=\"M" << point(x, y) << "L" << point(x + w / 2, y + h * 0.55) << "L"
      << point(x + w, y) << "\" stroke=\"" << (filled ? "#ffffff" : s.stroke)
      << "\" stroke-width=\"1.2\" fill=\"none\"/>";
}

void event_marker(std::ostringstream& out, EventDefinitionKind kind, double cx, double cy, double r,
                  const Style& s, bool throwing) {
  const double k = r / 18;
  const std::string_view solid = throwing ? s.stroke : "none";
  switch (kind) {
    case EventDefinitionKind::message:
      envelope(out, cx - 8 * k, cy - 5.5 * k, 16 * k, 11 * k, s, throwing);
      break;
    case EventDefinitionKind::timer: {
      out << "<circle cx=\"" << num(cx) << "\" cy=\"" << num(cy) << "\" r=\"" << num(11 * k)
          << "\" " << stroke(s, 1.5, "#ffffff") << "/>";
      out << "<path d=\"M" << point(cx, cy) << "L" << point(cx, cy - 8 * k) << "M" << point(cx, cy)
          << "L" << point(cx + 5 * k, cy + 2 * k) << "\" " << stroke(s, 1.5) << "/>";
      break;
    }
    case EventDefinitionKind::signal:
      out << "<path d=\"" << polygon(cx, cy - 1 * k, 11 * k, 3) << "\" " << stroke(s, 1.5, solid)
          << "/>";
      break;
    case EventDefinitionKind::error:
      out << "<path d=\"M" << point(cx - 9 * k, cy + 9 * k) << "L" << point(cx - 4 * k, cy - 8 * k)
          << "L" << point(cx + 1 * k, cy + 2 * k) << "L" << point(cx + 9 * k, cy - 9 * k) << "L"
          << point(cx + 4 * k, cy + 8 * k) << "L" << point(cx - 1 * k, cy - 2 * k) << "Z\" "
          << stroke(s, 1.5, solid) << "/>";
      break;
    case EventDefinitionKind::escalation:
      out << "<path d=\"M" << point(cx, cy - 10 * k) << "L" << point(cx + 7 * k, cy + 9 * k) << "L"
          << point(cx, cy + 2 * k) << "L" << point(cx - 7 * k, cy + 9 * k) << "Z\" "
          << stroke(s, 1.5, solid) << "/>";
      break;
    case EventDefinitionKind::conditional:
      out << "<rect x=\"" << num(cx - 7 * k) << "\" y=\"" << num(cy - 9 * k) << "\" width=\""
          << num(14 * k) << "\" height=\"" << num(18 * k) << "\" " << stroke(s, 1.5) << "/>";
      for (int i = 0; i < 4; ++i)
        out << "<path d=\"M" << point(cx - 4 * k, cy - 5 * k + i * 4 * k) << "H" << num(cx + 4 * k)
            << "\" " << stroke(s, 1.2) << "/>";
      break;
    case EventDefinitionKind::link:
      out << "<path d=\"M" << point(cx - 9 * k, cy - 4 * k) << "H" << num(cx + 1 * k) << "V"
          << num(cy - 9 * k) << "L" << point(cx + 10 * k, cy) << "L"
          << point(cx + 1 * k, cy + 9 * k) << "V" << num(cy + 4 * k) << "H" << num(cx - 9 * k)
          << "Z\" " << stroke(s, 1.5, solid) << "/>";
      break;
    case EventDefinitionKind::compensate:
      out << "<path d=\"M" << point(cx - 10 * k, cy) << "L" << point(cx, cy - 7 * k) << "V"
          << num(cy + 7 * k) << "Z M" << point(cx, cy) << "L" << point(cx + 10 * k, cy - 7 * k)
          << "V" << num(cy + 7 * k) << "Z\" " << stroke(s, 1.5, solid) << "/>";
      break;
    case EventDefinitionKind::cancel:
      out << "<path d=\"M" << point(cx - 7 * k, cy - 7 * k) << "L" << point(cx + 7 * k, cy + 7 * k)
          << "M" << point(cx + 7 * k, cy - 7 * k) << "L" << point(cx - 7 * k, cy + 7 * k) << "\" "
          << stroke(s, 4 * k) << "/>";
      break;
    case EventDefinitionKind::terminate:
      out << "<circle cx=\"" << num(cx) << "\" cy=\"" << num(cy) << "\" r=\"" << num(10 * k)
          << "\" " << stroke(s, 1, s.stroke) << "/>";
      break;
  }
}

// A marker under an activity's name: a small square with '+', loop arrows, lines.
void bottom_marker(std::ostringstream& out, std::string_view kind, double x, double y,
                   const Style& s) {
  if (kind == "collapsed") {
    out << "<rect x=\"" << num(x) << "\" y=\"" << num(y) << "\" width=\"14\" height=\"14\" "
        << stroke(s, 1.2) << "/><path d=\"M" << point(x + 3, y + 7) << "H" << num(x + 11) << "M"
        << point(x + 7, y + 3) << "V" << num(y + 11) << "\" " << stroke(s, 1.5) << "/>";
  } else if (kind == "loop") {
    out << "<path d=\"M" << point(x + 3, y + 12) << "A6 6 0 1 1 " << point(x + 11, y + 12) << "M"
        << point(x + 11, y + 12) << "l3 -1M" << point(x + 11, y + 12) << "l-1 -3\" "
        << stroke(s, 1.5) << "/>";
  } else if (kind == "parallel" || kind == "sequential") {
    for (int i = 0; i < 3; ++i) {
      if (kind == "parallel")
        out << "<path d=\"M" << point(x + 3 + 4 * i, y + 1) << "V" << num(y + 13) << "\" "
            << stroke(s, 2) << "/>";
      else
        out << "<path d=\"M" << point(x + 1, y + 3 + 4 * i) << "H" << num(x + 13) << "\" "
            << stroke(s, 2) << "/>";
    }
  } else if (kind == "adhoc") {
    out << "<path d=\"M" << point(x + 1, y + 9) << "q3 -5 6 0t6 0\" " << stroke(s, 1.5) << "/>";
  }
}

}  // namespace

void write_event_markers(std::ostringstream& out, const Figure& f, double cx, double cy, double r,
                         const Style& s) {
  const bool throwing =
      f.node_kind == NodeKind::end_event || f.node_kind == NodeKind::intermediate_throw_event;
  if (f.event_definitions.size() == 1) {
    event_marker(out, f.event_definitions.front(), cx, cy, r, s, throwing);
  } else if (f.event_definitions.size() > 1) {  // multiple: a pentagon
    out << "<path d=\"" << polygon(cx, cy, 10 * r / 18, 5) << "\" "
        << stroke(s, 1.5, throwing ? s.stroke : "none") << "/>";
  }
}

void write_gateway_marker(std::ostringstream& out, const Figure& f, const Style& s) {
  const model::Bounds& b = f.bounds;
  const double cx = b.x + b.width / 2, cy = b.y + b.height / 2;
  const double k = std::min(b.width, b.height) / 50;
  auto cross = [&](double r, double turn, double width) {
    const double c = std::cos(turn), sn = std::sin(turn);
    out << "<path d=\"M" << point(cx - r * c, cy - r * sn) << "L" << point(cx + r * c, cy + r * sn)
        << "M" << point(cx + r * sn, cy - r * c) << "L" << point(cx - r * sn, cy + r * c) << "\" "
        << stroke(s, width) << " stroke-linecap=\"round\"/>";
  };
  switch (f.node_kind) {
    case NodeKind::exclusive_gateway:
      cross(11 * k, M_PI / 4, 4 * k);
      break;
    case NodeKind::parallel_gateway:
      cross(12 * k, 0, 4 * k);
      break;
    case NodeKind::inclusive_gateway:
      out << "<circle cx=\"" << num(cx) << "\" cy=\"" << num(cy) << "\" r=\"" << num(11 * k)
          << "\" " << stroke(s, 3 * k) << "/>";
      break;
    case NodeKind::complex_gateway:
      cross(12 * k, 0, 3.5 * k);
      cross(9 * k, M_PI / 4, 3.5 * k);
      break;
    case NodeKind::event_based_gateway:
      out << "<circle cx=\"" << num(cx) << "\" cy=\"" << num(cy) << "\" r=\"" << num(13 * k)
          << "\" " << stroke(s, 1) << "/><circle cx=\"" << num(cx) << "\" cy=\"" << num(cy)
          << "\" r=\"" << num(10.5 * k) << "\" " << stroke(s, 1) << "/><path d=\""
          << polygon(cx, cy, 7 * k, 5) << "\" " << stroke(s, 1.5) << "/>";
      break;
    default:
      break;
  }
}

void write_activity_markers(std::ostringstream& out, const Figure& f, const Style& s) {
  const model::Bounds& b = f.bounds;
  const double x = b.x + 7, y = b.y + 7;
  switch (f.node_kind) {
    case NodeKind::send_task:
      envelope(out, x, y, 16, 11, s, true);
      break;
    case NodeKind::receive_task:
      envelope(out, x, y, 16, 11, s, false);
      break;
    case NodeKind::user_task:
      out << "<circle cx=\"" << num(x + 8) << "\" cy=\"" << num(y + 4) << "\" r=\"3.5\" "
          << stroke(s, 1.2) << "/><path d=\"M" << point(x + 1, y + 15) << "q0 -7 7 -7q7 0 7 7Z\" "
          << stroke(s, 1.2) << "/>";
      break;
    case NodeKind::service_task:
      out << "<circle cx=\"" << num(x + 7) << "\" cy=\"" << num(y + 7) << "\" r=\"5\" "
          << stroke(s, 1.2) << " stroke-dasharray=\"2 1.4\"/><circle cx=\"" << num(x + 7)
          << "\" cy=\"" << num(y + 7) << "\" r=\"2\" " << stroke(s, 1.2) << "/>";
      break;
    case NodeKind::script_task:
      out << "<rect x=\"" << num(x) << "\" y=\"" << num(y) << "\" width=\"12\" height=\"15\" "
          << stroke(s, 1.2) << "/><path d=\"M" << point(x + 3, y + 4) << "h6M"
          << point(x + 3, y + 8) << "h6M" << point(x + 3, y + 12) << "h6\" " << stroke(s, 1)
          << "/>";
      break;
    case NodeKind::business_rule_task:
      out << "<rect x=\"" << num(x) << "\" y=\"" << num(y) << "\" width=\"17\" height=\"12\" "
          << stroke(s, 1.2) << "/><path d=\"M" << point(x, y + 4) << "h17M" << point(x, y + 8)
          << "h17M" << point(x + 5, y + 4) << "v8\" " << stroke(s, 1) << "/>";
      break;
    case NodeKind::manual_task:
      out << "<path d=\"M" << point(x, y + 6) << "h13M" << point(x, y + 10) << "h11M"
          << point(x, y + 14) << "h9M" << point(x, y + 6) << "v8\" " << stroke(s, 1.2) << "/>";
      break;
    default:
      break;
  }
  std::vector<std::string_view> bottom;
  if (model::is_subprocess(f.node_kind) && !f.expanded) bottom.push_back("collapsed");
  if (f.node_kind == NodeKind::ad_hoc_sub_process) bottom.push_back("adhoc");
  if (f.loop == model::Loop::standard) bottom.push_back("loop");
  if (f.loop == model::Loop::multi_instance_parallel) bottom.push_back("parallel");
  if (f.loop == model::Loop::multi_instance_sequential) bottom.push_back("sequential");
  const double total = 14.0 * static_cast<double>(bottom.size()) +
                       4.0 * static_cast<double>(bottom.empty() ? 0 : bottom.size() - 1);
  double left = b.x + b.width / 2 - total / 2;
  for (const std::string_view kind : bottom) {
    bottom_marker(out, kind, left, b.y + b.height - 18, s);
    left += 18;
  }
}

}  // namespace seamless::report::svg
