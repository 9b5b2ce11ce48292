// The state behind smt::Solver (internal to core/smt): one Z3 context and solver whose base
// level holds the variables' domains, and the query primitive shared by Solver and the gateway
// helpers.
#pragma once

#include <cstdint>
#include <exception>
#include <span>
#include <vector>

#include <z3++.h>

#include "seamless/smt/lowering.hpp"
#include "seamless/smt/solver.hpp"
#include "seamless/smt/variables.hpp"
#include "watchdog.hpp"

namespace seamless::smt {

struct Solver::Impl {
  Impl(const expr::Environment& environment, unsigned timeout_ms);

  // Asserts the domains at the base level, again if variables or strings were added since.
  // Only at scope 0 (between queries).
  void sync_domains();
  void apply_timeout();

  // `term` meets `want`, as a Z3 Bool.
  static z3::expr constraint(const Term& term, Want want);

  // Checks the current assertions plus `extra` in a scope of its own. A sat witness is
  // re-evaluated with the interpreter against `conditions` (and the domains); if it disagrees,
  // the answer is unknown. Z3 exceptions become unknown.
  Result solve(std::span<const Condition> conditions, const z3::expr& extra,
               std::vector<std::uint32_t> mentioned);
  // The answer of a check that was just made, with the witness verified; `interrupted`: the
  // watchdog stopped it (an unknown answer is then a timeout).
  Result finish(z3::check_result answer, bool interrupted, std::span<const Condition> conditions,
                std::vector<std::uint32_t> mentioned);
  // solver.check() under the watchdog; `interrupted` tells whether the watchdog stopped it.
  z3::check_result check_within_timeout(bool& interrupted);
  // Whether the context still takes calls (push and pop succeed).
  bool still_usable();

  const expr::Environment* environment;
  z3::context context;
  z3::solver solver;
  Variables variables;
  Lowering lowering;
  unsigned timeout_ms;
  std::size_t domain_variables = static_cast<std::size_t>(-1);
  std::size_t domain_strings = static_cast<std::size_t>(-1);
  // An interrupt that reached the context just after a check ended leaves it cancelled for good
  // (every later call fails): Solver then starts over with a fresh Impl.
  bool unusable = false;
  // Last, so that its thread stops before the context goes.
  Watchdog watchdog{[this] { context.interrupt(); }};
};

// The slots the expressions mention, ascending, without repeats.
std::vector<std::uint32_t> mentioned_slots(std::span<const expr::Expr* const> exprs);

// An exception during a query as an unknown answer (Z3's message, or the lowering's).
Result unknown_from(const std::exception& error);

// Whether the interpreter's value meets `want`.
bool meets(const expr::Value& value, Want want);

}  // namespace seamless::smt
