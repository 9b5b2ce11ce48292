// Test oracle: the Net -> Maude module writer (maude_export.hpp). Each transition becomes a rule
// on the whole state `{M}`: the consumed places are matched on the left-hand side (one token
// each), inhibitor and inclusive-join conditions are an auxiliary Truth function of the whole
// pre-state, and the right-hand side takes one token from each marked join input, empties the
// reset places and adds the produced tokens, in that order (net.hpp). The module needs nothing
// from Maude's prelude (it has its own truth values), so Maude runs with -no-prelude.
#include "oracle/maude_export.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

namespace seamless::oracle {

using semantics::Net;
using semantics::none;
using semantics::PlaceIndex;
using semantics::PlaceKind;
using semantics::Transition;
using semantics::TransitionIndex;

namespace {

// Place p, or one token on it.
std::string token(PlaceIndex p) {
  return "p" + std::to_string(p);
}

// Places of a list as a set: the Net's lists name places, each at most once ("one token from
// each consume place"), as the explorer's masks read them.
std::vector<PlaceIndex> as_set(const std::vector<PlaceIndex>& places) {
  std::vector<PlaceIndex> out = places;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The tokens of `places` followed by `rest` ("p(1) p(4) M"), or `rest` alone.
std::string with(const std::vector<PlaceIndex>& places, const std::string& rest) {
  std::string out;
  for (PlaceIndex p : places) out += token(p) + " ";
  return out + rest;
}

// Text for a Maude comment: one line, printable ASCII only.
std::string comment_text(const std::string& text) {
  std::string out;
  for (char c : text) out += (c >= 32 && c < 127) ? c : '?';
  return out;
}

// "(has(M, p1) or has(M, p2))", or "ff" for no places.
std::string any_of(const std::vector<PlaceIndex>& places, const std::string& m) {
  if (places.empty()) return "ff";
  std::string out;
  for (PlaceIndex p : places)
    out += (out.empty() ? "" : " or ") + std::string("has(") + m + ", " + token(p) + ")";
  return "(" + out + ")";
}

void write_transition(std::ostream& out, const Net& net, TransitionIndex t) {
  const Transition& tr = net.transitions[t];
  const std::string label = maude_label(t);
  const std::vector<PlaceIndex> consume = as_set(tr.consume);
  const std::vector<PlaceIndex> inhibit = as_set(tr.inhibit);
  const std::vector<PlaceIndex> reset = as_set(tr.reset);
  const std::vector<PlaceIndex> produce = as_set(tr.produce);
  out << "  --- " << label << ": " << comment_text(tr.label) << " ("
      << semantics::to_string(tr.kind) << ")\n";

  // Condition on the whole pre-state M: inhibitors empty, and the inclusive join's rule.
  std::vector<std::string> conditions;
  for (PlaceIndex p : inhibit) conditions.push_back("(not has(M, " + token(p) + "))");
  if (!tr.require_any.empty()) conditions.push_back(any_of(as_set(tr.require_any), "M"));
  std::vector<PlaceIndex> takes;  // join inputs not already consumed: one token if marked
  if (tr.or_join != none) {
    const semantics::OrJoin& join = net.or_joins.at(tr.or_join);
    conditions.push_back(any_of(as_set(join.inputs), "M"));
    // BPMN 2.0 section 13.3.4: a marked place that leads to some input leads to a marked one.
    for (const semantics::OrJoin::Source& source : join.sources) {
      std::vector<PlaceIndex> reached;
      for (std::uint32_t i : source.reaches) reached.push_back(join.inputs.at(i));
      conditions.push_back("((not has(M, " + token(source.place) + ")) or " +
                           any_of(as_set(reached), "M") + ")");
    }
    for (PlaceIndex p : as_set(join.inputs))
      if (!std::binary_search(consume.begin(), consume.end(), p)) takes.push_back(p);
  }
  if (!conditions.empty()) {
    out << "  op c" << t << " : Marking -> Truth .\n  eq c" << t << "(M) =";
    for (std::size_t i = 0; i < conditions.size(); ++i)
      out << (i ? "\n      and " : " ") << conditions[i];
    out << " .\n";
  }
  // The rest of the marking after consumption: join inputs taken, then resets emptied.
  std::string rest = "M";
  for (PlaceIndex p : takes) rest = "take(" + rest + ", " + token(p) + ")";
  for (PlaceIndex p : reset) rest = "del(" + rest + ", " + token(p) + ")";
  // `ended` places and the starting messages of independent instances count up to 3 and then
  // stay (the explorer's silent saturation).
  auto silent = [&](PlaceIndex p) {
    return net.places[p].kind == PlaceKind::ended ||
           semantics::starts_independent_instances(net, p);
  };
  std::vector<PlaceIndex> tokens;
  for (PlaceIndex p : produce) {
    if (silent(p)) {
      rest = "add3(" + rest + ", " + token(p) + ")";
    } else {
      tokens.push_back(p);
    }
  }
  if (rest != "M") {
    out << "  op r" << t << " : Marking -> Marking .\n  eq r" << t << "(M) = " << rest << " .\n";
    rest = "r" + std::to_string(t) + "(M)";
  }
  const std::string lhs = "{" + with(consume, "M") + "}";
  const std::string rhs = "{" + with(tokens, rest) + "}";
  if (conditions.empty()) {
    out << "  rl [" << label << "] : " << lhs << " => " << rhs << " .\n";
  } else {
    out << "  crl [" << label << "] : " << lhs << " => " << rhs << " if c" << t << "("
        << with(consume, "M") << ") = tt .\n";
  }
}

}  // namespace

std::string maude_label(TransitionIndex t) {
  return "t" + std::to_string(t);
}

std::string maude_module(const Net& net, const std::string& module) {
  for (const Transition& tr : net.transitions)
    if (!tr.guard.empty() || tr.setter != none)
      throw std::invalid_argument("maude_module: transition '" + tr.label +
                                  "' depends on case data; only data-free Nets are exported");
  std::ostringstream out;
  out << "--- seamless oracle: the Net";
  if (net.model != nullptr) out << " of " << comment_text(net.model->file);
  out << " (" << net.places.size() << " places, " << net.transitions.size() << " transitions)\n";
  out << "mod " << module << " is\n"
      << "  sorts Place Marking State Truth .\n"
      << "  subsort Place < Marking .  --- a place is also one token on it\n"
      << "  op empty : -> Marking [ctor] .\n"
      << "  op __ : Marking Marking -> Marking [ctor assoc comm id: empty] .\n"
      << "  op {_} : Marking -> State [ctor] .  --- the whole state: rules rewrite only here\n"
      << "  ops tt ff : -> Truth [ctor] .\n"
      << "  op _or_ : Truth Truth -> Truth [assoc comm prec 59] .\n"
      << "  op _and_ : Truth Truth -> Truth [assoc comm prec 55] .\n"
      << "  op not_ : Truth -> Truth [prec 53] .\n"
      << "  var M : Marking .\n"
      << "  var P : Place .\n"
      << "  var A : Truth .\n"
      << "  eq tt or A = tt .\n"
      << "  eq ff or A = A .\n"
      << "  eq tt and A = A .\n"
      << "  eq ff and A = ff .\n"
      << "  eq not tt = ff .\n"
      << "  eq not ff = tt .\n"
      << "  op has : Marking Place -> Truth .  --- P is marked\n"
      << "  eq has(P M, P) = tt .\n"
      << "  eq has(M, P) = ff [owise] .\n"
      << "  op take : Marking Place -> Marking .  --- one token less on P, if it has one\n"
      << "  eq take(P M, P) = M .\n"
      << "  eq take(M, P) = M [owise] .\n"
      << "  op add3 : Marking Place -> Marking .  --- one token more on P, at most 3\n"
      << "  eq add3(P P P M, P) = P P P M .\n"
      << "  eq add3(M, P) = P M [owise] .\n"
      << "  op del : Marking Place -> Marking .  --- no token left on P\n"
      << "  eq del(P M, P) = del(M, P) .\n"
      << "  eq del(M, P) = M [owise] .\n";
  if (!net.places.empty()) {
    out << "  ops";
    for (PlaceIndex p = 0; p < net.places.size(); ++p) out << " " << token(p);
    out << " : -> Place [ctor] .\n";
  }

  out << "  --- a complete run ends here: no token where one must not be left\n"
      << "  op final : Marking -> Truth .\n";
  for (PlaceIndex p = 0; p < net.places.size(); ++p)
    if (net.places[p].must_be_empty_at_end)
      out << "  eq final(" << token(p) << " M) = ff .  --- " << comment_text(net.places[p].label)
          << "\n";
  out << "  eq final(M) = tt [owise] .\n";

  out << "  --- two or more tokens on one sequence flow\n"
      << "  op unsafe : Marking -> Truth .\n";
  for (PlaceIndex p = 0; p < net.places.size(); ++p)
    if (net.places[p].kind == PlaceKind::flow)
      out << "  eq unsafe(" << token(p) << " " << token(p) << " M) = tt .\n";
  out << "  eq unsafe(M) = ff [owise] .\n";

  std::map<PlaceIndex, std::uint64_t> initial;
  for (const auto& [p, n] : net.initial) initial[p] += n;
  out << "  op init : -> State .\n  eq init = {";
  bool first = true;
  for (const auto& [p, n] : initial)
    for (std::uint64_t i = 0; i < n; ++i) {
      out << (first ? "" : " ") << token(p);
      first = false;
    }
  out << (first ? "empty}" : "}") << " .\n";

  for (TransitionIndex t = 0; t < net.transitions.size(); ++t) write_transition(out, net, t);
  out << "endm\n";
  return out.str();
}

}  // namespace seamless::oracle
