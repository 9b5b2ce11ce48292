// The one-visit finding (findings.hpp).
#include "findings.hpp"

#include <algorithm>

#include "seamless/analysis/explored_model.hpp"
#include "seamless/analysis/names.hpp"

namespace seamless::plugins::one_visit {

namespace {

i18n::Text count_text(std::uint32_t visits, std::uint32_t cap) {
  const std::string n = std::to_string(visits);
  const std::string times = visits == 1 ? " time" : " times";
  return {(visits >= cap ? "at least " : "") + n + times,
          (visits >= cap ? "至少 " : "") + n + " 次"};
}

// A place in a Chinese sentence: " market-supervision-hall " between spaces, "默认地点" bare.
std::string place_zh(const std::string& location) {
  return location.empty() ? analysis::location_text_zh(location) : " " + location + " ";
}

// "visit 2: 'Collect' (Task_collect) at market-supervision-hall, after 'Licence ready'
// (Event_ready) sent the applicant away (waiting for market-supervision)".
i18n::Text visit_note(const model::Model& m, std::size_t number, const analysis::Visit& v) {
  const std::string n = std::to_string(number);
  const model::Node& node = m.nodes[v.node];
  i18n::Text note{
      "visit " + n + ": " + analysis::node_label(node) + " at " +
          analysis::location_text(v.location),
      "第 " + n + " 次到场：在" + place_zh(v.location) + "办理" + analysis::node_label_zh(node)};
  if (v.seam == model::no_index) return note;
  const model::Node& seam = m.nodes[v.seam];
  note.en += ", after " + analysis::node_label(seam);
  const std::string department =
      v.seam_department.empty() ? "" : analysis::department_label_zh(m, v.seam_department);
  if (v.moved) {
    note.en += ": the applicant has to move on from " + analysis::location_text(v.from_location);
    note.zh += "；此前在" + analysis::node_label_zh(seam) + "之后，申请人须离开" +
               (v.from_location.empty() ? analysis::location_text_zh(v.from_location)
                                        : " " + v.from_location) +
               (department.empty() ? "" : "（" + department + "）") + "，转往别处";
    if (!v.seam_department.empty())
      note.en += " (" + analysis::department_label(m, v.seam_department) + ")";
  } else {
    note.en += " sent the applicant away";
    note.zh += "；此前申请人因" + analysis::node_label_zh(seam) + "而离开";
    if (!v.seam_department.empty()) {
      note.en += " (waiting for " + analysis::department_label(m, v.seam_department) + ")";
      note.zh += "（等待" + department + "）";
    }
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

  const i18n::Text count = count_text(space.worst, model.presence->cap);
  const std::string limit = std::to_string(bound);
  i18n::Text message{"the applicant must come " + count.en + " (maxVisits " + limit + "): ",
                     "申请人须到场 " + count.zh + "（maxVisits " + limit + "）："};
  // Seams in order of first appearance, with how often each sent the applicant away.
  struct SeamCount {
    i18n::Text label;
    int times;
  };
  std::vector<SeamCount> seams;
  for (const analysis::Visit& v : visits) {
    if (v.seam == model::no_index) continue;
    i18n::Text s{analysis::node_label(m.nodes[v.seam]), analysis::node_label_zh(m.nodes[v.seam])};
    if (!v.seam_department.empty()) {
      s.en += " of " + analysis::department_label(m, v.seam_department);
      s.zh = analysis::department_label_zh(m, v.seam_department) + "的" + s.zh;
    }
    auto it = std::find_if(seams.begin(), seams.end(),
                           [&](const SeamCount& e) { return e.label.en == s.en; });
    if (it == seams.end()) {
      seams.push_back({s, 1});
    } else {
      ++it->times;
    }
  }
  if (seams.empty()) {
    message.en += "the visits begin at separate steps with nothing in between";
    message.zh += "各次到场从不同步骤开始，中间没有别的环节";
  } else {
    message.en += seams.size() == 1 ? "the seam is " : "the seams are ";
    message.zh += "断点为";
    for (std::size_t i = 0; i < seams.size(); ++i) {
      const std::string times = std::to_string(seams[i].times);
      message.en += (i == 0                  ? ""
                     : i + 1 == seams.size() ? " and "
                                             : ", ") +
                    seams[i].label.en + (seams[i].times > 1 ? " " + times + " times" : "");
      message.zh += (i == 0 ? "" : "、") + seams[i].label.zh +
                    (seams[i].times > 1 ? "（" + times + " 次）" : "");
    }
  }
  // A counterexample is reported only when its run replays concretely.
  analysis::ConcreteRun run = analysis::make_counterexample(model.run_context(context), path);
  if (!run.ok) {
    findings.inconclusive(analysis::internal_error(run.problem));
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
    cx->add_note(visit_note(m, i + 1, v));
    if (v.seam == model::no_index) continue;
    if (std::find(cx->seam.begin(), cx->seam.end(), m.nodes[v.seam].id) == cx->seam.end())
      cx->seam.push_back(m.nodes[v.seam].id);
    if (!v.seam_department.empty() && std::find(cx->departments.begin(), cx->departments.end(),
                                                v.seam_department) == cx->departments.end())
      cx->departments.push_back(v.seam_department);
  }
}

}  // namespace seamless::plugins::one_visit
