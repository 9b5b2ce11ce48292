// The cells of a process's guard atoms: every combination of truth values that some case within
// the variables' domains has, each with a witness the interpreter confirmed. Found by AllSAT:
// each combination found is blocked and the solver asked again, until none is left.
#pragma once

#include <cstddef>

#include "atoms.hpp"
#include "seamless/explore/case_solver.hpp"
#include "session.hpp"

namespace seamless::plugins::smt {

// Fills answer.cells, sorted by truth vector (false < true, atom 0 most significant). False, with
// answer.reason, when there are more than `max_cells` (answer.cells then holds `max_cells` of
// them), the time ran out, or Z3 answered unknown.
bool find_cells(Session& session, const Atoms& atoms, std::size_t max_cells,
                explore::CellsAnswer& answer);

}  // namespace seamless::plugins::smt
