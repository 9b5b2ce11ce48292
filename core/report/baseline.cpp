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

// "parse error at line 3, column 7: syntax error ..." from the JSON library, taken apart.
diag::Diagnostic syntax_error(const std::string& path, const std::string& what) {
  diag::Diagnostic d{diag::Severity::error, path, 0, 0, "malformed baseline: "};
  const std::size_t at = what.find("parse error at line ");
  unsigned line = 0, column = 0;
  if (at != std::string::npos &&
      std::sscanf(what.c_str() + at, "parse error at line %u, column %u", &line, &column) == 2) {
    d.line = line;
    d.column = column;
    const std::size_t colon = what.find(": ", at);
    d.message += colon == std::string::npos ? what : what.substr(colon + 2);
  } else {
    d.message += what;
  }
  return d;
}

std::string type_name(const json& j) {
  return std::string(j.type_name());
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
  if (!in) {
    diagnostics.error(path, 0, 0, "cannot read the baseline");
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    diagnostics.error(path, 0, 0, "cannot read the baseline");
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
  auto fail = [&](std::uint32_t at, const std::string& message) {
    diagnostics.error(path, at, 0, "malformed baseline: " + message);
    return std::nullopt;
  };
  auto key_line = [&](const std::string& key) {
    auto it = lines.keys.find(key);
    return it == lines.keys.end() ? 1u : it->second;
  };
  if (!root.is_object())
    return fail(1,
                "expected an object with \"version\" and \"findings\", found " + type_name(root));
  for (const auto& [key, value] : root.items())
    if (key != "version" && key != "findings")
      return fail(key_line(key), "unknown key '" + key + "'");
  if (!root.contains("version")) return fail(1, "no \"version\"");
  if (root["version"] != format_version)
    return fail(key_line("version"), "unsupported version " + root["version"].dump() +
                                         " (this seamless reads version " +
                                         std::to_string(format_version) + ")");
  if (!root.contains("findings")) return fail(1, "no \"findings\"");
  const json& findings = root["findings"];
  if (!findings.is_array())
    return fail(key_line("findings"),
                "\"findings\" must be an array, found " + type_name(findings));

  Baseline baseline;
  baseline.path_ = path;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const json& f = findings[i];
    const std::uint32_t at = i < lines.entries.size() ? lines.entries[i] : key_line("findings");
    const std::string which = "finding " + std::to_string(i + 1) + ": ";
    if (!f.is_object()) return fail(at, which + "expected an object, found " + type_name(f));
    for (const auto& [key, value] : f.items())
      if (std::find(std::begin(entry_fields), std::end(entry_fields), key) ==
          std::end(entry_fields))
        return fail(at, which + "unknown key '" + key + "'");
    BaselineEntry entry;
    std::string* fields[] = {&entry.file, &entry.check, &entry.rule, &entry.element,
                             &entry.message};
    for (std::size_t k = 0; k < std::size(entry_fields); ++k) {
      const char* name = entry_fields[k];
      if (!f.contains(name)) return fail(at, which + "no \"" + name + "\"");
      if (!f[name].is_string())
        return fail(at, which + "\"" + name + "\" must be a string, found " + type_name(f[name]));
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
