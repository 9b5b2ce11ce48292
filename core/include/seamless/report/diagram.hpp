// A diagram ready to draw: a model's figures (pools, lanes, flow nodes, data) and connectors
// (sequence flows, message flows, data associations) in page coordinates, taken from the model's
// own BPMN DI or, for a model without DI, from a generated layered layout. The SVG renderer
// reads only this.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "seamless/model/model.hpp"

namespace seamless::report::diagram {

enum class FigureKind : std::uint8_t {
  pool,
  lane,
  activity,
  event,
  gateway,
  data_object,
  data_store
};

struct Figure {
  FigureKind kind = FigureKind::activity;
  std::string id;  // the BPMN element drawn
  std::string name;
  model::Bounds bounds;
  std::optional<model::Bounds> label;  // external label (events, gateways, data), from DI
  bool horizontal = true;              // pools and lanes
  // Flow nodes.
  model::NodeKind node_kind = model::NodeKind::task;
  std::vector<model::EventDefinitionKind> event_definitions;
  bool expanded = false;     // subprocesses drawn open, with their content inside
  bool interrupting = true;  // boundary events (cancelActivity), event-subprocess starts
  bool triggered_by_event = false;
  model::Loop loop = model::Loop::none;
  bool container() const {
    return kind == FigureKind::pool || kind == FigureKind::lane || expanded;
  }
};

enum class ConnectorKind : std::uint8_t { sequence_flow, message_flow, data_association };

struct Connector {
  ConnectorKind kind = ConnectorKind::sequence_flow;
  std::string id;
  std::string name;
  std::vector<model::Point> points;
  std::optional<model::Bounds> label;
  bool is_default = false;   // a gateway's or activity's default flow (slash marker)
  bool conditional = false;  // a guarded flow leaving an activity (diamond marker)
};

struct Diagram {
  std::vector<Figure> figures;  // containers first, outer before inner
  std::vector<Connector> connectors;
  model::Bounds extent;  // everything drawn, with a margin
  bool generated = false;
};

// From the model's BPMN DI: every element that has a shape or edge.
Diagram diagram_from_di(const model::Model& model);
// A layered layout: per process longest-path layers from left to right, nodes ordered within a
// layer to reduce crossings, lanes as horizontal bands, pools stacked.
Diagram generated_diagram(const model::Model& model);
// The DI drawing when the model has any shape, otherwise the generated one.
Diagram diagram_of(const model::Model& model);

// Where the name of an event, gateway or data element goes (below it unless DI places it);
// nothing for other figures and for unnamed ones.
std::optional<model::Bounds> external_label(const Figure& figure);

// The smallest bounds holding the figures, connectors and labels, plus `margin` on every side.
model::Bounds extent_of(const Diagram& diagram, double margin);

}  // namespace seamless::report::diagram
