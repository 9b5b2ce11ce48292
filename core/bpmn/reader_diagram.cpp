// BPMN DI: shapes (bounds, label bounds, isExpanded, isHorizontal) and edges (waypoints, label
// bounds), collected here and attached to model elements by resolver.cpp. When an element is
// drawn in several diagrams, the first drawing counts.
#include "reader.hpp"

namespace seamless::bpmn {
namespace {

double number(const XMLElement& element, const char* name) {
  return element.DoubleAttribute(name, 0.0);
}

model::Bounds read_bounds(const XMLElement& element) {
  return {number(element, "x"), number(element, "y"), number(element, "width"),
          number(element, "height")};
}

}  // namespace

void Reader::read_diagram(const XMLElement& diagram) {
  model_->has_diagram = true;
  // DI elements have ids of their own, in the same id space as the model's elements.
  register_id(attribute(diagram, "id"), model::ElementCategory::other, no_index, locate(diagram));
  for (auto* plane = diagram.FirstChildElement(); plane; plane = plane->NextSiblingElement()) {
    ScopeGuard guard(scope_, *plane);
    if (!scope_.element_name(*plane).is(ns::bpmndi, "BPMNPlane")) continue;
    register_id(attribute(*plane, "id"), model::ElementCategory::other, no_index, locate(*plane));
    for (auto* child = plane->FirstChildElement(); child; child = child->NextSiblingElement()) {
      ScopeGuard inner(scope_, *child);
      const QName name = scope_.element_name(*child);
      if (name.is(ns::bpmndi, "BPMNShape")) {
        read_shape(*child);
      } else if (name.is(ns::bpmndi, "BPMNEdge")) {
        read_edge(*child);
      }
    }
  }
}

void Reader::read_shape(const XMLElement& element) {
  PendingShape pending;
  pending.element = attribute(element, "bpmnElement");
  pending.location = locate(element);
  register_id(attribute(element, "id"), model::ElementCategory::other, no_index, pending.location);
  if (const char* v = element.Attribute("isExpanded"))
    pending.shape.expanded = std::string_view(v) != "false";
  if (const char* v = element.Attribute("isHorizontal"))
    pending.shape.horizontal = std::string_view(v) != "false";
  bool has_bounds = false;
  for (auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    const QName name = scope_.element_name(*child);
    if (name.is(ns::dc, "Bounds")) {
      pending.shape.bounds = read_bounds(*child);
      has_bounds = true;
    } else if (name.is(ns::bpmndi, "BPMNLabel")) {
      for (auto* b = child->FirstChildElement(); b; b = b->NextSiblingElement()) {
        ScopeGuard label_guard(scope_, *b);
        if (scope_.element_name(*b).is(ns::dc, "Bounds")) pending.shape.label = read_bounds(*b);
      }
    }
  }
  if (!has_bounds) {
    warning(pending.location, {"BPMNShape for '" + pending.element + "' has no dc:Bounds; ignored",
                               "“" + pending.element + "”的 BPMNShape 没有 dc:Bounds；已忽略"});
    return;
  }
  shapes_.push_back(std::move(pending));
}

void Reader::read_edge(const XMLElement& element) {
  PendingEdge pending;
  pending.element = attribute(element, "bpmnElement");
  pending.location = locate(element);
  register_id(attribute(element, "id"), model::ElementCategory::other, no_index, pending.location);
  for (auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    const QName name = scope_.element_name(*child);
    if (name.is(ns::di, "waypoint")) {
      pending.edge.waypoints.push_back({number(*child, "x"), number(*child, "y")});
    } else if (name.is(ns::bpmndi, "BPMNLabel")) {
      for (auto* b = child->FirstChildElement(); b; b = b->NextSiblingElement()) {
        ScopeGuard label_guard(scope_, *b);
        if (scope_.element_name(*b).is(ns::dc, "Bounds")) pending.edge.label = read_bounds(*b);
      }
    }
  }
  edges_.push_back(std::move(pending));
}

}  // namespace seamless::bpmn
