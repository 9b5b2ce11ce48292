// Matters against the catalogue (spec/properties.md, `responsibility`, item 4): every step that
// carries a `reform:matter` is looked up in the configured catalogue of matters.
//   matter-wrong-department   error    a department's step handles a matter the catalogue gives
//                                      to another department
//   matter-department-missing error    no step of the catalogue's department handles a matter
//                                      the model refers to
//   matter-not-in-catalogue   warning  a matter the catalogue does not list (one finding per
//                                      matter, on its first step)
// Matters of the catalogue that the model never mentions are not reported: a repository holds
// many models, each covering a few matters. Steps of the applicant or an agent may carry a
// matter (the application for it) without handling it; steps of no department are reported by
// the lane rules, not here.
#include <map>

#include "findings.hpp"
#include "seamless/analysis/names.hpp"
#include "seamless/check/catalogue.hpp"

namespace seamless::plugins::responsibility {

namespace {

std::string steps_text(const model::Model& m, const std::vector<model::Index>& steps) {
  std::string text;
  for (model::Index n : steps) {
    text += (text.empty() ? "" : ", ") + analysis::node_label(m.nodes[n]) + " of " +
            analysis::department_label(m, m.nodes[n].department);
  }
  return text;
}

bool model_has_department(const model::Model& m, const std::string& id) {
  for (const model::Department& d : m.departments)
    if (d.id == id) return true;
  return false;
}

}  // namespace

void catalogue_findings(const model::Model& m, const check::Catalogue& catalogue,
                        check::Findings& findings) {
  std::map<std::string, std::vector<model::Index>> steps;  // by matter, in model order
  for (model::Index n = 0; n < m.nodes.size(); ++n)
    if (!m.nodes[n].matter.empty()) steps[m.nodes[n].matter].push_back(n);

  for (const auto& [matter, carriers] : steps) {
    const model::Node& first = m.nodes[carriers.front()];
    const check::CatalogueEntry* entry = catalogue.find(matter);
    if (entry == nullptr) {
      std::string message = "matter " + matter + " of " + analysis::node_label(first) +
                            " is not in the catalogue " + catalogue.file;
      if (carriers.size() > 1)
        message += "; it is also carried by " +
                   steps_text(m, std::vector<model::Index>(carriers.begin() + 1, carriers.end()));
      findings.add(check::Severity::warning, "matter-not-in-catalogue", first.id, first.location,
                   message);
      continue;
    }
    const std::string where = catalogue.file + ":" + std::to_string(entry->line);
    const std::string owner = analysis::department_label(m, entry->department);
    bool handled = false;
    for (model::Index n : carriers) {
      const model::Node& node = m.nodes[n];
      const std::string department = analysis::department_id(m, node);
      if (department == entry->department) {
        handled = true;
      } else if (!department.empty() && node.role == model::Role::department) {
        findings.add(check::Severity::error, "matter-wrong-department", node.id, node.location,
                     analysis::node_label(node) + " handles matter " + matter + " in " +
                         analysis::department_label(m, node.department) + ", but the catalogue (" +
                         where + ") gives it to " + owner);
      }
    }
    if (handled) continue;
    findings.add(
        check::Severity::error, "matter-department-missing", first.id, first.location,
        "matter " + matter + " is handled by no step of " + owner +
            ", its department in the catalogue (" + where + ")" +
            (model_has_department(m, entry->department) ? "" : ", which this model does not have") +
            "; steps with this matter: " + steps_text(m, carriers));
  }
}

}  // namespace seamless::plugins::responsibility
