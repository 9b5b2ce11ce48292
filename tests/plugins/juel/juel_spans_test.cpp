// JUEL parser: node spans are 1-based character columns of the guard as written (`${`
// included), counted in code points.
#include <catch2/catch.hpp>

#include "parser.hpp"
#include "support/print_tree.hpp"

using seamless::plugins::juel::parse;
using seamless::test::parsed;
using seamless::test::spans;

TEST_CASE("juel: spans of operators and operands", "[juel]") {
  CHECK(spans(parse("${area > 500 && foodBusiness}")) ==
        "and@3-29 >@3-13 area@3-7 500@10-13 foodBusiness@17-29");
  CHECK(spans(parse("  #{ a }")) == "a@6-7");
  CHECK(spans(parse("${not empty x}")) == "not@3-14 empty@7-14 x@13-14");
  CHECK(spans(parse("${!a}")) == "not@3-5 a@4-5");
  CHECK(spans(parse("${a mod 2 == 1}")) == "=@3-15 %@3-10 a@3-4 2@9-10 1@14-15");
  CHECK(spans(parse("${'a\\'b' == s}")) == "=@3-14 \"a'b\"@3-9 s@13-14");
}

TEST_CASE("juel: parentheses belong to the span of what they enclose", "[juel]") {
  CHECK(spans(parse("${(a + b) * -c}")) == "*@3-15 +@3-10 a@4-5 b@8-9 neg@13-15 c@14-15");
  CHECK(spans(parse("${((a))}")) == "a@3-8");
}

TEST_CASE("juel: columns count characters, not bytes", "[juel]") {
  CHECK(spans(parse("  #{ 面积 gt 500 }")) == ">@6-15 面积@6-8 500@12-15");
  CHECK(spans(parse("${'中文' == 名字}")) == "=@3-13 \"中文\"@3-7 名字@11-13");
  CHECK(parsed(parse("${面积 ＞ 500}")) ==
        "error 6: unexpected character '＞' (U+FF1E); did you mean '>'?");
  CHECK(parsed(parse("${经营 面积}")) ==
        "error 6: unexpected '面积' after a complete expression (missing operator?)");
}
