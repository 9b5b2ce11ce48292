// Times the Z3 gateway check: the gap and the 15 pairwise overlaps of one exclusive gateway with
// 6 guards over 5 variables (typed IR built by hand, as a binder would produce it). Prints the
// median and quartiles over many runs, for a solver made per check and for a reused one.
//   usage: seamless_bench_smt_gateway [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "seamless/smt/gateway.hpp"
#include "support/expr_builder.hpp"

using namespace seamless;
using namespace seamless::test::build;
using expr::Type;

namespace {

struct Gateway {
  expr::Environment env;
  std::vector<expr::Expr> guards;
  smt::GatewayGuards query;

  Gateway() {
    const std::int64_t million = expr::decimal_scale;
    declare(env, "area", Type::integer, 0, 100000);
    declare(env, "employees", Type::integer, 0, 10000);
    declare(env, "investment", Type::decimal, 0, 1'000'000'000 * million);
    declare(env, "district", Type::string, {}, {}, {"qingpu", "wujiang", "jiashan"});
    declare(env, "food", Type::boolean);
    auto v = [&](const char* name) { return var(env, name); };
    // area > 500 and investment >= 1000000
    guards.push_back(
        finish(and_(gt(v("area"), integer(500)), ge(v("investment"), decimal("1000000")))));
    // area <= 500 and food
    guards.push_back(finish(and_(le(v("area"), integer(500)), v("food"))));
    // district = "qingpu" and employees > 50
    guards.push_back(
        finish(and_(eq(v("district"), string(env, "qingpu")), gt(v("employees"), integer(50)))));
    // investment * 0.3 > 250000.5 or employees >= 200
    guards.push_back(finish(or_(gt(mul(v("investment"), decimal("0.3")), decimal("250000.5")),
                                ge(v("employees"), integer(200)))));
    // not food and area > 1000 and district != "wujiang"
    guards.push_back(finish(and_(and_(not_(v("food")), gt(v("area"), integer(1000))),
                                 ne(v("district"), string(env, "wujiang")))));
    // employees * 2 + 10 > area / 100 (integer arithmetic; `/` would be decimal)
    guards.push_back(finish(gt(add(mul(v("employees"), integer(2)), integer(10)),
                               sub(v("area"), mod(v("area"), integer(100))))));
    for (const expr::Expr& g : guards) query.guards.push_back(&g);
  }
};

double ms(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

struct Stats {
  double q1, median, q3;
};

Stats stats(std::vector<double> t) {
  std::sort(t.begin(), t.end());
  return {t[t.size() / 4], t[t.size() / 2], t[t.size() * 3 / 4]};
}

// Times `runs` gateway checks with one solver, after one warm-up check.
std::vector<double> time_reused(const Gateway& g, int runs, unsigned timeout_ms,
                                smt::GatewayReport& report) {
  smt::Solver solver(g.env, timeout_ms);
  report = smt::check_gateway(solver, g.query);
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    report = smt::check_gateway(solver, g.query);
    t.push_back(ms(std::chrono::steady_clock::now() - t0));
  }
  return t;
}

void print(const char* what, const std::vector<double>& t) {
  const Stats s = stats(t);
  std::printf("%-44s median %6.3f ms  (q1 %.3f, q3 %.3f)\n", what, s.median, s.q1, s.q3);
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 301;
  Gateway g;

  // A solver per check: Z3 context creation included.
  std::vector<double> fresh, create;
  smt::GatewayReport report;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    smt::Solver solver(g.env);
    const auto t1 = std::chrono::steady_clock::now();
    report = smt::check_gateway(solver, g.query);
    const auto t2 = std::chrono::steady_clock::now();
    create.push_back(ms(t1 - t0));
    fresh.push_back(ms(t2 - t0));
  }
  const std::vector<double> reused = time_reused(g, runs, smt::default_timeout_ms, report);
  smt::GatewayReport untimed_report;
  const std::vector<double> untimed = time_reused(g, runs, 0, untimed_report);

  int sat = 0, unsat = 0, unknown = 0;
  auto count = [&](const smt::Result& r) {
    (r.answer == smt::Answer::sat ? sat : r.answer == smt::Answer::unsat ? unsat : unknown)++;
  };
  count(report.gap);
  for (const smt::Overlap& o : report.overlaps) count(o.result);
  std::printf(
      "gateway: 6 guards over 5 variables: gap + %zu overlaps = %d queries "
      "(%d sat, %d unsat, %d unknown), %d runs each\n",
      report.overlaps.size(), sat + unsat + unknown, sat, unsat, unknown, runs);
  if (report.gap.witness)
    std::printf("gap witness: %s\n", smt::describe(*report.gap.witness, g.env).c_str());
  print("gateway check, new solver", fresh);
  print("  of which making the solver (Z3 context)", create);
  print("gateway check, solver reused", reused);
  print("gateway check, solver reused, no timeout", untimed);
  return unknown == 0 ? 0 : 1;
}
