// The guards of a model, parsed by the guard-language plugins and bound to the typed IR: per
// process one Environment (its reform:variable declarations plus inferred undeclared names)
// and, per conditional sequence flow, the Expr or the reason it cannot be analysed. A condition
// in a language no plugin knows is a label (its choice is free, spec/properties.md); checks that
// depend on a guard that does not parse or type-check must answer inconclusive, never pass.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "seamless/diag/diagnostics.hpp"
#include "seamless/expr/environment.hpp"
#include "seamless/expr/expr.hpp"
#include "seamless/model/model.hpp"
#include "seamless/plugin/registry.hpp"

namespace seamless::guards {

enum class GuardStatus : std::uint8_t {
  ok,
  unknown_language,  // no plugin for its language (e.g. XPath, free text): a label, a free choice
  parse_error,       // the language plugin rejected it (syntax or unsupported construct)
  type_error,        // it parsed but does not type-check
};
std::string_view to_string(GuardStatus status);

struct FlowGuard {
  model::Index flow = model::no_index;
  std::string language;  // the plugin's short name ("feel", "juel") when known
  GuardStatus status = GuardStatus::ok;
  std::optional<expr::Expr> expr;
  std::string problem;       // why it is not ok
  std::string problem_zh;    // the same in Chinese
  std::uint32_t column = 0;  // where in the guard text the problem is (1-based), 0 if n/a
};

struct ProcessGuards {
  model::Index process = model::no_index;
  expr::Environment environment;
  std::vector<FlowGuard> guards;  // the process's conditional flows, in flow order
};

struct ModelGuards {
  std::vector<ProcessGuards> processes;  // parallel to Model::processes
  const FlowGuard* find(model::Index flow) const;
  bool all_ok() const;
};

// The registered language whose form `text` has (`=...` FEEL, `${...}` JUEL), or nullptr.
const plugin::GuardLanguage* recognise_language(std::string_view text,
                                                const plugin::Registry& registry);

// Parses and binds every guard of the model. Problems become diagnostics at the condition's
// line: unknown languages are warnings (the condition is read as a label), parse and type errors
// are errors (with the column inside the guard), undeclared variables are warnings.
ModelGuards compile_model_guards(const model::Model& model, const plugin::Registry& registry,
                                 diag::Diagnostics& diagnostics);

}  // namespace seamless::guards
