// Test oracle: writes a semantics::Net as a Maude system module, an independent executable
// statement of the Net's firing rule (net.hpp) that Maude's own search explores. Markings are
// multisets of place tokens without any bound (no saturation); one rewrite rule per transition.
// Only data-free Nets are exported (no guard literals, no setters): the oracle compares token
// behaviour, not case data.
#pragma once

#include <string>

#include "seamless/semantics/net.hpp"

namespace seamless::oracle {

// The module, named `module`, needs nothing from Maude's prelude (run Maude with -no-prelude)
// and declares:
//   sorts Place, Marking, State, Truth (tt, ff, with _and_, _or_, not_); one constant p0, p1,
//   ... per place (a place is also one token on it); `empty` and the associative-commutative
//   union `__` of markings; `{_} : Marking -> State`, the whole state. Rules rewrite `{...}`
//   only, so a rule never applies to a part of a marking (inhibitor, reset and inclusive-join
//   conditions see the whole marking).
//   `init : -> State`: the Net's initial marking.
//   `final : Marking -> Truth`: tt when no token is on a place that must be empty at the end.
//   `unsafe : Marking -> Truth`: tt when some flow place holds two or more tokens.
//   one rule per transition t, labelled maude_label(t).
// Throws std::invalid_argument for a Net with guard literals or setters.
std::string maude_module(const semantics::Net& net, const std::string& module = "NET");

// The rule label of transition t: "t" followed by its index.
std::string maude_label(semantics::TransitionIndex t);

}  // namespace seamless::oracle
