// Marker places for the reform checks (BuildOptions::document_markers, reached_nodes): history a
// state must remember, added to the transitions after the translation.
#include <algorithm>

#include "builder.hpp"

namespace seamless::semantics::detail {

using model::Index;
using model::no_index;

namespace {

// Transitions after which a node has completed (its data outputs then exist).
bool completes_node(const Transition& t) {
  switch (t.kind) {
    case TransitionKind::start:
    case TransitionKind::node:
    case TransitionKind::finish:
    case TransitionKind::leave:
    case TransitionKind::boundary:
    case TransitionKind::event_choice:
    case TransitionKind::event_subprocess:
      return true;
    default:
      return false;
  }
}

PlaceIndex add_marker(Net& net, PlaceKind kind, Index element, std::string label) {
  Place p;
  p.kind = kind;
  p.element = element;
  p.must_be_empty_at_end = false;
  p.label = std::move(label);
  net.places.push_back(std::move(p));
  return static_cast<PlaceIndex>(net.places.size() - 1);
}

}  // namespace

void Builder::add_markers() {
  if (options.document_markers) {
    net.produced_markers.assign(model.documents.size(), none);
    for (Index d = 0; d < model.documents.size(); ++d)
      if (!model.documents[d].producers.empty())
        net.produced_markers[d] =
            add_marker(net, PlaceKind::produced, d, "produced:" + model.documents[d].id);
    for (Transition& t : net.transitions) {
      if (t.node == no_index || !completes_node(t)) continue;
      for (Index d : model.nodes[t.node].data_outputs)
        if (d < net.produced_markers.size() && net.produced_markers[d] != none)
          t.produce.push_back(net.produced_markers[d]);
    }
  }
  if (!options.reached_nodes.empty()) {
    net.reached_markers.assign(model.nodes.size(), none);
    for (Index n : options.reached_nodes)
      if (n < model.nodes.size() && net.reached_markers[n] == none)
        net.reached_markers[n] =
            add_marker(net, PlaceKind::reached, n, "reached:" + model.nodes[n].id);
    for (Transition& t : net.transitions) {
      std::vector<PlaceIndex> extra;
      for (PlaceIndex p : t.produce) {  // implicit: a node without incoming flows, started
        const Place& place = net.places[p];
        Index target = no_index;
        if (place.kind == PlaceKind::flow) target = model.flows[place.element].target;
        if (place.kind == PlaceKind::implicit) target = place.element;
        if (target != no_index && net.reached_markers[target] != none)
          extra.push_back(net.reached_markers[target]);
      }
      std::sort(extra.begin(), extra.end());
      extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
      t.produce.insert(t.produce.end(), extra.begin(), extra.end());
    }
  }
}

}  // namespace seamless::semantics::detail
