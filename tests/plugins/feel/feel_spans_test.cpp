// FEEL parser: node spans are 1-based character columns of the guard as written (the leading
// `=` included), counted in code points, so Chinese text counts one column per character.
#include <catch2/catch.hpp>

#include "parser.hpp"
#include "support/print_tree.hpp"

using seamless::plugins::feel::parse;
using seamless::test::parsed;
using seamless::test::spans;

TEST_CASE("feel: spans of operators and operands", "[feel]") {
  CHECK(spans(parse("=area > 500 and foodBusiness")) ==
        "and@2-29 >@2-12 area@2-6 500@9-12 foodBusiness@17-29");
  CHECK(spans(parse("area > 500")) == ">@1-11 area@1-5 500@8-11");
  CHECK(spans(parse("  =  a")) == "a@6-7");
  CHECK(spans(parse("=x between 1 and 5")) == "between@2-19 x@2-3 1@12-13 5@18-19");
  CHECK(spans(parse("=not(a)")) == "not@2-8 a@6-7");
  CHECK(spans(parse("=-a")) == "neg@2-4 a@3-4");
  CHECK(spans(parse("=\"a\\\"b\" = s")) == "=@2-12 \"a\"b\"@2-8 s@11-12");
}

TEST_CASE("feel: parentheses belong to the span of what they enclose", "[feel]") {
  CHECK(spans(parse("=(a + b) * -c")) == "*@2-14 +@2-9 a@3-4 b@7-8 neg@12-14 c@13-14");
  CHECK(spans(parse("=((a))")) == "a@2-7");
}

TEST_CASE("feel: spans of in, lists and ranges", "[feel]") {
  CHECK(spans(parse("= x in [1..5)")) == "in@3-14 x@3-4 range@8-14 1@9-10 5@12-13");
  CHECK(spans(parse("=x in (1, 2)")) == "in@2-13 x@2-3 1@8-9 2@11-12");
  CHECK(spans(parse("=x in [1, 3..5]")) == "in@2-16 x@2-3 1@8-9 range@11-15 3@11-12 5@14-15");
  CHECK(spans(parse("=x in 5")) == "in@2-8 x@2-3 5@7-8");
  CHECK(spans(parse("=x in ]a..b[")) == "in@2-13 x@2-3 range@7-13 a@8-9 b@11-12");
}

TEST_CASE("feel: columns count characters, not bytes", "[feel]") {
  CHECK(spans(parse("=面积 > 500")) == ">@2-10 面积@2-4 500@7-10");
  CHECK(spans(parse("=\"中文\" = 名字")) == "=@2-11 \"中文\"@2-6 名字@9-11");
  CHECK(spans(parse("=\"\\u4e2d\" = x")) == "=@2-14 \"中\"@2-10 x@13-14");
  // An error after Chinese text points at the right character.
  CHECK(parsed(parse("=面积 > 500 且 食品")) ==
        "error 11: unexpected '且' after a complete expression (missing operator?)");
  // A name with spaces spans its words; they are joined by one space.
  CHECK(spans(parse("=经营  面积 > 500")) == ">@2-14 经营 面积@2-8 500@11-14");
  CHECK(spans(parse("=Vacation Approval = \"Approved\"")) ==
        "=@2-32 Vacation Approval@2-19 \"Approved\"@22-32");
  CHECK(parsed(parse("=面积 ＞ 500")) ==
        "error 5: unexpected character '＞' (U+FF1E); did you mean '>'?");
}
