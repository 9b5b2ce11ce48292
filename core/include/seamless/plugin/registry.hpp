// The registry: what plugins contribute. Guard languages (keyed by expression-language URI and
// short name), checks (keyed by name), output formats (keyed by name), the guard compiler and the
// case solver. The registry, not the plugins, knows the lists; nothing registers itself statically.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "seamless/check/check.hpp"
#include "seamless/diag/diagnostics.hpp"
#include "seamless/explore/case_solver.hpp"
#include "seamless/expr/expr.hpp"
#include "seamless/expr/syntax.hpp"

namespace seamless::report {
class OutputFormat;
}

namespace seamless::plugin {

// A guard language: the expression languages of sequence-flow conditions (FEEL, JUEL). It
// parses a guard's text into a syntax tree; core/expr binds and type-checks it.
class GuardLanguage {
 public:
  virtual ~GuardLanguage() = default;
  virtual std::string_view name() const = 0;                   // short name, e.g. "feel"
  virtual std::vector<std::string> language_uris() const = 0;  // URIs it answers to
  // Whether `text` has the form this language is recognised by (`=...`, `${...}`).
  virtual bool recognises(std::string_view text) const = 0;
  virtual expr::ParseResult parse(std::string_view text) const = 0;
};

// A guard compiled to native code: the case's encoded slots in, the guard's Truth out (as its
// numeric value, see expr::Truth).
using GuardFunction = std::uint8_t (*)(const std::int64_t* slots);

// A guard over many cases at once: for every row r < count (the slots of row r start at
// rows + r * width), sets `bit` in keys[r] when the guard is true for that row.
using GuardBatchFunction = void (*)(const std::int64_t* rows, std::uint64_t width,
                                    std::uint64_t count, std::uint64_t bit, std::uint64_t* keys);

// Native code for a set of guards; owns the code, which lives as long as this object.
class CompiledGuards {
 public:
  virtual ~CompiledGuards() = default;
  virtual std::size_t size() const = 0;
  virtual GuardFunction function(std::size_t index) const = 0;
  // The guard's loop over rows with its body inlined (replay's bulk evaluation).
  virtual GuardBatchFunction batch_function(std::size_t index) const = 0;
};

// Compiles a model's guards to native code for bulk evaluation (replay, large state spaces).
class GuardCompiler {
 public:
  virtual ~GuardCompiler() = default;
  virtual std::string_view name() const = 0;
  // All guards in one module; nullptr with `error` set when compilation fails.
  virtual std::unique_ptr<CompiledGuards> compile(const std::vector<const expr::Expr*>& guards,
                                                  std::string& error) const = 0;
};

// Who registered what, for `seamless plugins` and for messages about conflicts.
struct Contribution {
  std::string kind;  // "check", "guard-language", "output-format", "guard-compiler"
  std::string name;
  std::string summary;
  std::string plugin;
};

class Registry {
 public:
  Registry();
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  // Registration. A name already taken keeps its first owner; the conflict is reported.
  void add_check(std::unique_ptr<check::Check> check);
  void add_guard_language(std::unique_ptr<GuardLanguage> language);
  void add_output_format(std::unique_ptr<report::OutputFormat> format);
  void set_guard_compiler(std::unique_ptr<GuardCompiler> compiler);
  // The solver for case data (cells of guard atoms, concrete witnesses): the `smt` plugin, loaded
  // on demand for models with guards.
  void set_case_solver(std::unique_ptr<explore::CaseSolver> solver, std::string name);

  // Lookup. Lists are sorted by name.
  std::vector<const check::Check*> checks() const;
  const check::Check* find_check(std::string_view name) const;
  const GuardLanguage* find_guard_language(std::string_view uri_or_name) const;
  const report::OutputFormat* find_output_format(std::string_view name) const;
  std::vector<const report::OutputFormat*> output_formats() const;
  const GuardCompiler* guard_compiler() const { return compiler_.get(); }
  const explore::CaseSolver* case_solver() const { return case_solver_.get(); }
  const std::vector<Contribution>& contributions() const { return contributions_; }

  // Set by the host while a plugin's register function runs.
  void set_current_plugin(std::string name) { current_plugin_ = std::move(name); }
  // Conflicts reported since the last call.
  diag::Diagnostics take_diagnostics() { return std::exchange(diagnostics_, {}); }

 private:
  bool claim(std::string kind, std::string name, std::string summary);
  std::vector<std::unique_ptr<check::Check>> checks_;
  std::vector<std::unique_ptr<GuardLanguage>> languages_;
  std::vector<std::unique_ptr<report::OutputFormat>> formats_;
  std::unique_ptr<GuardCompiler> compiler_;
  std::unique_ptr<explore::CaseSolver> case_solver_;
  std::vector<Contribution> contributions_;
  std::string current_plugin_ = "builtin";
  diag::Diagnostics diagnostics_;
};

}  // namespace seamless::plugin
