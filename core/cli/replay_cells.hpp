// What `seamless replay` knows per data cell (a combination of guard-atom truth values): a
// case's behaviour depends only on its initial cell, so the presence Net is explored once per
// cell met (lazily), giving the worst visit count, whether every run can complete, and the seams
// of the worst run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "seamless/analysis/visits.hpp"

namespace seamless::cli {

struct Seam {
  std::string element;
  std::string department;
};

struct CellOutcome {
  bool known = false;  // false: a limit was reached (`reason`)
  i18n::Text reason;
  std::uint32_t visits = 0;  // worst case
  bool at_least = false;     // the counter saturated: `visits` or more
  bool completes = false;    // every run for this case data can complete
  std::vector<Seam> seams;   // of the worst run, in order (repeats removed)
};

class ReplayCells {
 public:
  ReplayCells(const check::CheckContext& context, const analysis::VisitModel& model,
              std::uint32_t bound);
  // The outcome of cases starting in `cell` (explored on first use).
  const CellOutcome& outcome(std::uint32_t cell);
  std::uint32_t bound() const { return bound_; }

 private:
  const check::CheckContext& context_;
  const analysis::VisitModel& model_;
  std::uint32_t bound_;
  std::vector<std::optional<CellOutcome>> outcomes_;
};

}  // namespace seamless::cli
