// The machinery every recursive-descent guard parser shares: its tokens (TokenCursor), the
// nesting and depth counts against the limits with a Scope that restores them, the literals the
// languages write alike, operator nodes (with the language's check of operands), and levels of
// left-associative binary operators and of prefix operators. A language's parser derives from it
// and adds its grammar.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "seamless/expr/parsing/failure.hpp"
#include "seamless/expr/parsing/limits.hpp"
#include "seamless/expr/parsing/literals.hpp"
#include "seamless/expr/parsing/nodes.hpp"
#include "seamless/expr/parsing/operators.hpp"
#include "seamless/expr/parsing/token_cursor.hpp"

namespace seamless::expr::parsing {

template <class Lexer>
class ParserBase : public TokenCursor<Lexer> {
 public:
  using typename TokenCursor<Lexer>::Token;
  using typename TokenCursor<Lexer>::Kind;
  // Fails for an operand the language does not allow under an operator (FEEL: a range).
  using OperandCheck = void (*)(const SyntaxNode& operand);

  // `end_name` names the end of the text in messages (see TokenCursor).
  ParserBase(std::string_view text, i18n::Text end_name, OperandCheck check = nullptr)
      : TokenCursor<Lexer>(text, std::move(end_name)), check_(check) {}

  // Restores the nesting and depth on scope exit.
  class Scope {
   public:
    explicit Scope(ParserBase& p) : p_(p), nesting_(p.nesting_), depth_(p.depth_) {}
    ~Scope() {
      p_.nesting_ = nesting_;
      p_.depth_ = depth_;
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    ParserBase& p_;
    int nesting_;
    int depth_;
  };

  // One level of recursion deeper (and of the tree).
  void nest() {
    // The outermost expression is not a nesting level; parentheses and prefixes inside it are.
    if (++nesting_ > max_nesting + 1) fail(this->peek().begin, nested_too_deeply());
    deeper();
  }
  // One operator deeper in the tree.
  void deeper() {
    if (++depth_ > max_depth) fail(this->peek().begin, too_many_operators());
  }

  // The literal at the cursor, taken: a number, a string, `true`, `false` or `null`.
  std::optional<SyntaxNode> literal() {
    const Token& t = this->peek();
    std::optional<SyntaxKind> kind;
    if (t.kind == Kind::integer) kind = SyntaxKind::integer_literal;
    if (t.kind == Kind::decimal) kind = SyntaxKind::decimal_literal;
    if (t.kind == Kind::string) kind = SyntaxKind::string_literal;
    if (t.kind == Kind::name) kind = word_literal(t.text);
    if (!kind) return std::nullopt;
    const Token taken = this->take();
    return leaf(*kind, span_of(taken), taken.kind == Kind::name ? std::string() : taken.text);
  }

  // An operator's node; each operand passes the language's check first.
  SyntaxNode operation(SyntaxKind kind, Span span, std::vector<SyntaxNode> operands) const {
    if (check_)
      for (const SyntaxNode& operand : operands) check_(operand);
    return node(kind, span, std::move(operands));
  }
  // From the operator at `begin` to the end of the operand.
  SyntaxNode prefix(SyntaxKind kind, std::uint32_t begin, SyntaxNode operand) const {
    const Span span{begin, operand.span.end};
    return operation(kind, span, children(std::move(operand)));
  }
  SyntaxNode binary(SyntaxKind kind, SyntaxNode left, SyntaxNode right) const {
    const Span span{left.span.begin, right.span.end};
    return operation(kind, span, children(std::move(left), std::move(right)));
  }

  // The operator of the list at the cursor, if any (not taken).
  std::optional<SyntaxKind> operator_at(std::span<const Operator<Kind>> operators) {
    for (const Operator<Kind>& op : operators)
      if ((op.token && this->at(*op.token)) || (!op.word.empty() && this->at_word(op.word)))
        return op.kind;
    return std::nullopt;
  }
  // One precedence level of left-associative binary operators: `operand()` parses an operand
  // (the next level up), joined by any of the operators.
  template <class Operand>
  SyntaxNode binary_level(std::span<const Operator<Kind>> operators, Operand operand) {
    Scope scope(*this);
    SyntaxNode left = operand();
    while (const std::optional<SyntaxKind> kind = operator_at(operators)) {
      this->take();
      deeper();
      left = binary(*kind, std::move(left), operand());
    }
    return left;
  }
  // Levels of left-associative binary operators, lowest precedence first, over `operand()`.
  template <class Operand>
  SyntaxNode binary_levels(std::span<const std::span<const Operator<Kind>>> levels,
                           Operand operand) {
    if (levels.empty()) return operand();
    return binary_level(levels.front(), [&] { return binary_levels(levels.subspan(1), operand); });
  }
  // Prefix operators, any number of them (each one nesting deeper), before an `operand()`.
  template <class Operand>
  SyntaxNode prefix_level(std::span<const Operator<Kind>> operators, Operand operand) {
    const std::optional<SyntaxKind> kind = operator_at(operators);
    if (!kind) return operand();
    Scope scope(*this);
    const Token op = this->take();
    nest();
    return prefix(*kind, op.begin, prefix_level(operators, operand));
  }

 private:
  OperandCheck check_;
  int nesting_ = 0;
  int depth_ = 0;
};

}  // namespace seamless::expr::parsing
