// Counting the applicant's visits (spec/properties.md, `one-visit`), shared by the one-visit
// check and `seamless replay`: the model's presence Net with its data cells, its exploration
// (without partial-order reduction: the counter is history), the worst visit count reached, and
// the visits of one run with their seams (what sent the applicant away, or elsewhere, in between).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "seamless/analysis/counterexample.hpp"
#include "seamless/analysis/data_setup.hpp"
#include "seamless/check/check.hpp"
#include "seamless/explore/explorer.hpp"
#include "seamless/semantics/presence.hpp"

namespace seamless::analysis {

// A lane or pool with reform:role="applicant" exists.
bool has_applicant_role(const model::Model& model);
// The visit bound: the smallest reform:maxVisits of the processes with applicant steps (of all
// processes when none has one).
std::uint32_t max_visits_of(const model::Model& model);

struct VisitModel {
  std::unique_ptr<semantics::PresenceNet> presence;
  std::unique_ptr<DataSetup> data;
  i18n::Text unusable;  // why no analysis is possible
  unsigned solver_timeout_ms = 10'000;
  // The Net's assumptions (conditions read as labels), also when it is unusable.
  std::vector<semantics::Assumption> assumptions;
  RunContext run_context(const check::CheckContext& context) const;
};

// `cap`: the visit counter saturates there (counts from `cap` on read "at least cap").
VisitModel prepare_visit_model(const check::CheckContext& context, std::uint32_t cap);

struct VisitSpace {
  std::unique_ptr<explore::DataCells> cells;  // the cells restricted to one initial cell
  std::unique_ptr<explore::Exploration> exploration;
  bool complete = false;    // every state explored, no token count saturated
  i18n::Text limit;         // why not: state or time limit, saturation
  std::uint32_t worst = 0;  // the largest visit count in any explored state
  explore::StateId worst_state = explore::no_state;  // the first (breadth-first) with it
  // (with completion) every explored state can still reach a complete run
  bool completes = false;
  std::map<std::string, double> stats;
};

// Explores the presence Net from every initial cell, or from `initial_cell` only.
VisitSpace explore_visits(const check::CheckContext& context, const VisitModel& model,
                          std::optional<std::uint32_t> initial_cell, bool completion);

struct Visit {
  std::size_t step = 0;  // index in the path's steps of the step that begins it
  model::Index node = model::no_index;
  std::string location;
  // What ended the applicant's previous presence: the step or event that produced the token
  // the visit began on (no_index for the first visit or a token from the start).
  model::Index seam = model::no_index;
  bool moved = false;           // the token carried another location (else: away)
  std::string from_location;    // that location
  std::string seam_department;  // the department the applicant waited for, or whose place it left
};

// The visits begun along `path` (a run of the presence Net), in order.
std::vector<Visit> visits_of_run(const semantics::PresenceNet& presence, const explore::Path& path);

// "market-supervision-hall", or "the default place" ("默认地点" in Chinese) for "".
std::string location_text(const std::string& location);
std::string location_text_zh(const std::string& location);

}  // namespace seamless::analysis
