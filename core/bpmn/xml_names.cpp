// Namespace scope stack for tinyxml2 elements (see xml_names.hpp).
#include "xml_names.hpp"

namespace seamless::bpmn {

namespace {
// Splits "p:local" into {"p", "local"}; {"" , name} without a prefix.
std::pair<std::string_view, std::string_view> split(std::string_view name) {
  const auto colon = name.find(':');
  if (colon == std::string_view::npos) return {{}, name};
  return {name.substr(0, colon), name.substr(colon + 1)};
}
}  // namespace

std::size_t NamespaceScope::enter(const tinyxml2::XMLElement& element) {
  const std::size_t mark = bindings_.size();
  for (auto* a = element.FirstAttribute(); a != nullptr; a = a->Next()) {
    const std::string_view name = a->Name();
    if (name.size() < 5 || name.substr(0, 5) != "xmlns") continue;
    if (name.size() == 5) {
      bindings_.emplace_back(std::string_view{}, a->Value());
    } else if (name[5] == ':') {
      bindings_.emplace_back(name.substr(6), a->Value());
    }
  }
  return mark;
}

std::string_view NamespaceScope::lookup(std::string_view prefix) const {
  for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
    if (it->first == prefix) return it->second;
  if (prefix == "xml") return "http://www.w3.org/XML/1998/namespace";
  return {};
}

QName NamespaceScope::element_name(const tinyxml2::XMLElement& element) const {
  const auto [prefix, local] = split(element.Name());
  return {lookup(prefix), local};
}

QName NamespaceScope::attribute_name(const tinyxml2::XMLAttribute& attribute) const {
  const auto [prefix, local] = split(attribute.Name());
  if (prefix.empty()) return {{}, local};
  return {lookup(prefix), local};
}

QName NamespaceScope::value_name(std::string_view qualified) const {
  const auto [prefix, local] = split(qualified);
  return {lookup(prefix), local};
}

}  // namespace seamless::bpmn
