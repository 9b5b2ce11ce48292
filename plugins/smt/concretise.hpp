// Concrete case data for a run seen through its data: one frame of values per stretch between
// re-choices, each frame equal to the one before except for the re-chosen slots, such that every
// required atom holds or fails in its frame. Each frame is confirmed with the interpreter.
#pragma once

#include "atoms.hpp"
#include "seamless/explore/case_solver.hpp"
#include "session.hpp"

namespace seamless::plugins::smt {

// Fills `answer`: found with frames 0..changes.size(), or not found with a reason (no such data,
// the time ran out, Z3 answered unknown).
void find_frames(Session& session, const Atoms& atoms, const explore::ConcretiseQuery& query,
                 explore::ConcretiseAnswer& answer);

}  // namespace seamless::plugins::smt
