// The guard atoms in Z3: each atom's "holds" term (true and not null), indicator Bools defined
// equal to such terms, and truth vectors (one bool per atom) read from a model, fixed, blocked,
// or ordered (false < true, atom 0 most significant), plus the conditions a witness of a truth
// vector must meet under the interpreter.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include <z3++.h>

#include "seamless/expr/expr.hpp"
#include "seamless/smt/solver.hpp"
#include "session.hpp"

namespace seamless::plugins::smt {

using Truth = std::vector<bool>;

struct Atoms {
  std::vector<const expr::Expr*> exprs;
  std::vector<z3::expr> holds;           // over the variables' constants (frame 0)
  std::vector<std::uint32_t> mentioned;  // the slots the atoms mention, ascending
};

// Throws std::invalid_argument for a missing atom or ill-formed IR.
Atoms lower_atoms(Session& session, std::span<const expr::Expr* const> exprs);

// Fresh Bools, one per term, and the constraint that each equals its term.
struct Indicators {
  std::vector<z3::expr> bools;
  z3::expr definition;
};
Indicators indicators(z3::context& context, const std::vector<z3::expr>& terms);

Truth read_truth(const z3::model& model, const std::vector<z3::expr>& bools);
// The Bools have exactly these values.
z3::expr equals(z3::context& context, const std::vector<z3::expr>& bools, const Truth& truth);
// The Bools differ from these values somewhere (a blocking clause; false for no Bools).
z3::expr differs(z3::context& context, const std::vector<z3::expr>& bools, const Truth& truth);
// The Bools' values come after `truth` in the cell order.
z3::expr after(z3::context& context, const std::vector<z3::expr>& bools, const Truth& truth);

// Each atom holds or fails as `truth` says: what the interpreter must confirm of a witness.
std::vector<seamless::smt::Condition> conditions(const Atoms& atoms, const Truth& truth);

}  // namespace seamless::plugins::smt
