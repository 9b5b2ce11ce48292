// Looking up matters in the catalogue (catalogue.hpp).
#include "seamless/check/catalogue.hpp"

#include <algorithm>

namespace seamless::check {

const CatalogueEntry* Catalogue::find(std::string_view matter) const {
  const auto it = std::lower_bound(
      entries.begin(), entries.end(), matter,
      [](const CatalogueEntry& e, std::string_view m) { return std::string_view(e.matter) < m; });
  return it != entries.end() && it->matter == matter ? &*it : nullptr;
}

}  // namespace seamless::check
