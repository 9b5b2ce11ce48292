// Random expressions and cases for differential tests (see random_expr.hpp).
#include "support/random_expr.hpp"

#include <limits>

#include "seamless/expr/print.hpp"
#include "support/expr_builder.hpp"

namespace seamless::test {

using expr::Node;
using expr::Op;
using expr::Type;

namespace {
constexpr std::int64_t int_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t int_max = std::numeric_limits<std::int64_t>::max();

Node make(Op op, Type type, std::uint32_t a = expr::no_operand,
          std::uint32_t b = expr::no_operand) {
  Node n;
  n.op = op;
  n.type = type;
  n.a = a;
  n.b = b;
  return n;
}
}  // namespace

expr::Environment RandomExprGenerator::make_environment() {
  expr::Environment env;
  using build::declare;
  declare(env, "food", Type::boolean);
  declare(env, "urgent", Type::boolean);
  declare(env, "area", Type::integer, 0, 100000);
  declare(env, "count", Type::integer);
  declare(env, "investment", Type::decimal, 0, 1'000'000'000 * expr::decimal_scale);
  declare(env, "rate", Type::decimal);
  declare(env, "district", Type::string, {}, {}, {"qingpu", "wujiang", "jiashan"});
  declare(env, "note", Type::string);
  for (const char* s : {"", "市场监管局", "other"}) env.strings().intern(s);
  return env;
}

std::int64_t RandomExprGenerator::edge_or_random(Type type) {
  static constexpr std::int64_t edges[] = {0,
                                           1,
                                           -1,
                                           2,
                                           -2,
                                           int_max,
                                           int_min,
                                           int_max - 1,
                                           int_min + 1,
                                           int_max / 2,
                                           int_min / 2,
                                           1000000,
                                           -1000000,
                                           3037000499LL,
                                           3037000500LL,
                                           9223372036854LL,
                                           -9223372036855LL,
                                           500,
                                           999999,
                                           1000001};
  std::uniform_int_distribution<int> pick(0, 3);
  if (type == Type::boolean) return static_cast<std::int64_t>(rng_() & 1);
  if (pick(rng_) < 2) return edges[rng_() % (sizeof edges / sizeof edges[0])];
  switch (rng_() % 3) {
    case 0:
      return static_cast<std::int64_t>(rng_() % 2001) - 1000;
    case 1:
      return static_cast<std::int64_t>(rng_() % 2'000'000'001) - 1'000'000'000;
    default:
      return static_cast<std::int64_t>(rng_());
  }
}

std::uint32_t RandomExprGenerator::push(expr::Expr& out, Node node) {
  out.nodes.push_back(node);
  return static_cast<std::uint32_t>(out.nodes.size() - 1);
}

std::uint32_t RandomExprGenerator::generate(Type type, int depth, expr::Expr& out,
                                            expr::Environment& env) {
  std::uniform_int_distribution<int> choice(0, 99);
  const bool leaf = depth <= 0 || choice(rng_) < 25;
  auto variable_of = [&](Type t) -> std::optional<std::uint32_t> {
    std::vector<std::uint32_t> slots;
    for (std::uint32_t i = 0; i < env.variables().size(); ++i)
      if (env.variables()[i].type == t) slots.push_back(i);
    if (slots.empty()) return std::nullopt;
    return slots[rng_() % slots.size()];
  };
  if (leaf) {
    const int c = choice(rng_);
    if (c < 5) {  // a null constant of this type
      Node n = make(Op::constant, type);
      n.constant_null = true;
      return push(out, n);
    }
    if (c < 55) {
      if (auto slot = variable_of(type)) {
        Node n = make(Op::variable, type);
        n.slot = *slot;
        return push(out, n);
      }
    }
    Node n = make(Op::constant, type);
    n.constant = type == Type::string ? static_cast<std::int64_t>(rng_() % env.strings().size())
                                      : edge_or_random(type);
    return push(out, n);
  }
  const int c = choice(rng_);
  switch (type) {
    case Type::boolean: {
      if (c < 12)
        return push(out, make(Op::logical_not, type, generate(type, depth - 1, out, env)));
      if (c < 34) {
        const std::uint32_t a = generate(type, depth - 1, out, env);
        const std::uint32_t b = generate(type, depth - 1, out, env);
        return push(out, make(c < 23 ? Op::logical_and : Op::logical_or, type, a, b));
      }
      if (c < 70) {  // numeric comparison
        const Type t = rng_() & 1 ? Type::integer : Type::decimal;
        static constexpr Op ops[] = {Op::equal,      Op::not_equal, Op::less,
                                     Op::less_equal, Op::greater,   Op::greater_equal};
        const std::uint32_t a = generate(t, depth - 1, out, env);
        const std::uint32_t b = generate(t, depth - 1, out, env);
        return push(out, make(ops[rng_() % 6], type, a, b));
      }
      if (c < 82) {  // string or boolean equality
        const Type t = rng_() & 1 ? Type::string : Type::boolean;
        const std::uint32_t a = generate(t, depth - 1, out, env);
        const std::uint32_t b = generate(t, depth - 1, out, env);
        return push(out, make(rng_() & 1 ? Op::equal : Op::not_equal, type, a, b));
      }
      if (c < 91) {
        const Type t = rng_() & 1 ? Type::integer : Type::decimal;
        return push(out, make(Op::is_null, type, generate(t, depth - 1, out, env)));
      }
      Node n = make(Op::is_empty, type, generate(Type::string, depth - 1, out, env));
      n.constant = env.strings().intern("");
      return push(out, n);
    }
    case Type::integer: {
      if (c < 15) return push(out, make(Op::negate, type, generate(type, depth - 1, out, env)));
      static constexpr Op ops[] = {Op::add, Op::subtract, Op::multiply, Op::modulo};
      const std::uint32_t a = generate(type, depth - 1, out, env);
      const std::uint32_t b = generate(type, depth - 1, out, env);
      return push(out, make(ops[rng_() % 4], type, a, b));
    }
    case Type::decimal: {
      if (c < 15) return push(out, make(Op::negate, type, generate(type, depth - 1, out, env)));
      if (c < 35)
        return push(out, make(Op::to_decimal, type, generate(Type::integer, depth - 1, out, env)));
      static constexpr Op ops[] = {Op::add, Op::subtract, Op::multiply, Op::divide};
      const std::uint32_t a = generate(type, depth - 1, out, env);
      const std::uint32_t b = generate(type, depth - 1, out, env);
      return push(out, make(ops[rng_() % 4], type, a, b));
    }
    default: {
      if (auto slot = variable_of(type); slot && (rng_() & 1)) {
        Node n = make(Op::variable, type);
        n.slot = *slot;
        return push(out, n);
      }
      Node n = make(Op::constant, type);
      n.constant = static_cast<std::int64_t>(rng_() % env.strings().size());
      return push(out, n);
    }
  }
}

expr::Expr RandomExprGenerator::boolean_expr(expr::Environment& environment, int depth) {
  expr::Expr out;
  out.text = "<random>";
  generate(Type::boolean, depth, out, environment);
  return out;
}

std::vector<std::int64_t> RandomExprGenerator::random_case(const expr::Environment& env,
                                                           bool respect_domains) {
  std::vector<std::int64_t> slots;
  for (const expr::Variable& v : env.variables()) {
    std::int64_t value = 0;
    if (v.type == Type::string) {
      value = !v.values.empty() && (respect_domains || (rng_() & 1))
                  ? v.values[rng_() % v.values.size()]
                  : static_cast<std::int64_t>(rng_() % (env.strings().size() + 1));
    } else {
      value = edge_or_random(v.type);
      if (respect_domains) {
        if (v.min && value < *v.min) value = (rng_() & 1) ? *v.min : *v.min + 1;
        if (v.max && value > *v.max) value = (rng_() & 1) ? *v.max : *v.max - 1;
      }
    }
    slots.push_back(value);
  }
  return slots;
}

std::string describe(const expr::Expr& e, const expr::Environment& env) {
  return expr::print(e, env);
}

std::string describe_case(const std::vector<std::int64_t>& slots, const expr::Environment& env) {
  std::string out;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    const expr::Variable& v = env.variables()[i];
    out += (out.empty() ? "" : ", ") + v.name + "=" +
           expr::format_value({slots[i], false}, v.type, env.strings());
  }
  return out;
}

}  // namespace seamless::test
