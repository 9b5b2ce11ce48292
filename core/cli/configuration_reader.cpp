// Parsing seamless.toml with toml++ (configuration.hpp): the syntax, the keys and the types of
// every value, severities, override patterns, plugin names, and the catalogue file it names.
// Check names and options are validated later against the registry (configuration_checks.cpp).
#include <toml++/toml.h>
#include <fstream>
#include <sstream>

#include "catalogue_reader.hpp"
#include "configuration.hpp"
#include "path_glob.hpp"

namespace seamless::cli {

namespace {

namespace fs = std::filesystem;

ConfigPlace place_of(const toml::source_region& region) {
  return {region.begin.line, region.begin.column};
}

std::string in_quotes(std::string_view s) {
  return "'" + std::string(s) + "'";
}

// "a table", "an integer", ... for messages about wrong types.
std::string type_text(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a decimal";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

// Whether a plugin name in the configuration looks like a file path rather than a name.
bool looks_like_path(std::string_view name) {
  if (name.find('/') != std::string_view::npos || name.find('\\') != std::string_view::npos)
    return true;
  for (std::string_view suffix : {".so", ".dll", ".dylib"}) {
    if (name.size() < suffix.size()) continue;
    std::string tail(name.substr(name.size() - suffix.size()));
    for (char& c : tail) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (tail == suffix) return true;
  }
  return false;
}

bool is_plugin_name(std::string_view name) {
  if (name.empty() || name.front() == '.' || name.front() == '-') return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_' || c == '.'))
      return false;
  return true;
}

class Reader {
 public:
  Reader(const std::string& file, const fs::path& directory, Configuration& configuration,
         diag::Diagnostics& diagnostics)
      : file_(file), directory_(directory), out_(configuration), diagnostics_(diagnostics) {}

  void read(const toml::table& root) {
    for (auto&& [key, node] : root) {
      const std::string_view name = key.str();
      if (name == "checks") {
        read_checks(key, node, out_.checks);
      } else if (name == "override") {
        read_overrides(key, node);
      } else if (name == "catalogue") {
        read_catalogue_section(key, node);
      } else if (name == "plugins") {
        read_plugins(key, node);
      } else {
        error(place_of(key.source()), "unknown key " + in_quotes(name) +
                                          "; the configuration has the keys 'checks', "
                                          "'override', 'catalogue' and 'plugins'");
      }
    }
  }

 private:
  void error(ConfigPlace place, std::string message) {
    diagnostics_.error(file_, place.line, place.column, std::move(message));
  }

  std::optional<CheckLevel> read_level(const toml::node& node, std::string_view what) {
    static const char* const expected = "one of \"error\", \"warning\", \"note\" or \"off\"";
    const auto* text = node.as_string();
    if (text == nullptr) {
      error(place_of(node.source()),
            std::string(what) + " must be " + expected + ", not " + type_text(node));
      return std::nullopt;
    }
    const std::string& v = text->get();
    if (v == "error") return CheckLevel::error;
    if (v == "warning") return CheckLevel::warning;
    if (v == "note") return CheckLevel::note;
    if (v == "off") return CheckLevel::off;
    error(place_of(node.source()),
          std::string(what) + " must be " + expected + ", not \"" + v + "\"");
    return std::nullopt;
  }

  // `NAME = "LEVEL"` or `NAME = { severity = "LEVEL", OPTION = VALUE, ... }`.
  void read_check(const toml::key& key, const toml::node& node, std::vector<CheckSetting>& out) {
    CheckSetting setting;
    setting.check = std::string(key.str());
    setting.place = place_of(key.source());
    const std::string what = "the severity of check " + in_quotes(setting.check);
    if (node.is_string()) {
      setting.level = read_level(node, what);
      setting.level_place = place_of(node.source());
      if (setting.level) out.push_back(std::move(setting));
      return;
    }
    const auto* table = node.as_table();
    if (table == nullptr) {
      error(place_of(node.source()),
            "check " + in_quotes(setting.check) +
                " must be set to a severity (\"error\", \"warning\", \"note\", \"off\") or a "
                "table such as { severity = \"error\" }, not " +
                type_text(node));
      return;
    }
    bool ok = true;
    for (auto&& [option_key, value] : *table) {
      const std::string option(option_key.str());
      if (option == "severity") {
        setting.level = read_level(value, what);
        setting.level_place = place_of(value.source());
        ok = ok && setting.level.has_value();
        continue;
      }
      OptionSetting o;
      o.place = place_of(value.source());
      if (const auto* b = value.as_boolean()) {
        o.value = b->get();
      } else if (const auto* i = value.as_integer()) {
        o.value = i->get();
      } else if (const auto* d = value.as_floating_point()) {
        o.value = d->get();
      } else if (const auto* s = value.as_string()) {
        o.value = s->get();
      } else {
        error(o.place, "option " + in_quotes(option) + " of check " + in_quotes(setting.check) +
                           " must be a boolean, an integer, a decimal or a string, not " +
                           type_text(value));
        ok = false;
        continue;
      }
      setting.options.emplace(option, std::move(o));
    }
    if (ok) out.push_back(std::move(setting));
  }

  void read_checks(const toml::key& key, const toml::node& node, std::vector<CheckSetting>& out) {
    const auto* table = node.as_table();
    if (table == nullptr) {
      error(place_of(key.source()),
            in_quotes(key.str()) + " must be a table of checks, not " + type_text(node));
      return;
    }
    for (auto&& [check_key, value] : *table) read_check(check_key, value, out);
  }

  void read_override(const toml::table& table, ConfigPlace place) {
    Override o;
    o.place = place;
    bool has_files = false, has_checks = false;
    for (auto&& [key, node] : table) {
      const std::string_view name = key.str();
      if (name == "files") {
        has_files = true;
        const auto* array = node.as_array();
        if (array == nullptr || array->empty()) {
          error(place_of(node.source()),
                "'files' must be a non-empty array of path patterns, such as "
                "[\"zero-visit/**\"]");
          continue;
        }
        for (const toml::node& element : *array) {
          const auto* pattern = element.as_string();
          if (pattern == nullptr) {
            error(place_of(element.source()),
                  "a path pattern must be a string, not " + type_text(element));
            continue;
          }
          const std::string problem = pattern_problem(pattern->get());
          if (!problem.empty()) {
            error(place_of(element.source()),
                  "path pattern \"" + pattern->get() + "\" is " + problem);
            continue;
          }
          o.patterns.push_back(pattern->get());
        }
      } else if (name == "checks") {
        has_checks = true;
        read_checks(key, node, o.checks);
      } else {
        error(place_of(key.source()), "unknown key " + in_quotes(name) +
                                          " in [[override]]; it has the keys 'files' and "
                                          "'checks'");
      }
    }
    if (!has_files) error(place, "[[override]] needs 'files', the paths it applies to");
    if (!has_checks) error(place, "[[override]] needs 'checks', the settings it changes");
    out_.overrides.push_back(std::move(o));
  }

  void read_overrides(const toml::key& key, const toml::node& node) {
    const auto* array = node.as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
      error(
          place_of(key.source()),
          "'override' must be a list of tables, each written [[override]], not " + type_text(node));
      return;
    }
    for (const toml::node& element : *array)
      read_override(*element.as_table(), place_of(element.source()));
  }

  void read_plugins(const toml::key& key, const toml::node& node) {
    const auto* array = node.as_array();
    if (array == nullptr) {
      error(place_of(key.source()),
            "'plugins' must be an array of plugin names, such as [\"one-visit\"], not " +
                type_text(node));
      return;
    }
    for (const toml::node& element : *array) {
      const ConfigPlace place = place_of(element.source());
      const auto* name = element.as_string();
      if (name == nullptr) {
        error(place, "a plugin name must be a string, not " + type_text(element));
      } else if (looks_like_path(name->get())) {
        error(place, "plugin \"" + name->get() +
                         "\" looks like a file path; a configuration names plugins by name only "
                         "(found in SEAMLESS_PLUGIN_PATH or the installation's plugin "
                         "directory), so that a repository cannot make seamless load its own "
                         "code; load a module file with --plugin on the command line");
      } else if (!is_plugin_name(name->get())) {
        error(place, "\"" + name->get() +
                         "\" is not a plugin name (letters, digits, '-', '_' and '.', not "
                         "starting with '.' or '-')");
      } else {
        out_.plugins.push_back({name->get(), place});
      }
    }
  }

  void read_catalogue_section(const toml::key& key, const toml::node& node) {
    const auto* table = node.as_table();
    if (table == nullptr) {
      error(place_of(key.source()),
            "'catalogue' must be a table such as { file = \"catalogue.csv\" }, not " +
                type_text(node));
      return;
    }
    const toml::node* file_node = nullptr;
    for (auto&& [k, value] : *table) {
      if (k.str() == "file") {
        file_node = &value;
      } else {
        error(place_of(k.source()),
              "unknown key " + in_quotes(k.str()) + " in [catalogue]; it has the key 'file'");
      }
    }
    if (file_node == nullptr) {
      error(place_of(key.source()), "[catalogue] needs 'file', the catalogue's CSV file");
      return;
    }
    const ConfigPlace place = place_of(file_node->source());
    const auto* name = file_node->as_string();
    if (name == nullptr || name->get().empty()) {
      error(place, "'file' must be the path of a CSV file (relative to " + file_ +
                       "'s directory), not " + (name ? "an empty string" : type_text(*file_node)));
      return;
    }
    // Named in messages relative to the configuration as the user sees it.
    const std::string shown =
        (fs::path(file_).parent_path() / fs::path(name->get())).lexically_normal().string();
    const fs::path path = directory_ / fs::path(name->get());
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      error(place, "the catalogue " + shown + " is a directory, not a CSV file");
      return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      error(place, "cannot read the catalogue " + shown);
      return;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
      error(place, "cannot read the catalogue " + shown);
      return;
    }
    out_.catalogue = read_catalogue(text.str(), shown, diagnostics_);
  }

  const std::string& file_;
  const fs::path& directory_;
  Configuration& out_;
  diag::Diagnostics& diagnostics_;
};

}  // namespace

bool read_configuration(const std::string& text, const std::string& file,
                        const std::filesystem::path& directory, Configuration& configuration,
                        diag::Diagnostics& diagnostics) {
  configuration = {};
  configuration.file = file;
  configuration.directory = directory;
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(file));
  } catch (const toml::parse_error& e) {
    const ConfigPlace place = place_of(e.source());
    diagnostics.error(file, place.line, place.column, std::string(e.description()));
    return false;
  }
  const std::size_t errors_before = diagnostics.error_count();
  Reader(file, directory, configuration, diagnostics).read(root);
  return diagnostics.error_count() == errors_before;
}

}  // namespace seamless::cli
