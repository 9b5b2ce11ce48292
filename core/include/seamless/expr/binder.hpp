// Binding a guard's syntax tree to the typed IR: names to slots, literals encoded, types
// checked, `in`/`between` lowered to comparisons, implicit integer -> decimal promotion made
// explicit. A name with no reform:variable declaration is a warning; the variable is added to
// the Environment with the type its use implies (unconstrained domain).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "seamless/expr/environment.hpp"
#include "seamless/expr/expr.hpp"
#include "seamless/expr/syntax.hpp"

namespace seamless::expr {

struct BindMessage {
  diag::Severity severity = diag::Severity::error;
  std::uint32_t column = 0;  // in the guard text, 1-based
  std::string message;
  std::string message_zh{};  // the message in Chinese
};

struct BindResult {
  std::optional<Expr> expr;  // set unless an error occurred
  std::vector<BindMessage> messages;
};

// Binds `tree` (parsed from `text`). A guard must be boolean (a condition); with
// `require_condition` false any type is accepted (`seamless eval`).
BindResult bind(const SyntaxNode& tree, std::string text, Environment& environment,
                bool require_condition = true);

}  // namespace seamless::expr
