// JUEL parser: every supported construct gives the expected tree (printed as an S-expression),
// with Java's precedence and associativity; word and symbol operators give the same trees.
#include <catch2/catch.hpp>

#include "parser.hpp"
#include "support/parse_cases.hpp"

namespace {

const seamless::test::TreeChecks check_all(seamless::plugins::juel::parse);

}  // namespace

TEST_CASE("juel: literals and identifiers", "[juel]") {
  check_all({
      {"${1}", "1"},
      {"${42}", "42"},
      {"${1.5}", "1.5"},
      {"${.5}", ".5"},
      {"${1.}", "1."},
      {"${'text'}", "\"text\""},
      {"${\"text\"}", "\"text\""},
      {"${''}", "\"\""},
      {"${true}", "true"},
      {"${false}", "false"},
      {"${null}", "null"},
      {"${foodBusiness}", "foodBusiness"},
      {"${_x1}", "_x1"},
      {"${$total}", "$total"},
  });
}

TEST_CASE("juel: the ${...} and #{...} forms, white space around", "[juel]") {
  check_all({
      {"${a}", "a"},
      {"#{a}", "a"},
      {"  ${ a }  ", "a"},
      {"\n\t${\n a > 1\n}\n", "(> a 1)"},
      {"\xE3\x80\x80${a}", "a"},  // an ideographic space before
  });
}

TEST_CASE("juel: comparisons in symbols and words", "[juel]") {
  check_all({
      {"${a == 1}", "(= a 1)"},
      {"${a eq 1}", "(= a 1)"},
      {"${a != 1}", "(!= a 1)"},
      {"${a ne 1}", "(!= a 1)"},
      {"${a < 1}", "(< a 1)"},
      {"${a lt 1}", "(< a 1)"},
      {"${a > 1}", "(> a 1)"},
      {"${a gt 1}", "(> a 1)"},
      {"${a <= 1}", "(<= a 1)"},
      {"${a le 1}", "(<= a 1)"},
      {"${a >= 1}", "(>= a 1)"},
      {"${a ge 1}", "(>= a 1)"},
      {"${district == 'qingpu'}", "(= district \"qingpu\")"},
      {"${x == null}", "(= x null)"},
  });
}

TEST_CASE("juel: logic in symbols and words", "[juel]") {
  check_all({
      {"${a && b}", "(and a b)"},
      {"${a and b}", "(and a b)"},
      {"${a || b}", "(or a b)"},
      {"${a or b}", "(or a b)"},
      {"${!a}", "(not a)"},
      {"${not a}", "(not a)"},
      {"${not(a)}", "(not a)"},
      {"${!!a}", "(not (not a))"},
      {"${empty x}", "(empty x)"},
      {"${!empty x}", "(not (empty x))"},
      {"${not empty x && y}", "(and (not (empty x)) y)"},
  });
}

TEST_CASE("juel: arithmetic", "[juel]") {
  check_all({
      {"${a + 1}", "(+ a 1)"},
      {"${a - 1}", "(- a 1)"},
      {"${a * 2}", "(* a 2)"},
      {"${a / 2}", "(/ a 2)"},
      {"${a div 2}", "(/ a 2)"},
      {"${a % 2}", "(% a 2)"},
      {"${a mod 2}", "(% a 2)"},
      {"${-a}", "(neg a)"},
      {"${- -a}", "(neg (neg a))"},
      {"${1 - -2}", "(- 1 (neg 2))"},
      {"${a-1}", "(- a 1)"},
  });
}

TEST_CASE("juel: Java precedence from || (lowest) to unary (highest)", "[juel]") {
  check_all({
      {"${a || b && c}", "(or a (and b c))"},
      {"${a && b || c}", "(or (and a b) c)"},
      {"${a == 1 && b != 2}", "(and (= a 1) (!= b 2))"},
      {"${a < b == c > d}", "(= (< a b) (> c d))"},
      {"${a + 1 > b * 2}", "(> (+ a 1) (* b 2))"},
      {"${a + b * c}", "(+ a (* b c))"},
      {"${a - b % c}", "(- a (% b c))"},
      {"${-a * b}", "(* (neg a) b)"},
      {"${!a && b}", "(and (not a) b)"},
      {"${!a == b}", "(= (not a) b)"},
      {"${empty a || b}", "(or (empty a) b)"},
      {"${(a + b) * c}", "(* (+ a b) c)"},
      {"${(a || b) && c}", "(and (or a b) c)"},
      {"${area > 500 && foodBusiness}", "(and (> area 500) foodBusiness)"},
      {"${a or b and not c}", "(or a (and b (not c)))"},
  });
}

TEST_CASE("juel: binary operators associate to the left", "[juel]") {
  check_all({
      {"${a - b - c}", "(- (- a b) c)"},
      {"${a / b / c}", "(/ (/ a b) c)"},
      {"${a % b * c}", "(* (% a b) c)"},
      {"${a == b == c}", "(= (= a b) c)"},
      {"${a < b < c}", "(< (< a b) c)"},
      {"${a && b && c}", "(and (and a b) c)"},
      {"${a || b || c}", "(or (or a b) c)"},
  });
}

TEST_CASE("juel: strings with escapes", "[juel]") {
  check_all({
      {R"(${'it\'s'})", "\"it's\""},
      {R"(${"say \"hi\""})", "\"say \"hi\"\""},
      {R"(${'a\\b'})", "\"a\\b\""},
      {R"(${"a\\b"})", "\"a\\b\""},
      {R"(${'say "hi"'})", "\"say \"hi\"\""},
      {R"(${"it's"})", "\"it's\""},
      {"${'}'}", "\"}\""},
      {"${'a' == \"b\"}", "(= \"a\" \"b\")"},
  });
}

TEST_CASE("juel: Chinese identifiers and strings", "[juel]") {
  check_all({
      {"${面积 > 500}", "(> 面积 500)"},
      {"${面积 > 500 && 食品经营}", "(and (> 面积 500) 食品经营)"},
      {"${区县 == '青浦'}", "(= 区县 \"青浦\")"},
      {"#{区县 eq \"嘉善\"}", "(= 区县 \"嘉善\")"},
      {"${投资额2 >= 1.5}", "(>= 投资额2 1.5)"},
  });
}
