// The elements a finding marks in a diagram (highlight.hpp).
#include "seamless/report/highlight.hpp"

namespace seamless::report {

void Highlight::merge(const Highlight& other) {
  path.insert(other.path.begin(), other.path.end());
  seam.insert(other.seam.begin(), other.seam.end());
  subject.insert(other.subject.begin(), other.subject.end());
}

std::vector<std::string> drawn_ids(const model::Model& model, const std::string& id) {
  const auto it = model.ids.find(id);
  if (it == model.ids.end()) return {id};
  if (it->second.category == model::ElementCategory::process) {  // drawn as its pool
    const model::Index p = it->second.index;
    if (p < model.processes.size() && model.processes[p].participant < model.participants.size())
      return {model.participants[model.processes[p].participant].id};
    return {id};
  }
  if (it->second.category != model::ElementCategory::document) return {id};
  std::vector<std::string> out;
  for (const model::DocumentReference& r : model.document_references)
    if (r.document == it->second.index) out.push_back(r.id);
  if (out.empty()) out.push_back(id);
  return out;
}

namespace {

// The flows that bring the run to `target` from an earlier step: sequence flows whose source
// ran before, and message flows from a node that ran before.
void add_incoming_flows(const model::Model& model, const model::Node& target,
                        const std::set<model::Index>& ran, Highlight& h) {
  for (const model::Index f : target.incoming) {
    const model::SequenceFlow& flow = model.flows[f];
    if (ran.count(flow.source)) h.path.insert(flow.id);
  }
  const auto target_index = static_cast<model::Index>(&target - model.nodes.data());
  for (const model::MessageFlow& m : model.message_flows)
    if (m.target.node == target_index && m.source.node != model::no_index &&
        ran.count(m.source.node))
      h.path.insert(m.id);
}

}  // namespace

Highlight highlight_of(const model::Model& model, const check::Finding& finding) {
  Highlight h;
  if (!finding.counterexample) {
    if (!finding.element.empty())
      for (const std::string& id : drawn_ids(model, finding.element)) h.subject.insert(id);
    return h;
  }
  const check::Counterexample& cx = *finding.counterexample;
  std::set<model::Index> ran;  // nodes of the steps so far
  for (std::size_t i = 0; i < cx.steps.size(); ++i) {
    const std::string& id = cx.steps[i].element;
    h.steps[id].push_back(i + 1);
    h.path.insert(id);
    const auto it = model.ids.find(id);
    if (it == model.ids.end() || it->second.category != model::ElementCategory::node ||
        it->second.index >= model.nodes.size())
      continue;
    add_incoming_flows(model, model.nodes[it->second.index], ran, h);
    ran.insert(it->second.index);
  }
  for (const std::string& id : cx.seam)
    for (const std::string& drawn : drawn_ids(model, id)) h.seam.insert(drawn);
  return h;
}

}  // namespace seamless::report
