// Queries to Z3 with timeouts, witnesses checked by the reference interpreter, and Z3's own
// evaluation of an expression for one case (see solver.hpp).
#include "seamless/smt/solver.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "seamless/expr/interpreter.hpp"
#include "solver_impl.hpp"
#include "witness.hpp"

namespace seamless::smt {

std::string_view to_string(Answer answer) {
  switch (answer) {
    case Answer::sat:
      return "sat";
    case Answer::unsat:
      return "unsat";
    case Answer::unknown:
      return "unknown";
  }
  return "unknown";
}

std::vector<std::uint32_t> mentioned_slots(std::span<const expr::Expr* const> exprs) {
  std::vector<std::uint32_t> slots;
  for (const expr::Expr* e : exprs)
    for (const expr::Node& n : e->nodes)
      if (n.op == expr::Op::variable) slots.push_back(n.slot);
  std::sort(slots.begin(), slots.end());
  slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
  return slots;
}

Result unknown_from(const std::exception& error) {
  const auto* z3_error = dynamic_cast<const z3::exception*>(&error);
  return Result{Answer::unknown,
                z3_error ? "solver error: " + std::string(z3_error->msg()) : error.what(),
                std::nullopt};
}

bool meets(const expr::Value& value, Want want) {
  switch (want) {
    case Want::holds:
      return !value.null && value.bits != 0;
    case Want::fails:
      return value.null || value.bits == 0;
    case Want::is_false:
      return !value.null && value.bits == 0;
    case Want::is_null:
      return value.null;
  }
  return false;
}

Solver::Impl::Impl(const expr::Environment& env, unsigned timeout)
    : environment(&env),
      solver(context, z3::solver::simple()),
      variables(context, env),
      lowering(variables),
      timeout_ms(timeout) {
  apply_timeout();
}

void Solver::Impl::apply_timeout() {
  z3::params p(context);
  p.set("timeout", timeout_ms == 0 ? ~0u : timeout_ms);
  solver.set(p);
}

void Solver::Impl::sync_domains() {
  const std::size_t vars = environment->variables().size();
  const std::size_t strings = environment->strings().size();
  if (vars == domain_variables && strings == domain_strings) return;
  solver.reset();
  apply_timeout();
  solver.add(variables.domains());
  domain_variables = vars;
  domain_strings = strings;
}

z3::expr Solver::Impl::constraint(const Term& term, Want want) {
  switch (want) {
    case Want::holds:
      return Lowering::holds(term);
    case Want::fails:
      return Lowering::fails(term);
    case Want::is_false:
      if (!term.value.is_bool()) return term.value.ctx().bool_val(false);
      return !term.null && !term.value;
    case Want::is_null:
      return term.null;
  }
  return term.value.ctx().bool_val(false);
}

z3::check_result Solver::Impl::check_within_timeout(bool& interrupted) {
  interrupted = false;
  if (timeout_ms == 0) return solver.check();
  watchdog.arm(watchdog_delay(timeout_ms));
  z3::check_result answer = z3::unknown;
  try {
    answer = solver.check();
  } catch (...) {
    interrupted = watchdog.disarm();
    if (interrupted) unusable = !still_usable();
    throw;
  }
  interrupted = watchdog.disarm();
  if (interrupted) unusable = !still_usable();
  return answer;
}

bool Solver::Impl::still_usable() {
  try {
    solver.push();
    solver.pop();
    return true;
  } catch (const z3::exception&) {
    return false;
  }
}

Result Solver::Impl::finish(z3::check_result answer, bool interrupted,
                            std::span<const Condition> conditions,
                            std::vector<std::uint32_t> mentioned) {
  Result result;
  if (answer == z3::unsat) {
    result.answer = Answer::unsat;
    return result;
  }
  if (answer == z3::unknown) {
    result.answer = Answer::unknown;
    result.reason = solver.reason_unknown();
    // Z3 says "canceled" when its timer stopped the search.
    if (interrupted || result.reason == "canceled" || result.reason == "timeout")
      result.reason = "timeout after " + std::to_string(timeout_ms) + " ms";
    if (result.reason.empty()) result.reason = "the solver gave no answer";
    return result;
  }
  Case witness = read_case(solver.get_model(), variables, std::move(mentioned));
  // Never claim sat on the solver's word alone: the witness must meet every condition under the
  // reference interpreter, and lie in every domain.
  bool agrees = true;
  const std::int64_t fresh_end = variables.first_fresh_string() + variables.fresh_string_count();
  for (std::uint32_t slot = 0; slot < witness.slots.size(); ++slot) {
    const expr::Variable& v = environment->variables()[slot];
    const std::int64_t bits = witness.slots[slot];
    if (!expr::in_domain(bits, v)) agrees = false;
    if (v.type == expr::Type::string && v.values.empty() && (bits < 0 || bits >= fresh_end))
      agrees = false;
  }
  for (const Condition& c : conditions)
    if (!meets(expr::evaluate(*c.expr, witness.slots.data()), c.want)) agrees = false;
  if (agrees) {
    result.answer = Answer::sat;
    result.witness = std::move(witness);
  } else {
    result.answer = Answer::unknown;
    result.reason = "internal error: the solver's witness does not meet the conditions";
  }
  return result;
}

Result Solver::Impl::solve(std::span<const Condition> conditions, const z3::expr& extra,
                           std::vector<std::uint32_t> mentioned) {
  bool pushed = false;
  try {
    solver.push();
    pushed = true;
    solver.add(extra);
    bool interrupted = false;
    const z3::check_result answer = check_within_timeout(interrupted);
    Result result = finish(answer, interrupted, conditions, std::move(mentioned));
    solver.pop();
    return result;
  } catch (const std::exception& e) {
    if (pushed) {
      try {
        solver.pop();
      } catch (const z3::exception&) {
        domain_variables = static_cast<std::size_t>(-1);  // rebuild on the next query
      }
    }
    return unknown_from(e);
  }
}

Solver::Solver(const expr::Environment& environment, unsigned timeout_ms)
    : impl_(std::make_unique<Impl>(environment, timeout_ms)) {}
Solver::~Solver() = default;
Solver::Solver(Solver&&) noexcept = default;
Solver& Solver::operator=(Solver&&) noexcept = default;

void Solver::set_timeout(unsigned timeout_ms) {
  impl_->timeout_ms = timeout_ms;
  impl_->apply_timeout();
}

unsigned Solver::timeout() const {
  return impl_->timeout_ms;
}

const expr::Environment& Solver::environment() const {
  return *impl_->environment;
}

Solver::Impl& Solver::impl() {
  return *impl_;
}

Solver::Impl& Solver::fresh_impl() {
  if (impl_->unusable) impl_ = std::make_unique<Impl>(*impl_->environment, impl_->timeout_ms);
  return *impl_;
}

Result Solver::check(std::span<const Condition> conditions) {
  Impl& s = fresh_impl();
  try {
    s.sync_domains();
    z3::expr_vector all(s.context);
    std::vector<const expr::Expr*> exprs;
    for (const Condition& c : conditions) {
      all.push_back(Impl::constraint(s.lowering.lower(*c.expr), c.want));
      exprs.push_back(c.expr);
    }
    return s.solve(conditions, z3::mk_and(all), mentioned_slots(exprs));
  } catch (const std::exception& e) {
    s.domain_variables = static_cast<std::size_t>(-1);  // the base level is rebuilt next time
    return unknown_from(e);
  }
}

expr::Value Solver::evaluate(const expr::Expr& e, const std::int64_t* slots) {
  Impl& s = *impl_;
  const Term t = s.lowering.lower(e, slots);
  z3::expr null = t.null.simplify();
  z3::expr value = t.value.simplify();
  auto reduced = [](const z3::expr& x) { return x.is_true() || x.is_false() || x.is_numeral(); };
  if (!reduced(null) || (null.is_false() && !reduced(value))) {
    // Not reduced by the simplifier: solve (every variable is fixed, so the model is the value).
    z3::solver fixed(s.context);
    fixed.add(s.context.bool_val(true));
    if (fixed.check() != z3::sat) throw std::runtime_error("smt: evaluation has no model");
    const z3::model m = fixed.get_model();
    null = m.eval(t.null, true);
    value = m.eval(t.value, true);
  }
  if (null.is_true()) return {0, true};
  if (!null.is_false()) throw std::runtime_error("smt: null flag not reduced: " + null.to_string());
  if (value.is_bool()) {
    if (value.is_true()) return {1, false};
    if (value.is_false()) return {0, false};
  } else {
    std::int64_t bits = 0;
    if (value.is_numeral() && value.is_numeral_i64(bits)) return {bits, false};
  }
  throw std::runtime_error("smt: value not reduced: " + value.to_string());
}

}  // namespace seamless::smt
