// Arithmetic in JIT-compiled guards at its edges, against the reference interpreter and the
// values value.hpp prescribes: checked int64 + - * and negation, truncating modulo, fixed-point
// decimal * and / truncated toward zero, int -> decimal promotion, null propagation.
#include <catch2/catch.hpp>

#include <random>

#include "jit_support.hpp"

using namespace seamless;
using namespace seamless::plugins::jit::test;

namespace {

constexpr std::int64_t min = edge::min64, max = edge::max64;
constexpr std::int64_t one = edge::one;  // 1.0 as a decimal

const std::vector<Value> integers = values_and_null(edge::integers);
const std::vector<Value> decimals = values_and_null(edge::decimals);

void all_pairs(Batch& batch, Op op, Type type, Type operands, const std::vector<Value>& values) {
  for (const Value& a : values)
    for (const Value& b : values) batch.binary(op, type, operands, a, b);
}

}  // namespace

TEST_CASE("jit integer addition and subtraction at the int64 limits", "[jit]") {
  Batch batch;
  all_pairs(batch, Op::add, Type::integer, Type::integer, integers);
  all_pairs(batch, Op::subtract, Type::integer, Type::integer, integers);
  batch.binary(Op::add, Type::integer, Type::integer, value(max), value(1), null_value);
  batch.binary(Op::add, Type::integer, Type::integer, value(min), value(-1), null_value);
  batch.binary(Op::add, Type::integer, Type::integer, value(min), value(max), value(-1));
  batch.binary(Op::subtract, Type::integer, Type::integer, value(min), value(1), null_value);
  batch.binary(Op::subtract, Type::integer, Type::integer, value(0), value(min), null_value);
  batch.binary(Op::subtract, Type::integer, Type::integer, value(-1), value(min), value(max));
  batch.binary(Op::subtract, Type::integer, Type::integer, value(min), value(min), value(0));
  batch.run();
}

TEST_CASE("jit integer multiplication and negation overflow to null", "[jit]") {
  Batch batch;
  all_pairs(batch, Op::multiply, Type::integer, Type::integer, integers);
  for (const Value& a : integers) batch.unary(Op::negate, Type::integer, Type::integer, a);
  batch.binary(Op::multiply, Type::integer, Type::integer, value(min), value(-1), null_value);
  batch.binary(Op::multiply, Type::integer, Type::integer, value(-1), value(min), null_value);
  batch.binary(Op::multiply, Type::integer, Type::integer, value(min), value(1), value(min));
  batch.binary(Op::multiply, Type::integer, Type::integer, value(3037000499), value(3037000499),
               value(9223372030926249001));
  batch.binary(Op::multiply, Type::integer, Type::integer, value(3037000500), value(3037000500),
               null_value);
  batch.binary(Op::multiply, Type::integer, Type::integer, value(max), value(0), value(0));
  batch.unary(Op::negate, Type::integer, Type::integer, value(min), null_value);
  batch.unary(Op::negate, Type::integer, Type::integer, value(max), value(min + 1));
  batch.unary(Op::negate, Type::integer, Type::integer, value(0), value(0));
  batch.unary(Op::negate, Type::integer, Type::integer, null_value, null_value);
  batch.run();
}

TEST_CASE("jit modulo truncates toward zero and is null for a zero divisor", "[jit]") {
  Batch batch;
  all_pairs(batch, Op::modulo, Type::integer, Type::integer, integers);
  batch.binary(Op::modulo, Type::integer, Type::integer, value(-7), value(2), value(-1));
  batch.binary(Op::modulo, Type::integer, Type::integer, value(7), value(-2), value(1));
  batch.binary(Op::modulo, Type::integer, Type::integer, value(-7), value(-2), value(-1));
  batch.binary(Op::modulo, Type::integer, Type::integer, value(7), value(0), null_value);
  batch.binary(Op::modulo, Type::integer, Type::integer, value(0), value(0), null_value);
  batch.binary(Op::modulo, Type::integer, Type::integer, value(min), value(-1), value(0));
  batch.binary(Op::modulo, Type::integer, Type::integer, value(max), value(-1), value(0));
  batch.binary(Op::modulo, Type::integer, Type::integer, value(min), value(max), value(-1));
  batch.binary(Op::modulo, Type::integer, Type::integer, value(max), value(min), value(max));
  batch.binary(Op::modulo, Type::integer, Type::integer, null_value, value(0), null_value);
  batch.run();
}

TEST_CASE("jit decimal division truncates toward zero and is null for a zero divisor", "[jit]") {
  Batch batch;
  all_pairs(batch, Op::divide, Type::decimal, Type::decimal, decimals);
  // 1 / 3 = 0.333333, -1 / 3 = -0.333333 (toward zero, not -0.333334)
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(one), value(3 * one), value(333333));
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(-one), value(3 * one),
               value(-333333));
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(one), value(-3 * one),
               value(-333333));
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(2), value(3 * one), value(0));
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(-2), value(3), value(-666666));
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(one), value(0), null_value);
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(0), value(0), null_value);
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(min), value(-one), null_value);
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(min), value(one), value(min));
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(max), value(1), null_value);
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(5 * one), value(-1),
               value(-5 * one * one));
  // The 128-bit path: the dividend times 10^6 exceeds int64, the quotient fits.
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(10'000'000 * one), value(4 * one),
               value(2'500'000 * one));
  batch.binary(Op::divide, Type::decimal, Type::decimal, value(-10'000'000 * one - 1),
               value(3 * one), value(-3'333'333'333'333));
  batch.run();
}

TEST_CASE("jit decimal multiplication truncates toward zero", "[jit]") {
  Batch batch;
  all_pairs(batch, Op::multiply, Type::decimal, Type::decimal, decimals);
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(1500000), value(1500000),
               value(2250000));
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(-1500000), value(1500000),
               value(-2250000));
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(1), value(500000), value(0));
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(-1), value(500000), value(0));
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(-3), value(333333), value(0));
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(-3), value(333334), value(-1));
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(max), value(one), value(max));
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(min), value(one), value(min));
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(min), value(-one), null_value);
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(max), value(2 * one), null_value);
  batch.binary(Op::multiply, Type::decimal, Type::decimal, value(max), value(-1),
               value(-9223372036854));
  for (const Value& a : decimals) batch.unary(Op::negate, Type::decimal, Type::decimal, a);
  batch.run();
}

TEST_CASE("jit promotes integers to decimals and overflows to null", "[jit]") {
  Batch batch;
  for (const Value& a : integers) batch.unary(Op::to_decimal, Type::decimal, Type::integer, a);
  batch.unary(Op::to_decimal, Type::decimal, Type::integer, value(9223372036854),
              value(9223372036854000000));
  batch.unary(Op::to_decimal, Type::decimal, Type::integer, value(-9223372036854),
              value(-9223372036854000000));
  batch.unary(Op::to_decimal, Type::decimal, Type::integer, value(9223372036855), null_value);
  batch.unary(Op::to_decimal, Type::decimal, Type::integer, value(-9223372036855), null_value);
  batch.unary(Op::to_decimal, Type::decimal, Type::integer, value(min), null_value);
  batch.unary(Op::to_decimal, Type::decimal, Type::integer, value(-3), value(-3 * one));
  batch.unary(Op::to_decimal, Type::decimal, Type::integer, null_value, null_value);
  batch.run();
}

TEST_CASE("jit ordering comparisons of integers and decimals, null when an operand is", "[jit]") {
  Batch batch;
  for (Op op : {Op::less, Op::less_equal, Op::greater, Op::greater_equal}) {
    all_pairs(batch, op, Type::boolean, Type::integer, integers);
    all_pairs(batch, op, Type::boolean, Type::decimal, decimals);
  }
  batch.binary(Op::less, Type::boolean, Type::integer, value(min), value(max), value(1));
  batch.binary(Op::less_equal, Type::boolean, Type::integer, value(max), value(max), value(1));
  batch.binary(Op::greater, Type::boolean, Type::integer, value(-1), value(0), value(0));
  batch.binary(Op::greater_equal, Type::boolean, Type::integer, null_value, value(0), null_value);
  batch.binary(Op::less, Type::boolean, Type::decimal, value(0), null_value, null_value);
  batch.run();
}

TEST_CASE("jit null propagates through nested arithmetic", "[jit]") {
  // ((x / 0) + 1) > 0 is null; is_null of it is true; (x % 0) = null is true.
  using namespace build;
  Batch batch;
  const E sum = add(div(variable(Type::decimal, 0), constant(Type::decimal, 0)),
                    constant(Type::decimal, one));
  batch.add(finish(gt(sum, constant(Type::decimal, 0))), {one}, "((x / 0) + 1) > 0", null_value);
  batch.add(finish(is_null(sum)), {one}, "is_null((x / 0) + 1)", value(1));
  batch.add(finish(eq(mod(variable(Type::integer, 0), integer(0)), null())), {5}, "(y % 0) = null",
            value(1));
  batch.run();
}

TEST_CASE("jit arithmetic agrees with the interpreter on random operands of every magnitude",
          "[jit]") {
  // For each op: is_null(op(x, y)) and op(x, y) = z, over many (x, y), z the interpreter's value.
  struct Case {
    Op op;
    Type type, operands;
  };
  const std::vector<Case> ops{
      {Op::add, Type::integer, Type::integer},      {Op::subtract, Type::integer, Type::integer},
      {Op::multiply, Type::integer, Type::integer}, {Op::modulo, Type::integer, Type::integer},
      {Op::multiply, Type::decimal, Type::decimal}, {Op::divide, Type::decimal, Type::decimal},
      {Op::negate, Type::integer, Type::integer},   {Op::to_decimal, Type::decimal, Type::integer},
  };
  std::vector<expr::Expr> guards, reference;
  for (const Case& c : ops) {
    using namespace build;
    const E x = variable(c.operands, 0);
    const bool one_operand = c.op == Op::negate || c.op == Op::to_decimal;
    const E r =
        one_operand ? unary(c.op, c.type, x) : binary(c.op, c.type, x, variable(c.operands, 1));
    reference.push_back(finish(r));
    guards.push_back(finish(is_null(r)));
    guards.push_back(finish(eq(r, variable(c.type, 2))));
  }
  auto compiled = compile(guards);

  std::mt19937_64 rng(1234);
  // Magnitudes from tiny to full range, and values next to multiples of 10^6.
  auto operand = [&]() -> std::int64_t {
    const auto r = static_cast<std::int64_t>(rng());
    switch (rng() % 5) {
      case 0:
        return r;
      case 1:
        return r >> (rng() % 63);
      case 2:
        return (r >> 40) * one + static_cast<std::int64_t>(rng() % 3) - 1;
      case 3:
        return r % 2'000'000;
      default: {
        // A whole number of decimal units, wrapping like the hardware (no signed overflow).
        const auto whole = static_cast<std::uint64_t>(r >> (rng() % 63));
        return static_cast<std::int64_t>(whole * static_cast<std::uint64_t>(one));
      }
    }
  };
  int wrong = 0;
  for (int i = 0; i < 100000; ++i) {
    std::vector<std::int64_t> slots{operand(), operand(), 0};
    for (std::size_t k = 0; k < ops.size(); ++k) {
      const Value v = expr::evaluate(reference[k], slots.data());
      slots[2] = v.bits;
      const auto null = run(*compiled, 2 * k, slots);
      const auto equal = run(*compiled, 2 * k + 1, slots);
      const bool ok = null == (v.null ? expr::Truth::true_ : expr::Truth::false_) &&
                      (v.null || equal == expr::Truth::true_);
      if (!ok && wrong++ < 5) {
        FAIL_CHECK(expr::to_string(ops[k].op)
                   << " : " << expr::to_string(ops[k].type) << " of " << slots[0] << ", "
                   << slots[1] << ": interpreter "
                   << (v.null ? std::string("null") : std::to_string(v.bits)));
      }
    }
  }
  CHECK(wrong == 0);
}
