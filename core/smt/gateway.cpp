// Gaps and overlaps of a gateway's outgoing guards (see gateway.hpp): the path condition is
// asserted once in a solver scope, each guard lowered once, then one query per question.
#include "seamless/smt/gateway.hpp"

#include <string>

#include "solver_impl.hpp"

namespace seamless::smt {

namespace {

enum class Questions { gap, overlaps, both };

GatewayReport run(Solver& solver, const GatewayGuards& g, Questions questions) {
  Solver::Impl& s = solver.fresh_impl();
  GatewayReport report;
  const bool want_gap = questions != Questions::overlaps;
  const bool want_overlaps = questions != Questions::gap;
  auto fail_all = [&](const std::exception& error) {
    const Result unknown = unknown_from(error);
    if (want_gap && !g.has_default) report.gap = unknown;
    if (want_overlaps)
      for (Overlap& o : report.overlaps) o.result = unknown;
  };
  if (want_gap && g.has_default) report.gap.answer = Answer::unsat;
  if (want_overlaps)
    for (std::size_t i = 0; i < g.guards.size(); ++i)
      for (std::size_t j = i + 1; j < g.guards.size(); ++j) report.overlaps.push_back({i, j, {}});

  try {
    s.sync_domains();
    std::vector<const expr::Expr*> exprs = g.path;
    exprs.insert(exprs.end(), g.guards.begin(), g.guards.end());
    const std::vector<std::uint32_t> mentioned = mentioned_slots(exprs);

    std::vector<Condition> path;
    z3::expr_vector path_holds(s.context);
    for (const expr::Expr* e : g.path) {
      path.push_back({e, Want::holds});
      path_holds.push_back(Lowering::holds(s.lowering.lower(*e)));
    }
    std::vector<z3::expr> holds;
    for (const expr::Expr* e : g.guards) holds.push_back(Lowering::holds(s.lowering.lower(*e)));

    s.solver.push();
    s.solver.add(z3::mk_and(path_holds));

    if (want_gap && !g.has_default) {
      std::vector<Condition> conditions = path;
      z3::expr_vector none(s.context);
      for (std::size_t i = 0; i < g.guards.size(); ++i) {
        conditions.push_back({g.guards[i], Want::fails});
        none.push_back(!holds[i]);
      }
      report.gap = s.solve(conditions, z3::mk_and(none), mentioned);
    }
    for (Overlap& o : report.overlaps) {
      std::vector<Condition> conditions = path;
      conditions.push_back({g.guards[o.first], Want::holds});
      conditions.push_back({g.guards[o.second], Want::holds});
      o.result = s.solve(conditions, holds[o.first] && holds[o.second], mentioned);
    }
    s.solver.pop();
  } catch (const std::exception& e) {
    s.domain_variables = static_cast<std::size_t>(-1);  // the base level is rebuilt next time
    fail_all(e);
  }
  return report;
}

}  // namespace

Result find_gap(Solver& solver, const GatewayGuards& gateway) {
  return run(solver, gateway, Questions::gap).gap;
}

std::vector<Overlap> find_overlaps(Solver& solver, const GatewayGuards& gateway) {
  return run(solver, gateway, Questions::overlaps).overlaps;
}

GatewayReport check_gateway(Solver& solver, const GatewayGuards& gateway) {
  return run(solver, gateway, Questions::both);
}

}  // namespace seamless::smt
