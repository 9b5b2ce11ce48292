// The JUEL parser's state and grammar functions, shared by its source files: parser.cpp (entry,
// operators) and primary.cpp (values and the unsupported constructs). Recursive descent, one
// function per precedence level, Java's precedence.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexer.hpp"
#include "seamless/expr/syntax.hpp"

namespace seamless::plugins::juel {

using expr::Span;
using expr::SyntaxKind;
using expr::SyntaxNode;

// Thrown to abandon parsing at the first error.
struct Failure {
  std::uint32_t column;
  std::string message;
};

// Limits, so that no input exhausts the stack of the parser or of what walks its trees: nesting
// (parentheses, unary operators: recursion in the parser) and the depth of the tree (nesting
// plus chains of binary operators, which make left-deep trees).
inline constexpr int max_nesting = 100;
inline constexpr int max_depth = 1000;

bool is_keyword(std::string_view word);

class Parser {
 public:
  explicit Parser(std::string_view text) : lexer_(text) {}
  SyntaxNode guard();

 private:
  // Restores the nesting and depth on scope exit.
  class Scope {
   public:
    explicit Scope(Parser& p) : p_(p), nesting_(p.nesting_), depth_(p.depth_) {}
    ~Scope() {
      p_.nesting_ = nesting_;
      p_.depth_ = depth_;
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    Parser& p_;
    int nesting_;
    int depth_;
  };

  // Tokens.
  const Token& peek(std::size_t ahead = 0);
  Token take();
  bool at(TokenKind kind, std::size_t ahead = 0) { return peek(ahead).kind == kind; }
  bool at_word(std::string_view word, std::size_t ahead = 0);
  Token expect(TokenKind kind, const std::string& what);
  void nest();    // one level of recursion deeper (and of the tree)
  void deeper();  // one operator deeper in the tree
  [[noreturn]] void fail(std::uint32_t column, std::string message) const;
  // The message for a token that starts a construct JUEL has but this subset does not.
  std::optional<std::string> unsupported(const Token& t) const;
  std::string describe(const Token& t) const;
  std::string text_of(const Span& span) const { return lexer_.text_of(span.begin, span.end); }

  // Nodes.
  SyntaxNode leaf(SyntaxKind kind, const Token& t, std::string text) const;
  SyntaxNode unary_node(SyntaxKind kind, const Token& op, SyntaxNode operand) const;
  SyntaxNode binary(SyntaxKind kind, SyntaxNode left, SyntaxNode right) const;

  // Operators, lowest precedence first (parser.cpp).
  SyntaxNode expression();
  SyntaxNode disjunction();
  SyntaxNode conjunction();
  SyntaxNode equality();
  SyntaxNode relational();
  SyntaxNode additive();
  SyntaxNode multiplicative();
  SyntaxNode unary();

  // Values (primary.cpp).
  SyntaxNode postfix();
  SyntaxNode primary();
  SyntaxNode name();
  SyntaxNode parenthesized();
  bool at_lambda();
  [[noreturn]] void no_value(const Token& t);

  Lexer lexer_;
  std::deque<Token> ahead_;
  Token previous_;
  bool has_previous_ = false;
  int nesting_ = 0;
  int depth_ = 0;
};

}  // namespace seamless::plugins::juel
