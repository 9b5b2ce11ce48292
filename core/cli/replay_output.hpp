// Replay's output pieces: a data cell's per-case line (text or JSON) and how seams are named in
// the totals.
#pragma once

#include <cstdint>
#include <string>

#include "replay_cells.hpp"
#include "seamless/model/model.hpp"

namespace seamless::cli {

// The per-case line of a cell, after "line N: " (text) or `{"line":N,` (json).
std::string cell_text(const CellOutcome& o, std::uint32_t bound);
std::string cell_json(const CellOutcome& o, std::uint32_t bound, std::uint32_t cell);
// "'收到领照通知 Licence-ready notice' (Event_licence_ready)", or the id when no node has it.
std::string seam_label(const model::Model& m, const std::string& element);
// A department's display name ("" for an unknown id).
std::string department_name(const model::Model& m, const std::string& id);

}  // namespace seamless::cli
