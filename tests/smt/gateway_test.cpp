// Gateway gaps and overlaps: the examples of the checks, every witness re-evaluated with the
// interpreter.
#include <catch2/catch.hpp>

#include "seamless/expr/interpreter.hpp"
#include "seamless/smt/gateway.hpp"
#include "support/expr_builder.hpp"

using namespace seamless;
using namespace seamless::test::build;
using expr::Type;
using smt::Answer;

namespace {

bool holds(const expr::Expr& e, const smt::Case& c) {
  return expr::evaluate_truth(e, c.slots.data()) == expr::Truth::true_;
}

struct Process {
  expr::Environment env;
  Process() {
    declare(env, "area", Type::integer, 0, 100000);
    declare(env, "x", Type::integer);
    declare(env, "a", Type::decimal);
    declare(env, "b", Type::decimal);
    declare(env, "district", Type::string, {}, {}, {"qingpu", "wujiang"});
  }
  E v(const char* name) { return var(env, name); }
};

}  // namespace

TEST_CASE("area > 500 and area < 300 leave a gap from 300 to 500", "[smt][gateway]") {
  Process p;
  smt::Solver solver(p.env);
  const auto big = finish(gt(p.v("area"), integer(500)));
  const auto small = finish(lt(p.v("area"), integer(300)));
  smt::GatewayGuards g{{&big, &small}, false, {}};
  const smt::Result gap = smt::find_gap(solver, g);
  REQUIRE(gap.answer == Answer::sat);
  const std::int64_t area = gap.witness->slots[0];
  CHECK(area >= 300);
  CHECK(area <= 500);
  CHECK_FALSE(holds(big, *gap.witness));
  CHECK_FALSE(holds(small, *gap.witness));
  CHECK(gap.witness->mentioned == std::vector<std::uint32_t>{0});

  SECTION("a default flow closes the gap") {
    g.has_default = true;
    CHECK(smt::find_gap(solver, g).answer == Answer::unsat);
  }
  SECTION("a path condition area > 1000 leaves no gap") {
    const auto path = finish(gt(p.v("area"), integer(1000)));
    g.path = {&path};
    CHECK(smt::find_gap(solver, g).answer == Answer::unsat);
  }
  SECTION("a path condition area >= 400 leaves 400 to 500") {
    const auto path = finish(ge(p.v("area"), integer(400)));
    g.path = {&path};
    const smt::Result r = smt::find_gap(solver, g);
    REQUIRE(r.answer == Answer::sat);
    CHECK(r.witness->slots[0] >= 400);
    CHECK(r.witness->slots[0] <= 500);
    CHECK(holds(path, *r.witness));
  }
  SECTION("the guards do not overlap") {
    const auto overlaps = smt::find_overlaps(solver, g);
    REQUIRE(overlaps.size() == 1);
    CHECK(overlaps[0].result.answer == Answer::unsat);
  }
}

TEST_CASE("complementary guards have neither gap nor overlap", "[smt][gateway]") {
  Process p;
  smt::Solver solver(p.env);
  const auto le1 = finish(le(p.v("x"), integer(1)));
  const auto gt1 = finish(gt(p.v("x"), integer(1)));
  const smt::GatewayReport r = smt::check_gateway(solver, {{&le1, &gt1}, false, {}});
  CHECK(r.gap.answer == Answer::unsat);
  REQUIRE(r.overlaps.size() == 1);
  CHECK(r.overlaps[0].result.answer == Answer::unsat);
}

TEST_CASE("overlaps of x > 1, x > 2 and x < 0", "[smt][gateway]") {
  Process p;
  smt::Solver solver(p.env);
  const auto g1 = finish(gt(p.v("x"), integer(1)));
  const auto g2 = finish(gt(p.v("x"), integer(2)));
  const auto g3 = finish(lt(p.v("x"), integer(0)));
  const smt::GatewayGuards g{{&g1, &g2, &g3}, false, {}};
  const auto overlaps = smt::find_overlaps(solver, g);
  REQUIRE(overlaps.size() == 3);
  CHECK(overlaps[0].first == 0);
  CHECK(overlaps[0].second == 1);
  REQUIRE(overlaps[0].result.answer == Answer::sat);
  const smt::Case& w = *overlaps[0].result.witness;
  CHECK(w.slots[1] > 2);
  CHECK(holds(g1, w));
  CHECK(holds(g2, w));
  CHECK(overlaps[1].result.answer == Answer::unsat);  // x > 1, x < 0
  CHECK(overlaps[2].result.answer == Answer::unsat);  // x > 2, x < 0
  // The gap: x in 0..1.
  const smt::Result gap = smt::find_gap(solver, g);
  REQUIRE(gap.answer == Answer::sat);
  CHECK(gap.witness->slots[1] >= 0);
  CHECK(gap.witness->slots[1] <= 1);
}

TEST_CASE("a null guard value is a gap: a / b > 1 and a / b <= 1 when b = 0", "[smt][gateway]") {
  Process p;
  smt::Solver solver(p.env);
  const auto more = finish(gt(div(p.v("a"), p.v("b")), decimal("1")));
  const auto less = finish(le(div(p.v("a"), p.v("b")), decimal("1")));
  const smt::Result gap = smt::find_gap(solver, {{&more, &less}, false, {}});
  REQUIRE(gap.answer == Answer::sat);
  const smt::Case& w = *gap.witness;
  const bool by_zero = w.slots[3] == 0;
  // b = 0, or a / b out of the decimal range.
  CHECK((by_zero || expr::evaluate(more, w.slots.data()).null));
  CHECK_FALSE(holds(more, w));
  CHECK_FALSE(holds(less, w));

  const auto nonzero = finish(ne(p.v("b"), decimal("0")));
  const auto small_a = finish(and_(lt(p.v("a"), decimal("1000")), gt(p.v("a"), decimal("-1000"))));
  const smt::Result none = smt::find_gap(solver, {{&more, &less}, false, {&nonzero, &small_a}});
  CHECK(none.answer == Answer::unsat);
}

TEST_CASE("string guards over an enumeration cover it exactly", "[smt][gateway]") {
  Process p;
  smt::Solver solver(p.env);
  const auto q = finish(eq(p.v("district"), string(p.env, "qingpu")));
  const auto w = finish(eq(p.v("district"), string(p.env, "wujiang")));
  const smt::GatewayReport full = smt::check_gateway(solver, {{&q, &w}, false, {}});
  CHECK(full.gap.answer == Answer::unsat);
  CHECK(full.overlaps[0].result.answer == Answer::unsat);
  const smt::Result partial = smt::find_gap(solver, {{&q}, false, {}});
  REQUIRE(partial.answer == Answer::sat);
  CHECK(partial.witness->texts[4] == "\"wujiang\"");
}

TEST_CASE("gateway checks with many guards answer every pair", "[smt][gateway]") {
  Process p;
  smt::Solver solver(p.env);
  std::vector<expr::Expr> guards;
  for (int i = 0; i < 6; ++i)
    guards.push_back(
        finish(and_(ge(p.v("area"), integer(i * 100)), lt(p.v("area"), integer(i * 100 + 150)))));
  smt::GatewayGuards g;
  for (const auto& e : guards) g.guards.push_back(&e);
  const smt::GatewayReport r = smt::check_gateway(solver, g);
  REQUIRE(r.overlaps.size() == 15);
  for (const smt::Overlap& o : r.overlaps) {
    INFO("guards " << o.first << " and " << o.second);
    if (o.second == o.first + 1) {
      REQUIRE(o.result.answer == Answer::sat);
      CHECK(holds(guards[o.first], *o.result.witness));
      CHECK(holds(guards[o.second], *o.result.witness));
    } else {
      CHECK(o.result.answer == Answer::unsat);
    }
  }
  REQUIRE(r.gap.answer == Answer::sat);
  CHECK(r.gap.witness->slots[0] >= 650);
  for (const auto& e : guards) CHECK_FALSE(holds(e, *r.gap.witness));
}

TEST_CASE("a guard that cannot be lowered makes the answers unknown, not wrong", "[smt][gateway]") {
  Process p;
  smt::Solver solver(p.env);
  // Ill-typed IR: an integer compared with a boolean.
  const auto bad = finish(eq(p.v("x"), boolean(true)));
  const auto fine = finish(gt(p.v("x"), integer(1)));
  const smt::GatewayReport r = smt::check_gateway(solver, {{&fine, &bad}, false, {}});
  CHECK(r.gap.answer == Answer::unknown);
  CHECK_FALSE(r.gap.reason.empty());
  REQUIRE(r.overlaps.size() == 1);
  CHECK(r.overlaps[0].result.answer == Answer::unknown);
  CHECK(solver.check({{&bad}}).answer == Answer::unknown);
  // The solver still answers afterwards.
  CHECK(solver.check({{&fine}}).answer == Answer::sat);
  CHECK(smt::find_gap(solver, {{&fine}, false, {}}).answer == Answer::sat);
}
