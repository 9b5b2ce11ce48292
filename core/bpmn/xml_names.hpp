// Namespace-aware names on top of tinyxml2 (which has no namespace support): a scope stack of
// `xmlns` declarations, so elements and attributes are matched by namespace URI, never by prefix.
#pragma once

#include <tinyxml2.h>

#include <string_view>
#include <utility>
#include <vector>

namespace seamless::bpmn {

namespace ns {
inline constexpr std::string_view bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
inline constexpr std::string_view bpmndi = "http://www.omg.org/spec/BPMN/20100524/DI";
inline constexpr std::string_view dc = "http://www.omg.org/spec/DD/20100524/DC";
inline constexpr std::string_view di = "http://www.omg.org/spec/DD/20100524/DI";
inline constexpr std::string_view xsi = "http://www.w3.org/2001/XMLSchema-instance";
inline constexpr std::string_view reform = "urn:seamless:reform:1";
}  // namespace ns

struct QName {
  std::string_view uri;  // "" when the name has no namespace
  std::string_view local;
  bool is(std::string_view u, std::string_view l) const { return uri == u && local == l; }
};

class NamespaceScope {
 public:
  // Enter an element: adds its xmlns declarations. Returns a mark for leave().
  std::size_t enter(const tinyxml2::XMLElement& element);
  void leave(std::size_t mark) { bindings_.resize(mark); }

  QName element_name(const tinyxml2::XMLElement& element) const;
  // Attributes without a prefix have no namespace (XML Namespaces 1.0, section 6.2).
  QName attribute_name(const tinyxml2::XMLAttribute& attribute) const;
  // Resolves a QName-valued attribute value such as `xsi:type="bpmn:tFormalExpression"`.
  QName value_name(std::string_view qualified) const;

 private:
  std::string_view lookup(std::string_view prefix) const;
  std::vector<std::pair<std::string_view, std::string_view>> bindings_;  // prefix, uri
};

// RAII helper: enter on construction, leave on destruction.
class ScopeGuard {
 public:
  ScopeGuard(NamespaceScope& scope, const tinyxml2::XMLElement& element)
      : scope_(scope), mark_(scope.enter(element)) {}
  ~ScopeGuard() { scope_.leave(mark_); }
  ScopeGuard(const ScopeGuard&) = delete;
  ScopeGuard& operator=(const ScopeGuard&) = delete;

 private:
  NamespaceScope& scope_;
  std::size_t mark_;
};

}  // namespace seamless::bpmn
