// The two parts of the document-flow check, over the shared history exploration
// (analysis::history_exploration), which records per run which documents were produced and how
// often, and which nodes were reached.
#pragma once

#include "seamless/analysis/explored_model.hpp"
#include "seamless/check/check.hpp"

namespace seamless::plugins::document_flow {

// A non-shared document produced in one department and needed in another, in some run.
void paper_handoff_findings(const check::CheckContext& context,
                            const analysis::ExploredModel& explored, check::Findings& findings);

// A material (reform:material) produced two or more times in one run.
void resubmission_findings(const check::CheckContext& context,
                           const analysis::ExploredModel& explored, check::Findings& findings);

}  // namespace seamless::plugins::document_flow
