// Tests of the jit plugin's module and compiler: registration, guard sets of every size,
// malformed guards, the lifetime of compiled code, threads.
#include <catch2/catch.hpp>

#include <thread>

#include "jit_support.hpp"
#include "seamless/plugin/host.hpp"

using namespace seamless;
using namespace seamless::plugins::jit::test;

TEST_CASE("jit plugin registers the llvm-orc guard compiler", "[jit]") {
  plugin::Host host;
  diag::Diagnostics diagnostics;
  REQUIRE(host.load(SEAMLESS_JIT_PLUGIN, diagnostics));
  CHECK(diagnostics.empty());
  REQUIRE(host.plugins().size() == 1);
  CHECK(host.plugins()[0].name == "jit");
  REQUIRE(host.registry().guard_compiler() != nullptr);
  CHECK(host.registry().guard_compiler()->name() == "llvm-orc");
}

TEST_CASE("jit compiles an empty guard set to no functions", "[jit]") {
  std::string error;
  auto compiled = compiler().compile({}, error);
  REQUIRE(compiled != nullptr);
  CHECK(compiled->size() == 0);
}

TEST_CASE("jit evaluates an expression without nodes to null", "[jit]") {
  auto compiled = compile({expr::Expr{}});
  CHECK(run(*compiled, 0, {}) == Truth::null);
}

TEST_CASE("jit refuses malformed guards with the reason", "[jit]") {
  expr::Expr forward = build::finish(build::boolean(true));
  forward.nodes[0].op = Op::logical_not;
  forward.nodes[0].a = 0;  // its own operand
  std::string error;
  const expr::Expr ok = build::finish(build::boolean(true));
  CHECK(compiler().compile({&ok, &forward}, error) == nullptr);
  CHECK_THAT(error, Catch::Contains("guard 1") && Catch::Contains("operand a"));

  expr::Expr unknown = ok;
  unknown.nodes[0].op = static_cast<Op>(200);
  error.clear();
  CHECK(compiler().compile({&unknown}, error) == nullptr);
  CHECK_THAT(error, Catch::Contains("unknown op"));

  error.clear();
  CHECK(compiler().compile({&ok, nullptr}, error) == nullptr);
  CHECK_THAT(error, Catch::Contains("guard 1 is missing"));
}

TEST_CASE("jit compiles hundreds of guards into one set, one function each", "[jit]") {
  std::vector<expr::Expr> guards;
  for (int k = 0; k < 500; ++k) {
    guards.push_back(
        build::finish(build::gt(build::variable(Type::integer, k % 3), build::integer(k))));
  }
  auto compiled = compile(guards);
  const std::vector<std::int64_t> slots{0, 250, 1000};
  for (int k = 0; k < 500; ++k) {
    INFO("guard " << k);
    const bool holds = slots[k % 3] > k;
    CHECK(run(*compiled, k, slots) == (holds ? Truth::true_ : Truth::false_));
  }
}

TEST_CASE("jit guard sets compile concurrently and run from several threads", "[jit]") {
  auto make = [](std::int64_t limit) {
    return build::finish(build::lt(build::variable(Type::integer, 0), build::integer(limit)));
  };
  const plugin::GuardCompiler& jit = compiler();  // loaded here: Catch2 asserts on one thread
  std::vector<std::unique_ptr<plugin::CompiledGuards>> sets(4);
  {
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < sets.size(); ++t) {
      threads.emplace_back([&, t] {
        const expr::Expr guard = make(static_cast<std::int64_t>(t) * 10);
        std::string error;
        sets[t] = jit.compile({&guard}, error);
      });
    }
    for (auto& thread : threads) thread.join();
  }
  for (const auto& set : sets) REQUIRE(set != nullptr);
  std::vector<int> wrong(sets.size(), 0);
  {
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < sets.size(); ++t) {
      threads.emplace_back([&, t] {
        for (std::int64_t x = -100; x < 100; ++x) {
          const std::int64_t limit = static_cast<std::int64_t>(t) * 10;
          const auto truth = static_cast<Truth>(sets[t]->function(0)(&x));
          if (truth != (x < limit ? Truth::true_ : Truth::false_)) ++wrong[t];
        }
      });
    }
    for (auto& thread : threads) thread.join();
  }
  for (int w : wrong) CHECK(w == 0);
}

TEST_CASE("jit compiled code outlives the compiler call and each set is independent", "[jit]") {
  std::vector<std::unique_ptr<plugin::CompiledGuards>> sets;
  for (int k = 0; k < 3; ++k) {
    sets.push_back(
        compile({build::finish(build::eq(build::variable(Type::integer, 0), build::integer(k)))}));
  }
  sets.erase(sets.begin() + 1);  // destroying one set leaves the others' code intact
  CHECK(run(*sets[0], 0, {0}) == Truth::true_);
  CHECK(run(*sets[1], 0, {2}) == Truth::true_);
  CHECK(run(*sets[1], 0, {0}) == Truth::false_);
}
