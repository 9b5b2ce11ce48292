// Model lookups by BPMN id.
#include "seamless/model/model.hpp"

namespace seamless::model {

namespace {
template <typename T>
const T* lookup(const Model& m, std::string_view id, ElementCategory category,
                const std::vector<T>& items) {
  auto it = m.ids.find(std::string(id));
  if (it == m.ids.end() || it->second.category != category) return nullptr;
  return &items[it->second.index];
}
}  // namespace

const Node* Model::find_node(std::string_view id) const {
  return lookup(*this, id, ElementCategory::node, nodes);
}
const SequenceFlow* Model::find_flow(std::string_view id) const {
  return lookup(*this, id, ElementCategory::sequence_flow, flows);
}
const Process* Model::find_process(std::string_view id) const {
  return lookup(*this, id, ElementCategory::process, processes);
}

std::optional<Location> Model::location_of(std::string_view id) const {
  auto it = ids.find(std::string(id));
  if (it == ids.end()) return std::nullopt;
  const Index i = it->second.index;
  switch (it->second.category) {
    case ElementCategory::process:
      return processes[i].location;
    case ElementCategory::node:
      return nodes[i].location;
    case ElementCategory::sequence_flow:
      return flows[i].location;
    case ElementCategory::message_flow:
      return message_flows[i].location;
    case ElementCategory::participant:
      return participants[i].location;
    case ElementCategory::lane:
      return lanes[i].location;
    case ElementCategory::document:
      return documents[i].location;
    case ElementCategory::document_reference:
      return document_references[i].location;
    case ElementCategory::data_association:
      return data_associations[i].location;
    case ElementCategory::other:
      break;
  }
  return std::nullopt;
}

}  // namespace seamless::model
