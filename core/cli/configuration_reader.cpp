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

// “name”: a key, check or option name in a Chinese message.
std::string in_quotes_zh(std::string_view s) {
  return "“" + std::string(s) + "”";
}

// "a table", "an integer", ... (表, 整数, ...) for messages about wrong types.
i18n::Text type_text(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return {"a table", "表"};
    case toml::node_type::array:
      return {"an array", "数组"};
    case toml::node_type::string:
      return {"a string", "字符串"};
    case toml::node_type::integer:
      return {"an integer", "整数"};
    case toml::node_type::floating_point:
      return {"a decimal", "小数"};
    case toml::node_type::boolean:
      return {"a boolean", "布尔值"};
    case toml::node_type::date:
      return {"a date", "日期"};
    case toml::node_type::time:
      return {"a time", "时间"};
    case toml::node_type::date_time:
      return {"a date-time", "日期时间"};
    case toml::node_type::none:
      break;
  }
  return {"nothing", "空值"};
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
        error(place_of(key.source()),
              {"unknown key " + in_quotes(name) +
                   "; the configuration has the keys 'checks', 'override', 'catalogue' and "
                   "'plugins'",
               "未知的键" + in_quotes_zh(name) +
                   "；配置文件的键有“checks”、“override”、“catalogue”和“plugins”"});
      }
    }
  }

 private:
  void error(ConfigPlace place, i18n::Text message) {
    diagnostics_.error(file_, place.line, place.column, std::move(message));
  }

  // `what` names the setting: "the severity of check 'x'" (检查“x”的严重级别).
  std::optional<CheckLevel> read_level(const toml::node& node, const i18n::Text& what) {
    static const char* const expected = "one of \"error\", \"warning\", \"note\" or \"off\"";
    static const char* const expected_zh = "“error”、“warning”、“note”或“off”之一";
    const auto* text = node.as_string();
    if (text == nullptr) {
      const i18n::Text type = type_text(node);
      error(place_of(node.source()), {what.en + " must be " + expected + ", not " + type.en,
                                      what.zh + "须为" + expected_zh + "，不能是" + type.zh});
      return std::nullopt;
    }
    const std::string& v = text->get();
    if (v == "error") return CheckLevel::error;
    if (v == "warning") return CheckLevel::warning;
    if (v == "note") return CheckLevel::note;
    if (v == "off") return CheckLevel::off;
    error(place_of(node.source()), {what.en + " must be " + expected + ", not \"" + v + "\"",
                                    what.zh + "须为" + expected_zh + "，不能是" + in_quotes_zh(v)});
    return std::nullopt;
  }

  // `NAME = "LEVEL"` or `NAME = { severity = "LEVEL", OPTION = VALUE, ... }`.
  void read_check(const toml::key& key, const toml::node& node, std::vector<CheckSetting>& out) {
    CheckSetting setting;
    setting.check = std::string(key.str());
    setting.place = place_of(key.source());
    const i18n::Text what{"the severity of check " + in_quotes(setting.check),
                          "检查" + in_quotes_zh(setting.check) + "的严重级别"};
    if (node.is_string()) {
      setting.level = read_level(node, what);
      setting.level_place = place_of(node.source());
      if (setting.level) out.push_back(std::move(setting));
      return;
    }
    const auto* table = node.as_table();
    if (table == nullptr) {
      const i18n::Text type = type_text(node);
      error(place_of(node.source()),
            {"check " + in_quotes(setting.check) +
                 " must be set to a severity (\"error\", \"warning\", \"note\", \"off\") or a "
                 "table such as { severity = \"error\" }, not " +
                 type.en,
             "检查" + in_quotes_zh(setting.check) +
                 "须设为严重级别（“error”、“warning”、“note”、“off”）或 { severity = \"error\" } "
                 "这样的表，不能是" +
                 type.zh});
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
        const i18n::Text type = type_text(value);
        error(o.place, {"option " + in_quotes(option) + " of check " + in_quotes(setting.check) +
                            " must be a boolean, an integer, a decimal or a string, not " + type.en,
                        "检查" + in_quotes_zh(setting.check) + "的选项" + in_quotes_zh(option) +
                            "须为布尔值、整数、小数或字符串，不能是" + type.zh});
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
      const i18n::Text type = type_text(node);
      error(place_of(key.source()),
            {in_quotes(key.str()) + " must be a table of checks, not " + type.en,
             in_quotes_zh(key.str()) + "须为检查的表，不能是" + type.zh});
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
                {"'files' must be a non-empty array of path patterns, such as "
                 "[\"zero-visit/**\"]",
                 "“files”须为非空的路径模式数组，例如 [\"zero-visit/**\"]"});
          continue;
        }
        for (const toml::node& element : *array) {
          const auto* pattern = element.as_string();
          if (pattern == nullptr) {
            const i18n::Text type = type_text(element);
            error(place_of(element.source()), {"a path pattern must be a string, not " + type.en,
                                               "路径模式须为字符串，不能是" + type.zh});
            continue;
          }
          const i18n::Text problem = pattern_problem(pattern->get());
          if (!problem.empty()) {
            error(place_of(element.source()),
                  {"path pattern \"" + pattern->get() + "\" is " + problem.en,
                   "路径模式" + in_quotes_zh(pattern->get()) + problem.zh_or_en()});
            continue;
          }
          o.patterns.push_back(pattern->get());
        }
      } else if (name == "checks") {
        has_checks = true;
        read_checks(key, node, o.checks);
      } else {
        error(place_of(key.source()),
              {"unknown key " + in_quotes(name) +
                   " in [[override]]; it has the keys 'files' and 'checks'",
               "[[override]] 中有未知的键" + in_quotes_zh(name) + "；它的键有“files”和“checks”"});
      }
    }
    if (!has_files)
      error(place, {"[[override]] needs 'files', the paths it applies to",
                    "[[override]] 缺少“files”，即它适用的路径"});
    if (!has_checks)
      error(place, {"[[override]] needs 'checks', the settings it changes",
                    "[[override]] 缺少“checks”，即它更改的设置"});
    out_.overrides.push_back(std::move(o));
  }

  void read_overrides(const toml::key& key, const toml::node& node) {
    const auto* array = node.as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
      const i18n::Text type = type_text(node);
      error(place_of(key.source()),
            {"'override' must be a list of tables, each written [[override]], not " + type.en,
             "“override”须为表的列表，每个表写作 [[override]]，不能是" + type.zh});
      return;
    }
    for (const toml::node& element : *array)
      read_override(*element.as_table(), place_of(element.source()));
  }

  void read_plugins(const toml::key& key, const toml::node& node) {
    const auto* array = node.as_array();
    if (array == nullptr) {
      const i18n::Text type = type_text(node);
      error(place_of(key.source()),
            {"'plugins' must be an array of plugin names, such as [\"one-visit\"], not " + type.en,
             "“plugins”须为插件名称的数组，例如 [\"one-visit\"]，不能是" + type.zh});
      return;
    }
    for (const toml::node& element : *array) {
      const ConfigPlace place = place_of(element.source());
      const auto* name = element.as_string();
      if (name == nullptr) {
        const i18n::Text type = type_text(element);
        error(place, {"a plugin name must be a string, not " + type.en,
                      "插件名称须为字符串，不能是" + type.zh});
      } else if (looks_like_path(name->get())) {
        error(place, {"plugin \"" + name->get() +
                          "\" looks like a file path; a configuration names plugins by name only "
                          "(found in SEAMLESS_PLUGIN_PATH or the installation's plugin "
                          "directory), so that a repository cannot make seamless load its own "
                          "code; load a module file with --plugin on the command line",
                      "插件" + in_quotes_zh(name->get()) +
                          "看起来是文件路径；配置文件只按名称指定插件（在 SEAMLESS_PLUGIN_PATH "
                          "或安装的插件目录中查找），以免代码仓库让 seamless "
                          "加载它自带的代码；要加载模块文件，请在命令行上使用 --plugin"});
      } else if (!is_plugin_name(name->get())) {
        error(place, {"\"" + name->get() +
                          "\" is not a plugin name (letters, digits, '-', '_' and '.', not "
                          "starting with '.' or '-')",
                      in_quotes_zh(name->get()) +
                          "不是插件名称（只能含字母、数字、“-”、“_”和“.”，且不以“.”或“-”开头）"});
      } else {
        out_.plugins.push_back({name->get(), place});
      }
    }
  }

  void read_catalogue_section(const toml::key& key, const toml::node& node) {
    const auto* table = node.as_table();
    if (table == nullptr) {
      const i18n::Text type = type_text(node);
      error(place_of(key.source()),
            {"'catalogue' must be a table such as { file = \"catalogue.csv\" }, not " + type.en,
             "“catalogue”须为 { file = \"catalogue.csv\" } 这样的表，不能是" + type.zh});
      return;
    }
    const toml::node* file_node = nullptr;
    for (auto&& [k, value] : *table) {
      if (k.str() == "file") {
        file_node = &value;
      } else {
        error(place_of(k.source()),
              {"unknown key " + in_quotes(k.str()) + " in [catalogue]; it has the key 'file'",
               "[catalogue] 中有未知的键" + in_quotes_zh(k.str()) + "；它只有键“file”"});
      }
    }
    if (file_node == nullptr) {
      error(place_of(key.source()), {"[catalogue] needs 'file', the catalogue's CSV file",
                                     "[catalogue] 缺少“file”，即事项清单的 CSV 文件"});
      return;
    }
    const ConfigPlace place = place_of(file_node->source());
    const auto* name = file_node->as_string();
    if (name == nullptr || name->get().empty()) {
      const i18n::Text type =
          name ? i18n::Text{"an empty string", "空字符串"} : type_text(*file_node);
      error(place,
            {"'file' must be the path of a CSV file (relative to " + file_ + "'s directory), not " +
                 type.en,
             "“file”须为 CSV 文件的路径（相对于 " + file_ + " 所在的目录），不能是" + type.zh});
      return;
    }
    // Named in messages relative to the configuration as the user sees it.
    const std::string shown =
        (fs::path(file_).parent_path() / fs::path(name->get())).lexically_normal().string();
    const fs::path path = directory_ / fs::path(name->get());
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      error(place, {"the catalogue " + shown + " is a directory, not a CSV file",
                    "事项清单 " + shown + " 是目录，不是 CSV 文件"});
      return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      error(place, {"cannot read the catalogue " + shown, "无法读取事项清单 " + shown});
      return;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
      error(place, {"cannot read the catalogue " + shown, "无法读取事项清单 " + shown});
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
    // toml++ describes the problem in English only.
    const std::string description(e.description());
    diagnostics.error(file, place.line, place.column,
                      i18n::Text{description, "配置文件语法错误：" + description});
    return false;
  }
  const std::size_t errors_before = diagnostics.error_count();
  Reader(file, directory, configuration, diagnostics).read(root);
  return diagnostics.error_count() == errors_before;
}

}  // namespace seamless::cli
