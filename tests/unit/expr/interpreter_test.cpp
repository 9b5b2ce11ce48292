// Tests of the reference interpreter: the semantics of value.hpp, edge by edge.
#include <catch2/catch.hpp>
#include <limits>

#include "seamless/expr/arithmetic.hpp"
#include "seamless/expr/interpreter.hpp"

using namespace seamless::expr;

namespace {
constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();
const Value null_v{0, true};
Value v(std::int64_t bits) {
  return {bits, false};
}

// Evaluates `a op b` over two constant slots through a real Expr.
Value run(Op op, Type type, Value a, Value b, Type operand_type) {
  Expr e;
  Node na, nb, n;
  na.op = Op::constant;
  na.type = operand_type;
  na.constant = a.bits;
  na.constant_null = a.null;
  nb = na;
  nb.constant = b.bits;
  nb.constant_null = b.null;
  n.op = op;
  n.type = type;
  n.a = 0;
  n.b = 1;
  e.nodes = {na, nb, n};
  return evaluate(e, nullptr);
}
}  // namespace

TEST_CASE("integer arithmetic is checked: overflow gives null", "[expr][interpreter]") {
  CHECK(run(Op::add, Type::integer, v(max64), v(1), Type::integer) == null_v);
  CHECK(run(Op::add, Type::integer, v(max64), v(0), Type::integer) == v(max64));
  CHECK(run(Op::subtract, Type::integer, v(min64), v(1), Type::integer) == null_v);
  CHECK(run(Op::multiply, Type::integer, v(3037000500LL), v(3037000500LL), Type::integer) ==
        null_v);
  CHECK(run(Op::multiply, Type::integer, v(-3), v(7), Type::integer) == v(-21));
  CHECK(arith::negate(v(min64)) == null_v);
  CHECK(arith::negate(v(max64)) == v(-max64));
}

TEST_CASE("modulo truncates toward zero, by zero is null", "[expr][interpreter]") {
  CHECK(run(Op::modulo, Type::integer, v(-7), v(2), Type::integer) == v(-1));
  CHECK(run(Op::modulo, Type::integer, v(7), v(-2), Type::integer) == v(1));
  CHECK(run(Op::modulo, Type::integer, v(7), v(0), Type::integer) == null_v);
  CHECK(run(Op::modulo, Type::integer, v(min64), v(-1), Type::integer) == v(0));
}

TEST_CASE("decimals are fixed point with 6 digits, division truncates", "[expr][interpreter]") {
  const std::int64_t s = decimal_scale;
  CHECK(run(Op::multiply, Type::decimal, v(15 * s / 10), v(2 * s), Type::decimal) == v(3 * s));
  CHECK(run(Op::divide, Type::decimal, v(1 * s), v(3 * s), Type::decimal) == v(333333));
  CHECK(run(Op::divide, Type::decimal, v(-1 * s), v(3 * s), Type::decimal) == v(-333333));
  CHECK(run(Op::divide, Type::decimal, v(2 * s), v(3 * s), Type::decimal) == v(666666));
  CHECK(run(Op::divide, Type::decimal, v(s), v(0), Type::decimal) == null_v);
  CHECK(run(Op::multiply, Type::decimal, v(max64), v(2 * s), Type::decimal) == null_v);
  CHECK(run(Op::multiply, Type::decimal, v(1), v(1), Type::decimal) == v(0));  // 1e-12 -> 0
  CHECK(run(Op::multiply, Type::decimal, v(-1), v(1), Type::decimal) == v(0));
  CHECK(arith::to_decimal(v(9223372036854LL)) == v(9223372036854LL * s));
  CHECK(arith::to_decimal(v(9223372036855LL)) == null_v);
}

TEST_CASE("null propagates through arithmetic and ordering", "[expr][interpreter]") {
  CHECK(run(Op::add, Type::integer, null_v, v(1), Type::integer) == null_v);
  CHECK(run(Op::less, Type::boolean, null_v, v(1), Type::integer) == null_v);
  CHECK(run(Op::greater_equal, Type::boolean, v(2), v(1), Type::integer) == v(1));
}

TEST_CASE("equality is null-aware and never null", "[expr][interpreter]") {
  CHECK(run(Op::equal, Type::boolean, null_v, null_v, Type::integer) == v(1));
  CHECK(run(Op::equal, Type::boolean, null_v, v(0), Type::integer) == v(0));
  CHECK(run(Op::not_equal, Type::boolean, null_v, v(0), Type::integer) == v(1));
  CHECK(run(Op::equal, Type::boolean, v(5), v(5), Type::integer) == v(1));
}

TEST_CASE("Kleene logic", "[expr][interpreter]") {
  const Value t = v(1), f = v(0);
  CHECK(run(Op::logical_and, Type::boolean, f, null_v, Type::boolean) == f);
  CHECK(run(Op::logical_and, Type::boolean, null_v, f, Type::boolean) == f);
  CHECK(run(Op::logical_and, Type::boolean, t, null_v, Type::boolean) == null_v);
  CHECK(run(Op::logical_or, Type::boolean, t, null_v, Type::boolean) == t);
  CHECK(run(Op::logical_or, Type::boolean, null_v, t, Type::boolean) == t);
  CHECK(run(Op::logical_or, Type::boolean, f, null_v, Type::boolean) == null_v);
  CHECK(arith::logical_not(null_v) == null_v);
  CHECK(truth_of(null_v) == Truth::null);
}

TEST_CASE("variables, is_null and is_empty", "[expr][interpreter]") {
  Expr e;
  Node var;
  var.op = Op::variable;
  var.type = Type::string;
  var.slot = 1;
  Node empty;
  empty.op = Op::is_empty;
  empty.type = Type::boolean;
  empty.a = 0;
  empty.constant = 7;  // the empty string's id
  e.nodes = {var, empty};
  const std::int64_t with_empty[] = {0, 7};
  const std::int64_t with_other[] = {0, 3};
  CHECK(evaluate_truth(e, with_empty) == Truth::true_);
  CHECK(evaluate_truth(e, with_other) == Truth::false_);
}
