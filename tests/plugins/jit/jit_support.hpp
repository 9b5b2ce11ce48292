// Support for the jit plugin's tests: the plugin loaded once per process, a builder of
// post-order expressions, and a batch of guards compiled together and checked against the
// reference interpreter.
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

inline expr::Truth run(const plugin::CompiledGuards& compiled, std::size_t index,
                       const std::vector<std::int64_t>& slots) {
  return static_cast<expr::Truth>(compiled.function(index)(slots.data()));
}

// Appends nodes to one expression in post-order; every method returns the new node's index.
class ExprBuilder {
 public:
  std::uint32_t constant(expr::Type type, std::int64_t bits) {
    expr::Node n = node(expr::Op::constant, type);
    n.constant = bits;
    return push(n);
  }
  std::uint32_t null(expr::Type type = expr::Type::null) {
    expr::Node n = node(expr::Op::constant, type);
    n.constant_null = true;
    return push(n);
  }
  std::uint32_t value(expr::Type type, expr::Value v) {
    return v.null ? null(type) : constant(type, v.bits);
  }
  std::uint32_t variable(expr::Type type, std::uint32_t slot) {
    expr::Node n = node(expr::Op::variable, type);
    n.slot = slot;
    return push(n);
  }
  std::uint32_t unary(expr::Op op, expr::Type type, std::uint32_t a) {
    expr::Node n = node(op, type);
    n.a = a;
    return push(n);
  }
  std::uint32_t binary(expr::Op op, expr::Type type, std::uint32_t a, std::uint32_t b) {
    expr::Node n = node(op, type);
    n.a = a;
    n.b = b;
    return push(n);
  }
  std::uint32_t is_empty(std::uint32_t a, std::int64_t empty_id) {
    expr::Node n = node(expr::Op::is_empty, expr::Type::boolean);
    n.a = a;
    n.constant = empty_id;
    return push(n);
  }
  expr::Expr build(std::string text = "<test>") {
    expr::Expr out{std::move(text), std::move(nodes_)};
    nodes_.clear();
    return out;
  }

 private:
  static expr::Node node(expr::Op op, expr::Type type) {
    expr::Node n;
    n.op = op;
    n.type = type;
    return n;
  }
  std::uint32_t push(const expr::Node& n) {
    nodes_.push_back(n);
    return static_cast<std::uint32_t>(nodes_.size() - 1);
  }
  std::vector<expr::Node> nodes_;
};

// The expression `root = v` appended to `e`: true exactly when root's value is v (null-aware),
// so a guard that checks a node's exact value, not only its truth.
inline expr::Expr equals_value(expr::Expr e, expr::Value v) {
  const auto root = static_cast<std::uint32_t>(e.nodes.size() - 1);
  expr::Node c;
  c.op = expr::Op::constant;
  c.type = e.nodes[root].type;
  c.constant = v.bits;
  c.constant_null = v.null;
  e.nodes.push_back(c);
  expr::Node eq;
  eq.op = expr::Op::equal;
  eq.type = expr::Type::boolean;
  eq.a = root;
  eq.b = root + 1;
  e.nodes.push_back(eq);
  return e;
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
    ExprBuilder e;
    e.binary(op, type, e.value(operands, a), e.value(operands, b));
    add(e.build(), {}, label + " constants", expected);
    if (!a.null && !b.null) {
      e.binary(op, type, e.variable(operands, 0), e.variable(operands, 1));
      add(e.build(), {a.bits, b.bits}, label + " variables", expected);
    }
    if (!a.null) {
      e.binary(op, type, e.variable(operands, 0), e.value(operands, b));
      add(e.build(), {a.bits}, label + " variable, constant", expected);
    }
  }

  void unary(expr::Op op, expr::Type type, expr::Type operand, expr::Value a,
             std::optional<expr::Value> expected = {}) {
    const std::string label = std::string(expr::to_string(op)) + "(" + show(a) +
                              ") : " + std::string(expr::to_string(type));
    ExprBuilder e;
    e.unary(op, type, e.value(operand, a));
    add(e.build(), {}, label + " constant", expected);
    if (!a.null) {
      e.unary(op, type, e.variable(operand, 0));
      add(e.build(), {a.bits}, label + " variable", expected);
    }
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

}  // namespace seamless::plugins::jit::test
