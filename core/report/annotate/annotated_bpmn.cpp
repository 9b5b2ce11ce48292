// Colouring a BPMN file's DI in place (annotated_bpmn.hpp): the scanner finds the BPMNShape and
// BPMNEdge tags of marked elements; edits are insertions or value replacements at byte offsets,
// applied from the end of the file backwards.
#include "seamless/report/annotated_bpmn.hpp"

#include <algorithm>
#include <set>

#include "seamless/report/svg_diagram.hpp"
#include "xml_tags.hpp"

namespace seamless::report {
namespace {

constexpr std::string_view bpmndi_namespace = "http://www.omg.org/spec/BPMN/20100524/DI";

struct Edit {
  std::size_t at, erase;
  std::string insert;
};

// The prefix to write for `uri`: the root's own when it declares one that no element rebinds,
// otherwise `wanted` or `wanted2`, ... whichever no element declares.
std::string choose_prefix(const xml::Scan& scan, std::string_view uri, std::string_view wanted,
                          bool& declare) {
  std::set<std::string> declared;
  for (const xml::StartTag& t : scan.tags)
    for (const auto& [prefix, bound] : t.declarations) declared.insert(prefix);
  const xml::StartTag& root = scan.tags.front();
  for (const auto& [prefix, bound] : root.declarations) {
    if (bound != uri || prefix.empty()) continue;
    const bool rebound = std::any_of(scan.tags.begin() + 1, scan.tags.end(), [&](const auto& t) {
      return std::any_of(t.declarations.begin(), t.declarations.end(),
                         [&](const auto& d) { return d.first == prefix; });
    });
    if (!rebound) {
      declare = false;
      return prefix;
    }
  }
  declare = true;
  std::string prefix(wanted);
  for (int n = 2; declared.count(prefix); ++n) prefix = std::string(wanted) + std::to_string(n);
  return prefix;
}

}  // namespace

AnnotatedBpmn annotate_bpmn(std::string_view source, const Highlight& highlight) {
  AnnotatedBpmn result;
  const xml::Scan scan = xml::scan_tags(source);
  if (!scan.error.empty()) {
    result.error = scan.error;
    return result;
  }
  bool declare_bioc = false, declare_color = false;
  const std::string bioc = choose_prefix(scan, bpmn_io_colour_namespace, "bioc", declare_bioc);
  const std::string color = choose_prefix(scan, omg_colour_namespace, "color", declare_color);

  std::vector<Edit> edits;
  const xml::StartTag& root = scan.tags.front();
  std::string declarations;
  if (declare_bioc)
    declarations += " xmlns:" + bioc + "=\"" + std::string(bpmn_io_colour_namespace) + '"';
  if (declare_color)
    declarations += " xmlns:" + color + "=\"" + std::string(omg_colour_namespace) + '"';

  for (const xml::StartTag& tag : scan.tags) {
    if (tag.uri != bpmndi_namespace || (tag.local != "BPMNShape" && tag.local != "BPMNEdge"))
      continue;
    const xml::Attribute* element = tag.find("", "bpmnElement");
    if (element == nullptr) continue;
    const MarkColours* colours = nullptr;
    if (highlight.seam.count(element->value))
      colours = &seam_colours;
    else if (highlight.path.count(element->value))
      colours = &path_colours;
    if (colours == nullptr) continue;
    ++result.coloured;
    const bool shape = tag.local == "BPMNShape";
    struct Wanted {
      std::string_view uri, local, prefix, value;
    };
    std::vector<Wanted> wanted{{bpmn_io_colour_namespace, "stroke", bioc, colours->stroke},
                               {omg_colour_namespace, "border-color", color, colours->stroke}};
    if (shape) {
      wanted.push_back({bpmn_io_colour_namespace, "fill", bioc, colours->fill});
      wanted.push_back({omg_colour_namespace, "background-color", color, colours->fill});
    }
    std::string added;
    for (const Wanted& w : wanted) {
      if (const xml::Attribute* existing = tag.find(w.uri, w.local)) {
        edits.push_back({existing->value_begin, existing->value_end - existing->value_begin,
                         std::string(w.value)});
      } else {
        added += ' ' + std::string(w.prefix) + ':' + std::string(w.local) + "=\"" +
                 std::string(w.value) + '"';
      }
    }
    if (!added.empty()) edits.push_back({tag.attributes_end, 0, added});
  }
  if (result.coloured > 0 && !declarations.empty())
    edits.push_back({root.attributes_end, 0, declarations});
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit& a, const Edit& b) { return a.at > b.at; });
  result.text = std::string(source);
  for (const Edit& e : edits) result.text.replace(e.at, e.erase, e.insert);
  return result;
}

}  // namespace seamless::report
