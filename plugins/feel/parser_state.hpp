// The FEEL parser's state and grammar functions, shared by its source files: parser.cpp
// (entry, operators), primary.cpp (values and the unsupported constructs), unary_tests.cpp
// (`in`, ranges, `between`). Recursive descent, one function per precedence level.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "lexer.hpp"
#include "seamless/expr/syntax.hpp"

namespace seamless::plugins::feel {

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
  // Restores the nesting depth and the context flags on scope exit.
  class Scope {
   public:
    explicit Scope(Parser& p)
        : p_(p),
          nesting_(p.nesting_),
          depth_(p.depth_),
          ranges_(p.ranges_allowed_),
          range_end_(p.in_range_end_) {}
    ~Scope() {
      p_.nesting_ = nesting_;
      p_.depth_ = depth_;
      p_.ranges_allowed_ = ranges_;
      p_.in_range_end_ = range_end_;
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    Parser& p_;
    int nesting_;
    int depth_;
    bool ranges_;
    bool range_end_;
  };

  // Tokens.
  const Token& peek(std::size_t ahead = 0);
  Token take();
  bool at(TokenKind kind, std::size_t ahead = 0) { return peek(ahead).kind == kind; }
  bool at_word(std::string_view word, std::size_t ahead = 0);
  bool at_plain_name(std::size_t ahead = 0);  // a name that is not a keyword
  Token expect(TokenKind kind, const std::string& what);
  void nest();    // one level of recursion deeper (and of the tree)
  void deeper();  // one operator deeper in the tree
  [[noreturn]] void fail(std::uint32_t column, std::string message) const;
  std::string describe(const Token& t) const;
  std::string text_of(const Span& span) const { return lexer_.text_of(span.begin, span.end); }

  // Nodes. `make` refuses ranges as operands: they may only be items after `in`.
  SyntaxNode make(SyntaxKind kind, Span span, std::vector<SyntaxNode> children) const;
  SyntaxNode leaf(SyntaxKind kind, const Token& t, std::string text) const;
  SyntaxNode binary(SyntaxKind kind, SyntaxNode left, SyntaxNode right) const;
  SyntaxNode range(const Token& open, SyntaxNode low, SyntaxNode high, const Token& close) const;
  SyntaxNode bare_range(SyntaxNode low, SyntaxNode high) const;

  // Operators, lowest precedence first (parser.cpp).
  SyntaxNode expression();
  SyntaxNode disjunction();
  SyntaxNode conjunction();
  SyntaxNode comparison();
  SyntaxNode additive();
  SyntaxNode multiplicative();
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

  Lexer lexer_;
  std::deque<Token> ahead_;
  Token previous_;
  bool has_previous_ = false;
  int nesting_ = 0;
  int depth_ = 0;
  bool ranges_allowed_ = false;  // parsing an item of the list after `in`
  bool in_range_end_ = false;    // parsing a range's high end: `[` closes it, is no filter
};

}  // namespace seamless::plugins::feel
