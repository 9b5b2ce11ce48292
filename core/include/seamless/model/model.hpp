// The Model: everything seamless knows about one BPMN file, as the loader (core/bpmn) built it.
// Elements live in flat vectors and refer to each other by index; every element keeps its id,
// name, kind and source position. A Model is immutable once loaded (the loader hands it out as
// `std::shared_ptr<const Model>`), and later stages never reach back into XML.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "seamless/model/kinds.hpp"

namespace seamless::model {

using Index = std::uint32_t;
inline constexpr Index no_index = std::numeric_limits<Index>::max();

struct Location {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// Fields every named model element has.
struct Element {
  std::string id;
  std::string name;
  Location location;
};

// BPMN DI geometry.
struct Bounds {
  double x = 0, y = 0, width = 0, height = 0;
};
struct Point {
  double x = 0, y = 0;
};
struct Shape {
  Bounds bounds;
  std::optional<Bounds> label;
  bool expanded = true;    // isExpanded (subprocesses, pools)
  bool horizontal = true;  // isHorizontal (pools, lanes)
};
struct Edge {
  std::vector<Point> waypoints;
  std::optional<Bounds> label;
};

// An ISO 8601 duration (`P3D`, `PT2H30M`). Years count 365 days, months 30, weeks 7.
struct Duration {
  std::string text;
  std::int64_t seconds = 0;
};

struct EventDefinition {
  EventDefinitionKind kind = EventDefinitionKind::message;
  std::string ref;         // messageRef, signalRef, errorRef, escalationRef; "" when absent
  std::string timer_kind;  // timeDuration | timeDate | timeCycle (timer definitions)
  std::string expression;  // timer value or conditional expression text
  Location location;
};

struct Department {
  std::string id;    // reform:department, defaulting to the lane's or participant's id
  std::string name;  // display name: the element's name
  Role role = Role::department;
  Location location;  // the first lane or participant that declared it
};

// A flow node: activity, event or gateway, at any subprocess depth.
struct Node : Element {
  NodeKind kind = NodeKind::task;
  Index process = no_index;     // the process the node belongs to
  Index parent = no_index;      // enclosing subprocess node; no_index at process level
  std::vector<Index> children;  // nodes directly inside (subprocesses)
  std::vector<Index> incoming;  // sequence flows
  std::vector<Index> outgoing;  // sequence flows
  std::vector<EventDefinition> event_definitions;
  Index attached_to = no_index;        // boundary events: the activity
  std::vector<Index> boundary_events;  // activities: boundary events attached to them
  bool cancel_activity = true;         // boundary events
  bool parallel_multiple = false;      // events
  bool triggered_by_event = false;     // event subprocesses
  bool for_compensation = false;       // activities: isForCompensation
  bool interrupting = true;            // start events of event subprocesses: isInterrupting
  Loop loop = Loop::none;
  Index default_flow = no_index;  // gateways and activities
  std::string called_element;     // call activities, as written
  Index called_process = no_index;
  std::vector<std::string> message_refs;  // tasks: messageRef

  Index lane = no_index;         // innermost lane listing the node (or its enclosing subprocess)
  Index department = no_index;   // resolved department; no_index when unassigned
  Role role = Role::department;  // role of that department

  // reform: annotations, defaults applied.
  std::optional<Channel> channel;  // set for applicant activities (default onsite) or when given
  std::string visit_location;      // reform:location: where an on-site step happens
  bool immediate = false;          // reform:immediate
  Duration duration;               // reform:duration, PT0S by default
  std::string matter;              // reform:matter
  std::vector<std::string> sets;   // reform:sets

  std::vector<Index> data_inputs;   // documents this node needs
  std::vector<Index> data_outputs;  // documents this node produces
  std::optional<Shape> shape;
};

struct Guard {
  std::string text;      // the expression as written, trimmed
  std::string language;  // the language URI or short name that applies (may be "")
  GuardLanguageSource language_source = GuardLanguageSource::none;
  Location location;
};

struct SequenceFlow : Element {
  Index source = no_index;
  Index target = no_index;
  Index process = no_index;
  Index scope = no_index;  // subprocess node the flow lies in; no_index at process level
  std::optional<Guard> guard;
  bool is_default = false;  // named as `default` by its source
  std::optional<Edge> edge;
};

// End of a message flow: a flow node or a pool.
struct FlowEndpoint {
  Index node = no_index;
  Index participant = no_index;
};

struct MessageFlow : Element {
  FlowEndpoint source;
  FlowEndpoint target;
  std::string message_ref;
  std::optional<Edge> edge;
};

struct Participant : Element {
  Index process = no_index;  // processRef; no_index for black-box pools
  Index department = no_index;
  Role role = Role::department;
  std::optional<Shape> shape;
};

struct Lane : Element {
  Index process = no_index;
  Index parent = no_index;  // enclosing lane (childLaneSet); no_index for top-level lanes
  Index scope = no_index;   // subprocess node whose laneSet holds the lane; no_index for process
  std::vector<Index> children;
  std::vector<Index> nodes;  // flowNodeRef, resolved
  Index department = no_index;
  Role role = Role::department;
  std::optional<Shape> shape;
};

// A document: a data object or data store. Several references to one data object are one
// document.
struct Document : Element {
  DocumentKind kind = DocumentKind::data_object;
  Index process = no_index;      // data objects: owning process; stores: no_index
  bool shared = false;           // reform:shared (default false for objects, true for stores)
  bool material = false;         // reform:material
  std::vector<Index> producers;  // nodes with a dataOutputAssociation to it
  std::vector<Index> consumers;  // nodes with a dataInputAssociation from it
};

// A dataObjectReference or dataStoreReference as drawn in the diagram.
struct DocumentReference : Element {
  Index document = no_index;
  Index process = no_index;
  bool is_store = false;
  std::optional<Shape> shape;
};

struct DataAssociation {
  std::string id;
  Index node = no_index;
  Index document = no_index;
  Index reference = no_index;  // the DocumentReference drawn, when there is one
  bool is_input = true;        // dataInputAssociation (node needs) vs output (node produces)
  Location location;
  std::optional<Edge> edge;
};

struct Variable {
  std::string name;
  VariableType type = VariableType::boolean;
  std::optional<std::string> min;  // as written; integers and decimals
  std::optional<std::string> max;
  std::vector<std::string> values;  // strings: the enumeration; empty means any string
  Location location;
};

// An element inside a process that the loader read but no analysis supports (choreographies,
// complex constructs): every check on that process answers inconclusive, naming it.
struct UnsupportedElement {
  std::string id;
  std::string type;  // the BPMN element's local name
  Location location;
};

struct Process : Element {
  bool executable = false;
  Index participant = no_index;  // the pool whose processRef this is
  std::vector<Index> nodes;      // every node at any depth, document order
  std::vector<Index> flows;      // every sequence flow at any depth
  std::vector<Index> lanes;      // every lane at any depth
  std::vector<Index> documents;  // data objects declared in it
  std::vector<Variable> variables;
  std::uint32_t max_visits = 1;        // reform:maxVisits
  std::optional<Duration> time_limit;  // reform:timeLimit
  std::vector<UnsupportedElement> unsupported;
};

struct Model {
  std::string file;  // as given to the loader
  std::string definitions_id;
  std::string expression_language;  // definitions@expressionLanguage
  std::string exporter;
  std::string exporter_version;
  bool has_diagram = false;  // any BPMN DI present

  std::vector<Process> processes;
  std::vector<Node> nodes;
  std::vector<SequenceFlow> flows;
  std::vector<Participant> participants;
  std::vector<MessageFlow> message_flows;
  std::vector<Lane> lanes;
  std::vector<Department> departments;
  std::vector<Document> documents;
  std::vector<DocumentReference> document_references;
  std::vector<DataAssociation> data_associations;

  // Lookup by BPMN id among nodes, flows, processes, participants, lanes, message flows,
  // documents and document references.
  const Node* find_node(std::string_view id) const;
  const SequenceFlow* find_flow(std::string_view id) const;
  const Process* find_process(std::string_view id) const;
  // The element with that id, whatever its kind: its location and a short description.
  std::optional<Location> location_of(std::string_view id) const;

  // Filled by the loader: id -> (kind, index, where it is defined). Elements the Model does not
  // keep (messages, text annotations, ...) have category `other` and no index.
  struct IdEntry {
    ElementCategory category;
    Index index;
    Location location;
  };
  struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, IdEntry, IdHash, std::equal_to<>> ids;
};

}  // namespace seamless::model
