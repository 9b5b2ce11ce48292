// JUEL parser robustness: random bytes and random token soups (fixed seed) always give either a
// tree or one error, never a crash or a hang; trees are well formed and errors point inside the
// text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parser.hpp"
#include "support/parser_fuzz.hpp"

using seamless::plugins::juel::parse;

namespace {

const seamless::test::Delimiters delimiters{"${", "}"};

}  // namespace

TEST_CASE("juel: 10,000 random byte strings never crash", "[juel][fuzz]") {
  seamless::test::fuzz_random_bytes(parse, delimiters);
}

TEST_CASE("juel: 10,000 random token soups never crash", "[juel][fuzz]") {
  const std::vector<std::string> vocabulary = {
      "${",    "#{",       "}",   "x",    "面积", "a.b",        "f(",  "(",     ")",     "[",  "]",
      ",",     "&&",       "||",  "!",    "and",  "or",         "not", "eq",    "ne",    "lt", "ge",
      "empty", "div",      "mod", "1",    "2.5",  ".5",         "1.",  "'s'",   "\"s\"", "'",  "\"",
      "\\",    "-",        "+",   "*",    "/",    "%",          "==",  "!=",    "<",     "<=", ">",
      ">=",    "?",        ":",   ";",    "=",    "+=",         "->",  "{",     "$",     "#",  " ",
      "\xFF",  "\xE4\xB8", "，",  "true", "null", "instanceof", "1e5", "fn:f(", "\n"};
  seamless::test::fuzz_token_soups(parse, delimiters, vocabulary);
}
