// Differential tests against the reference interpreter on random well-typed expressions
// (tests/support/random_expr.hpp, deterministic seeds, edge values likely): Z3's evaluation of
// thousands of (expression, case) pairs, and Z3 solving with the case's values as conditions.
#include <catch2/catch.hpp>

#include "seamless/expr/interpreter.hpp"
#include "seamless/smt/solver.hpp"
#include "support/expr_builder.hpp"
#include "support/random_expr.hpp"

using namespace seamless;
using expr::Type;
using smt::Answer;
using smt::Want;

namespace {

std::string show(expr::Value v) {
  return v.null ? "null" : std::to_string(v.bits);
}

}  // namespace

TEST_CASE("z3 evaluation agrees with the interpreter on random expressions",
          "[smt][differential]") {
  test::RandomExprGenerator gen(20240611);
  expr::Environment env = gen.make_environment();
  smt::Solver solver(env);
  int pairs = 0, nulls = 0;
  for (int i = 0; i < 5000; ++i) {
    const expr::Expr e = gen.boolean_expr(env, 1 + i % 5);
    for (int k = 0; k < 4; ++k) {
      const std::vector<std::int64_t> slots = gen.random_case(env, k % 2 == 0);
      const expr::Value want = expr::evaluate(e, slots.data());
      const expr::Value got = solver.evaluate(e, slots.data());
      if (!(got == want)) {
        FAIL_CHECK("expression " << test::describe(e, env) << "\ncase "
                                 << test::describe_case(slots, env) << "\ninterpreter "
                                 << show(want) << ", z3 " << show(got));
      }
      ++pairs;
      nulls += want.null ? 1 : 0;
    }
  }
  CHECK(pairs == 20000);
  CHECK(nulls > 100);  // the edge values do reach null
}

TEST_CASE("z3 solving agrees with the interpreter when the case is fixed by conditions",
          "[smt][differential]") {
  using namespace seamless::test::build;
  test::RandomExprGenerator gen(7);
  expr::Environment env = gen.make_environment();
  smt::Solver solver(env);
  int checked = 0;
  for (int i = 0; i < 1000; ++i) {
    const expr::Expr e = gen.boolean_expr(env, 1 + i % 4);
    const std::vector<std::int64_t> slots = gen.random_case(env, true);
    // var = value for every slot.
    E fix = boolean(true);
    for (std::uint32_t s = 0; s < env.variables().size(); ++s) {
      const Type type = env.variables()[s].type;
      fix = and_(std::move(fix), eq(variable(type, s), constant(type, slots[s])));
    }
    const expr::Expr fixed = finish(fix);
    const expr::Truth truth = expr::evaluate_truth(e, slots.data());
    INFO("expression " << test::describe(e, env) << "\ncase " << test::describe_case(slots, env)
                       << "\ninterpreter " << expr::to_string(truth));
    const Want right = truth == expr::Truth::true_    ? Want::holds
                       : truth == expr::Truth::false_ ? Want::is_false
                                                      : Want::is_null;
    const smt::Result yes = solver.check({{&fixed}, {&e, right}});
    CHECK(yes.answer == Answer::sat);
    if (yes.witness) CHECK(yes.witness->slots == slots);
    for (Want wrong : {Want::holds, Want::is_false, Want::is_null}) {
      if (wrong == right) continue;
      CHECK(solver.check({{&fixed}, {&e, wrong}}).answer == Answer::unsat);
    }
    ++checked;
  }
  CHECK(checked == 1000);
}

TEST_CASE("z3 answers about random expressions are confirmed by the interpreter",
          "[smt][differential]") {
  // For each truth value: sat must come with a witness the interpreter confirms (the solver
  // re-evaluates it, so a wrong lowering would show as an internal-error unknown); unsat must not
  // be contradicted by any sampled in-domain case.
  test::RandomExprGenerator gen(99);
  expr::Environment env = gen.make_environment();
  smt::Solver solver(env, 2'000);
  int sat = 0, unsat = 0, unknown = 0;
  for (int i = 0; i < 400; ++i) {
    const expr::Expr e = gen.boolean_expr(env, 1 + i % 4);
    std::vector<std::vector<std::int64_t>> samples;
    for (int k = 0; k < 40; ++k) samples.push_back(gen.random_case(env, true));
    for (Want want : {Want::holds, Want::is_false, Want::is_null}) {
      const smt::Result r = solver.check({{&e, want}});
      INFO("expression " << test::describe(e, env) << "\nwant " << static_cast<int>(want) << ": "
                         << smt::to_string(r.answer) << " " << r.reason);
      CHECK(r.reason.find("internal") == std::string::npos);
      if (r.answer == Answer::sat) {
        ++sat;
        const expr::Value v = expr::evaluate(e, r.witness->slots.data());
        CHECK(smt::to_string(r.answer) == "sat");
        CHECK((want == Want::is_null ? v.null : !v.null && v.bits == (want == Want::holds)));
      } else if (r.answer == Answer::unsat) {
        ++unsat;
        for (const auto& s : samples) {
          const expr::Truth t = expr::evaluate_truth(e, s.data());
          const Want seen = t == expr::Truth::true_    ? Want::holds
                            : t == expr::Truth::false_ ? Want::is_false
                                                       : Want::is_null;
          if (seen == want) FAIL_CHECK("unsat contradicted by " << test::describe_case(s, env));
        }
      } else {
        ++unknown;
      }
    }
  }
  INFO(sat << " sat, " << unsat << " unsat, " << unknown << " unknown");
  CHECK(sat > 300);
  CHECK(unsat > 100);
  CHECK(unknown < 60);
  WARN(sat << " sat, " << unsat << " unsat, " << unknown << " unknown");
}
