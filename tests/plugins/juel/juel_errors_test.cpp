// JUEL parser: unsupported constructs and malformed guards give one error whose message names
// the construct and whose column points at it.
#include <catch2/catch.hpp>

#include "parser.hpp"
#include "support/parse_cases.hpp"

using seamless::plugins::juel::parse;

namespace {

const seamless::test::ErrorChecks check_all(seamless::plugins::juel::parse);

}  // namespace

TEST_CASE("juel: unsupported constructs are named", "[juel]") {
  check_all({
      {"${x.equals('a')}", 5, "method call 'equals' is not supported"},
      {"${execution.getVariable(\"x\")}", 13, "method call 'getVariable' is not supported"},
      {"${a.b}", 3, "property access 'a.b' is not supported"},
      {"${x > 1 && a.b.c()}", 12, "property access 'a.b' is not supported"},
      {"${(a).b}", 3, "property access '(a).b' is not supported"},
      {"${a[0]}", 4, "index access 'a[...]' is not supported"},
      {"${a['k']}", 4, "index access 'a[...]' is not supported"},
      {"${f(1)}", 3, "function call 'f' is not supported"},
      {"${fn:contains(a, 'b')}", 3, "function call 'fn:contains' is not supported"},
      {"${a ? b : c}", 5, "conditional expression '? :' is not supported"},
      {"${x -> x + 1}", 3, "lambda expressions ('->') are not supported"},
      {"${(x, y) -> x}", 3, "lambda expressions ('->') are not supported"},
      {"${() -> 1}", 3, "lambda expressions ('->') are not supported"},
      {"${a instanceof B}", 5, "'instanceof' is not supported"},
      {"${a = 1}", 5, "assignment '=' is not supported: compare with '=='"},
      {"${a += 'x'}", 5, "'+=' (string concatenation) is not supported"},
      {"${a; b}", 4, "';' (a sequence of expressions) is not supported"},
      {"${[1, 2]}", 3, "collection literals ('[...]', '{...}') are not supported"},
      {"${{1, 2}}", 3, "collection literals ('[...]', '{...}') are not supported"},
      {"${1e3}", 3, "exponent notation is not supported"},
      {"${1.5E-2 > x}", 3, "exponent notation is not supported"},
      {"${${a}}", 3, "a nested '${' is not supported"},
  });
}

TEST_CASE("juel: composite text is refused", "[juel]") {
  check_all({
      {"${a} and ${b}", 6,
       "JUEL composite text is not supported: nothing may follow the '}' that closes the "
       "expression"},
      {"${a}x", 5,
       "JUEL composite text is not supported: nothing may follow the '}' that closes the "
       "expression"},
      {"${a}}", 5,
       "JUEL composite text is not supported: nothing may follow the '}' that closes the "
       "expression"},
      {"total: ${a}", 1,
       "JUEL composite text is not supported: the guard must be one ${...} expression with "
       "nothing around it"},
      {"abc", 1, "a JUEL guard must be written as ${expression}"},
      {"  a > 1", 3, "a JUEL guard must be written as ${expression}"},
      {"$ {a}", 1, "a JUEL guard must be written as ${expression}"},
      {"", 1, "the guard is empty"},
      {"   ", 1, "the guard is empty"},
  });
}

TEST_CASE("juel: strings and characters that do not lex", "[juel]") {
  check_all({
      {"${\"abc}", 3, "unterminated string: \" without its closing \""},
      {"${'abc}", 3, "unterminated string: ' without its closing '"},
      {R"(${"\n"})", 4,
       "invalid escape '\\n' in a string: JUEL strings escape only \\\\ and their own quote"},
      {R"(${'a\"b'})", 5,
       "invalid escape '\\\"' in a string: JUEL strings escape only \\\\ and their own quote"},
      {R"(${"a\'b"})", 5,
       "invalid escape '\\'' in a string: JUEL strings escape only \\\\ and their own quote"},
      {"${a @ b}", 5, "unexpected character '@'"},
      {"${#}", 3, "unexpected character '#'"},
      {"${a & b}", 5, "'&' is not an operator: use '&&' or 'and'"},
      {"${a | b}", 5, "'|' is not an operator: use '||' or 'or'"},
      {"${\x01}", 3, "unexpected character U+0001"},
      {"${a \xFF}", 5, "unexpected byte 0xFF (not UTF-8)"},
      {"${'a\xFF'}", 5, "unexpected byte 0xFF (not UTF-8) in a string"},
      {"${a，b}", 4, "unexpected character '，' (U+FF0C); did you mean ','?"},
  });
}

TEST_CASE("juel: unexpected ends, unmatched brackets and missing operators", "[juel]") {
  check_all({
      {"${}", 3, "the expression is empty"},
      {"${ }", 4, "the expression is empty"},
      {"${a", 4, "expected '}' to close the '${' at column 1 but found the end of the guard"},
      {"#{a > 5", 8, "expected '}' to close the '#{' at column 1 but found the end of the guard"},
      {"${a == '}'", 11,
       "expected '}' to close the '${' at column 1 but found the end of the guard"},
      {"${a >}", 6, "expected a value after '>' but found '}'"},
      {"${a || }", 8, "expected a value after '||' but found '}'"},
      {"${-}", 4, "expected a value after '-' but found '}'"},
      {"${empty}", 8, "expected a value after 'empty' but found '}'"},
      {"${(a}", 5, "expected ')' to close the '(' at column 3 but found '}'"},
      {"${a)}", 4, "expected '}' to close the '${' at column 1 but found ')'"},
      {"${)}", 3, "expected a value but found ')'"},
      {"${and}", 3, "expected a value but found 'and'"},
      {"${a eq}", 7, "expected a value after 'eq' but found '}'"},
      {"${a b}", 5, "unexpected 'b' after a complete expression (missing operator?)"},
      {"${1 2}", 5, "unexpected '2' after a complete expression (missing operator?)"},
      {"${1 'x'}", 5, "unexpected string 'x' after a complete expression (missing operator?)"},
      {"${a.}", 5, "expected a property name after '.' but found '}'"},
      {"${x:y}", 4, "expected '}' to close the '${' at column 1 but found ':'"},
  });
}

TEST_CASE("juel: nesting deeper than the limits is an error, not a crash", "[juel]") {
  const std::string parens = "${" + std::string(100000, '(') + "a" + std::string(100000, ')') + "}";
  auto r = parse(parens);
  REQUIRE(r.error);
  CHECK(r.error->message == "the expression is nested too deeply (more than 100 levels)");

  std::string chain = "${a";
  for (int i = 0; i < 100000; ++i) chain += " + a";
  r = parse(chain + "}");
  REQUIRE(r.error);
  CHECK(r.error->message ==
        "the expression has too many operators (more than 1000 one inside the other)");

  CHECK(parse("${" + std::string(100000, '!') + "a}").error);
  CHECK(parse("${" + std::string(100000, '-') + "a}").error);

  CHECK(parse("${" + std::string(90, '(') + "a" + std::string(90, ')') + "}").tree);
  std::string ors = "${x == 0";
  for (int i = 1; i < 900; ++i) ors += " || x == " + std::to_string(i);
  CHECK(parse(ors + "}").tree);
}
