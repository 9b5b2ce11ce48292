// Test helper: robustness of a guard parser. Random bytes and random token soups (fixed seeds)
// must always give either a well-formed tree or one error that points inside the text, with
// its message in English and Chinese.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "seamless/expr/syntax.hpp"
#include "support/chinese_text.hpp"
#include "support/parse_function.hpp"

namespace seamless::test {

// How many children a node of the kind has; SIZE_MAX for two or more.
inline std::size_t arity(expr::SyntaxKind k) {
  using K = expr::SyntaxKind;
  switch (k) {
    case K::name:
    case K::integer_literal:
    case K::decimal_literal:
    case K::string_literal:
    case K::true_literal:
    case K::false_literal:
    case K::null_literal:
      return 0;
    case K::logical_not:
    case K::negate:
    case K::empty:
      return 1;
    case K::between:
      return 3;
    case K::in_list:
      return SIZE_MAX;  // two or more
    default:
      return 2;
  }
}

// Returns an empty string when the tree is well formed, else what is wrong.
inline std::string check_tree(const expr::SyntaxNode& n, std::uint32_t limit) {
  if (n.span.begin < 1 || n.span.end <= n.span.begin || n.span.end > limit)
    return "bad span " + std::to_string(n.span.begin) + "-" + std::to_string(n.span.end);
  const std::size_t a = arity(n.kind);
  if (a == SIZE_MAX ? n.children.size() < 2 : n.children.size() != a) return "bad arity";
  for (std::size_t i = 0; i < n.children.size(); ++i) {
    const auto& c = n.children[i];
    if (c.kind == expr::SyntaxKind::range && !(n.kind == expr::SyntaxKind::in_list && i > 0))
      return "range outside a list";
    if (c.span.begin < n.span.begin || c.span.end > n.span.end) return "child outside parent";
    std::string problem = check_tree(c, limit);
    if (!problem.empty()) return problem;
  }
  return {};
}

inline void check_result(ParseFunction parse, const std::string& text) {
  const expr::ParseResult r = parse(text);
  INFO(text);
  REQUIRE(r.tree.has_value() != r.error.has_value());
  const auto limit = static_cast<std::uint32_t>(text.size() + 1);
  if (r.tree) {
    const std::string problem = check_tree(*r.tree, limit);
    INFO(problem);
    REQUIRE(problem.empty());
  } else {
    REQUIRE(r.error->column >= 1);
    REQUIRE(r.error->column <= limit);
    REQUIRE_FALSE(r.error->message.empty());
    INFO(r.error->message);
    REQUIRE(has_chinese(r.error->message_zh));  // every parse error has its Chinese text
  }
}

// What a language writes around an expression: FEEL `=`, JUEL `${` and `}`.
struct Delimiters {
  std::string open;
  std::string close;  // empty if none
};

// 10,000 strings of random bytes (mostly printable), half of them opened, some also closed.
inline void fuzz_random_bytes(ParseFunction parse, const Delimiters& d) {
  std::mt19937 random(20240611);
  std::uniform_int_distribution<int> length(0, 40);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> printable(32, 126);
  for (int i = 0; i < 10000; ++i) {
    std::string text = i % 2 ? d.open : "";
    const int n = length(random);
    for (int k = 0; k < n; ++k) text += static_cast<char>(i % 3 ? printable(random) : byte(random));
    if (i % 4 == 1) text += d.close;
    check_result(parse, text);
  }
}

// 10,000 opened soups of up to 25 words of the vocabulary, three in four closed (if the language
// closes); some must parse.
inline void fuzz_token_soups(ParseFunction parse, const Delimiters& d,
                             const std::vector<std::string>& vocabulary) {
  std::mt19937 random(4242);
  std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
  std::uniform_int_distribution<int> length(0, 25);
  int trees = 0;
  for (int i = 0; i < 10000; ++i) {
    std::string text = d.open;
    const int n = length(random);
    for (int k = 0; k < n; ++k) {
      text += vocabulary[pick(random)];
      if (random() % 2) text += ' ';
    }
    if (!d.close.empty() && random() % 4) text += d.close;
    check_result(parse, text);
    trees += parse(text).tree ? 1 : 0;
  }
  CHECK(trees > 0);  // the soup sometimes makes sense
}

}  // namespace seamless::test
