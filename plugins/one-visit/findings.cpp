// The one-visit finding (findings.hpp).
#include "findings.hpp"

#include <algorithm>

#include "seamless/analysis/names.hpp"

namespace seamless::plugins::one_visit {

namespace {

std::string count_text(std::uint32_t visits, std::uint32_t cap) {
  const std::string times = visits == 1 ? " time" : " times";
  return (visits >= cap ? "at least " : "") + std::to_string(visits) + times;
}

// "visit 2: 'Collect' (Task_collect) at market-supervision-hall, after 'Licence ready'
// (Event_ready) sent the applicant away (waiting for market-supervision)".
std::string visit_note(const model::Model& m, std::size_t number, const analysis::Visit& v) {
  std::string note = "visit " + std::to_string(number) + ": " +
                     analysis::node_label(m.nodes[v.node]) + " at " +
                     analysis::location_text(v.location);
  if (v.seam == model::no_index) return note;
  note += ", after " + analysis::node_label(m.nodes[v.seam]);
  if (v.moved) {
    note += ": the applicant has to move on from " + analysis::location_text(v.from_location);
    if (!v.seam_department.empty())
      note += " (" + analysis::department_label(m, v.seam_department) + ")";
  } else {
    note += " sent the applicant away";
    if (!v.seam_department.empty())
      note += " (waiting for " + analysis::department_label(m, v.seam_department) + ")";
  }
  return note;
}

}  // namespace

void report_visits(const check::CheckContext& context, const analysis::VisitModel& model,
                   const analysis::VisitSpace& space, std::uint32_t bound,
                   check::Findings& findings) {
  const model::Model& m = context.model;
  const explore::Path path = space.exploration->path_to(space.worst_state);
  const std::vector<analysis::Visit> visits = analysis::visits_of_run(*model.presence, path);
  // The visit that breaks the bound names the finding.
  const analysis::Visit& over = visits.at(std::min<std::size_t>(bound, visits.size() - 1));
  const model::Node& node = m.nodes[over.node];

  std::string message = "the applicant must come " + count_text(space.worst, model.presence->cap) +
                        " (maxVisits " + std::to_string(bound) + "): ";
  // Seams in order of first appearance, with how often each sent the applicant away.
  std::vector<std::pair<std::string, int>> seams;
  for (const analysis::Visit& v : visits) {
    if (v.seam == model::no_index) continue;
    std::string s = analysis::node_label(m.nodes[v.seam]);
    if (!v.seam_department.empty()) s += " of " + analysis::department_label(m, v.seam_department);
    auto it = std::find_if(seams.begin(), seams.end(), [&](const auto& e) { return e.first == s; });
    if (it == seams.end()) {
      seams.emplace_back(s, 1);
    } else {
      ++it->second;
    }
  }
  if (seams.empty()) {
    message += "the visits begin at separate steps with nothing in between";
  } else {
    message += seams.size() == 1 ? "the seam is " : "the seams are ";
    for (std::size_t i = 0; i < seams.size(); ++i)
      message += (i == 0                  ? ""
                  : i + 1 == seams.size() ? " and "
                                          : ", ") +
                 seams[i].first +
                 (seams[i].second > 1 ? " " + std::to_string(seams[i].second) + " times" : "");
  }
  // A counterexample is reported only when its run replays concretely.
  analysis::ConcreteRun run = analysis::make_counterexample(model.run_context(context), path);
  if (!run.ok) {
    findings.inconclusive("internal error: " + run.problem);
    return;
  }
  findings.add(check::Severity::error, "visits", node.id, node.location, message);
  findings.last().counterexample = std::move(run.counterexample);
  check::Counterexample* cx = &*findings.last().counterexample;
  cx->figures["visits"] = space.worst;
  cx->figures["max-visits"] = bound;
  cx->departments.clear();
  for (std::size_t i = 0; i < visits.size(); ++i) {
    const analysis::Visit& v = visits[i];
    cx->notes.push_back(visit_note(m, i + 1, v));
    if (v.seam == model::no_index) continue;
    if (std::find(cx->seam.begin(), cx->seam.end(), m.nodes[v.seam].id) == cx->seam.end())
      cx->seam.push_back(m.nodes[v.seam].id);
    if (!v.seam_department.empty() && std::find(cx->departments.begin(), cx->departments.end(),
                                                v.seam_department) == cx->departments.end())
      cx->departments.push_back(v.seam_department);
  }
}

}  // namespace seamless::plugins::one_visit
