// Names of the Net's kinds, and a readable listing of a Net.
#include <sstream>

#include "seamless/semantics/build.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::semantics {

std::string_view to_string(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::flow:
      return "flow";
    case PlaceKind::message:
      return "message";
    case PlaceKind::active:
      return "active";
    case PlaceKind::scope:
      return "scope";
    case PlaceKind::ready:
      return "ready";
    case PlaceKind::implicit:
      return "implicit";
    case PlaceKind::fired:
      return "fired";
    case PlaceKind::ended:
      return "ended";
    case PlaceKind::produced:
      return "produced";
    case PlaceKind::reached:
      return "reached";
  }
  return "?";
}

std::string_view to_string(TransitionKind kind) {
  switch (kind) {
    case TransitionKind::start:
      return "start";
    case TransitionKind::node:
      return "node";
    case TransitionKind::begin:
      return "begin";
    case TransitionKind::finish:
      return "finish";
    case TransitionKind::boundary:
      return "boundary";
    case TransitionKind::enter:
      return "enter";
    case TransitionKind::leave:
      return "leave";
    case TransitionKind::end:
      return "end";
    case TransitionKind::terminate:
      return "terminate";
    case TransitionKind::event_choice:
      return "event-choice";
    case TransitionKind::event_subprocess:
      return "event-subprocess";
  }
  return "?";
}

namespace {
void list(std::ostringstream& out, const Net& net, const char* what,
          const std::vector<PlaceIndex>& places) {
  if (places.empty()) return;
  out << ' ' << what << '{';
  for (std::size_t i = 0; i < places.size(); ++i)
    out << (i ? " " : "") << net.places[places[i]].label;
  out << '}';
}
}  // namespace

std::string describe(const Net& net) {
  std::ostringstream out;
  out << "places " << net.places.size() << ", transitions " << net.transitions.size() << '\n';
  for (PlaceIndex p = 0; p < net.places.size(); ++p)
    out << "  p" << p << ' ' << net.places[p].label
        << (net.places[p].must_be_empty_at_end ? "" : " (may remain)") << '\n';
  for (TransitionIndex t = 0; t < net.transitions.size(); ++t) {
    const Transition& tr = net.transitions[t];
    out << "  t" << t << ' ' << to_string(tr.kind) << ' ' << tr.label;
    list(out, net, "in", tr.consume);
    list(out, net, "inhibit", tr.inhibit);
    list(out, net, "reset", tr.reset);
    list(out, net, "out", tr.produce);
    list(out, net, "needs-any", tr.require_any);
    if (tr.or_join != none) list(out, net, "or-join", net.or_joins[tr.or_join].inputs);
    for (const Literal& l : tr.guard)
      out << " [" << (l.value ? "" : "not ") << "atom" << l.atom << ']';
    if (tr.setter != none) out << " sets";
    out << '\n';
  }
  out << "initial";
  for (const auto& [p, n] : net.initial) out << ' ' << net.places[p].label << '=' << n;
  out << '\n';
  for (const Untranslatable& u : net.untranslatable) out << "untranslatable: " << u.reason << '\n';
  for (const Assumption& a : net.assumptions) out << "assumption: " << a.text_en << '\n';
  return out.str();
}

}  // namespace seamless::semantics
