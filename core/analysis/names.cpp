// Element names in findings (names.hpp).
#include "seamless/analysis/names.hpp"

namespace seamless::analysis {

std::string node_label(const model::Node& node) {
  if (node.name.empty()) return "'" + node.id + "'";
  return "'" + node.name + "' (" + node.id + ")";
}

std::string department_label(const model::Model& model, model::Index department) {
  if (department == model::no_index || department >= model.departments.size())
    return "no department";
  const model::Department& d = model.departments[department];
  if (d.name.empty() || d.name == d.id) return d.id;
  return d.name + " (" + d.id + ")";
}

std::string department_label(const model::Model& model, const std::string& department_id) {
  if (department_id.empty()) return "";
  for (model::Index d = 0; d < model.departments.size(); ++d)
    if (model.departments[d].id == department_id) return department_label(model, d);
  return department_id;
}

std::string department_id(const model::Model& model, const model::Node& node) {
  if (node.department == model::no_index || node.department >= model.departments.size()) return "";
  return model.departments[node.department].id;
}

std::string document_label(const model::Document& document) {
  if (document.name.empty()) return "'" + document.id + "'";
  return "'" + document.name + "' (" + document.id + ")";
}

std::string node_label_zh(const model::Node& node) {
  if (node.name.empty()) return "“" + node.id + "”";
  return "“" + node.name + "”（" + node.id + "）";
}

std::string department_label_zh(const model::Model& model, model::Index department) {
  if (department == model::no_index || department >= model.departments.size()) return "无部门";
  const model::Department& d = model.departments[department];
  if (d.name.empty() || d.name == d.id) return d.id;
  return d.name + "（" + d.id + "）";
}

std::string department_label_zh(const model::Model& model, const std::string& department_id) {
  if (department_id.empty()) return "";
  for (model::Index d = 0; d < model.departments.size(); ++d)
    if (model.departments[d].id == department_id) return department_label_zh(model, d);
  return department_id;
}

std::string document_label_zh(const model::Document& document) {
  if (document.name.empty()) return "“" + document.id + "”";
  return "“" + document.name + "”（" + document.id + "）";
}

}  // namespace seamless::analysis
