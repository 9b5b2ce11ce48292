// Which cells can follow which when a step re-chooses some variables (a setter): cell c' follows
// cell c when some values x of the other variables, with values v and v' of the setter's, put
// (x, v) in c and (x, v') in c'. Asked of Z3 with a second copy of the setter's variables.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "atoms.hpp"
#include "seamless/explore/case_solver.hpp"
#include "session.hpp"

namespace seamless::plugins::smt {

// `next[c]`: the cells that can follow cell c (ascending; c itself always can). False, with
// `reason`, when the time runs out or Z3 answers unknown. `cells` must be all the cells, sorted.
bool find_successors(Session& session, const Atoms& atoms, const std::vector<explore::Cell>& cells,
                     std::span<const std::uint32_t> setter_slots,
                     std::vector<std::vector<std::uint32_t>>& next, std::string& reason);

}  // namespace seamless::plugins::smt
