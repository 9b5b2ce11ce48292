// The benchmark's guards: the IR of each kind (built with tests/support/expr_builder.hpp), its
// hand-written twins, model variants, cases (see guard_set.hpp).
#include "guard_set.hpp"

#include <cmath>

#include "seamless/expr/arithmetic.hpp"
#include "support/expr_builder.hpp"

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

// Guard kind `kind` with its constants shifted by `v` (0: the hand-written version).
expr::Expr make_kind(int kind, std::int64_t v) {
  using namespace test::build;
  const Type I = Type::integer, D = Type::decimal, B = Type::boolean, S = Type::string;
  switch (kind) {
    case 0:
      return finish(and_(gt(variable(I, area), integer(500 + v)), variable(B, food_business)),
                    "area > 500 and foodBusiness");
    case 1:
      return finish(
          or_(eq(variable(S, district), constant(S, qingpu)),
              ge(variable(D, investment), decimal_bits(decimal(1000, 500000) + v * 1000000))),
          "district = \"qingpu\" or investment >= 1000.5");
    case 2:
      return finish(
          and_(ge(variable(I, area), integer(100 + v)), le(variable(I, area), integer(1000 + v))),
          "area between 100 and 1000");
    case 3:
      return finish(gt(mul(variable(D, investment), decimal_bits(decimal(0, 300000) + v)),
                       variable(D, registered_capital)),
                    "investment * 0.3 > registeredCapital");
    case 4:
      return finish(
          lt(add(mul(variable(I, employees), integer(2)), integer(10 + v)), variable(I, area)),
          "employees * 2 + 10 < area");
    case 5:
      return finish(and_(not_(variable(B, foreign_capital)),
                         ne(variable(S, category), constant(S, (retail + v) % strings))),
                    "not(foreignCapital) and category != \"retail\"");
    case 6:
      return finish(gt(div(variable(D, investment), to_decimal(variable(I, employees))),
                       decimal_bits(decimal(50000) + v * 1000000)),
                    "investment / employees > 50000");
    case 7: {
      const auto is = [&](std::int64_t id) { return eq(variable(S, district), constant(S, id)); };
      return finish(or_(or_(is(qingpu), is(wujiang)), is((jiashan + v) % strings)),
                    "district in (\"qingpu\", \"wujiang\", \"jiashan\")");
    }
    case 8:
      return finish(and_(and_(ge(variable(I, age), integer(18 + v % 5)),
                              lt(variable(I, age), integer(65 - v % 5))),
                         not_(variable(B, urgent))),
                    "age >= 18 and age < 65 and not(urgent)");
    case 9:
      return finish(or_(eq(mod(variable(I, area), integer(2 + v)), integer(0)),
                        eq(variable(S, category), null())),
                    "area % 2 = 0 or category = null");
    case 10:
      return finish(ge(mul(sub(variable(I, area), integer(100 + v)), integer(3)),
                       mul(variable(I, employees), integer(50))),
                    "(area - 100) * 3 >= employees * 50");
    default:
      return finish(and_(ge(variable(D, registered_capital),
                            mul(variable(D, investment), decimal_bits(decimal(0, 250000) + v))),
                         not_(variable(B, foreign_capital))),
                    "registeredCapital >= investment * 0.25 and not(foreignCapital)");
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
