// Baselines: reading with lines for every problem, recording, writing, applying (baseline.hpp).
#include "seamless/report/baseline.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "seamless/expr/characters.hpp"

namespace seamless::report {
namespace {

using json = nlohmann::json;

constexpr int format_version = 1;
constexpr const char* entry_fields[] = {"file", "check", "rule", "element", "message"};

// Where the parser is: the current line, and the line of the last character that was not white
// space (the parser reads one character past a number, which may be a line break).
struct Position {
  std::uint32_t line = 1;
  std::uint32_t token_line = 1;
};

// Reads text for the JSON parser while following its position, so the parser's callbacks know
// which line the token they report is on.
class PositionIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  PositionIterator(const char* at, Position* position) : at_(at), position_(position) {}
  reference operator*() const { return *at_; }
  PositionIterator& operator++() {
    if (*at_ == '\n')
      ++position_->line;
    else if (*at_ != ' ' && *at_ != '\t' && *at_ != '\r')
      position_->token_line = position_->line;
    ++at_;
    return *this;
  }
  PositionIterator operator++(int) {
    PositionIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const PositionIterator& other) const { return at_ == other.at_; }
  bool operator!=(const PositionIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  Position* position_;
};

// Where the parts of a baseline file start: its top-level keys and the entries of `findings`.
struct Lines {
  std::map<std::string, std::uint32_t> keys;
  std::vector<std::uint32_t> entries;
};

constexpr const char* malformed = "malformed baseline: ";
constexpr const char* malformed_zh = "基线文件格式有误：";

// "parse error at line 3, column 7: syntax error ..." from the JSON library, taken apart. The
// library describes the problem in English only; the Chinese message gives it after its prefix.
diag::Diagnostic syntax_error(const std::string& path, const std::string& what) {
  diag::Diagnostic d{diag::Severity::error, path, 0, 0, ""};
  std::string description = what;
  const std::size_t at = what.find("parse error at line ");
  unsigned line = 0, column = 0;
  if (at != std::string::npos &&
      std::sscanf(what.c_str() + at, "parse error at line %u, column %u", &line, &column) == 2) {
    d.line = line;
    d.column = column;
    const std::size_t colon = what.find(": ", at);
    if (colon != std::string::npos) description = what.substr(colon + 2);
  }
  d.message = malformed + description;
  d.message_zh = malformed_zh + description;
  return d;
}

// The JSON type of a value: "array", "string", ... (数组, 字符串, ...).
i18n::Text type_name(const json& j) {
  std::string zh;
  switch (j.type()) {
    case json::value_t::object:
      zh = "对象";
      break;
    case json::value_t::array:
      zh = "数组";
      break;
    case json::value_t::string:
      zh = "字符串";
      break;
    case json::value_t::boolean:
      zh = "布尔值";
      break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      zh = "数值";
      break;
    case json::value_t::null:
      zh = "null";
      break;
    default:
      zh = j.type_name();
      break;
  }
  return {std::string(j.type_name()), zh};
}

// Text as the file stores it: invalid UTF-8 bytes (a path given on the command line may have
// them) become U+FFFD, so a recorded finding matches itself when the file is read back.
std::string utf8(std::string_view text) {
  std::string out;
  for (const expr::text::Char& c : expr::text::decode_utf8(text)) {
    if (c.valid)
      out.append(text.substr(c.offset, c.size));
    else
      expr::text::append_utf8(out, 0xFFFD);
  }
  return out;
}

BaselineEntry entry_of(const std::string& file, const check::CheckResult& c,
                       const check::Finding& f) {
  return {utf8(file), utf8(f.check.empty() ? c.name : f.check), utf8(f.rule), utf8(f.element),
          utf8(f.message)};
}

}  // namespace

std::string baseline_file_key(const std::string& model_file, const std::string& baseline_path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path model = fs::absolute(model_file, ec);
  if (ec) model = model_file;
  fs::path folder = fs::absolute(baseline_path, ec);
  if (ec) folder = baseline_path;
  model = model.lexically_normal();
  folder = folder.lexically_normal().parent_path();
  fs::path relative = model.lexically_relative(folder);
  return (relative.empty() ? model : relative).generic_string();
}

std::optional<Baseline> Baseline::read(const std::string& path, diag::Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  const i18n::Text cannot_read{"cannot read the baseline", "无法读取基线文件"};
  if (!in) {
    diagnostics.error(path, 0, 0, cannot_read);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    diagnostics.error(path, 0, 0, cannot_read);
    return std::nullopt;
  }
  return parse(text.str(), path, diagnostics);
}

std::optional<Baseline> Baseline::parse(std::string_view text, const std::string& path,
                                        diag::Diagnostics& diagnostics) {
  Position position;
  Lines lines;
  std::string top_key;
  // Depth 1: the top-level keys; a value, object or array at depth 2 inside `findings` is an
  // entry (an object's values are at depth 3).
  const json::parser_callback_t locate = [&](int depth, json::parse_event_t event, json& value) {
    using event_t = json::parse_event_t;
    if (event == event_t::key && depth == 1) {
      top_key = value.is_string() ? value.get<std::string>() : "";
      lines.keys.emplace(top_key, position.token_line);
    } else if (depth == 2 && top_key == "findings" &&
               (event == event_t::object_start || event == event_t::array_start ||
                event == event_t::value)) {
      lines.entries.push_back(position.token_line);
    }
    return true;
  };
  json root;
  try {
    root = json::parse(PositionIterator(text.data(), &position),
                       PositionIterator(text.data() + text.size(), &position), locate);
  } catch (const json::parse_error& e) {
    diagnostics.add(syntax_error(path, e.what()));
    return std::nullopt;
  }
  auto fail = [&](std::uint32_t at, const i18n::Text& message) {
    diagnostics.error(path, at, 0,
                      i18n::Text{malformed + message.en, malformed_zh + message.zh_or_en()});
    return std::nullopt;
  };
  auto key_line = [&](const std::string& key) {
    auto it = lines.keys.find(key);
    return it == lines.keys.end() ? 1u : it->second;
  };
  if (!root.is_object()) {
    const i18n::Text type = type_name(root);
    return fail(1, {"expected an object with \"version\" and \"findings\", found " + type.en,
                    "应为含“version”和“findings”的对象，实际为" + type.zh});
  }
  for (const auto& [key, value] : root.items())
    if (key != "version" && key != "findings")
      return fail(key_line(key), {"unknown key '" + key + "'", "未知的键“" + key + "”"});
  if (!root.contains("version")) return fail(1, {"no \"version\"", "缺少“version”"});
  if (root["version"] != format_version) {
    const std::string given = root["version"].dump();
    const std::string supported = std::to_string(format_version);
    return fail(
        key_line("version"),
        {"unsupported version " + given + " (this seamless reads version " + supported + ")",
         "不支持的版本 " + given + "（此版本的 seamless 读取版本 " + supported + "）"});
  }
  if (!root.contains("findings")) return fail(1, {"no \"findings\"", "缺少“findings”"});
  const json& findings = root["findings"];
  if (!findings.is_array()) {
    const i18n::Text type = type_name(findings);
    return fail(key_line("findings"), {"\"findings\" must be an array, found " + type.en,
                                       "“findings”须为数组，实际为" + type.zh});
  }

  Baseline baseline;
  baseline.path_ = path;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const json& f = findings[i];
    const std::uint32_t at = i < lines.entries.size() ? lines.entries[i] : key_line("findings");
    const i18n::Text which{"finding " + std::to_string(i + 1) + ": ",
                           "第 " + std::to_string(i + 1) + " 个问题："};
    if (!f.is_object()) {
      const i18n::Text type = type_name(f);
      return fail(at, {which.en + "expected an object, found " + type.en,
                       which.zh + "应为对象，实际为" + type.zh});
    }
    for (const auto& [key, value] : f.items())
      if (std::find(std::begin(entry_fields), std::end(entry_fields), key) ==
          std::end(entry_fields))
        return fail(at,
                    {which.en + "unknown key '" + key + "'", which.zh + "未知的键“" + key + "”"});
    BaselineEntry entry;
    std::string* fields[] = {&entry.file, &entry.check, &entry.rule, &entry.element,
                             &entry.message};
    for (std::size_t k = 0; k < std::size(entry_fields); ++k) {
      const char* name = entry_fields[k];
      if (!f.contains(name))
        return fail(
            at, {which.en + "no \"" + name + "\"", which.zh + "缺少“" + std::string(name) + "”"});
      if (!f[name].is_string()) {
        const i18n::Text type = type_name(f[name]);
        return fail(at, {which.en + "\"" + name + "\" must be a string, found " + type.en,
                         which.zh + "“" + std::string(name) + "”须为字符串，实际为" + type.zh});
      }
      *fields[k] = f[name].get<std::string>();
    }
    baseline.entries_.push_back(std::move(entry));
  }
  std::sort(baseline.entries_.begin(), baseline.entries_.end());
  return baseline;
}

Baseline Baseline::record(const RunResult& result, const std::string& path) {
  Baseline baseline;
  baseline.path_ = path;
  for (const ModelResult& m : result.models) {
    const std::string file = baseline_file_key(m.file, path);
    for (const check::CheckResult& c : m.checks)
      for (const check::Finding& f : c.findings) baseline.entries_.push_back(entry_of(file, c, f));
  }
  std::sort(baseline.entries_.begin(), baseline.entries_.end());
  return baseline;
}

void Baseline::write(std::ostream& out) const {
  out << "{\n  \"version\": " << format_version << ",\n  \"findings\": [";
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const BaselineEntry& e = entries_[i];
    const nlohmann::ordered_json entry{{"file", e.file},
                                       {"check", e.check},
                                       {"rule", e.rule},
                                       {"element", e.element},
                                       {"message", e.message}};
    out << (i ? ",\n    " : "\n    ")
        << entry.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
  out << (entries_.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

void Baseline::apply(RunResult& result) const {
  std::map<BaselineEntry, std::size_t> remaining;
  for (const BaselineEntry& e : entries_) ++remaining[e];
  for (ModelResult& m : result.models) {
    const std::string file = baseline_file_key(m.file, path_);
    for (check::CheckResult& c : m.checks)
      for (check::Finding& f : c.findings) {
        auto it = remaining.find(entry_of(file, c, f));
        if (it == remaining.end() || it->second == 0) continue;
        --it->second;
        f.baselined = true;
      }
  }
  result.baseline = true;
}

}  // namespace seamless::report
