// How findings name model elements: a node as 'name' (id), a department by display name and id,
// a document by name and id. Shared by the check plugins so messages read alike.
#pragma once

#include <string>

#include "seamless/model/model.hpp"

namespace seamless::analysis {

// "'受理 Accept' (Task_accept)", or "'Task_accept'" for a node without a name.
std::string node_label(const model::Node& node);
// "市场监管局 Market Supervision Bureau (market-supervision)", or the id alone without a name;
// "no department" for no_index.
std::string department_label(const model::Model& model, model::Index department);
// The same for a department id ("" stays ""; an unknown id is shown as written).
std::string department_label(const model::Model& model, const std::string& department_id);
// The department id of a node ("" when unassigned).
std::string department_id(const model::Model& model, const model::Node& node);
// "'营业执照 Business licence' (DataObject_licence)".
std::string document_label(const model::Document& document);

// The same in Chinese messages: "“受理 Accept”（Task_accept）", "“Task_accept”",
// "市场监管局 Market Supervision Bureau（market-supervision）", "无部门",
// "“营业执照 Business licence”（DataObject_licence）".
std::string node_label_zh(const model::Node& node);
std::string department_label_zh(const model::Model& model, model::Index department);
std::string department_label_zh(const model::Model& model, const std::string& department_id);
std::string document_label_zh(const model::Document& document);

}  // namespace seamless::analysis
