// Timeouts: a hard nonlinear query with a 1 ms limit is unknown (inconclusive), never a false
// sat or unsat, and returns promptly.
#include <catch2/catch.hpp>
#include <chrono>

#include "seamless/smt/gateway.hpp"
#include "support/expr_builder.hpp"

using namespace seamless;
using namespace seamless::test::build;
using expr::Type;
using smt::Answer;

namespace {

struct Cubes {
  expr::Environment env;
  Cubes() {
    declare(env, "x", Type::integer);
    declare(env, "y", Type::integer);
    declare(env, "z", Type::integer);
  }
  E cube(const char* name) { return mul(mul(var(env, name), var(env, name)), var(env, name)); }
  // x³ + y³ + z³ = k: for k = 33 the smallest solution has 16-digit numbers whose cubes overflow
  // int64 (null), so this is unsat over int64, but no solver shows it quickly.
  expr::Expr sum_of_cubes(std::int64_t k) {
    return finish(eq(add(add(cube("x"), cube("y")), cube("z")), integer(k)));
  }
};

}  // namespace

TEST_CASE("a 1 ms timeout on a hard query answers unknown", "[smt][timeout]") {
  Cubes c;
  smt::Solver solver(c.env, 1);
  CHECK(solver.timeout() == 1);
  const auto hard = c.sum_of_cubes(33);
  const auto start = std::chrono::steady_clock::now();
  const smt::Result r = solver.check({{&hard}});
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(r.answer == Answer::unknown);
  CHECK_FALSE(r.reason.empty());
  CHECK_FALSE(r.witness.has_value());
  CHECK(elapsed < std::chrono::seconds(5));
  INFO("reason: " << r.reason);
  SUCCEED();
}

TEST_CASE("gateway questions that time out are unknown, each of them", "[smt][timeout]") {
  Cubes c;
  smt::Solver solver(c.env, 1);
  // Every question includes the hard path condition.
  const auto path = c.sum_of_cubes(33);
  const auto g1 = finish(gt(var(c.env, "x"), integer(0)));
  const auto g2 = finish(gt(var(c.env, "y"), integer(0)));
  const auto g3 = finish(gt(var(c.env, "z"), integer(0)));
  const smt::GatewayReport r = smt::check_gateway(solver, {{&g1, &g2, &g3}, false, {&path}});
  // No guard holds: x, y, z <= 0, so the cubes cannot sum to 33 (unsat, or unknown in 1 ms).
  CHECK(r.gap.answer != Answer::sat);
  REQUIRE(r.overlaps.size() == 3);
  for (const smt::Overlap& o : r.overlaps) {
    INFO("pair " << o.first << "," << o.second << ": " << smt::to_string(o.result.answer));
    CHECK(o.result.answer == Answer::unknown);
  }
}

TEST_CASE("the solver is usable after a timeout, with a longer limit", "[smt][timeout]") {
  Cubes c;
  smt::Solver solver(c.env, 1);
  const auto hard = c.sum_of_cubes(33);
  CHECK(solver.check({{&hard}}).answer == Answer::unknown);
  solver.set_timeout(10'000);
  // x³ + y³ + z³ = 3 has the small solution 1, 1, 1.
  const auto easy = finish(and_(of(c.sum_of_cubes(3)), and_(eq(var(c.env, "x"), integer(1)),
                                                            eq(var(c.env, "y"), integer(1)))));
  const smt::Result r = solver.check({{&easy}});
  REQUIRE(r.answer == Answer::sat);
  CHECK(r.witness->slots == std::vector<std::int64_t>{1, 1, 1});
}
