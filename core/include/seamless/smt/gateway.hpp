// The questions an exclusive or inclusive gateway raises about its outgoing guards: is there a
// case that reaches the gateway and takes no flow (a gap), and which pairs of guards can hold
// together (overlaps, an error for exclusive gateways)?
#pragma once

#include <cstddef>
#include <vector>

#include "seamless/expr/expr.hpp"
#include "seamless/smt/solver.hpp"

namespace seamless::smt {

// Every guard must be analysable (a bound Expr): a gateway with a guard that is not (unknown
// language, parse or type error) is inconclusive, which is for the caller to say.
struct GatewayGuards {
  std::vector<const expr::Expr*> guards;  // the outgoing conditional flows' guards
  bool has_default = false;               // a default flow takes every case no guard takes
  std::vector<const expr::Expr*> path;    // conditions known to hold at the gateway
};

// sat: some case satisfies the path condition and no guard holds (the witness); unsat: every
// such case takes a flow (always unsat with a default flow); unknown: inconclusive.
Result find_gap(Solver& solver, const GatewayGuards& gateway);

struct Overlap {
  std::size_t first = 0, second = 0;  // indices into GatewayGuards::guards, first < second
  Result result;  // sat: both hold for the witness; unsat: never together; unknown
};

// Every pair first < second, in order, each answered.
std::vector<Overlap> find_overlaps(Solver& solver, const GatewayGuards& gateway);

struct GatewayReport {
  Result gap;
  std::vector<Overlap> overlaps;
};

// Both questions in one solver scope (the path condition and the guards lowered once).
GatewayReport check_gateway(Solver& solver, const GatewayGuards& gateway);

}  // namespace seamless::smt
