// Random differential tests: thousands of random well-typed guards (tests/support/random_expr)
// over many cases with edge values, JIT against the reference interpreter. The whole guard's
// truth, the exact value of every intermediate node, and every codegen option. Deterministic
// seeds; a mismatch prints the expression and the case.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "jit_support.hpp"
#include "support/random_expr.hpp"

using namespace seamless;
using namespace seamless::plugins::jit::test;

namespace {

struct RandomSet {
  expr::Environment environment;
  std::vector<expr::Expr> guards;
  std::vector<std::vector<std::int64_t>> cases;
};

RandomSet random_set(std::uint64_t seed, std::size_t guards, std::size_t cases) {
  seamless::test::RandomExprGenerator generator(seed);
  RandomSet set;
  set.environment = generator.make_environment();
  for (std::size_t i = 0; i < guards; ++i)
    set.guards.push_back(generator.boolean_expr(set.environment, 1 + static_cast<int>(i % 6)));
  for (std::size_t i = 0; i < cases; ++i)
    set.cases.push_back(generator.random_case(set.environment, /*respect_domains=*/i % 2 == 0));
  return set;
}

// Compiles `set` in sets of `batch` guards and compares every guard on every case; returns the
// number of comparisons. At most a few mismatches are reported in full.
std::size_t compare_all(const RandomSet& set, std::size_t batch) {
  std::size_t comparisons = 0;
  int reported = 0;
  for (std::size_t first = 0; first < set.guards.size(); first += batch) {
    const std::size_t count = std::min(batch, set.guards.size() - first);
    const std::vector<expr::Expr> part(set.guards.begin() + first,
                                       set.guards.begin() + first + count);
    auto compiled = compile(part);
    for (std::size_t g = 0; g < count; ++g) {
      for (const auto& slots : set.cases) {
        const expr::Truth jit = run(*compiled, g, slots);
        const expr::Truth reference = expr::evaluate_truth(part[g], slots.data());
        ++comparisons;
        if (jit != reference && reported++ < 5) {
          FAIL_CHECK("guard " << seamless::test::describe(part[g], set.environment) << "\ncase "
                              << seamless::test::describe_case(slots, set.environment) << "\njit "
                              << expr::to_string(jit) << ", interpreter "
                              << expr::to_string(reference));
        }
      }
    }
  }
  CHECK(reported == 0);
  return comparisons;
}

}  // namespace

TEST_CASE("jit random guards agree with the interpreter", "[jit][differential]") {
  const RandomSet set = random_set(20240601, 4000, 64);
  const std::size_t comparisons = compare_all(set, 500);
  CHECK(comparisons == 4000u * 64u);
}

TEST_CASE("jit every intermediate value of random guards agrees with the interpreter",
          "[jit][differential]") {
  // For node k of a guard, the prefix nodes[0..k] is an expression with root k (post-order);
  // `prefix = v`, v the interpreter's value for the case, must be true.
  const RandomSet set = random_set(7, 300, 6);
  std::vector<expr::Expr> probes;
  std::vector<std::size_t> probe_case;
  std::vector<std::string> labels;
  for (const expr::Expr& guard : set.guards) {
    for (std::size_t k = 0; k < guard.nodes.size(); ++k) {
      expr::Expr prefix{guard.text, {guard.nodes.begin(), guard.nodes.begin() + k + 1}};
      for (std::size_t c = 0; c < set.cases.size(); ++c) {
        const expr::Value v = expr::evaluate(prefix, set.cases[c].data());
        probes.push_back(equals_value(prefix, v));
        probe_case.push_back(c);
        labels.push_back(seamless::test::describe(prefix, set.environment) + " = " +
                         (v.null ? std::string("null") : std::to_string(v.bits)));
      }
    }
  }
  auto compiled = compile(probes);
  int wrong = 0;
  for (std::size_t i = 0; i < probes.size(); ++i) {
    const expr::Truth truth = run(*compiled, i, set.cases[probe_case[i]]);
    if (truth != expr::Truth::true_ && wrong++ < 5) {
      FAIL_CHECK(
          labels[i] << "\ncase "
                    << seamless::test::describe_case(set.cases[probe_case[i]], set.environment)
                    << "\njit " << expr::to_string(truth));
    }
  }
  CHECK(wrong == 0);
  CHECK(probes.size() > 10000);
}

TEST_CASE("jit every codegen level and the pass pipeline agree with the interpreter",
          "[jit][differential]") {
  const RandomSet set = random_set(99, 600, 32);
  for (const char* level : {"0", "1", "2", "3"}) {
    for (const char* passes : {"0", "1"}) {
      INFO("SEAMLESS_JIT_OPT_LEVEL=" << level << " SEAMLESS_JIT_PASSES=" << passes);
      ::setenv("SEAMLESS_JIT_OPT_LEVEL", level, 1);
      ::setenv("SEAMLESS_JIT_PASSES", passes, 1);
      compare_all(set, 600);
    }
  }
  ::unsetenv("SEAMLESS_JIT_OPT_LEVEL");
  ::unsetenv("SEAMLESS_JIT_PASSES");
}
