// Witnesses respect the variables' domains: declared integer and decimal bounds, the int64 range,
// enumerations, and free strings (which may be a string outside the StringTable).
#include <catch2/catch.hpp>
#include <limits>

#include "seamless/expr/interpreter.hpp"
#include "seamless/smt/solver.hpp"
#include "support/expr_builder.hpp"

using namespace seamless;
using namespace seamless::test::build;
using expr::Type;
using smt::Answer;
using smt::Want;

namespace {

constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t million = expr::decimal_scale;

struct Process {
  expr::Environment env;
  std::uint32_t area, count, investment, district, note, other_note, food;
  Process() {
    area = declare(env, "area", Type::integer, 0, 100000);
    count = declare(env, "count", Type::integer);
    investment = declare(env, "investment", Type::decimal, 0, 1'000'000'000 * million);
    district = declare(env, "district", Type::string, {}, {}, {"qingpu", "wujiang", "jiashan"});
    note = declare(env, "note", Type::string);
    other_note = declare(env, "other_note", Type::string);
    food = declare(env, "food", Type::boolean);
  }
};

// Every slot of the witness is in its domain, and every condition re-evaluates as claimed.
void check_witness(const smt::Result& r, const expr::Environment& env,
                   std::initializer_list<smt::Condition> conditions) {
  REQUIRE(r.answer == Answer::sat);
  REQUIRE(r.witness);
  REQUIRE(r.witness->slots.size() == env.variables().size());
  REQUIRE(r.witness->texts.size() == env.variables().size());
  for (std::size_t i = 0; i < env.variables().size(); ++i)
    CHECK(expr::in_domain(r.witness->slots[i], env.variables()[i]));
  for (const smt::Condition& c : conditions) {
    const expr::Value v = expr::evaluate(*c.expr, r.witness->slots.data());
    switch (c.want) {
      case Want::holds:
        CHECK((!v.null && v.bits == 1));
        break;
      case Want::fails:
        CHECK((v.null || v.bits == 0));
        break;
      case Want::is_false:
        CHECK((!v.null && v.bits == 0));
        break;
      case Want::is_null:
        CHECK(v.null);
        break;
    }
  }
}

}  // namespace

TEST_CASE("integer bounds are the declared min and max", "[smt][domains]") {
  Process p;
  smt::Solver solver(p.env);
  const auto above = finish(gt(var(p.env, "area"), integer(99999)));
  const auto r = solver.check({{&above}});
  check_witness(r, p.env, {{&above}});
  CHECK(r.witness->slots[p.area] == 100000);
  CHECK(r.witness->texts[p.area] == "100000");
  CHECK(smt::describe(*r.witness, p.env) == "area=100000");

  const auto too_big = finish(gt(var(p.env, "area"), integer(100000)));
  CHECK(solver.check({{&too_big}}).answer == Answer::unsat);
  const auto negative = finish(lt(var(p.env, "area"), integer(0)));
  CHECK(solver.check({{&negative}}).answer == Answer::unsat);
}

TEST_CASE("undeclared bounds are the int64 range, and overflow is null", "[smt][domains]") {
  Process p;
  smt::Solver solver(p.env);
  // count + 1 > count fails exactly when count + 1 overflows.
  const auto grows = finish(gt(add(var(p.env, "count"), integer(1)), var(p.env, "count")));
  const auto r = solver.check({{&grows, Want::fails}});
  check_witness(r, p.env, {{&grows, Want::fails}});
  CHECK(r.witness->slots[p.count] == max64);
  CHECK(solver.check({{&grows, Want::is_false}}).answer == Answer::unsat);
  CHECK(solver.check({{&grows, Want::is_null}}).answer == Answer::sat);
}

TEST_CASE("decimal bounds are scaled", "[smt][domains]") {
  Process p;
  smt::Solver solver(p.env);
  const auto negative = finish(lt(var(p.env, "investment"), decimal("0")));
  CHECK(solver.check({{&negative}}).answer == Answer::unsat);
  const auto big = finish(gt(var(p.env, "investment"), decimal("999999999.999999")));
  const auto r = solver.check({{&big}});
  check_witness(r, p.env, {{&big}});
  CHECK(r.witness->texts[p.investment] == "1000000000");
  const auto fraction = finish(and_(gt(var(p.env, "investment"), decimal("1.5")),
                                    lt(var(p.env, "investment"), decimal("1.500002"))));
  const auto f = solver.check({{&fraction}});
  check_witness(f, p.env, {{&fraction}});
  CHECK(f.witness->texts[p.investment] == "1.500001");
}

TEST_CASE("enumerated strings take only the enumeration's values", "[smt][domains]") {
  Process p;
  smt::Solver solver(p.env);
  const auto not_two = finish(and_(ne(var(p.env, "district"), string(p.env, "qingpu")),
                                   ne(var(p.env, "district"), string(p.env, "wujiang"))));
  const auto r = solver.check({{&not_two}});
  check_witness(r, p.env, {{&not_two}});
  CHECK(r.witness->texts[p.district] == "\"jiashan\"");
  const auto none = finish(and_(of(not_two), ne(var(p.env, "district"), string(p.env, "jiashan"))));
  CHECK(solver.check({{&none}}).answer == Answer::unsat);
}

TEST_CASE("free strings may be a string in no guard, with a printable text", "[smt][domains]") {
  Process p;
  const auto table_other = p.env.strings().intern("other");  // the first choice is taken
  smt::Solver solver(p.env);
  // note differs from every string the process knows.
  E differs = boolean(true);
  for (std::uint32_t id = 0; id < p.env.strings().size(); ++id)
    differs = and_(std::move(differs), ne(var(p.env, "note"), constant(Type::string, id)));
  const auto unknown_note = finish(differs);
  const auto r = solver.check({{&unknown_note}});
  check_witness(r, p.env, {{&unknown_note}});
  CHECK(r.witness->slots[p.note] >= static_cast<std::int64_t>(p.env.strings().size()));
  const std::string text = r.witness->texts[p.note];
  CHECK(text.front() == '"');
  CHECK_FALSE(p.env.strings().find(text.substr(1, text.size() - 2)).has_value());
  CHECK(text != "\"other\"");
  (void)table_other;

  // Two different strings, both outside the table.
  E both = of(unknown_note);
  for (std::uint32_t id = 0; id < p.env.strings().size(); ++id)
    both = and_(std::move(both), ne(var(p.env, "other_note"), constant(Type::string, id)));
  both = and_(std::move(both), ne(var(p.env, "note"), var(p.env, "other_note")));
  const auto two = finish(both);
  const auto r2 = solver.check({{&two}});
  check_witness(r2, p.env, {{&two}});
  CHECK(r2.witness->texts[p.note] != r2.witness->texts[p.other_note]);
}

TEST_CASE("strings interned after the solver was made are seen", "[smt][domains]") {
  Process p;
  smt::Solver solver(p.env);
  const auto is_late = finish(eq(var(p.env, "note"), string(p.env, "late")));
  const auto r = solver.check({{&is_late}});
  check_witness(r, p.env, {{&is_late}});
  CHECK(r.witness->texts[p.note] == "\"late\"");
}

TEST_CASE("booleans are free and unmentioned slots get in-domain values", "[smt][domains]") {
  Process p;
  smt::Solver solver(p.env);
  const auto hungry =
      finish(and_(var(p.env, "food"), not_(eq(var(p.env, "food"), boolean(false)))));
  const auto r = solver.check({{&hungry}});
  check_witness(r, p.env, {{&hungry}});
  CHECK(r.witness->texts[p.food] == "true");
  CHECK(r.witness->mentioned == std::vector<std::uint32_t>{p.food});
  CHECK(smt::describe(*r.witness, p.env, true).find("district=\"") != std::string::npos);
  CHECK(solver.check({{&hungry, Want::is_null}}).answer == Answer::unsat);
}
