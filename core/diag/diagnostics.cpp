// Diagnostics sink and gcc-style formatting.
#include "seamless/diag/diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace seamless::diag {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::note:
      return "note";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

std::string format(const Diagnostic& d, i18n::Language language) {
  std::string out = d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  out += ": ";
  out += to_string(d.severity);
  out += ": ";
  out += i18n::pick(language, d.message, d.message_zh);
  return out;
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) ++errors_;
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(std::string file, std::uint32_t line, std::uint32_t column,
                        i18n::Text message) {
  add({Severity::error, std::move(file), line, column, std::move(message.en),
       std::move(message.zh)});
}

void Diagnostics::warning(std::string file, std::uint32_t line, std::uint32_t column,
                          i18n::Text message) {
  add({Severity::warning, std::move(file), line, column, std::move(message.en),
       std::move(message.zh)});
}

void Diagnostics::note(std::string file, std::uint32_t line, std::uint32_t column,
                       i18n::Text message) {
  add({Severity::note, std::move(file), line, column, std::move(message.en),
       std::move(message.zh)});
}

void Diagnostics::merge(const Diagnostics& other) {
  for (const auto& d : other.items_) add(d);
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column, a.severity, a.message) <
           std::tie(b.file, b.line, b.column, b.severity, b.message);
  });
}

}  // namespace seamless::diag
