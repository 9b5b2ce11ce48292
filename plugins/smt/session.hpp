// One query's Z3 state and clock: a core/smt Solver, whose base level holds the variables'
// domains and whose witness check (interpreter re-evaluation, domains) every answer goes through,
// and the time left of the query's total budget, which each check gets as its timeout.
#pragma once

#include <chrono>
#include <string>

#include <z3++.h>

#include "seamless/expr/environment.hpp"
#include "seamless/smt/solver.hpp"
#include "solver_impl.hpp"  // core/smt's internals: its Z3 context, solver and witness check

namespace seamless::plugins::smt {

class Session {
 public:
  // `timeout_ms` bounds the whole query; 0: no limit. The domains are asserted at scope 0.
  Session(const expr::Environment& environment, unsigned timeout_ms);

  seamless::smt::Solver::Impl& z3() { return solver_.impl(); }
  z3::context& context() { return z3().context; }
  seamless::smt::Variables& variables() { return z3().variables; }

  // Checks the current assertions with the time left: sat, unsat, or unknown with `reason` set
  // (the query's timeout, or Z3's reason).
  z3::check_result check(std::string& reason);
  // core/smt's verified query (Solver::Impl::solve) with the time left; a timeout is the query's.
  seamless::smt::Result solve(const std::vector<seamless::smt::Condition>& conditions,
                              const z3::expr& extra, std::vector<std::uint32_t> mentioned);

  // `timeout after N ms` (the whole query's budget).
  std::string timeout_reason() const;

 private:
  // Gives the next check the time left; false when none is left.
  bool arm();
  // A reason from core/smt with its per-check timeout restated as the query's.
  std::string restate(std::string reason) const;

  seamless::smt::Solver solver_;
  unsigned timeout_ms_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace seamless::plugins::smt
