// Every IR operation on edge values: Z3's evaluation (smt::Solver::evaluate) agrees with the
// reference interpreter, both with constant operands and with operands read from variables.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "seamless/expr/interpreter.hpp"
#include "seamless/smt/solver.hpp"
#include "support/edge_values.hpp"
#include "support/expr_builder.hpp"

using namespace seamless;
using namespace seamless::test::build;
using expr::Op;
using expr::Type;
using expr::Value;

namespace {

namespace edge = test::edge;
using edge::max64;
using edge::min64;

// The shared edge integers and decimal-scale edges; the integers at the edge of the decimal range
// come twice, as they always have here (so the counts of the assertions stay).
const std::vector<std::int64_t> edges =
    edge::join({edge::integers,
                edge::decimal_scale,
                {edge::max_decimal_integer, -(edge::max_decimal_integer + 1)}});

std::string show(Value v) {
  return v.null ? "null" : std::to_string(v.bits);
}

struct Fixture {
  expr::Environment env;
  std::uint32_t ia, ib, da, db, ba, bb, sa, sb;
  Fixture() {
    ia = declare(env, "ia", Type::integer);
    ib = declare(env, "ib", Type::integer);
    da = declare(env, "da", Type::decimal);
    db = declare(env, "db", Type::decimal);
    ba = declare(env, "ba", Type::boolean);
    bb = declare(env, "bb", Type::boolean);
    sa = declare(env, "sa", Type::string);
    sb = declare(env, "sb", Type::string);
    for (const char* s : {"", "a", "b"}) env.strings().intern(s);
  }
};

// The operand: the constant `bits` (or null), or variable `slot` holding `bits`.
E operand(Type type, std::int64_t bits, bool is_null, bool from_variable, std::uint32_t slot,
          std::vector<std::int64_t>& slots) {
  if (is_null) return null(type);
  if (!from_variable) return constant(type, bits);
  slots[slot] = bits;
  return variable(type, slot);
}

// Compares both backends on `op` over every pair of operand values (nulls included), with
// constants and with variables.
int compare_binary(Fixture& f, smt::Solver& solver, Op op, Type result, Type operand_type,
                   const std::vector<std::int64_t>& values) {
  int compared = 0;
  const std::uint32_t slot_a = operand_type == Type::integer   ? f.ia
                               : operand_type == Type::decimal ? f.da
                               : operand_type == Type::boolean ? f.ba
                                                               : f.sa;
  const std::uint32_t slot_b = slot_a + 1;
  for (int form = 0; form < 2; ++form) {
    for (std::size_t i = 0; i <= values.size(); ++i) {
      for (std::size_t j = 0; j <= values.size(); ++j) {
        std::vector<std::int64_t> slots(f.env.variables().size(), 0);
        const bool a_null = i == values.size(), b_null = j == values.size();
        E a = operand(operand_type, a_null ? 0 : values[i], a_null, form == 1, slot_a, slots);
        E b = operand(operand_type, b_null ? 0 : values[j], b_null, form == 1, slot_b, slots);
        const expr::Expr e = finish(binary(op, result, std::move(a), b));
        const Value want = expr::evaluate(e, slots.data());
        const Value got = solver.evaluate(e, slots.data());
        INFO(std::string(expr::to_string(op))
             << " " << expr::to_string(operand_type)
             << " a=" << (a_null ? "null" : std::to_string(values[i]))
             << " b=" << (b_null ? "null" : std::to_string(values[j]))
             << (form ? " (variables)" : " (constants)"));
        INFO("interpreter " << show(want) << ", z3 " << show(got));
        REQUIRE(got == want);
        ++compared;
      }
    }
  }
  return compared;
}

}  // namespace

TEST_CASE("integer and decimal arithmetic agree with the interpreter on edge values",
          "[smt][operations]") {
  Fixture f;
  smt::Solver solver(f.env);
  int n = 0;
  for (Op op : {Op::add, Op::subtract, Op::multiply, Op::modulo})
    n += compare_binary(f, solver, op, Type::integer, Type::integer, edges);
  for (Op op : {Op::add, Op::subtract, Op::multiply, Op::divide})
    n += compare_binary(f, solver, op, Type::decimal, Type::decimal, edges);
  CHECK(n > 3000);
}

TEST_CASE("comparisons and equality agree with the interpreter on edge values",
          "[smt][operations]") {
  Fixture f;
  smt::Solver solver(f.env);
  for (Op op :
       {Op::equal, Op::not_equal, Op::less, Op::less_equal, Op::greater, Op::greater_equal}) {
    compare_binary(f, solver, op, Type::boolean, Type::integer, edges);
    compare_binary(f, solver, op, Type::boolean, Type::decimal, edges);
  }
  for (Op op : {Op::equal, Op::not_equal}) {
    compare_binary(f, solver, op, Type::boolean, Type::boolean, {0, 1});
    compare_binary(f, solver, op, Type::boolean, Type::string, {0, 1, 2, 3});
  }
}

TEST_CASE("Kleene and, or and not agree with the interpreter", "[smt][operations]") {
  Fixture f;
  smt::Solver solver(f.env);
  for (Op op : {Op::logical_and, Op::logical_or})
    compare_binary(f, solver, op, Type::boolean, Type::boolean, {0, 1});
  for (int v = 0; v < 3; ++v) {
    const expr::Expr e = finish(not_(v == 2 ? null(Type::boolean) : boolean(v == 1)));
    CHECK(solver.evaluate(e, nullptr) == expr::evaluate(e, nullptr));
  }
}

TEST_CASE("unary operations agree with the interpreter on edge values", "[smt][operations]") {
  Fixture f;
  smt::Solver solver(f.env);
  std::vector<std::int64_t> slots(f.env.variables().size(), 0);
  for (std::size_t i = 0; i <= edges.size(); ++i) {
    const bool is_null_value = i == edges.size();
    const std::int64_t bits = is_null_value ? 0 : edges[i];
    for (int form = 0; form < 2; ++form) {
      auto op_int = [&] {
        return operand(Type::integer, bits, is_null_value, form == 1, f.ia, slots);
      };
      auto op_dec = [&] {
        return operand(Type::decimal, bits, is_null_value, form == 1, f.da, slots);
      };
      auto op_str = [&] {
        return operand(Type::string, bits & 3, is_null_value, form == 1, f.sa, slots);
      };
      const std::vector<expr::Expr> exprs = {
          finish(neg(op_int())),     finish(neg(op_dec())),     finish(to_decimal(op_int())),
          finish(is_null(op_int())), finish(is_null(op_dec())), finish(is_empty(f.env, op_str())),
          finish(is_null(op_str())),
      };
      for (const expr::Expr& e : exprs) {
        INFO(expr::to_string(e.nodes.back().op)
             << " of " << (is_null_value ? "null" : std::to_string(bits))
             << (form ? " (variable)" : " (constant)"));
        const Value want = expr::evaluate(e, slots.data());
        const Value got = solver.evaluate(e, slots.data());
        INFO("interpreter " << show(want) << ", z3 " << show(got));
        REQUIRE(got == want);
      }
    }
  }
}

TEST_CASE("specific values of the semantics", "[smt][operations]") {
  Fixture f;
  smt::Solver solver(f.env);
  auto eval = [&](E e) { return solver.evaluate(finish(std::move(e)), nullptr); };
  const Value null_v{0, true};
  CHECK(eval(mod(integer(-7), integer(2))) == Value{-1, false});
  CHECK(eval(mod(integer(7), integer(-2))) == Value{1, false});
  CHECK(eval(mod(integer(min64), integer(-1))) == Value{0, false});
  CHECK(eval(mod(integer(7), integer(0))) == null_v);
  CHECK(eval(div(decimal("1"), decimal("3"))) == Value{333333, false});
  CHECK(eval(div(decimal("-1"), decimal("3"))) == Value{-333333, false});
  CHECK(eval(div(decimal("1"), decimal("0"))) == null_v);
  CHECK(eval(mul(decimal("1.5"), decimal("-0.000001"))) == Value{-1, false});
  CHECK(eval(mul(decimal("0.000001"), decimal("0.5"))) == Value{0, false});
  CHECK(eval(add(integer(max64), integer(1))) == null_v);
  CHECK(eval(neg(integer(min64))) == null_v);
  CHECK(eval(to_decimal(integer(9223372036855LL))) == null_v);
  CHECK(eval(eq(null(), null())) == Value{1, false});
  CHECK(eval(eq(integer(1), null())) == Value{0, false});
  CHECK(eval(ne(null(Type::integer), integer(1))) == Value{1, false});
  CHECK(eval(and_(boolean(false), null(Type::boolean))) == Value{0, false});
  CHECK(eval(and_(boolean(true), null(Type::boolean))) == null_v);
  CHECK(eval(or_(null(Type::boolean), boolean(true))) == Value{1, false});
  CHECK(eval(or_(null(Type::boolean), boolean(false))) == null_v);
  CHECK(eval(lt(null(Type::integer), integer(1))) == null_v);
}
