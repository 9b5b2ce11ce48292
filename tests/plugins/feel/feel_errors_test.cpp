// FEEL parser: unsupported constructs and malformed guards give one error whose message names
// the construct and whose column points at it.
#include <catch2/catch.hpp>

#include "parser.hpp"
#include "support/parse_cases.hpp"

using seamless::plugins::feel::parse;

namespace {

const seamless::test::ErrorChecks check_all(seamless::plugins::feel::parse);

}  // namespace

TEST_CASE("feel: unsupported constructs are named", "[feel]") {
  check_all({
      {"=contains(x, \"a\")", 2, "function call 'contains' is not supported"},
      {"=x > 1 and f()", 12, "function call 'f' is not supported"},
      {"=starts with(x, \"a\")", 2, "function call 'starts with' is not supported"},
      {"=date and time(\"2020-01-01T00:00\")", 2, "function call 'date and time' is not supported"},
      {"=a.b(1)", 2, "function call 'a.b' is not supported"},
      {"=a ** 2", 4, "'**' (exponentiation) is not supported"},
      {"=if a then b else c", 2, "'if' expressions are not supported"},
      {"=for x in y return x", 2, "'for' expressions are not supported"},
      {"=some x in y satisfies x", 2, "quantified expressions ('some') are not supported"},
      {"=every x in y satisfies x", 2, "quantified expressions ('every') are not supported"},
      {"=function(x) x", 2, "function definitions are not supported"},
      {"=a.b", 2, "path expression 'a.b' is not supported"},
      {"=x > 1 and a.b.c", 12, "path expression 'a.b.c' is not supported"},
      {"=(a).b", 2, "path expression '(a).b' is not supported"},
      {"=a[1]", 3, "filter expression 'a[...]' is not supported"},
      {"=x instance of number", 4, "'instance of' is not supported"},
      {"=[1, 2]", 2, "lists and ranges ('[...]') are only supported after 'in'"},
      {"=[1..5]", 2, "lists and ranges ('[...]') are only supported after 'in'"},
      {"=1..2", 3, "ranges ('..') are only supported after 'in'"},
      {"={a: 1}", 2, "context literals ('{...}') are not supported"},
      {"=@\"2020-01-01\"", 2, "date/time literals ('@\"...\"') are not supported"},
      {"=`a b` > 1", 2, "names in backquotes are not supported"},
      {"=?", 2, "'?' (the input value of unary tests) is not supported"},
      {"=a % 2", 4, "'%' (modulo) is not supported"},
      {"=1e3", 2, "exponent notation is not supported"},
      {"= < 5", 3, "unary test '<' is not supported: write a whole comparison such as 'x < 5'"},
      {"=x in < 5", 7,
       "unary test '<' after 'in' is not supported: write 'x < 5' instead of 'x in < 5'"},
      {"=not(a, b)", 7, "not(...) with several unary tests is not supported"},
      {"=not x", 2, "'not' must be followed by '(': write not(expression)"},
  });
}

TEST_CASE("feel: operators of other languages get a hint", "[feel]") {
  check_all({
      {"=a == 1", 4, "'==' is not FEEL: compare with '='"},
      {"=a && b", 4, "'&&' is not FEEL: use 'and'"},
      {"=a || b", 4, "'||' is not FEEL: use 'or'"},
      {"=!a", 2, "'!' is not FEEL: negate with not(...)"},
      {"='abc'", 2, "FEEL strings are written in double quotes, not single quotes"},
  });
}

TEST_CASE("feel: missing operators", "[feel]") {
  // `a b` is one name with a space (the binder tells a missing operator from the declarations).
  check_all({
      {"=1 x", 4, "unexpected 'x' after a complete expression (missing operator?)"},
      {"=1 2", 4, "unexpected '2' after a complete expression"},
      {"=a > 1 then", 8, "unexpected 'then' after a complete expression"},
  });
}

TEST_CASE("feel: strings and characters that do not lex", "[feel]") {
  check_all({
      {"=\"abc", 2, "unterminated string: '\"' without its closing '\"'"},
      {"=x = \"abc\\\"", 6, "unterminated string: '\"' without its closing '\"'"},
      {"=\"\\q\"", 3,
       "unknown escape '\\q' in a string (FEEL has \\\", \\\\, \\n, \\r, \\t, \\' and \\uXXXX)"},
      {"=\"\\u12\"", 3, "escape '\\u' needs four hexadecimal digits"},
      {"=\"\\uD800\"", 3, "escape '\\uD800' is half of a surrogate pair"},
      {"=#", 2, "unexpected character '#'"},
      {"=a; b", 3, "unexpected character ';'"},
      {"=\x01", 2, "unexpected character U+0001"},
      {"=a \xFF", 4, "unexpected byte 0xFF (not UTF-8)"},
      {"=\"a\xFF\"", 4, "unexpected byte 0xFF (not UTF-8) in a string"},
      {"=a，b", 3, "unexpected character '，' (U+FF0C); did you mean ','?"},
      {"=/* x", 2, "unterminated comment: '/*' without '*/'"},
  });
}

TEST_CASE("feel: unexpected ends, unmatched brackets and trailing input", "[feel]") {
  check_all({
      {"", 1, "the expression is empty"},
      {"=", 2, "the expression is empty"},
      {"=   ", 5, "the expression is empty"},
      {"=a >", 5, "unexpected end of the expression after '>'"},
      {"=a or", 6, "unexpected end of the expression after 'or'"},
      {"=x in", 6, "unexpected end of the expression after 'in'"},
      {"=(a", 4, "expected ')' to close the '(' at column 2 but found the end of the expression"},
      {"=a)", 3, "unmatched ')'"},
      {"=a ]", 4, "unexpected ']' after a complete expression"},
      {"=and", 2, "expected a value but found 'and'"},
      {"=a * / b", 6, "expected a value but found '/'"},
      {"=x between 1 or 5", 14,
       "expected 'and' between the bounds of the 'between' at column 4 but found 'or'"},
  });
}

TEST_CASE("feel: malformed lists and ranges after in", "[feel]") {
  check_all({
      {"=x in ()", 8, "expected a value but found ')'"},
      {"=x in [1, 2, ]", 14, "expected a value but found ']'"},
      {"=x in [1, 2", 12,
       "expected ',' or ']' in the list that starts at column 7 but found the end of the "
       "expression"},
      {"=x in (1,2", 11,
       "expected ',' or ')' in the list that starts at column 7 but found the end of the "
       "expression"},
      {"=x in [1..5", 12,
       "expected ']', ')' or '[' to close the range that starts at column 7 but found the end "
       "of the expression"},
      {"=x in [1..2..3]", 12,
       "expected ']', ')' or '[' to close the range that starts at column 7 but found '..'"},
      {"=x in ]1, 2[", 9, "expected '..' in the range that starts at column 7 but found ','"},
      {"=x in (1..5, 7)", 9, "a range in a '(...)' list needs its own brackets, e.g. [1..5]"},
      {"=x in (1, 2..3)", 12, "a range in a '(...)' list needs its own brackets, e.g. [1..5]"},
      {"=x in [[1, 2]]", 8, "a list cannot be an item of the list after 'in'"},
      {"=x in ([1..5] = y)", 8, "a range can only be an item of the list after 'in'"},
      {"=x in [[1..2]..3]", 8, "a range cannot be an end of another range"},
  });
}

TEST_CASE("feel: comparisons do not chain", "[feel]") {
  check_all({
      {"=a < b < c", 8,
       "chained comparison: '<' cannot follow another comparison; combine comparisons with "
       "'and'"},
      {"=x in (1,2) = true", 13,
       "chained comparison: '=' cannot follow another comparison; combine comparisons with "
       "'and'"},
      {"=x in [1..5] in [2..3]", 14,
       "chained comparison: 'in' cannot follow another comparison; combine comparisons with "
       "'and'"},
  });
}

TEST_CASE("feel: nesting deeper than the limits is an error, not a crash", "[feel]") {
  const std::string parens = "=" + std::string(100000, '(') + "a" + std::string(100000, ')');
  auto r = parse(parens);
  REQUIRE(r.error);
  CHECK(r.error->message == "the expression is nested too deeply (more than 100 levels)");
  CHECK(r.error->column == 103);  // the 101st parenthesis
  CHECK_FALSE(parse("=" + std::string(100, '(') + "a" + std::string(100, ')')).error);

  std::string chain = "=a";
  for (int i = 0; i < 100000; ++i) chain += " + a";
  r = parse(chain);
  REQUIRE(r.error);
  CHECK(r.error->message ==
        "the expression has too many operators (more than 1000 one inside the other)");

  CHECK(parse("=" + std::string(100000, '-') + "a").error);
  std::string nots;
  for (int i = 0; i < 50000; ++i) nots += "not(";
  CHECK(parse("=" + nots + "a").error);
  std::string lists = "=x";
  for (int i = 0; i < 50000; ++i) lists += " in (x";
  CHECK(parse(lists).error);

  // Within the limits.
  CHECK(parse("=" + std::string(90, '(') + "a" + std::string(90, ')')).tree);
  std::string ors = "=x = 0";
  for (int i = 1; i < 900; ++i) ors += " or x = " + std::to_string(i);
  CHECK(parse(ors).tree);
}
