// The catalogue of matters (权责清单, the power and responsibility list): which department handles
// each approval matter (`reform:matter`). Configured in seamless.toml (`[catalogue] file = ...`),
// read by the host, and handed to the checks through CheckContext::catalogue.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seamless::check {

struct CatalogueEntry {
  std::string matter;      // the matter's code, as `reform:matter` writes it
  std::string department;  // the id of the department that handles it (`reform:department`)
  std::uint32_t line = 0;  // the row's line in the catalogue file
};

struct Catalogue {
  std::string file;                     // the catalogue file, as messages name it
  std::vector<CatalogueEntry> entries;  // sorted by matter; each matter once

  // The entry of a matter, or null when the catalogue does not list it.
  const CatalogueEntry* find(std::string_view matter) const;
};

}  // namespace seamless::check
