// FEEL parser: every supported construct gives the expected tree (printed as an S-expression),
// with FEEL's precedence and associativity.
#include <catch2/catch.hpp>

#include "parser.hpp"
#include "support/parse_cases.hpp"

namespace {

const seamless::test::TreeChecks check_all(seamless::plugins::feel::parse);

}  // namespace

TEST_CASE("feel: literals", "[feel]") {
  check_all({
      {"=1", "1"},
      {"=42", "42"},
      {"=1.5", "1.5"},
      {"=.5", ".5"},
      {"=0.000001", "0.000001"},
      {"=\"text\"", "\"text\""},
      {"=\"\"", "\"\""},
      {"=true", "true"},
      {"=false", "false"},
      {"=null", "null"},
      {"=foodBusiness", "foodBusiness"},
      {"=_x1$", "_x1$"},
      {"=$total", "$total"},
      {"=valid?", "valid?"},
  });
}

TEST_CASE("feel: the Zeebe '=' marker is optional and white space is free", "[feel]") {
  check_all({
      {"area > 500", "(> area 500)"},
      {"=area > 500", "(> area 500)"},
      {"  = area>500 ", "(> area 500)"},
      {"=\n  area\t>\r\n500", "(> area 500)"},
      {"=x = 1", "(= x 1)"},
      {"\xE3\x80\x80=x", "x"},  // an ideographic space before the marker
  });
}

TEST_CASE("feel: comparisons", "[feel]") {
  check_all({
      {"=a = 1", "(= a 1)"},
      {"=a != 1", "(!= a 1)"},
      {"=a < 1", "(< a 1)"},
      {"=a <= 1", "(<= a 1)"},
      {"=a > 1", "(> a 1)"},
      {"=a >= 1", "(>= a 1)"},
      {"=district = \"qingpu\"", "(= district \"qingpu\")"},
      {"=flag = true", "(= flag true)"},
      {"=x = null", "(= x null)"},
  });
}

TEST_CASE("feel: logic and not()", "[feel]") {
  check_all({
      {"=a and b", "(and a b)"},
      {"=a or b", "(or a b)"},
      {"=not(a)", "(not a)"},
      {"=not (a and b)", "(not (and a b))"},
      {"=not(not(a))", "(not (not a))"},
      {"=not(x > 1) and y", "(and (not (> x 1)) y)"},
  });
}

TEST_CASE("feel: arithmetic", "[feel]") {
  check_all({
      {"=a + 1", "(+ a 1)"},
      {"=a - 1", "(- a 1)"},
      {"=a * 2", "(* a 2)"},
      {"=a / 2", "(/ a 2)"},
      {"=-a", "(neg a)"},
      {"=-5", "(neg 5)"},
      {"=- -a", "(neg (neg a))"},
      {"=1 - -2", "(- 1 (neg 2))"},
      {"=investment * 1.5 > 100", "(> (* investment 1.5) 100)"},
  });
}

TEST_CASE("feel: precedence from or (lowest) to unary minus (highest)", "[feel]") {
  check_all({
      {"=a or b and c", "(or a (and b c))"},
      {"=a and b or c", "(or (and a b) c)"},
      {"=a = 1 and b = 2", "(and (= a 1) (= b 2))"},
      {"=a + 1 > b * 2", "(> (+ a 1) (* b 2))"},
      {"=a + b * c", "(+ a (* b c))"},
      {"=a * b + c", "(+ (* a b) c)"},
      {"=-a * b", "(* (neg a) b)"},
      {"=-a + b", "(+ (neg a) b)"},
      {"=(a + b) * c", "(* (+ a b) c)"},
      {"=(a or b) and c", "(and (or a b) c)"},
      {"=x between 1 and 5 and y", "(and (between x 1 5) y)"},
      {"=x in [1..5] or y", "(or (in x [1..5]) y)"},
      {"=x in 5 and y", "(and (in x 5) y)"},
      {"=area > 500 and foodBusiness", "(and (> area 500) foodBusiness)"},
  });
}

TEST_CASE("feel: binary operators associate to the left", "[feel]") {
  check_all({
      {"=a - b - c", "(- (- a b) c)"},
      {"=a / b / c", "(/ (/ a b) c)"},
      {"=a + b - c + d", "(+ (- (+ a b) c) d)"},
      {"=a * b / c", "(/ (* a b) c)"},
      {"=a and b and c", "(and (and a b) c)"},
      {"=a or b or c", "(or (or a b) c)"},
  });
}

TEST_CASE("feel: between", "[feel]") {
  check_all({
      {"=x between 1 and 5", "(between x 1 5)"},
      {"=x between a + 1 and b * 2", "(between x (+ a 1) (* b 2))"},
      {"=x + 1 between 1 and 5", "(between (+ x 1) 1 5)"},
      {"=x between 1 and 5 or y between 2 and 3", "(or (between x 1 5) (between y 2 3))"},
  });
}

TEST_CASE("feel: ranges after in, with open and closed ends", "[feel]") {
  check_all({
      {"=x in [1..5]", "(in x [1..5])"},
      {"=x in (1..5)", "(in x (1..5))"},
      {"=x in ]1..5[", "(in x (1..5))"},
      {"=x in [1..5)", "(in x [1..5))"},
      {"=x in [1..5[", "(in x [1..5))"},
      {"=x in (1..5]", "(in x (1..5])"},
      {"=x in ]1..5]", "(in x (1..5])"},
      {"=x in [a..b]", "(in x [a..b])"},
      {"=x in ]a..b[", "(in x (a..b))"},
      {"=x in [1.5..2.5]", "(in x [1.5..2.5])"},
      {"=x in [-1..a + 1]", "(in x [(neg 1)..(+ a 1)])"},
      {"=x in [ 1 .. 5 ]", "(in x [1..5])"},
  });
}

TEST_CASE("feel: lists after in, whose items may be ranges", "[feel]") {
  check_all({
      {"=x in [1, 2, 3]", "(in x 1 2 3)"},
      {"=x in (1, 2)", "(in x 1 2)"},
      {"=x in (1)", "(in x 1)"},
      {"=x in [1]", "(in x 1)"},
      {"=x in 5", "(in x 5)"},
      {"=x in a + 1", "(in x (+ a 1))"},
      {"=d in (\"qingpu\", \"wujiang\")", "(in d \"qingpu\" \"wujiang\")"},
      {"=x in [1, 3..5]", "(in x 1 [3..5])"},
      {"=x in [1..5, 7]", "(in x [1..5] 7)"},
      {"=x in [1, [3..5)]", "(in x 1 [3..5))"},
      {"=x in ([1..5], 7)", "(in x [1..5] 7)"},
      {"=x in (]1..5[, (7..9], 10)", "(in x (1..5) (7..9] 10)"},
      {"=x in ((1..5))", "(in x (1..5))"},
      {"=x in ((1 + 2), 3)", "(in x (+ 1 2) 3)"},
      {"=x in (a, b * 2)", "(in x a (* b 2))"},
  });
}

TEST_CASE("feel: strings with escapes", "[feel]") {
  check_all({
      {R"(="a\"b")", "\"a\"b\""},
      {R"(="a\\b")", "\"a\\b\""},
      {R"(="a\nb")", "\"a\nb\""},
      {R"(="a\tb")", "\"a\tb\""},
      {R"(="a\rb")", "\"a\rb\""},
      {R"(="it\'s")", "\"it's\""},
      {R"(="\u4e2d\u6587")", "\"中文\""},
      {R"(="\u00e9")", "\"é\""},
      {R"(="\uD83D\uDE00")", "\"\xF0\x9F\x98\x80\""},
      {"=\"line\nbreak\"", "\"line\nbreak\""},
      {"=\"'single'\"", "\"'single'\""},
  });
}

TEST_CASE("feel: Chinese names and strings", "[feel]") {
  check_all({
      {"=面积 > 500", "(> 面积 500)"},
      {"=面积 > 500 and 食品经营", "(and (> 面积 500) 食品经营)"},
      {"=区县 = \"青浦\"", "(= 区县 \"青浦\")"},
      {"=区县 in (\"青浦\", \"吴江\", \"嘉善\")", "(in 区县 \"青浦\" \"吴江\" \"嘉善\")"},
      {"=投资额2 >= 1.5", "(>= 投资额2 1.5)"},
      {"=申请人_类型 != \"企业\"", "(!= 申请人_类型 \"企业\")"},
      {"=größe < 3", "(< größe 3)"},
      {"=площадь > 1", "(> площадь 1)"},
  });
}

TEST_CASE("feel: comments are white space", "[feel]") {
  check_all({
      {"=a > 1 // large", "(> a 1)"},
      {"=a /* the area */ > 1", "(> a 1)"},
      {"=// note\na", "a"},
  });
}
