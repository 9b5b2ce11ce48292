// Diagnostics: problems with the input (XML, BPMN, annotations, configuration) reported as
// gcc-style `file:line:col: severity: message`. One Diagnostics sink per load or run is passed
// by reference; nothing is printed from inside the libraries.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/i18n/text.hpp"

namespace seamless::diag {

enum class Severity : std::uint8_t { note, warning, error };

std::string_view to_string(Severity severity);

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  std::uint32_t line = 0;    // 1-based; 0 when the problem concerns the whole file
  std::uint32_t column = 0;  // 1-based, in characters; 0 when unknown
  std::string message;
  std::string message_zh{};  // the message in Chinese; empty: shown in English
};

// `file:line:col: severity: message`, leaving out line and column when they are 0. The severity
// stays English in every language (editors and CI match it); the message is in `language`.
std::string format(const Diagnostic& diagnostic, i18n::Language language = i18n::Language::en);

class Diagnostics {
 public:
  void add(Diagnostic diagnostic);
  // A message in English and Chinese (i18n/text.hpp): error(file, 3, 7, {"... en", "…… zh"}).
  void error(std::string file, std::uint32_t line, std::uint32_t column, i18n::Text message);
  void warning(std::string file, std::uint32_t line, std::uint32_t column, i18n::Text message);
  void note(std::string file, std::uint32_t line, std::uint32_t column, i18n::Text message);
  // A message in English only (shown in English whatever the language).
  template <std::convertible_to<std::string> Message>
  void error(std::string file, std::uint32_t line, std::uint32_t column, Message&& message) {
    error(std::move(file), line, column, english(std::forward<Message>(message)));
  }
  template <std::convertible_to<std::string> Message>
  void warning(std::string file, std::uint32_t line, std::uint32_t column, Message&& message) {
    warning(std::move(file), line, column, english(std::forward<Message>(message)));
  }
  template <std::convertible_to<std::string> Message>
  void note(std::string file, std::uint32_t line, std::uint32_t column, Message&& message) {
    note(std::move(file), line, column, english(std::forward<Message>(message)));
  }

  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t error_count() const { return errors_; }
  bool has_errors() const { return errors_ > 0; }
  bool empty() const { return items_.empty(); }

  // Appends another sink's diagnostics (e.g. one per file when models load in parallel).
  void merge(const Diagnostics& other);
  // Deterministic order: file, line, column, severity, message.
  void sort();

 private:
  template <class Message>
  static i18n::Text english(Message&& message) {
    return {std::string(std::forward<Message>(message)), ""};
  }
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

}  // namespace seamless::diag
