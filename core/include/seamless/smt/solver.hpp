// Satisfiability of guard conditions with Z3, for the checks. Every query is bounded by a
// timeout; a timeout or an inconclusive Z3 answer is `unknown` (the check is inconclusive, never
// passed). A `sat` answer carries a witness that has been re-evaluated with the reference
// interpreter, so `sat` is never claimed falsely.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "seamless/expr/environment.hpp"
#include "seamless/expr/expr.hpp"
#include "seamless/smt/case.hpp"

namespace seamless::smt {

enum class Answer : std::uint8_t { sat, unsat, unknown };
std::string_view to_string(Answer answer);

// What a condition asks of its expression's value.
enum class Want : std::uint8_t {
  holds,     // true (a flow with this guard is taken)
  fails,     // false or null (not taken)
  is_false,  // false, not null
  is_null,   // null
};

struct Condition {
  const expr::Expr* expr = nullptr;
  Want want = Want::holds;
};

struct Result {
  Answer answer = Answer::unknown;
  std::string reason;           // why unknown: `timeout after 10000 ms`, Z3's reason, an error
  std::optional<Case> witness;  // when sat
};

inline constexpr unsigned default_timeout_ms = 10'000;

// One Z3 context: not thread-safe (use one Solver per thread). Keep one per Environment and reuse
// it across gateways: making one costs about half a millisecond.
class Solver {
 public:
  // `environment` must outlive the solver; variables and strings added to it later are seen
  // (changing an existing variable's domain is not).
  explicit Solver(const expr::Environment& environment, unsigned timeout_ms = default_timeout_ms);
  ~Solver();
  Solver(Solver&&) noexcept;
  Solver& operator=(Solver&&) noexcept;

  // Per query, in milliseconds; 0: none.
  void set_timeout(unsigned timeout_ms);
  unsigned timeout() const;

  // Is there a case within the variables' domains meeting every condition? sat with a witness.
  Result check(std::span<const Condition> conditions);
  Result check(std::initializer_list<Condition> conditions) {
    return check(std::span<const Condition>(conditions.begin(), conditions.size()));
  }

  // The expression's value for the case `slots`, computed by Z3 (for differential tests against
  // the interpreter). Throws std::invalid_argument for ill-formed IR, std::runtime_error if Z3
  // does not reduce it to a value.
  expr::Value evaluate(const expr::Expr& expr, const std::int64_t* slots);

  const expr::Environment& environment() const;

  // Internal to core/smt (the gateway queries share the solver's state).
  struct Impl;
  // The state behind the solver.
  Impl& impl();
  // The same, replaced by a fresh one first when an interrupt left it unusable (Impl::unusable).
  // Only at the start of a query: references into the old state dangle afterwards.
  Impl& fresh_impl();

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace seamless::smt
