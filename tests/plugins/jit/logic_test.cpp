// Logic and equality in JIT-compiled guards, against the reference interpreter and value.hpp:
// Kleene and/or/not, null-aware equality of every type, is_null, is_empty, constants and
// variables as guards.
#include <catch2/catch.hpp>

#include <limits>

#include "jit_support.hpp"

using namespace seamless;
using namespace seamless::plugins::jit::test;

namespace {
const Value f = value(0);
const Value t = value(1);
const Value n = null_value;
}  // namespace

TEST_CASE("jit logical and, or and not follow Kleene's tables", "[jit]") {
  Batch batch;
  // Non-canonical booleans (2, -1) count as true, as in the interpreter.
  const std::vector<Value> booleans{f, t, n, value(2), value(-1)};
  for (const Value& a : booleans) {
    for (const Value& b : booleans) {
      batch.binary(Op::logical_and, Type::boolean, Type::boolean, a, b);
      batch.binary(Op::logical_or, Type::boolean, Type::boolean, a, b);
    }
    batch.unary(Op::logical_not, Type::boolean, Type::boolean, a);
  }
  const auto table = [&](Op op, Value a, Value b, Value result) {
    batch.binary(op, Type::boolean, Type::boolean, a, b, result);
  };
  table(Op::logical_and, f, f, f);
  table(Op::logical_and, f, t, f);
  table(Op::logical_and, f, n, f);
  table(Op::logical_and, n, f, f);
  table(Op::logical_and, t, t, t);
  table(Op::logical_and, t, n, n);
  table(Op::logical_and, n, t, n);
  table(Op::logical_and, n, n, n);
  table(Op::logical_or, t, f, t);
  table(Op::logical_or, t, n, t);
  table(Op::logical_or, n, t, t);
  table(Op::logical_or, f, f, f);
  table(Op::logical_or, f, n, n);
  table(Op::logical_or, n, f, n);
  table(Op::logical_or, n, n, n);
  batch.unary(Op::logical_not, Type::boolean, Type::boolean, t, f);
  batch.unary(Op::logical_not, Type::boolean, Type::boolean, f, t);
  batch.unary(Op::logical_not, Type::boolean, Type::boolean, n, n);
  batch.run();
}

TEST_CASE("jit equality is null-aware for every type", "[jit]") {
  Batch batch;
  const std::vector<std::pair<Type, std::vector<Value>>> types{
      {Type::boolean, {f, t, n}},
      {Type::integer, {value(0), value(-1), value(edge::min64), n}},
      {Type::decimal, {value(0), value(1500000), value(-1), n}},
      {Type::string, {value(0), value(1), value(2), n}},
  };
  for (const auto& [type, values] : types) {
    for (const Value& a : values) {
      for (const Value& b : values) {
        const bool same = a.null || b.null ? a.null && b.null : a.bits == b.bits;
        batch.binary(Op::equal, Type::boolean, type, a, b, value(same ? 1 : 0));
        batch.binary(Op::not_equal, Type::boolean, type, a, b, value(same ? 0 : 1));
      }
    }
  }
  // Against the untyped null constant: `x = null`, `null != null`.
  using namespace build;
  batch.add(finish(eq(variable(Type::integer, 0), null())), {0}, "x = null", f);
  batch.add(finish(ne(null(), null())), {}, "null != null", f);
  batch.add(finish(eq(null(), null())), {}, "null = null", t);
  batch.run();
}

TEST_CASE("jit is_null and is_empty are never null", "[jit]") {
  constexpr std::int64_t empty = 3;  // the empty string's id in this guard set
  Batch batch;
  for (Type type : {Type::boolean, Type::integer, Type::decimal, Type::string}) {
    batch.unary(Op::is_null, Type::boolean, type, n, t);
    batch.unary(Op::is_null, Type::boolean, type, value(0), f);
    batch.unary(Op::is_null, Type::boolean, type, value(-1), f);
  }
  for (const Value& s : {value(empty), value(0), value(1), value(-1), n}) {
    const Value expected = s.null || s.bits == empty ? t : f;
    batch.add(build::finish(build::is_empty(build::value(Type::string, s), empty)), {},
              "is_empty constant", expected);
    if (!s.null) {
      batch.add(build::finish(build::is_empty(build::variable(Type::string, 0), empty)), {s.bits},
                "is_empty variable", expected);
    }
  }
  // is_null of a computed null (1 / 0) and of a computed value.
  using namespace build;
  const auto is_null_quotient = [](std::int64_t divisor) {
    return finish(is_null(div(variable(Type::decimal, 0), constant(Type::decimal, divisor))));
  };
  batch.add(is_null_quotient(0), {1000000}, "is_null(x / 0)", t);
  batch.add(is_null_quotient(2), {1000000}, "is_null(x / 0.000002)", f);
  batch.run();
}

TEST_CASE("jit constants and variables of every type as guards", "[jit]") {
  Batch batch;
  for (Type type : {Type::boolean, Type::integer, Type::decimal, Type::string}) {
    for (std::int64_t bits : {0LL, 1LL, -1LL, 42LL, std::numeric_limits<long long>::min()}) {
      batch.add(build::finish(build::constant(type, bits)), {}, "constant", value(bits));
      batch.add(build::finish(build::variable(type, 2)), {7, 7, bits}, "variable in slot 2",
                value(bits));
    }
    batch.add(build::finish(build::null(type)), {}, "null constant", n);
  }
  batch.run();
}
