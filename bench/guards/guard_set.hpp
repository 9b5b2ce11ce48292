// The guards the benchmark evaluates: a dozen kinds found in approval models (thresholds with a
// flag, district or amount, ranges, arithmetic on amounts, enumerations), each as the typed IR
// the binder produces and twice as hand-written C++ with identical semantics, compiled ahead of
// time: once composed of the interpreter's own operations (seamless/expr/arithmetic.hpp), once
// as an expert would write it (64-bit fast paths, no null tracking for variables, which are
// never null): the physical limit. Plus a model of N guards made of the same kinds with varied
// constants, for compile latency.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "seamless/expr/expr.hpp"
#include "seamless/plugin/registry.hpp"

namespace seamless::bench {

// The case variables: one int64 per slot (encoding in value.hpp).
enum Slot : std::uint32_t {
  area,                // integer, m²
  food_business,       // boolean
  district,            // string id
  investment,          // decimal
  employees,           // integer
  foreign_capital,     // boolean
  registered_capital,  // decimal
  category,            // string id
  age,                 // integer
  urgent,              // boolean
  slot_count
};

struct BenchGuard {
  std::string text;                // as a modeller would write it (FEEL)
  expr::Expr expr;                 // as bound
  plugin::GuardFunction composed;  // C++ composed of arithmetic.hpp's operations
  plugin::GuardFunction expert;    // C++ as an expert would write it
};

// The dozen guard kinds, in a fixed order.
std::vector<BenchGuard> guard_kinds();

// `count` guards of the same kinds with varied constants (no hand-written twins).
std::vector<expr::Expr> model_guards(std::size_t count);

// `count` cases, `slot_count` values each, realistic ranges with some edge values.
std::vector<std::int64_t> random_cases(std::size_t count, std::uint64_t seed);

}  // namespace seamless::bench
