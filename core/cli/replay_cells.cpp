// Per-cell outcomes of `seamless replay` (replay_cells.hpp).
#include "replay_cells.hpp"

#include <algorithm>

#include "seamless/analysis/names.hpp"

namespace seamless::cli {

ReplayCells::ReplayCells(const check::CheckContext& context, const analysis::VisitModel& model,
                         std::uint32_t bound)
    : context_(context), model_(model), bound_(bound) {
  outcomes_.resize(model.data->cells.cell_count());
}

const CellOutcome& ReplayCells::outcome(std::uint32_t cell) {
  if (outcomes_[cell]) return *outcomes_[cell];
  CellOutcome out;
  const analysis::VisitSpace space = analysis::explore_visits(context_, model_, cell, true);
  out.visits = space.worst;
  out.at_least = space.worst >= model_.presence->cap;
  const model::Model& m = context_.model;
  if (space.worst_state != explore::no_state) {
    const explore::Path path = space.exploration->path_to(space.worst_state);
    for (const analysis::Visit& v : analysis::visits_of_run(*model_.presence, path)) {
      if (v.seam == model::no_index) continue;
      Seam s{m.nodes[v.seam].id, v.seam_department};
      if (std::none_of(out.seams.begin(), out.seams.end(), [&](const Seam& e) {
            return e.element == s.element && e.department == s.department;
          }))
        out.seams.push_back(std::move(s));
    }
  }
  // A violation found is certain; otherwise the answer needs the whole space.
  out.known = space.complete || space.worst > bound_;
  out.completes = space.completes;
  if (!space.complete) out.reason = space.limit;
  outcomes_[cell] = std::move(out);
  return *outcomes_[cell];
}

}  // namespace seamless::cli
