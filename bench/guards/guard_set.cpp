// The benchmark's guards: the IR of each kind, its hand-written twin, model variants, cases
// (see guard_set.hpp).
#include "guard_set.hpp"

#include <cmath>

#include "seamless/expr/arithmetic.hpp"

namespace seamless::bench {

namespace {

using expr::Op;
using expr::Type;
using expr::Value;

// String ids of the guard set's StringTable.
enum StringId : std::int64_t { empty, qingpu, wujiang, jiashan, retail, restaurant, strings };

// A decimal constant from its integer part and its millionths: decimal(1000, 500000) is 1000.5.
constexpr std::int64_t decimal(std::int64_t units, std::int64_t millionths = 0) {
  return units * expr::decimal_scale + millionths;
}

// Appends nodes in post-order; each method returns the new node's index.
class Builder {
 public:
  std::uint32_t var(Slot slot, Type type) {
    expr::Node n = node(Op::variable, type);
    n.slot = slot;
    return push(n);
  }
  std::uint32_t k(Type type, std::int64_t bits) {
    expr::Node n = node(Op::constant, type);
    n.constant = bits;
    return push(n);
  }
  std::uint32_t null() {
    expr::Node n = node(Op::constant, Type::null);
    n.constant_null = true;
    return push(n);
  }
  std::uint32_t op(Op o, Type type, std::uint32_t a, std::uint32_t b = expr::no_operand) {
    expr::Node n = node(o, type);
    n.a = a;
    n.b = b;
    return push(n);
  }
  std::uint32_t boolean(Op o, std::uint32_t a, std::uint32_t b = expr::no_operand) {
    return op(o, Type::boolean, a, b);
  }
  expr::Expr build(std::string text) { return {std::move(text), std::move(nodes_)}; }

 private:
  static expr::Node node(Op o, Type type) {
    expr::Node n;
    n.op = o;
    n.type = type;
    return n;
  }
  std::uint32_t push(const expr::Node& n) {
    nodes_.push_back(n);
    return static_cast<std::uint32_t>(nodes_.size() - 1);
  }
  std::vector<expr::Node> nodes_;
};

// Guard kind `kind` with its constants shifted by `v` (0: the hand-written version).
expr::Expr make_kind(int kind, std::int64_t v) {
  Builder b;
  const Type I = Type::integer, D = Type::decimal, B = Type::boolean, S = Type::string;
  switch (kind) {
    case 0:
      b.boolean(Op::logical_and, b.boolean(Op::greater, b.var(area, I), b.k(I, 500 + v)),
                b.var(food_business, B));
      return b.build("area > 500 and foodBusiness");
    case 1:
      b.boolean(Op::logical_or, b.boolean(Op::equal, b.var(district, S), b.k(S, qingpu)),
                b.boolean(Op::greater_equal, b.var(investment, D),
                          b.k(D, decimal(1000, 500000) + v * 1000000)));
      return b.build("district = \"qingpu\" or investment >= 1000.5");
    case 2: {
      const auto a = b.var(area, I);
      b.boolean(Op::logical_and, b.boolean(Op::greater_equal, a, b.k(I, 100 + v)),
                b.boolean(Op::less_equal, b.var(area, I), b.k(I, 1000 + v)));
      return b.build("area between 100 and 1000");
    }
    case 3:
      b.boolean(Op::greater,
                b.op(Op::multiply, D, b.var(investment, D), b.k(D, decimal(0, 300000) + v)),
                b.var(registered_capital, D));
      return b.build("investment * 0.3 > registeredCapital");
    case 4:
      b.boolean(
          Op::less,
          b.op(Op::add, I, b.op(Op::multiply, I, b.var(employees, I), b.k(I, 2)), b.k(I, 10 + v)),
          b.var(area, I));
      return b.build("employees * 2 + 10 < area");
    case 5:
      b.boolean(Op::logical_and, b.boolean(Op::logical_not, b.var(foreign_capital, B)),
                b.boolean(Op::not_equal, b.var(category, S), b.k(S, (retail + v) % strings)));
      return b.build("not(foreignCapital) and category != \"retail\"");
    case 6:
      b.boolean(
          Op::greater,
          b.op(Op::divide, D, b.var(investment, D), b.op(Op::to_decimal, D, b.var(employees, I))),
          b.k(D, decimal(50000) + v * 1000000));
      return b.build("investment / employees > 50000");
    case 7: {
      const auto d1 = b.boolean(Op::equal, b.var(district, S), b.k(S, qingpu));
      const auto d2 = b.boolean(Op::equal, b.var(district, S), b.k(S, wujiang));
      const auto d12 = b.boolean(Op::logical_or, d1, d2);
      b.boolean(Op::logical_or, d12,
                b.boolean(Op::equal, b.var(district, S), b.k(S, (jiashan + v) % strings)));
      return b.build("district in (\"qingpu\", \"wujiang\", \"jiashan\")");
    }
    case 8: {
      const auto adult = b.boolean(Op::greater_equal, b.var(age, I), b.k(I, 18 + v % 5));
      const auto working = b.boolean(Op::less, b.var(age, I), b.k(I, 65 - v % 5));
      b.boolean(Op::logical_and, b.boolean(Op::logical_and, adult, working),
                b.boolean(Op::logical_not, b.var(urgent, B)));
      return b.build("age >= 18 and age < 65 and not(urgent)");
    }
    case 9:
      b.boolean(Op::logical_or,
                b.boolean(Op::equal, b.op(Op::modulo, I, b.var(area, I), b.k(I, 2 + v)), b.k(I, 0)),
                b.boolean(Op::equal, b.var(category, S), b.null()));
      return b.build("area % 2 = 0 or category = null");
    case 10:
      b.boolean(
          Op::greater_equal,
          b.op(Op::multiply, I, b.op(Op::subtract, I, b.var(area, I), b.k(I, 100 + v)), b.k(I, 3)),
          b.op(Op::multiply, I, b.var(employees, I), b.k(I, 50)));
      return b.build("(area - 100) * 3 >= employees * 50");
    default:
      b.boolean(
          Op::logical_and,
          b.boolean(Op::greater_equal, b.var(registered_capital, D),
                    b.op(Op::multiply, D, b.var(investment, D), b.k(D, decimal(0, 250000) + v))),
          b.boolean(Op::logical_not, b.var(foreign_capital, B)));
      return b.build("registeredCapital >= investment * 0.25 and not(foreignCapital)");
  }
}
constexpr int kinds = 12;

// The hand-written twins composed of the interpreter's own operations (arithmetic.hpp).
namespace composed {
using namespace expr::arith;
inline Value at(const std::int64_t* s, Slot slot) {
  return {s[slot], false};
}
inline Value k(std::int64_t bits) {
  return {bits, false};
}
inline std::uint8_t truth(Value v) {
  return static_cast<std::uint8_t>(expr::truth_of(v));
}
enum { lt, le, gt, ge };

std::uint8_t g0(const std::int64_t* s) {
  return truth(logical_and(compare(at(s, area), k(500), gt), at(s, food_business)));
}
std::uint8_t g1(const std::int64_t* s) {
  return truth(logical_or(equal(at(s, district), k(qingpu)),
                          compare(at(s, investment), k(decimal(1000, 500000)), ge)));
}
std::uint8_t g2(const std::int64_t* s) {
  return truth(logical_and(compare(at(s, area), k(100), ge), compare(at(s, area), k(1000), le)));
}
std::uint8_t g3(const std::int64_t* s) {
  return truth(compare(multiply_decimal(at(s, investment), k(decimal(0, 300000))),
                       at(s, registered_capital), gt));
}
std::uint8_t g4(const std::int64_t* s) {
  return truth(compare(add(multiply_integer(at(s, employees), k(2)), k(10)), at(s, area), lt));
}
std::uint8_t g5(const std::int64_t* s) {
  return truth(logical_and(logical_not(at(s, foreign_capital)),
                           logical_not(equal(at(s, category), k(retail)))));
}
std::uint8_t g6(const std::int64_t* s) {
  return truth(compare(divide_decimal(at(s, investment), to_decimal(at(s, employees))),
                       k(decimal(50000)), gt));
}
std::uint8_t g7(const std::int64_t* s) {
  return truth(
      logical_or(logical_or(equal(at(s, district), k(qingpu)), equal(at(s, district), k(wujiang))),
                 equal(at(s, district), k(jiashan))));
}
std::uint8_t g8(const std::int64_t* s) {
  return truth(
      logical_and(logical_and(compare(at(s, age), k(18), ge), compare(at(s, age), k(65), lt)),
                  logical_not(at(s, urgent))));
}
std::uint8_t g9(const std::int64_t* s) {
  return truth(logical_or(equal(modulo_integer(at(s, area), k(2)), k(0)),
                          equal(at(s, category), null_value)));
}
std::uint8_t g10(const std::int64_t* s) {
  return truth(compare(multiply_integer(subtract(at(s, area), k(100)), k(3)),
                       multiply_integer(at(s, employees), k(50)), ge));
}
std::uint8_t g11(const std::int64_t* s) {
  return truth(logical_and(compare(at(s, registered_capital),
                                   multiply_decimal(at(s, investment), k(decimal(0, 250000))), ge),
                           logical_not(at(s, foreign_capital))));
}
constexpr plugin::GuardFunction all[kinds] = {g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11};
}  // namespace composed

// The hand-written twins as an expert writes them: variables are never null, so only
// arithmetic can make a value null; checked arithmetic with 64-bit fast paths; branch-free logic
// (`&`, `|`: the cases are random, so short-circuit branches would mispredict).
namespace expert {
using expr::int128;
constexpr std::int64_t scale = expr::decimal_scale;

// The Truth of a comparison that is null when `null`.
inline std::uint8_t truth(bool holds, bool null = false) {
  return static_cast<std::uint8_t>((holds & !null) | (null << 1));
}

// (a * b) / 10^6 truncated toward zero; false when it is out of range.
inline bool multiply_decimal(std::int64_t a, std::int64_t b, std::int64_t& r) {
  std::int64_t p;
  if (!__builtin_mul_overflow(a, b, &p)) [[likely]] {
    r = p / scale;
    return true;
  }
  const int128 w = static_cast<int128>(a) * b / scale;
  r = static_cast<std::int64_t>(w);
  return w == r;
}
// (a * 10^6) / b truncated toward zero; false when b is 0 or it is out of range.
inline bool divide_decimal(std::int64_t a, std::int64_t b, std::int64_t& r) {
  if (b == 0) return false;
  std::int64_t n;
  if (!__builtin_mul_overflow(a, scale, &n)) [[likely]] {
    r = n / b;  // n is a multiple of 10^6, never INT64_MIN
    return true;
  }
  const int128 w = static_cast<int128>(a) * scale / b;
  r = static_cast<std::int64_t>(w);
  return w == r;
}

std::uint8_t g0(const std::int64_t* s) {
  return truth((s[area] > 500) & (s[food_business] != 0));
}
std::uint8_t g1(const std::int64_t* s) {
  return truth((s[district] == qingpu) | (s[investment] >= decimal(1000, 500000)));
}
std::uint8_t g2(const std::int64_t* s) {
  return truth((s[area] >= 100) & (s[area] <= 1000));
}
std::uint8_t g3(const std::int64_t* s) {
  std::int64_t p = 0;
  const bool ok = multiply_decimal(s[investment], decimal(0, 300000), p);
  return truth(p > s[registered_capital], !ok);
}
std::uint8_t g4(const std::int64_t* s) {
  std::int64_t p, q;
  const bool overflow =
      __builtin_mul_overflow(s[employees], 2, &p) | __builtin_add_overflow(p, 10, &q);
  return truth(q < s[area], overflow);
}
std::uint8_t g5(const std::int64_t* s) {
  return truth((s[foreign_capital] == 0) & (s[category] != retail));
}
std::uint8_t g6(const std::int64_t* s) {
  std::int64_t e, q = 0;
  const bool null =
      __builtin_mul_overflow(s[employees], scale, &e) || !divide_decimal(s[investment], e, q);
  return truth(q > decimal(50000), null);
}
std::uint8_t g7(const std::int64_t* s) {
  const std::int64_t d = s[district];
  return truth((d == qingpu) | (d == wujiang) | (d == jiashan));
}
std::uint8_t g8(const std::int64_t* s) {
  return truth((s[age] >= 18) & (s[age] < 65) & (s[urgent] == 0));
}
std::uint8_t g9(const std::int64_t* s) {
  return truth(s[area] % 2 == 0);
}
std::uint8_t g10(const std::int64_t* s) {
  std::int64_t d, l, r;
  const bool overflow = __builtin_sub_overflow(s[area], 100, &d) |
                        __builtin_mul_overflow(d, 3, &l) |
                        __builtin_mul_overflow(s[employees], 50, &r);
  return truth(l >= r, overflow);
}
std::uint8_t g11(const std::int64_t* s) {
  // (registeredCapital >= investment * 0.25) and not(foreignCapital): false when foreign.
  std::int64_t p = 0;
  const bool ok = multiply_decimal(s[investment], decimal(0, 250000), p);
  const bool domestic = s[foreign_capital] == 0;
  return truth(domestic & (s[registered_capital] >= p), domestic & !ok);
}
constexpr plugin::GuardFunction all[kinds] = {g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11};
}  // namespace expert

}  // namespace

std::vector<BenchGuard> guard_kinds() {
  std::vector<BenchGuard> out;
  for (int i = 0; i < kinds; ++i) {
    expr::Expr e = make_kind(i, 0);
    std::string text = e.text;
    out.push_back({std::move(text), std::move(e), composed::all[i], expert::all[i]});
  }
  return out;
}

std::vector<expr::Expr> model_guards(std::size_t count) {
  std::vector<expr::Expr> out;
  for (std::size_t i = 0; i < count; ++i)
    out.push_back(make_kind(static_cast<int>(i % kinds), static_cast<std::int64_t>(i / kinds)));
  return out;
}

std::vector<std::int64_t> random_cases(std::size_t count, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto uniform = [&](std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  };
  std::vector<std::int64_t> out(count * slot_count);
  for (std::size_t c = 0; c < count; ++c) {
    std::int64_t* s = &out[c * slot_count];
    s[area] = uniform(0, 5000);
    s[food_business] = uniform(0, 1);
    s[district] = uniform(0, strings - 1);
    s[investment] = uniform(0, decimal(10'000'000));
    s[employees] = uniform(0, 500);  // 0 makes investment / employees null
    s[foreign_capital] = uniform(0, 1);
    s[registered_capital] = uniform(0, decimal(5'000'000));
    s[category] = uniform(0, strings - 1);
    s[age] = uniform(16, 70);
    s[urgent] = uniform(0, 1);
  }
  return out;
}

}  // namespace seamless::bench
