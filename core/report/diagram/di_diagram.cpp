// A diagram from the model's own BPMN DI (diagram.hpp): every element with a shape or an edge,
// containers first so that the renderer can draw back to front.
#include <algorithm>

#include "node_figure.hpp"
#include "seamless/report/diagram.hpp"

namespace seamless::report::diagram {
namespace {

using model::Index;

std::size_t depth_of(const model::Model& model, Index node) {
  std::size_t depth = 0;
  for (Index p = model.nodes[node].parent; p != model::no_index && depth < model.nodes.size();
       p = model.nodes[p].parent)
    ++depth;
  return depth;
}

std::size_t lane_depth(const model::Model& model, Index lane) {
  std::size_t depth = 0;
  for (Index p = model.lanes[lane].parent; p != model::no_index && depth < model.lanes.size();
       p = model.lanes[p].parent)
    ++depth;
  return depth;
}

bool has_drawn_child(const model::Model& model, const model::Node& node) {
  return std::any_of(node.children.begin(), node.children.end(),
                     [&](Index c) { return model.nodes[c].shape.has_value(); });
}

FigureKind kind_of(model::NodeKind kind) {
  if (model::is_event(kind)) return FigureKind::event;
  if (model::is_gateway(kind)) return FigureKind::gateway;
  return FigureKind::activity;
}

}  // namespace

Figure node_figure(const model::Node& node, const model::Bounds& at) {
  Figure f;
  f.kind = kind_of(node.kind);
  f.id = node.id;
  f.name = node.name;
  f.bounds = at;
  f.node_kind = node.kind;
  for (const model::EventDefinition& d : node.event_definitions)
    f.event_definitions.push_back(d.kind);
  f.interrupting =
      node.kind == model::NodeKind::boundary_event ? node.cancel_activity : node.interrupting;
  f.triggered_by_event = node.triggered_by_event;
  f.loop = node.loop;
  return f;
}

Diagram diagram_from_di(const model::Model& model) {
  Diagram d;
  for (const model::Participant& p : model.participants) {
    if (!p.shape) continue;
    Figure f;
    f.kind = FigureKind::pool;
    f.id = p.id;
    f.name = p.name;
    f.bounds = p.shape->bounds;
    f.horizontal = p.shape->horizontal;
    d.figures.push_back(std::move(f));
  }
  std::vector<Index> lanes;
  for (Index l = 0; l < model.lanes.size(); ++l)
    if (model.lanes[l].shape) lanes.push_back(l);
  std::stable_sort(lanes.begin(), lanes.end(),
                   [&](Index a, Index b) { return lane_depth(model, a) < lane_depth(model, b); });
  for (const Index l : lanes) {
    const model::Lane& lane = model.lanes[l];
    Figure f;
    f.kind = FigureKind::lane;
    f.id = lane.id;
    f.name = lane.name;
    f.bounds = lane.shape->bounds;
    f.horizontal = lane.shape->horizontal;
    d.figures.push_back(std::move(f));
  }
  // Nodes: expanded subprocesses (outer first), then everything else in document order, with
  // boundary events after the activities they sit on.
  std::vector<Index> open, other, boundary;
  for (Index n = 0; n < model.nodes.size(); ++n) {
    const model::Node& node = model.nodes[n];
    if (!node.shape) continue;
    if (model::is_subprocess(node.kind) && node.shape->expanded && has_drawn_child(model, node))
      open.push_back(n);
    else if (node.kind == model::NodeKind::boundary_event)
      boundary.push_back(n);
    else
      other.push_back(n);
  }
  std::stable_sort(open.begin(), open.end(),
                   [&](Index a, Index b) { return depth_of(model, a) < depth_of(model, b); });
  for (const auto* group : {&open, &other, &boundary}) {
    for (const Index n : *group) {
      const model::Node& node = model.nodes[n];
      Figure f = node_figure(node, node.shape->bounds);
      f.label = node.shape->label;
      f.expanded = group == &open;
      d.figures.push_back(std::move(f));
    }
  }
  for (const model::DocumentReference& r : model.document_references) {
    if (!r.shape) continue;
    Figure f;
    f.kind = r.is_store ? FigureKind::data_store : FigureKind::data_object;
    f.id = r.id;
    f.name = r.name;
    if (f.name.empty() && r.document < model.documents.size())
      f.name = model.documents[r.document].name;
    f.bounds = r.shape->bounds;
    f.label = r.shape->label;
    d.figures.push_back(std::move(f));
  }

  for (const model::SequenceFlow& flow : model.flows) {
    if (!flow.edge || flow.edge->waypoints.size() < 2) continue;
    Connector c;
    c.kind = ConnectorKind::sequence_flow;
    c.id = flow.id;
    c.name = flow.name;
    c.points = flow.edge->waypoints;
    c.label = flow.edge->label;
    c.is_default = flow.is_default;
    c.conditional = flow.guard.has_value() && flow.source < model.nodes.size() &&
                    model::is_activity(model.nodes[flow.source].kind);
    d.connectors.push_back(std::move(c));
  }
  for (const model::DataAssociation& a : model.data_associations) {
    if (!a.edge || a.edge->waypoints.size() < 2) continue;
    Connector c;
    c.kind = ConnectorKind::data_association;
    c.id = a.id;
    c.points = a.edge->waypoints;
    d.connectors.push_back(std::move(c));
  }
  for (const model::MessageFlow& m : model.message_flows) {
    if (!m.edge || m.edge->waypoints.size() < 2) continue;
    Connector c;
    c.kind = ConnectorKind::message_flow;
    c.id = m.id;
    c.name = m.name;
    c.points = m.edge->waypoints;
    c.label = m.edge->label;
    d.connectors.push_back(std::move(c));
  }
  d.extent = extent_of(d, 10);
  return d;
}

std::optional<model::Bounds> external_label(const Figure& f) {
  const bool outside = f.kind == FigureKind::event || f.kind == FigureKind::gateway ||
                       f.kind == FigureKind::data_object || f.kind == FigureKind::data_store;
  if (!outside || f.name.empty()) return std::nullopt;
  if (f.label && f.label->width > 0 && f.label->height > 0) return f.label;
  const double width = std::max(90.0, f.bounds.width);
  return model::Bounds{f.bounds.x + f.bounds.width / 2 - width / 2,
                       f.bounds.y + f.bounds.height + 4, width, 40};
}

Diagram diagram_of(const model::Model& model) {
  const bool any_shape = std::any_of(model.nodes.begin(), model.nodes.end(),
                                     [](const model::Node& n) { return n.shape.has_value(); });
  return any_shape ? diagram_from_di(model) : generated_diagram(model);
}

model::Bounds extent_of(const Diagram& d, double margin) {
  bool any = false;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  auto add = [&](double x, double y) {
    if (!any) {
      x0 = x1 = x;
      y0 = y1 = y;
      any = true;
    }
    x0 = std::min(x0, x);
    y0 = std::min(y0, y);
    x1 = std::max(x1, x);
    y1 = std::max(y1, y);
  };
  auto add_bounds = [&](const model::Bounds& b) {
    add(b.x, b.y);
    add(b.x + b.width, b.y + b.height);
  };
  for (const Figure& f : d.figures) {
    add_bounds(f.bounds);
    if (const auto label = external_label(f)) add_bounds(*label);
  }
  for (const Connector& c : d.connectors) {
    for (const model::Point& p : c.points) add(p.x, p.y);
    if (c.label) add_bounds(*c.label);
  }
  if (!any) return {0, 0, 2 * margin, 2 * margin};
  return {x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin};
}

}  // namespace seamless::report::diagram
