// Support for the jit plugin's tests: the plugin loaded once per process, and a batch of guards
// compiled together and checked against the reference interpreter. Expressions are built with
// tests/support/expr_builder.hpp, edge values come from tests/support/edge_values.hpp.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "seamless/expr/expr.hpp"
#include "seamless/expr/interpreter.hpp"
#include "seamless/plugin/host.hpp"
#include "seamless/plugin/registry.hpp"
#include "support/edge_values.hpp"
#include "support/expr_builder.hpp"

namespace seamless::plugins::jit::test {

// The guard compiler of the jit plugin (SEAMLESS_JIT_PLUGIN), loaded on first use.
inline const plugin::GuardCompiler& compiler() {
  static plugin::Host host;
  static const plugin::GuardCompiler* loaded = [] {
    diag::Diagnostics diagnostics;
    if (!host.load(SEAMLESS_JIT_PLUGIN, diagnostics)) return (const plugin::GuardCompiler*)nullptr;
    return host.registry().guard_compiler();
  }();
  REQUIRE(loaded != nullptr);
  return *loaded;
}

// Compiles `guards` as one set; the test fails when compilation does.
inline std::unique_ptr<plugin::CompiledGuards> compile(const std::vector<expr::Expr>& guards) {
  std::vector<const expr::Expr*> pointers;
  for (const expr::Expr& g : guards) pointers.push_back(&g);
  std::string error;
  auto compiled = compiler().compile(pointers, error);
  INFO(error);
  REQUIRE(compiled != nullptr);
  REQUIRE(compiled->size() == guards.size());
  return compiled;
}

// Runs guard `index` on one case; its batch form must agree on every row (the same slots three
// times, with bits of other guards already set in two rows' keys, which it must keep).
inline expr::Truth run(const plugin::CompiledGuards& compiled, std::size_t index,
                       const std::vector<std::int64_t>& slots) {
  const auto truth = static_cast<expr::Truth>(compiled.function(index)(slots.data()));
  std::vector<std::int64_t> rows;
  for (int copy = 0; copy < 3; ++copy) rows.insert(rows.end(), slots.begin(), slots.end());
  std::vector<std::uint64_t> keys{0b100, 0, 0b100};
  compiled.batch_function(index)(rows.data(), slots.size(), 3, 0b10, keys.data());
  const std::uint64_t bit = truth == expr::Truth::true_ ? 0b10 : 0;
  CHECK(keys[0] == (0b100 | bit));
  CHECK(keys[1] == bit);
  CHECK(keys[2] == (0b100 | bit));
  return truth;
}

namespace build = seamless::test::build;
namespace edge = seamless::test::edge;
// The IR's vocabulary, for the tests that use this namespace.
using expr::Op;
using expr::Truth;
using expr::Type;
using expr::Value;

// The expression `e = v`: true exactly when e's value is v (null-aware), so a guard that checks
// a node's exact value, not only its truth.
inline expr::Expr equals_value(const expr::Expr& e, expr::Value v) {
  return build::finish(build::eq(build::of(e), build::value(e.type(), v)), e.text);
}

// Guards with their cases, compiled together; run() checks the JIT against the interpreter on
// each (the truth of the guard, and the exact value of its root), and the interpreter against
// the stated expectation where one was given.
class Batch {
 public:
  void add(expr::Expr e, std::vector<std::int64_t> slots, std::string label,
           std::optional<expr::Value> expected = {}) {
    const expr::Value interpreted = expr::evaluate(e, slots.data());
    if (expected) {
      INFO(label);
      CHECK(interpreted == *expected);
    }
    guards_.push_back(equals_value(e, interpreted));
    cases_.push_back({slots, label + " (exact value)"});
    guards_.push_back(std::move(e));
    cases_.push_back({std::move(slots), std::move(label)});
  }

  // op(a, b) with constant operands, with variable operands when neither is null, and with a
  // variable left and constant right operand.
  void binary(expr::Op op, expr::Type type, expr::Type operands, expr::Value a, expr::Value b,
              std::optional<expr::Value> expected = {}) {
    const std::string label = std::string(expr::to_string(op)) + "(" + show(a) + ", " + show(b) +
                              ") : " + std::string(expr::to_string(type));
    const build::E ka = build::value(operands, a), kb = build::value(operands, b);
    const build::E xa = build::variable(operands, 0), xb = build::variable(operands, 1);
    const auto guard = [&](const build::E& l, const build::E& r) {
      return build::finish(build::binary(op, type, l, r));
    };
    add(guard(ka, kb), {}, label + " constants", expected);
    if (!a.null && !b.null) add(guard(xa, xb), {a.bits, b.bits}, label + " variables", expected);
    if (!a.null) add(guard(xa, kb), {a.bits}, label + " variable, constant", expected);
  }

  void unary(expr::Op op, expr::Type type, expr::Type operand, expr::Value a,
             std::optional<expr::Value> expected = {}) {
    const std::string label = std::string(expr::to_string(op)) + "(" + show(a) +
                              ") : " + std::string(expr::to_string(type));
    const auto guard = [&](build::E x) {
      return build::finish(build::unary(op, type, std::move(x)));
    };
    add(guard(build::value(operand, a)), {}, label + " constant", expected);
    if (!a.null) add(guard(build::variable(operand, 0)), {a.bits}, label + " variable", expected);
  }

  void run() {
    auto compiled = compile(guards_);
    for (std::size_t i = 0; i < guards_.size(); ++i) {
      const auto& [slots, label] = cases_[i];
      INFO(label);
      CHECK(run_one(*compiled, i) == expr::evaluate_truth(guards_[i], slots.data()));
    }
  }

  std::size_t size() const { return guards_.size(); }

 private:
  expr::Truth run_one(const plugin::CompiledGuards& compiled, std::size_t i) const {
    return test::run(compiled, i, cases_[i].first);
  }
  static std::string show(expr::Value v) { return v.null ? "null" : std::to_string(v.bits); }

  std::vector<expr::Expr> guards_;
  std::vector<std::pair<std::vector<std::int64_t>, std::string>> cases_;
};

inline expr::Value value(std::int64_t bits) {
  return {bits, false};
}
inline const expr::Value null_value{0, true};

// `bits` as values, then null.
inline std::vector<expr::Value> values_and_null(const std::vector<std::int64_t>& bits) {
  std::vector<expr::Value> out;
  for (std::int64_t b : bits) out.push_back(value(b));
  out.push_back(null_value);
  return out;
}

}  // namespace seamless::plugins::jit::test
