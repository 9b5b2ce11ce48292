// The two parts of the dept-cycle check, each reading the shared history exploration
// (analysis::history_exploration): live departmental cycles, and documents needed before they
// are produced (rule `data-availability`).
#pragma once

#include "dependency_graph.hpp"
#include "seamless/analysis/explored_model.hpp"
#include "seamless/check/check.hpp"

namespace seamless::plugins::dept_cycle {

void cycle_findings(const check::CheckContext& context, const analysis::ExploredModel& explored,
                    const DependencyGraph& graph, check::Findings& findings);

void availability_findings(const check::CheckContext& context,
                           const analysis::ExploredModel& explored, check::Findings& findings);

}  // namespace seamless::plugins::dept_cycle
