// The data part of exploration: the cells of the Net's guard atoms, per process from the case
// solver, combined as a product over processes. No atoms: one cell, and no solver is needed.
#pragma once

#include <string>

#include "seamless/explore/case_solver.hpp"
#include "seamless/explore/data_cells.hpp"
#include "seamless/guards/model_guards.hpp"
#include "seamless/i18n/text.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::analysis {

struct DataSetup {
  explore::DataCells cells;
  bool ok = true;
  i18n::Text reason;  // why not ok
  // Per global cell: per process, the local cell (for witnesses).
  std::vector<std::vector<std::uint32_t>> digits;
  // Per process (model index): the atoms of that process (global atom indices).
  std::vector<std::vector<std::uint32_t>> process_atoms;
};

DataSetup set_up_data(const semantics::Net& net, const guards::ModelGuards* guards,
                      const explore::CaseSolver* solver, unsigned timeout_ms);

}  // namespace seamless::analysis
