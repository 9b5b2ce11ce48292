// Diagnostics: problems with the input (XML, BPMN, annotations, configuration) reported as
// gcc-style `file:line:col: severity: message`. One Diagnostics sink per load or run is passed
// by reference; nothing is printed from inside the libraries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seamless::diag {

enum class Severity : std::uint8_t { note, warning, error };

std::string_view to_string(Severity severity);

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  std::uint32_t line = 0;    // 1-based; 0 when the problem concerns the whole file
  std::uint32_t column = 0;  // 1-based, in characters; 0 when unknown
  std::string message;
};

// `file:line:col: severity: message`, leaving out line and column when they are 0.
std::string format(const Diagnostic& diagnostic);

class Diagnostics {
 public:
  void add(Diagnostic diagnostic);
  void error(std::string file, std::uint32_t line, std::uint32_t column, std::string message);
  void warning(std::string file, std::uint32_t line, std::uint32_t column, std::string message);
  void note(std::string file, std::uint32_t line, std::uint32_t column, std::string message);

  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t error_count() const { return errors_; }
  bool has_errors() const { return errors_ > 0; }
  bool empty() const { return items_.empty(); }

  // Appends another sink's diagnostics (e.g. one per file when models load in parallel).
  void merge(const Diagnostics& other);
  // Deterministic order: file, line, column, severity, message.
  void sort();

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

}  // namespace seamless::diag
