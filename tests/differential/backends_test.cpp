// Differential test across backends: thousands of random well-typed guards (deterministic seeds)
// on random cases with edge values; the interpreter, the JIT and Z3 must give the same Truth
// (and Z3 the same value) for every one. A disagreement is shrunk and printed.
#include <catch2/catch.hpp>

#include "seamless/expr/interpreter.hpp"
#include "seamless/plugin/host.hpp"
#include "seamless/smt/solver.hpp"
#include "support/random_expr.hpp"
#include "support/shrink.hpp"

using namespace seamless;

namespace {

const plugin::GuardCompiler& jit() {
  static plugin::Host host;
  static const plugin::GuardCompiler* compiler = [] {
    diag::Diagnostics d;
    return host.load(SEAMLESS_JIT_PLUGIN, d) ? host.registry().guard_compiler() : nullptr;
  }();
  REQUIRE(compiler != nullptr);
  return *compiler;
}

expr::Truth run_jit(const expr::Expr& e, const std::vector<std::int64_t>& slots) {
  std::string error;
  auto compiled = jit().compile({&e}, error);
  if (!compiled) FAIL("jit: " << error);
  return static_cast<expr::Truth>(compiled->function(0)(slots.data()));
}

}  // namespace

TEST_CASE("interpreter, JIT and Z3 agree on random guards", "[differential]") {
  const std::uint64_t seed = GENERATE(1, 2, 3);
  test::RandomExprGenerator gen(seed);
  expr::Environment env = gen.make_environment();
  smt::Solver z3(env, 10000);
  constexpr int expressions = 1000, cases = 8;

  std::vector<expr::Expr> guards;
  for (int i = 0; i < expressions; ++i) guards.push_back(gen.boolean_expr(env, 1 + i % 6));
  std::vector<const expr::Expr*> pointers;
  for (const expr::Expr& g : guards) pointers.push_back(&g);
  std::string error;
  auto compiled = jit().compile(pointers, error);  // all guards in one module, as for a model
  REQUIRE(compiled);

  std::size_t checked = 0;
  for (int i = 0; i < expressions; ++i) {
    for (int c = 0; c < cases; ++c) {
      const auto slots = gen.random_case(env, c % 2 == 0);
      const expr::Value reference = expr::evaluate(guards[i], slots.data());
      const auto native = static_cast<expr::Truth>(compiled->function(i)(slots.data()));
      const expr::Value solved = z3.evaluate(guards[i], slots.data());
      ++checked;
      if (expr::truth_of(reference) == native && reference == solved) continue;
      // Shrink with the same three-way comparison, compiling each candidate on its own.
      const auto disagree = [&](const expr::Expr& e, const std::vector<std::int64_t>& s) {
        const expr::Value r = expr::evaluate(e, s.data());
        return expr::truth_of(r) != run_jit(e, s) || !(r == z3.evaluate(e, s.data()));
      };
      const test::Counterexample small = test::shrink({guards[i], slots}, disagree);
      const expr::Value r = expr::evaluate(small.expr, small.slots.data());
      FAIL("backends disagree (seed "
           << seed << ", guard " << i << ")\n  shrunk: " << test::describe(small.expr, env)
           << "\n  case: " << test::describe_case(small.slots, env)
           << "\n  interpreter: " << expr::format_value(r, small.expr.type(), env.strings())
           << ", jit: " << expr::to_string(run_jit(small.expr, small.slots)) << ", z3: "
           << expr::format_value(z3.evaluate(small.expr, small.slots.data()), small.expr.type(),
                                 env.strings())
           << "\n  original: " << test::describe(guards[i], env));
    }
  }
  CHECK(checked == static_cast<std::size_t>(expressions * cases));
}
