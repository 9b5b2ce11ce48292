// Test support: random well-typed guard expressions and random cases, for differential tests
// across backends (interpreter, JIT, Z3). Deterministic for a given seed; edge values (0, ±1,
// INT64 limits, domain bounds, decimal scale boundaries) come up often.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "seamless/expr/environment.hpp"
#include "seamless/expr/expr.hpp"

namespace seamless::test {

class RandomExprGenerator {
 public:
  explicit RandomExprGenerator(std::uint64_t seed) : rng_(seed) {}

  // Variables of every type: booleans; integers with and without bounds; decimals with and
  // without bounds; an enumerated and a free string. Interns a few extra strings too.
  expr::Environment make_environment();

  // A boolean expression of at most `depth` levels over the environment's variables.
  expr::Expr boolean_expr(expr::Environment& environment, int depth);

  // One encoded value per slot, edge values likely; inside declared domains when
  // `respect_domains` (cases a real applicant could have), anywhere in int64 otherwise.
  std::vector<std::int64_t> random_case(const expr::Environment& environment, bool respect_domains);

  std::mt19937_64& rng() { return rng_; }

 private:
  std::uint32_t generate(expr::Type type, int depth, expr::Expr& out,
                         expr::Environment& environment);
  std::int64_t edge_or_random(expr::Type type);
  std::uint32_t push(expr::Expr& out, expr::Node node);
  std::mt19937_64 rng_;
};

// The expression as an S-expression, e.g. `(and (> $area 500) $food)`, for failure messages.
std::string describe(const expr::Expr& expr, const expr::Environment& environment);
std::string describe_case(const std::vector<std::int64_t>& slots,
                          const expr::Environment& environment);

}  // namespace seamless::test
