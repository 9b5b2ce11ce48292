// The smt plugin's case solver (plugins/smt), loaded as a module: the cells of guard atoms
// (feasible truth combinations with interpreter-checked witnesses, in order, within limits),
// setter successors between cells, and concrete frames of case data for a run.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "seamless/explore/case_solver.hpp"
#include "seamless/expr/interpreter.hpp"
#include "seamless/plugin/host.hpp"
#include "seamless/plugin/registry.hpp"
#include "support/expr_builder.hpp"

using namespace seamless;
using namespace seamless::test::build;
using explore::CellsAnswer;
using explore::CellsQuery;
using explore::ConcretiseAnswer;
using explore::ConcretiseQuery;
using expr::Type;
using Truth = std::vector<bool>;
using Next = std::vector<std::vector<std::uint32_t>>;

namespace {

// The case solver of the smt plugin (SEAMLESS_SMT_PLUGIN), loaded on first use.
const explore::CaseSolver& solver() {
  static plugin::Host host;
  static const explore::CaseSolver* loaded = [] {
    diag::Diagnostics diagnostics;
    if (!host.load(SEAMLESS_SMT_PLUGIN, diagnostics)) return (const explore::CaseSolver*)nullptr;
    return host.registry().case_solver();
  }();
  REQUIRE(loaded != nullptr);
  return *loaded;
}

bool holds(const expr::Expr& e, const std::vector<std::int64_t>& slots) {
  return expr::evaluate_truth(e, slots.data()) == expr::Truth::true_;
}

// Every witness is a case within the domains whose atoms have the cell's truth values.
void check_witnesses(const CellsAnswer& answer, const expr::Environment& env,
                     const std::vector<const expr::Expr*>& atoms) {
  for (const explore::Cell& cell : answer.cells) {
    REQUIRE(cell.truth.size() == atoms.size());
    REQUIRE(cell.witness.size() == env.variables().size());
    for (std::size_t slot = 0; slot < env.variables().size(); ++slot)
      CHECK(expr::in_domain(cell.witness[slot], env.variables()[slot]));
    for (std::size_t a = 0; a < atoms.size(); ++a)
      CHECK(holds(*atoms[a], cell.witness) == cell.truth[a]);
  }
}

std::vector<Truth> truths(const CellsAnswer& answer) {
  std::vector<Truth> out;
  for (const explore::Cell& cell : answer.cells) out.push_back(cell.truth);
  return out;
}

CellsAnswer cells(const expr::Environment& env, std::vector<const expr::Expr*> atoms,
                  std::vector<std::vector<std::uint32_t>> setters = {}) {
  CellsQuery query;
  query.environment = &env;
  query.atoms = std::move(atoms);
  query.setters = std::move(setters);
  CellsAnswer answer = solver().cells(query);
  INFO("reason: " << answer.reason);
  REQUIRE(answer.complete);
  check_witnesses(answer, env, query.atoms);
  REQUIRE(answer.successors.size() == query.setters.size());
  for (const Next& next : answer.successors) CHECK(next.size() == answer.cells.size());
  return answer;
}

struct Process {
  expr::Environment env;
  std::uint32_t area, bonus, food, urgent, sealed, note;
  Process() {
    area = declare(env, "area", Type::integer, 0, 100000);
    bonus = declare(env, "bonus", Type::integer, 0, 100);
    food = declare(env, "food", Type::boolean);
    urgent = declare(env, "urgent", Type::boolean);
    sealed = declare(env, "sealed", Type::boolean);
    note = declare(env, "note", Type::string);
  }
  expr::Expr large() { return finish(gt(var(env, "area"), integer(500)), "area > 500"); }
  expr::Expr small() { return finish(le(var(env, "area"), integer(500)), "area <= 500"); }
  expr::Expr flag(const char* name) { return finish(var(env, name), name); }
};

}  // namespace

TEST_CASE("smt plugin registers the z3 case solver", "[smt][cells]") {
  plugin::Host host;
  diag::Diagnostics diagnostics;
  REQUIRE(host.load(SEAMLESS_SMT_PLUGIN, diagnostics));
  CHECK(diagnostics.empty());
  REQUIRE(host.plugins().size() == 1);
  CHECK(host.plugins()[0].name == "smt");
  CHECK(host.registry().case_solver() != nullptr);
}

TEST_CASE("no atoms give one cell with a witness in the domains", "[smt][cells]") {
  Process p;
  const CellsAnswer a = cells(p.env, {}, {{p.area}});
  REQUIRE(a.cells.size() == 1);
  CHECK(a.cells[0].truth.empty());
  CHECK(a.successors == std::vector<Next>{{{0}}});
}

TEST_CASE("correlated atoms give only their feasible combinations", "[smt][cells]") {
  Process p;
  const auto large = p.large(), small = p.small();
  const CellsAnswer a = cells(p.env, {&large, &small});
  CHECK(truths(a) == std::vector<Truth>{{false, true}, {true, false}});
}

TEST_CASE("independent booleans give every combination in order", "[smt][cells]") {
  Process p;
  const auto food = p.flag("food"), urgent = p.flag("urgent"), sealed = p.flag("sealed");
  const CellsAnswer a = cells(p.env, {&food, &urgent, &sealed});
  std::vector<Truth> all;
  for (int bits = 0; bits < 8; ++bits)
    all.push_back({(bits & 4) != 0, (bits & 2) != 0, (bits & 1) != 0});
  CHECK(truths(a) == all);
}

TEST_CASE("null results do not hold, on undeclared variables too", "[smt][cells]") {
  expr::Environment env;
  declare(env, "count", Type::integer);
  expr::Variable fee{"fee", Type::integer, false, {}, {}, {}};  // inferred from a guard
  env.add(fee);
  // count * 2 > 0 is null when count * 2 overflows: then only the null test holds.
  const auto doubled = finish(gt(mul(var(env, "count"), integer(2)), integer(0)));
  const auto overflows = finish(is_null(mul(var(env, "count"), integer(2))));
  const auto fee_due = finish(gt(var(env, "fee"), integer(100)));
  const CellsAnswer a = cells(env, {&doubled, &overflows, &fee_due});
  CHECK(truths(a) == std::vector<Truth>{{false, false, false},
                                        {false, false, true},
                                        {false, true, false},
                                        {false, true, true},
                                        {true, false, false},
                                        {true, false, true}});
}

TEST_CASE("free strings take table ids or fresh ones", "[smt][cells]") {
  expr::Environment env;
  declare(env, "note", Type::string);
  declare(env, "other_note", Type::string);
  const auto named = finish(eq(var(env, "note"), string(env, "qingpu")));
  const auto same = finish(eq(var(env, "note"), var(env, "other_note")));
  const CellsAnswer a = cells(env, {&named, &same});
  CHECK(truths(a) ==
        std::vector<Truth>{{false, false}, {false, true}, {true, false}, {true, true}});
  // Ids: the table's one string, then one fresh id per free-string variable.
  for (const explore::Cell& cell : a.cells)
    for (std::int64_t id : cell.witness) CHECK((id >= 0 && id < 3));
}

TEST_CASE("an atom the domain rules out never holds", "[smt][cells]") {
  expr::Environment env;
  declare(env, "area", Type::integer, 0, 100);
  declare(env, "district", Type::string, {}, {}, {"qingpu", "wujiang"});
  const auto large = finish(gt(var(env, "area"), integer(500)));
  const auto medium = finish(gt(var(env, "area"), integer(50)));
  const auto elsewhere = finish(eq(var(env, "district"), string(env, "jiashan")));
  const CellsAnswer a = cells(env, {&large, &medium, &elsewhere});
  CHECK(truths(a) == std::vector<Truth>{{false, false, false}, {false, true, false}});
}

TEST_CASE("an empty domain gives no cells, completely", "[smt][cells]") {
  expr::Environment env;
  declare(env, "area", Type::integer, 10, 5);
  const auto large = finish(gt(var(env, "area"), integer(500)));
  const CellsAnswer a = cells(env, {&large}, {{0}});
  CHECK(a.cells.empty());
  CHECK(a.successors == std::vector<Next>{{}});
  CHECK(cells(env, {}).cells.empty());
}

TEST_CASE("more cells than max_cells is incomplete with the reason", "[smt][cells]") {
  Process p;
  const auto food = p.flag("food"), urgent = p.flag("urgent"), sealed = p.flag("sealed");
  CellsQuery query;
  query.environment = &p.env;
  query.atoms = {&food, &urgent, &sealed};
  query.max_cells = 5;
  const CellsAnswer a = solver().cells(query);
  CHECK_FALSE(a.complete);
  CHECK(a.reason == "more than 5 combinations of guard values");
  CHECK(a.cells.size() == 5);
  query.max_cells = 8;
  CHECK(solver().cells(query).complete);
}

TEST_CASE("a setter moves between the cells its variables decide", "[smt][cells][successors]") {
  Process p;
  const auto large = p.large(), small = p.small(), food = p.flag("food");
  // Cells: 0 {small, no food}, 1 {small, food}, 2 {large, no food}, 3 {large, food}.
  const CellsAnswer a = cells(p.env, {&large, &small, &food},
                              {{p.area}, {p.note, p.bonus}, {p.food, p.area}, {p.food}});
  REQUIRE(truths(a) == std::vector<Truth>{{false, true, false},
                                          {false, true, true},
                                          {true, false, false},
                                          {true, false, true}});
  CHECK(a.successors[0] == Next{{0, 2}, {1, 3}, {0, 2}, {1, 3}});  // area: food stays
  CHECK(a.successors[1] == Next{{0}, {1}, {2}, {3}});              // unrelated variables
  CHECK(a.successors[2] == Next{{0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1, 2, 3}});
  CHECK(a.successors[3] == Next{{0, 1}, {0, 1}, {2, 3}, {2, 3}});  // food: area stays
}

TEST_CASE("setter successors depend on the variables that stay", "[smt][cells][successors]") {
  Process p;
  // area + bonus > 1000 needs area > 900 (bonus <= 100): from area <= 500 no bonus reaches it.
  const auto large = p.large();
  const auto total = finish(gt(add(var(p.env, "area"), var(p.env, "bonus")), integer(1000)));
  const CellsAnswer a = cells(p.env, {&large, &total}, {{p.bonus}, {p.area}});
  REQUIRE(truths(a) == std::vector<Truth>{{false, false}, {true, false}, {true, true}});
  CHECK(a.successors[0] == Next{{0}, {1, 2}, {1, 2}});
  CHECK(a.successors[1] == Next{{0, 1, 2}, {0, 1, 2}, {0, 1, 2}});
}

TEST_CASE("cells refuse a setter slot that is not a variable", "[smt][cells][successors]") {
  Process p;
  const auto large = p.large();
  CellsQuery query;
  query.environment = &p.env;
  query.atoms = {&large};
  query.setters = {{99}};
  const CellsAnswer a = solver().cells(query);
  CHECK_FALSE(a.complete);
  CHECK(a.reason == "smt: setter slot 99 is not a variable");
  CHECK(a.successors.empty());
}

TEST_CASE("cells of a hard atom time out with the reason", "[smt][cells][timeout]") {
  expr::Environment env;
  for (const char* name : {"x", "y", "z"}) declare(env, name, Type::integer);
  const auto cube = [&](const char* name) {
    return mul(mul(var(env, name), var(env, name)), var(env, name));
  };
  const auto hard = finish(eq(add(add(cube("x"), cube("y")), cube("z")), integer(33)));
  CellsQuery query;
  query.environment = &env;
  query.atoms = {&hard};
  query.timeout_ms = 50;
  const auto start = std::chrono::steady_clock::now();
  const CellsAnswer a = solver().cells(query);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  INFO("reason: " << a.reason);
  CHECK_FALSE(a.complete);
  // The query's timeout, or Z3 giving up on the nonlinear arithmetic first.
  CHECK((a.reason == "timeout after 50 ms" || a.reason.find("incomplete") != std::string::npos));
  for (const explore::Cell& cell : a.cells) CHECK(holds(hard, cell.witness) == cell.truth[0]);
}

TEST_CASE("concretise re-chooses a variable between frames", "[smt][concretise]") {
  Process p;
  const auto large = p.large(), small = p.small(), food = p.flag("food");
  ConcretiseQuery query;
  query.environment = &p.env;
  query.atoms = {&large, &small, &food};
  query.changes = {{p.area}};
  query.requirements = {{0, 0, true}, {0, 2, true}, {1, 1, true}};
  const ConcretiseAnswer a = solver().concretise(query);
  INFO("reason: " << a.reason);
  REQUIRE(a.found);
  REQUIRE(a.frames.size() == 2);
  for (const auto& frame : a.frames) {
    REQUIRE(frame.size() == p.env.variables().size());
    for (std::size_t slot = 0; slot < frame.size(); ++slot)
      CHECK(expr::in_domain(frame[slot], p.env.variables()[slot]));
  }
  CHECK(holds(large, a.frames[0]));
  CHECK(holds(food, a.frames[0]));
  CHECK(holds(small, a.frames[1]));
  CHECK(holds(food, a.frames[1]));  // not re-chosen: the same as in frame 0
  for (std::uint32_t slot = 0; slot < a.frames[0].size(); ++slot)
    if (slot != p.area) CHECK(a.frames[0][slot] == a.frames[1][slot]);
}

TEST_CASE("concretise without a fitting re-choice finds nothing", "[smt][concretise]") {
  Process p;
  const auto large = p.large(), small = p.small();
  ConcretiseQuery query;
  query.environment = &p.env;
  query.atoms = {&large, &small};
  query.changes = {{p.food}};  // area is not re-chosen
  query.requirements = {{0, 0, true}, {1, 1, true}};
  const ConcretiseAnswer a = solver().concretise(query);
  CHECK_FALSE(a.found);
  CHECK(a.frames.empty());
  CHECK(a.reason.rfind("no case data satisfies", 0) == 0);

  query.changes = {};
  query.requirements = {{0, 0, true}, {0, 1, true}};  // both in one frame
  CHECK_FALSE(solver().concretise(query).found);
}

TEST_CASE("concretise without requirements or re-choices gives one frame", "[smt][concretise]") {
  Process p;
  ConcretiseQuery query;
  query.environment = &p.env;
  const ConcretiseAnswer a = solver().concretise(query);
  REQUIRE(a.found);
  REQUIRE(a.frames.size() == 1);
  CHECK(a.frames[0].size() == p.env.variables().size());
}

TEST_CASE("concretise refuses out-of-range requirements and slots", "[smt][concretise]") {
  Process p;
  const auto large = p.large();
  ConcretiseQuery query;
  query.environment = &p.env;
  query.atoms = {&large};
  query.requirements = {{1, 0, true}};  // frame 1 does not exist
  ConcretiseAnswer a = solver().concretise(query);
  CHECK_FALSE(a.found);
  CHECK_FALSE(a.reason.empty());
  query.requirements = {};
  query.changes = {{99}};
  a = solver().concretise(query);
  CHECK_FALSE(a.found);
  CHECK_FALSE(a.reason.empty());
}

TEST_CASE("concretise of a hard requirement gives up with the reason", "[smt][concretise]") {
  expr::Environment env;
  for (const char* name : {"x", "y", "z"}) declare(env, name, Type::integer);
  const auto cube = [&](const char* name) {
    return mul(mul(var(env, name), var(env, name)), var(env, name));
  };
  const auto hard = finish(eq(add(add(cube("x"), cube("y")), cube("z")), integer(33)));
  ConcretiseQuery query;
  query.environment = &env;
  query.atoms = {&hard};
  query.requirements = {{0, 0, true}};
  query.timeout_ms = 50;
  const ConcretiseAnswer a = solver().concretise(query);
  INFO("reason: " << a.reason);
  CHECK_FALSE(a.found);
  CHECK((a.reason == "timeout after 50 ms" || a.reason.find("incomplete") != std::string::npos));
}

TEST_CASE("the case solver answers queries from several threads", "[smt][cells]") {
  Process p;
  const auto large = p.large(), small = p.small(), food = p.flag("food");
  const explore::CaseSolver& shared = solver();
  std::vector<std::size_t> counts(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < counts.size(); ++t)
    threads.emplace_back([&, t] {
      CellsQuery query;
      query.environment = &p.env;
      query.atoms = {&large, &small, &food};
      query.setters = {{p.area}};
      for (int round = 0; round < 10; ++round) {
        const CellsAnswer a = shared.cells(query);
        if (a.complete) counts[t] += a.cells.size();
      }
    });
  for (std::thread& t : threads) t.join();
  for (std::size_t c : counts) CHECK(c == 40);
}
