// Replay's output pieces (replay_output.hpp).
#include "replay_output.hpp"

#include <nlohmann/json.hpp>

#include "seamless/analysis/names.hpp"

namespace seamless::cli {

namespace {

nlohmann::json seams_json(const std::vector<Seam>& seams) {
  nlohmann::json out = nlohmann::json::array();
  for (const Seam& s : seams) out.push_back({{"element", s.element}, {"department", s.department}});
  return out;
}

}  // namespace

std::string cell_text(const CellOutcome& o, std::uint32_t bound) {
  if (!o.known) return "unknown (" + o.reason + ")";
  std::string s = (o.at_least ? "at least " : "") + std::to_string(o.visits) +
                  (o.visits == 1 && !o.at_least ? " visit" : " visits");
  s += o.visits > bound ? " (over maxVisits " : " (within maxVisits ";
  s += std::to_string(bound) + "), ";
  s += !o.reason.empty() ? "completion unknown" : o.completes ? "completes" : "may not complete";
  if (!o.seams.empty()) {
    s += "; seams:";
    for (std::size_t i = 0; i < o.seams.size(); ++i)
      s += (i ? ", " : " ") + o.seams[i].element +
           (o.seams[i].department.empty() ? "" : " (" + o.seams[i].department + ")");
  }
  return s;
}

std::string seam_label(const model::Model& m, const std::string& element) {
  for (const model::Node& node : m.nodes)
    if (node.id == element) return analysis::node_label(node);
  return element;
}

std::string department_name(const model::Model& m, const std::string& id) {
  for (const model::Department& d : m.departments)
    if (d.id == id) return d.name;
  return "";
}

std::string cell_json(const CellOutcome& o, std::uint32_t bound, std::uint32_t cell) {
  nlohmann::json j;
  j["cell"] = cell;
  if (!o.known) {
    j["status"] = "unknown";
    j["reason"] = o.reason;
  } else {
    j["visits"] = o.visits;
    j["at_least"] = o.at_least;
    j["within"] = o.visits <= bound;
    if (o.reason.empty()) {
      j["completes"] = o.completes;
    } else {
      j["completes"] = nullptr;
    }
    j["seams"] = seams_json(o.seams);
  }
  std::string s = j.dump();
  return s.substr(1);  // without the opening brace: appended after {"line":N,
}

}  // namespace seamless::cli
