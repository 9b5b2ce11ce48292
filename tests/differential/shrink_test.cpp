// The shrinker itself: it must keep the failure and end with a small expression.
#include <catch2/catch.hpp>

#include "seamless/expr/interpreter.hpp"
#include "support/random_expr.hpp"
#include "support/shrink.hpp"

using namespace seamless;

TEST_CASE("shrinking keeps the failure and reduces the expression", "[differential]") {
  test::RandomExprGenerator gen(7);
  expr::Environment env = gen.make_environment();
  // A made-up failure: "the guard's value is null". Find a random guard that shows it.
  const auto is_null = [](const expr::Expr& e, const std::vector<std::int64_t>& s) {
    return expr::evaluate(e, s.data()).null;
  };
  for (int i = 0; i < 5000; ++i) {
    expr::Expr e = gen.boolean_expr(env, 6);
    auto slots = gen.random_case(env, false);
    if (e.nodes.size() < 8 || !is_null(e, slots)) continue;
    const test::Counterexample small = test::shrink({e, slots}, is_null);
    CHECK(is_null(small.expr, small.slots));
    CHECK(small.expr.nodes.size() <= e.nodes.size());
    CHECK(small.expr.nodes.size() <= 3);  // a null constant, or at most one operation on it
    return;
  }
  FAIL("no random guard evaluated to null");
}
