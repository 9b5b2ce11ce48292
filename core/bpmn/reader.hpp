// The BPMN reader: one pass over the XML document builds the Model with references still as
// ids (reader_*.cpp), then resolve() turns them into indices and applies the reform: defaults
// (resolver.cpp). Internal to core/bpmn.
#pragma once

#include <tinyxml2.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "column_locator.hpp"
#include "seamless/diag/diagnostics.hpp"
#include "seamless/model/model.hpp"
#include "xml_names.hpp"

namespace seamless::bpmn {

using model::Index;
using model::no_index;
using tinyxml2::XMLElement;

// A reference written as an id, waiting for resolve().
struct PendingRef {
  Index owner = no_index;
  std::string id;
  model::Location location;
};

// Raw reform: attributes of one element: local name -> value, with the element's location.
struct ReformAttribute {
  std::string_view name;
  std::string_view value;
};

class Reader {
 public:
  Reader(std::string file, const SourceText& text, diag::Diagnostics& diagnostics);

  // Builds the Model; nullptr when the root is not a BPMN `definitions` element.
  std::shared_ptr<model::Model> read(const tinyxml2::XMLDocument& document);

 private:
  struct DocumentFlags;

  // reader_structure.cpp: definitions, processes, flow elements, lanes, collaboration.
  void read_definitions(const XMLElement& definitions);
  void read_process(const XMLElement& element);
  void read_flow_elements(const XMLElement& container, Index process, Index scope);
  void read_node(const XMLElement& element, model::NodeKind kind, Index process, Index scope);
  void read_node_child(const XMLElement& child, const QName& name, Index node);
  void read_sequence_flow(const XMLElement& element, Index process, Index scope);
  void read_data_object(const XMLElement& element, Index process);
  void read_document_reference(const XMLElement& element, Index process, bool is_store);
  void read_data_association(const XMLElement& element, Index node, bool is_input);
  void read_lane_set(const XMLElement& lane_set, Index process, Index scope, Index parent);
  void read_collaboration(const XMLElement& element);
  void register_io_specification(const XMLElement& element);
  void read_root_event_definition(const XMLElement& element, model::EventDefinitionKind kind);
  void note_unsupported(const XMLElement& element, const QName& name, Index process);

  // reader_reform.cpp: the reform: vocabulary.
  std::vector<ReformAttribute> reform_attributes(const XMLElement& element);
  void warn_not_allowed(const XMLElement& element, std::string_view attribute);
  std::optional<bool> reform_bool(const XMLElement& element, const ReformAttribute& attribute);
  void apply_node_reform(const XMLElement& element, model::Node& node);
  void apply_party_reform(const XMLElement& element, std::string& department_id,
                          std::optional<model::Role>& role);
  void apply_process_reform(const XMLElement& element, model::Process& process);
  DocumentFlags document_reform(const XMLElement& element);
  void read_extension_elements(const XMLElement& element, Index process);
  void read_variable(const XMLElement& element, model::Process& process);
  // reform: attributes on elements that the readers above do not look at.
  void warn_stray_reform(const XMLElement& element);

  // reader_diagram.cpp: BPMN DI.
  void read_diagram(const XMLElement& diagram);
  void read_shape(const XMLElement& element);
  void read_edge(const XMLElement& element);

  // resolver.cpp: ids to indices, departments, documents, defaults.
  void resolve();
  void resolve_flows();
  void resolve_nodes();
  void resolve_lanes();
  void resolve_collaboration();
  void resolve_documents();
  void resolve_departments();
  void resolve_sets();
  void resolve_guard_languages();
  void attach_diagram();

  // Helpers shared by the parts.
  // Appends an element read from `element` (id, name, location) and registers its id.
  template <typename T>
  Index add_element(std::vector<T>& items, const XMLElement& element,
                    model::ElementCategory category) {
    const auto index = static_cast<Index>(items.size());
    T& item = items.emplace_back();
    item.id = attribute(element, "id");
    item.name = attribute(element, "name");
    item.location = locate(element);
    register_id(item.id, category, index, item.location);
    return index;
  }
  model::Location locate(const XMLElement& element) { return locator_.locate(element); }
  std::string attribute(const XMLElement& element, const char* name) const;
  std::string element_text(const XMLElement& element) const;
  // Registers an id; reports duplicates. Empty ids are ignored.
  void register_id(const std::string& id, model::ElementCategory category, Index index,
                   model::Location location);
  // Finds an id; a reference written as a QName (`bpmn2:Process_1`) is tried without its prefix.
  const model::Model::IdEntry* lookup(const std::string& id) const;
  // A diagnostic at `at`, in English and Chinese.
  void error(model::Location at, i18n::Text message);
  void warning(model::Location at, i18n::Text message);
  void note(model::Location at, i18n::Text message);

  std::string file_;
  const SourceText& text_;
  diag::Diagnostics& diagnostics_;
  NamespaceScope scope_;
  ColumnLocator locator_;
  std::shared_ptr<model::Model> model_;

  // Pending references.
  std::vector<PendingRef> flow_sources_, flow_targets_;        // owner: flow
  std::vector<PendingRef> default_flows_;                      // owner: node
  std::vector<PendingRef> attached_to_;                        // owner: node
  std::vector<PendingRef> lane_nodes_;                         // owner: lane
  std::vector<PendingRef> participant_processes_;              // owner: participant
  std::vector<PendingRef> message_sources_, message_targets_;  // owner: message flow
  std::vector<PendingRef> event_definition_refs_;              // owner: node
  std::vector<PendingRef> reference_targets_;                  // owner: document reference
  std::vector<std::vector<std::string>> association_refs_;     // per data association
  std::unordered_map<std::string, model::EventDefinitionKind> root_event_definitions_;
  // Party (lane/participant) declarations before departments are built.
  struct Party {
    std::string department_id;
    std::optional<model::Role> role;
  };
  std::vector<Party> lane_parties_, participant_parties_;
  // Explicit reform:shared / reform:material, per document (written on a data object or store)
  // and per document reference; resolve_documents() merges them.
  struct DocumentFlags {
    std::optional<bool> shared, material;
    model::Location location;
  };
  std::unordered_map<Index, DocumentFlags> document_flags_, reference_flags_;
  // DI elements seen, attached after resolution.
  struct PendingShape {
    std::string element;
    model::Shape shape;
    model::Location location;
  };
  struct PendingEdge {
    std::string element;
    model::Edge edge;
    model::Location location;
  };
  std::vector<PendingShape> shapes_;
  std::vector<PendingEdge> edges_;
};

}  // namespace seamless::bpmn
