// AllSAT over one indicator Bool per atom (cells.hpp).
#include "cells.hpp"

#include <algorithm>
#include <string>

namespace seamless::plugins::smt {

namespace {

bool enumerate(Session& session, const Atoms& atoms, const Indicators& atom_bools,
               std::size_t max_cells, explore::CellsAnswer& answer) {
  z3::context& context = session.context();
  z3::solver& solver = session.z3().solver;
  solver.add(atom_bools.definition);
  for (;;) {
    const z3::check_result result = session.check(answer.reason);
    if (result == z3::unsat) return true;
    if (result == z3::unknown) return false;
    const Truth truth = read_truth(solver.get_model(), atom_bools.bools);
    if (answer.cells.size() >= max_cells) {
      answer.reason = "more than " + std::to_string(max_cells) + " combinations of guard values";
      return false;
    }
    // core/smt's witness check: read the case, re-evaluate every atom with the interpreter.
    seamless::smt::Result witness =
        session.z3().finish(result, false, conditions(atoms, truth), atoms.mentioned);
    if (witness.answer != seamless::smt::Answer::sat) {
      answer.reason = witness.reason;
      return false;
    }
    answer.cells.push_back({truth, std::move(witness.witness->slots)});
    if (atoms.exprs.empty()) return true;  // the one cell without atoms
    solver.add(differs(context, atom_bools.bools, truth));
  }
}

}  // namespace

bool find_cells(Session& session, const Atoms& atoms, std::size_t max_cells,
                explore::CellsAnswer& answer) {
  const Indicators atom_bools = indicators(session.context(), atoms.holds);
  z3::solver& solver = session.z3().solver;
  solver.push();
  const bool complete = enumerate(session, atoms, atom_bools, max_cells, answer);
  solver.pop();
  std::sort(answer.cells.begin(), answer.cells.end(),
            [](const explore::Cell& a, const explore::Cell& b) { return a.truth < b.truth; });
  return complete;
}

}  // namespace seamless::plugins::smt
