// FEEL parser robustness: random bytes and random token soups (fixed seed) always give either a
// tree or one error, never a crash or a hang; trees are well formed and errors point inside the
// text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parser.hpp"
#include "support/parser_fuzz.hpp"

using seamless::plugins::feel::parse;

namespace {

const seamless::test::Delimiters delimiters{"=", ""};

}  // namespace

TEST_CASE("feel: 10,000 random byte strings never crash", "[feel][fuzz]") {
  seamless::test::fuzz_random_bytes(parse, delimiters);
}

TEST_CASE("feel: 10,000 random token soups never crash", "[feel][fuzz]") {
  const std::vector<std::string> vocabulary = {
      "=",  "x",     "面积", "a.b", "f(",   "(",        ")",  "[",        "]",    "..",
      ",",  "in",    "not",  "and", "or",   "between",  "1",  "2.5",      ".5",   "\"s\"",
      "\"", "\\",    "-",    "+",   "*",    "/",        "**", "<",        "<=",   ">",
      ">=", "!=",    "@",    "{",   "}",    " ",        "if", "then",     "true", "null",
      "?",  "//",    "/*",   "*/",  "\xFF", "\xE4\xB8", "，", "instance", "of",   "some",
      "\n", "\"\\u", "1e5",  "`",   "'",    "==",       "&&", "|",        "x?",   "$"};
  seamless::test::fuzz_token_soups(parse, delimiters, vocabulary);
}
