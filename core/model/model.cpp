// Model lookups by BPMN id.
#include "seamless/model/model.hpp"

namespace seamless::model {

namespace {
template <typename T>
const T* lookup(const Model& m, std::string_view id, ElementCategory category,
                const std::vector<T>& items) {
  auto it = m.ids.find(id);
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
  auto it = ids.find(id);
  if (it == ids.end()) return std::nullopt;
  return it->second.location;
}

}  // namespace seamless::model
