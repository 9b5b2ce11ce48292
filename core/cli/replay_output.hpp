// Replay's output pieces: a data cell's per-case line (text or JSON), how seams are named in
// the totals, and the totals as text; each in the language asked for.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "replay_cells.hpp"
#include "seamless/model/model.hpp"

namespace seamless::cli {

// The per-case line of a cell, after "line N: " (text) or `{"line":N,` (json; in Chinese an
// unknown cell's `reason` has `reason_zh` beside it).
std::string cell_text(const CellOutcome& o, std::uint32_t bound, i18n::Language language);
std::string cell_json(const CellOutcome& o, std::uint32_t bound, std::uint32_t cell,
                      i18n::Language language);
// "'收到领照通知 Licence-ready notice' (Event_licence_ready)", or the id when no node has it.
std::string seam_label(const model::Model& m, const std::string& element, i18n::Language language);
// A department's display name ("" for an unknown id).
std::string department_name(const model::Model& m, const std::string& id);

// The totals over the replayed cases.
struct ReplayTotals {
  std::string model_file, cases_file;
  std::uint64_t cases = 0, replayed = 0, bad_rows = 0;
  std::uint32_t max_visits = 0;
  std::uint64_t within = 0, completes = 0, unknown = 0;
  std::map<std::uint32_t, std::uint64_t> visits;  // worst-case visits -> cases
  std::uint32_t cap = 0;                          // visit counts from here read "or more"
  // The most frequent seams: cases, (element, department id).
  std::vector<std::pair<std::uint64_t, std::pair<std::string, std::string>>> seams;
};
// The totals as the text output ends: "replayed 1000 of 1000 cases from ...", ...
std::string totals_text(const ReplayTotals& totals, const model::Model& m, i18n::Language language);

}  // namespace seamless::cli
