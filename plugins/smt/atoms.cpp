// Atoms lowered to Z3 and truth vectors as constraints (atoms.hpp).
#include "atoms.hpp"

#include <stdexcept>
#include <string>

#include "frames.hpp"

namespace seamless::plugins::smt {

Atoms lower_atoms(Session& session, std::span<const expr::Expr* const> exprs) {
  Atoms atoms;
  for (std::size_t i = 0; i < exprs.size(); ++i) {
    if (exprs[i] == nullptr)
      throw std::invalid_argument("smt: atom " + std::to_string(i) + " has no expression");
    atoms.exprs.push_back(exprs[i]);
    atoms.holds.push_back(seamless::smt::Lowering::holds(session.z3().lowering.lower(*exprs[i])));
  }
  atoms.mentioned = seamless::smt::mentioned_slots(atoms.exprs);
  return atoms;
}

Indicators indicators(z3::context& context, const std::vector<z3::expr>& terms) {
  Indicators out{{}, context.bool_val(true)};
  z3::expr_vector definitions(context);
  for (const z3::expr& term : terms) {
    out.bools.push_back(fresh_constant(context, "atom", context.bool_sort()));
    definitions.push_back(out.bools.back() == term);
  }
  out.definition = z3::mk_and(definitions);
  return out;
}

Truth read_truth(const z3::model& model, const std::vector<z3::expr>& bools) {
  Truth truth;
  truth.reserve(bools.size());
  for (const z3::expr& b : bools) truth.push_back(model.eval(b, true).is_true());
  return truth;
}

namespace {
z3::expr literal(const z3::expr& b, bool value) {
  return value ? b : !b;
}
}  // namespace

z3::expr equals(z3::context& context, const std::vector<z3::expr>& bools, const Truth& truth) {
  z3::expr_vector all(context);
  for (std::size_t i = 0; i < bools.size(); ++i) all.push_back(literal(bools[i], truth[i]));
  return z3::mk_and(all);
}

z3::expr differs(z3::context& context, const std::vector<z3::expr>& bools, const Truth& truth) {
  z3::expr_vector any(context);
  for (std::size_t i = 0; i < bools.size(); ++i) any.push_back(literal(bools[i], !truth[i]));
  return z3::mk_or(any);
}

z3::expr after(z3::context& context, const std::vector<z3::expr>& bools, const Truth& truth) {
  // Equal on atoms 0..i-1, then true where `truth` is false at atom i.
  z3::expr_vector any(context);
  z3::expr_vector prefix(context);
  for (std::size_t i = 0; i < bools.size(); ++i) {
    if (!truth[i]) any.push_back(z3::mk_and(prefix) && bools[i]);
    prefix.push_back(literal(bools[i], truth[i]));
  }
  return z3::mk_or(any);
}

std::vector<seamless::smt::Condition> conditions(const Atoms& atoms, const Truth& truth) {
  std::vector<seamless::smt::Condition> out;
  for (std::size_t i = 0; i < atoms.exprs.size(); ++i)
    out.push_back(
        {atoms.exprs[i], truth[i] ? seamless::smt::Want::holds : seamless::smt::Want::fails});
  return out;
}

}  // namespace seamless::plugins::smt
