// The FEEL parser's state and grammar functions, shared by its source files: parser.cpp (entry,
// the operators by precedence, comparisons), nodes.cpp (ranges, lists), primary.cpp (values and
// the unsupported constructs), unary_tests.cpp (`in`, ranges, `between`). Recursive descent;
// tokens, limits, literals and the operator levels come from expr::parsing::ParserBase.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexer.hpp"
#include "seamless/expr/parsing/parser_base.hpp"
#include "seamless/expr/syntax.hpp"

namespace seamless::plugins::feel {

using expr::Span;
using expr::SyntaxKind;
using expr::SyntaxNode;
using expr::parsing::fail;

bool is_keyword(std::string_view word);
// The check of operators' operands: a range may only be an item of the list after `in`.
void refuse_range(const SyntaxNode& operand);
// "')' to close the '(' at column 3", for `expect`.
i18n::Text closing_parenthesis(const Token& open);

class Parser : expr::parsing::ParserBase<Lexer> {
 public:
  explicit Parser(std::string_view text)
      : ParserBase(text, {"the end of the expression", "表达式末尾"}, refuse_range) {}
  SyntaxNode guard();

 private:
  // Restores the nesting, the depth and the context flags on scope exit.
  class Scope {
   public:
    explicit Scope(Parser& p)
        : depth_(p), p_(p), ranges_(p.ranges_allowed_), range_end_(p.in_range_end_) {}
    ~Scope() {
      p_.ranges_allowed_ = ranges_;
      p_.in_range_end_ = range_end_;
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    ParserBase::Scope depth_;
    Parser& p_;
    bool ranges_;
    bool range_end_;
  };

  bool at_plain_name(std::size_t ahead = 0);  // a name that is not a keyword

  // Nodes (nodes.cpp); operators' nodes (ParserBase) refuse ranges as operands.
  SyntaxNode range(const Token& open, SyntaxNode low, SyntaxNode high, const Token& close) const;
  SyntaxNode bare_range(SyntaxNode low, SyntaxNode high) const;
  SyntaxNode in_list(SyntaxNode subject, std::vector<SyntaxNode> items, std::uint32_t end) const;

  // Operators, lowest precedence first (parser.cpp).
  SyntaxNode expression();  // or, and (levels of ParserBase), then a comparison
  SyntaxNode comparison();
  SyntaxNode arithmetic();  // + -, * / (levels of ParserBase), then unary minus
  SyntaxNode unary();

  // Values (primary.cpp).
  SyntaxNode postfix();
  SyntaxNode primary();
  SyntaxNode name();
  SyntaxNode not_call();
  SyntaxNode parenthesized();
  [[noreturn]] void no_value(const Token& t);

  // Unary tests (unary_tests.cpp).
  SyntaxNode between(SyntaxNode subject);
  SyntaxNode in_test(SyntaxNode subject);
  SyntaxNode in_list_items(SyntaxNode subject, const Token& open);
  SyntaxNode bracket_range();
  SyntaxNode range_high();
  Token range_closer(const Token& open);

  bool ranges_allowed_ = false;  // parsing an item of the list after `in`
  bool in_range_end_ = false;    // parsing a range's high end: `[` closes it, is no filter
};

}  // namespace seamless::plugins::feel
