// Tests of binding syntax trees to the typed IR: types, promotion, lowering of in/between,
// undeclared variables, errors with columns.
#include <catch2/catch.hpp>
#include <limits>

#include "seamless/expr/binder.hpp"
#include "seamless/expr/interpreter.hpp"
#include "support/random_expr.hpp"

using namespace seamless::expr;

namespace {
SyntaxNode leaf(SyntaxKind kind, std::string text = "", std::uint32_t column = 1) {
  SyntaxNode n;
  n.kind = kind;
  n.text = std::move(text);
  n.span = {column, column + 1};
  return n;
}
SyntaxNode name(std::string text, std::uint32_t column = 1) {
  return leaf(SyntaxKind::name, std::move(text), column);
}
SyntaxNode integer(std::string text) {
  return leaf(SyntaxKind::integer_literal, std::move(text));
}
SyntaxNode decimal(std::string text) {
  return leaf(SyntaxKind::decimal_literal, std::move(text));
}
SyntaxNode string(std::string text) {
  return leaf(SyntaxKind::string_literal, std::move(text));
}
SyntaxNode node(SyntaxKind kind, std::vector<SyntaxNode> children, std::uint32_t column = 1) {
  SyntaxNode n = leaf(kind, "", column);
  n.children = std::move(children);
  return n;
}

Environment declared() {
  std::vector<seamless::model::Variable> decls(4);
  decls[0].name = "area";
  decls[0].type = seamless::model::VariableType::integer;
  decls[0].min = "0";
  decls[1].name = "food";
  decls[1].type = seamless::model::VariableType::boolean;
  decls[2].name = "district";
  decls[2].type = seamless::model::VariableType::string;
  decls[2].values = {"qingpu", "wujiang"};
  decls[3].name = "investment";
  decls[3].type = seamless::model::VariableType::decimal;
  decls[3].max = "99.5";
  return Environment::from_declarations(decls);
}

Truth eval(const Expr& e, std::vector<std::int64_t> slots) {
  return evaluate_truth(e, slots.data());
}
}  // namespace

TEST_CASE("declarations become slots with encoded domains", "[expr][binder]") {
  Environment env = declared();
  REQUIRE(env.variables().size() == 4);
  CHECK(env.variables()[0].min == 0);
  CHECK(env.variables()[3].type == Type::decimal);
  CHECK(env.variables()[3].max == 99'500'000);
  CHECK(env.variables()[2].values.size() == 2);
  CHECK(env.strings().text(env.variables()[2].values[1]) == "wujiang");
}

TEST_CASE("area > 500 and food", "[expr][binder]") {
  Environment env = declared();
  auto r = bind(node(SyntaxKind::logical_and,
                     {node(SyntaxKind::greater, {name("area"), integer("500")}), name("food")}),
                "=area > 500 and food", env);
  REQUIRE(r.expr);
  CHECK(r.messages.empty());
  CHECK(eval(*r.expr, {600, 1, 0, 0}) == Truth::true_);
  CHECK(eval(*r.expr, {600, 0, 0, 0}) == Truth::false_);
  CHECK(eval(*r.expr, {500, 1, 0, 0}) == Truth::false_);
}

TEST_CASE("integers are promoted when compared with decimals", "[expr][binder]") {
  Environment env = declared();
  auto r = bind(node(SyntaxKind::greater_equal, {name("area"), decimal("10.5")}), "", env);
  REQUIRE(r.expr);
  CHECK(r.expr->nodes[2].op == Op::to_decimal);  // after both operands
  CHECK(eval(*r.expr, {11, 0, 0, 0}) == Truth::true_);
  CHECK(eval(*r.expr, {10, 0, 0, 0}) == Truth::false_);
}

TEST_CASE("division always gives a decimal", "[expr][binder]") {
  Environment env = declared();
  auto r = bind(node(SyntaxKind::equal,
                     {node(SyntaxKind::divide, {integer("5"), integer("2")}), decimal("2.5")}),
                "", env);
  REQUIRE(r.expr);
  CHECK(eval(*r.expr, {0, 0, 0, 0}) == Truth::true_);
}

TEST_CASE("in lists and ranges, between", "[expr][binder]") {
  Environment env = declared();
  SyntaxNode range = node(SyntaxKind::range, {integer("10"), integer("20")});
  range.low_closed = false;
  auto r = bind(node(SyntaxKind::in_list, {name("area"), integer("1"), range}), "", env);
  REQUIRE(r.expr);
  CHECK(eval(*r.expr, {1, 0, 0, 0}) == Truth::true_);
  CHECK(eval(*r.expr, {10, 0, 0, 0}) == Truth::false_);
  CHECK(eval(*r.expr, {20, 0, 0, 0}) == Truth::true_);
  CHECK(eval(*r.expr, {21, 0, 0, 0}) == Truth::false_);
  auto b = bind(node(SyntaxKind::between, {name("area"), integer("3"), integer("5")}), "", env);
  REQUIRE(b.expr);
  CHECK(eval(*b.expr, {5, 0, 0, 0}) == Truth::true_);
  CHECK(eval(*b.expr, {6, 0, 0, 0}) == Truth::false_);
}

TEST_CASE("strings compare by interned id", "[expr][binder]") {
  Environment env = declared();
  auto r = bind(node(SyntaxKind::equal, {name("district"), string("wujiang")}), "", env);
  REQUIRE(r.expr);
  const std::int64_t wujiang = *env.strings().find("wujiang");
  CHECK(eval(*r.expr, {0, 0, wujiang, 0}) == Truth::true_);
  CHECK(eval(*r.expr, {0, 0, wujiang - 1, 0}) == Truth::false_);
}

TEST_CASE("null comparisons and empty", "[expr][binder]") {
  Environment env = declared();
  auto r = bind(node(SyntaxKind::equal, {node(SyntaxKind::divide, {name("area"), integer("0")}),
                                         leaf(SyntaxKind::null_literal)}),
                "", env);
  REQUIRE(r.expr);
  CHECK(eval(*r.expr, {5, 0, 0, 0}) == Truth::true_);  // x/0 is null
  auto e = bind(node(SyntaxKind::empty, {name("district")}), "", env);
  REQUIRE(e.expr);
  CHECK(eval(*e.expr, {0, 0, *env.strings().find(""), 0}) == Truth::true_);
}

TEST_CASE("undeclared names are warnings with an inferred type", "[expr][binder]") {
  Environment env = declared();
  auto r = bind(
      node(SyntaxKind::logical_and,
           {node(SyntaxKind::greater, {name("amount", 2), decimal("1.5")}), name("approved", 20)}),
      "", env);
  REQUIRE(r.expr);
  REQUIRE(r.messages.size() == 2);
  CHECK(r.messages[0].severity == seamless::diag::Severity::warning);
  CHECK(r.messages[0].column == 2);
  CHECK(r.messages[0].message ==
        "'amount' is not declared as a reform:variable; treated as an unconstrained decimal");
  CHECK(r.messages[1].message ==
        "'approved' is not declared as a reform:variable; treated as an unconstrained boolean");
  CHECK(env.variables()[*env.slot_of("amount")].type == Type::decimal);
  CHECK_FALSE(env.variables()[*env.slot_of("amount")].declared);
}

TEST_CASE("undeclared names with nothing else to go by", "[expr][binder]") {
  Environment env = declared();
  // The whole condition: a boolean.
  auto whole = bind(name("approved"), "", env);
  REQUIRE(whole.expr);
  CHECK(env.variables()[*env.slot_of("approved")].type == Type::boolean);
  CHECK(whole.messages.at(0).message ==
        "'approved' is not declared as a reform:variable; treated as an unconstrained boolean");
  // Compared with each other: strings for equality, numbers for an order.
  auto equal = bind(node(SyntaxKind::equal, {name("x"), name("y")}), "", env);
  REQUIRE(equal.expr);
  CHECK(env.variables()[*env.slot_of("x")].type == Type::string);
  CHECK(env.variables()[*env.slot_of("y")].type == Type::string);
  auto order = bind(node(SyntaxKind::less, {name("low"), name("high")}), "", env);
  REQUIRE(order.expr);
  CHECK(env.variables()[*env.slot_of("low")].type == Type::decimal);
  CHECK(env.variables()[*env.slot_of("high")].type == Type::decimal);
  // Compared with null: whether it is null, whatever it holds.
  auto null =
      bind(node(SyntaxKind::equal, {name("remark"), leaf(SyntaxKind::null_literal)}), "", env);
  REQUIRE(null.expr);
  CHECK(env.variables()[*env.slot_of("remark")].type == Type::string);
  // An order with null stays an error, and so does a name used as two types.
  auto bad = bind(node(SyntaxKind::less, {name("z"), leaf(SyntaxKind::null_literal)}), "", env);
  CHECK_FALSE(bad.expr);
  auto clash = bind(
      node(SyntaxKind::logical_and, {node(SyntaxKind::equal, {name("u"), string("a")}), name("u")}),
      "", env);
  CHECK_FALSE(clash.expr);
}

TEST_CASE("type errors carry the column", "[expr][binder]") {
  Environment env = declared();
  auto r = bind(node(SyntaxKind::less, {name("district"), string("a")}, 9), "", env);
  CHECK_FALSE(r.expr);
  REQUIRE(r.messages.size() == 1);
  CHECK(r.messages[0].column == 9);
  CHECK(r.messages[0].message == "strings can only be compared with = and !=");
  auto m = bind(node(SyntaxKind::equal, {name("area"), string("x")}, 4), "", env);
  CHECK(m.messages.at(0).message == "cannot compare a integer with a string");
  auto n = bind(node(SyntaxKind::add, {name("area"), integer("1")}), "", env);
  CHECK(n.messages.at(0).message == "the guard is a integer, not a condition");
  auto big =
      bind(node(SyntaxKind::greater, {name("area"), integer("99999999999999999999")}), "", env);
  CHECK_THAT(big.messages.at(0).message, Catch::Contains("out of range"));
  auto digits =
      bind(node(SyntaxKind::greater, {name("investment"), decimal("0.1234567")}), "", env);
  CHECK_THAT(digits.messages.at(0).message, Catch::Contains("more than 6 decimal places"));
}

TEST_CASE("case values from text", "[expr][environment]") {
  Environment env = declared();
  std::string error;
  CHECK(parse_case_value("600", env.variables()[0], env.strings(), error) == 600);
  CHECK_FALSE(parse_case_value("6.5", env.variables()[0], env.strings(), error));
  CHECK(error == "'6.5' is not an integer");
  CHECK(parse_case_value("12.25", env.variables()[3], env.strings(), error) == 12'250'000);
  CHECK(parse_case_value("true", env.variables()[1], env.strings(), error) == 1);
  CHECK_FALSE(in_domain(-1, env.variables()[0]));
  CHECK_FALSE(in_domain(100'000'000, env.variables()[3]));
  const auto other = parse_case_value("jiashan", env.variables()[2], env.strings(), error);
  REQUIRE(other);
  CHECK_FALSE(in_domain(*other, env.variables()[2]));
  CHECK(format_value({12'250'000, false}, Type::decimal, env.strings()) == "12.25");
  CHECK(format_value({-500'000, false}, Type::decimal, env.strings()) == "-0.5");
  CHECK(format_value({std::numeric_limits<std::int64_t>::min(), false}, Type::decimal,
                     env.strings()) == "-9223372036854.775808");
  CHECK(format_value({0, true}, Type::integer, env.strings()) == "null");
}

TEST_CASE("random expressions evaluate without crashing", "[expr][interpreter]") {
  seamless::test::RandomExprGenerator gen(42);
  Environment env = gen.make_environment();
  for (int i = 0; i < 2000; ++i) {
    Expr e = gen.boolean_expr(env, 5);
    auto slots = gen.random_case(env, i % 2 == 0);
    const Value value = evaluate(e, slots.data());
    CHECK((value.null || value.bits == 0 || value.bits == 1));
  }
}

TEST_CASE("undeclared subjects of in and between take a type every item agrees on",
          "[expr][binder]") {
  Environment env = declared();
  SyntaxNode range = node(SyntaxKind::range, {integer("1"), integer("2")});
  auto r = bind(node(SyntaxKind::in_list, {name("x"), range, decimal("3.5")}), "", env);
  REQUIRE(r.expr);
  const auto slot = *env.slot_of("x");
  CHECK(env.variables()[slot].type == Type::decimal);
  std::vector<std::int64_t> slots{0, 0, 0, 0, 1'500'000};  // x = 1.5
  CHECK(eval(*r.expr, slots) == Truth::true_);
  slots[4] = 3'500'000;  // 3.5
  CHECK(eval(*r.expr, slots) == Truth::true_);
  slots[4] = 2'500'000;
  CHECK(eval(*r.expr, slots) == Truth::false_);

  auto b = bind(node(SyntaxKind::between, {name("y"), integer("1"), decimal("2.5")}), "", env);
  REQUIRE(b.expr);
  std::vector<std::int64_t> with_y{0, 0, 0, 0, 0, 500'000};  // y = 0.5
  CHECK(eval(*b.expr, with_y) == Truth::false_);
  with_y[5] = 1'000'000;
  CHECK(eval(*b.expr, with_y) == Truth::true_);

  auto mixed = bind(node(SyntaxKind::in_list, {name("z"), integer("1"), string("a")}), "", env);
  CHECK_FALSE(mixed.expr);  // a string item and an integer item cannot both match z
}

TEST_CASE("inference follows the text from left to right", "[expr][binder]") {
  Environment env = declared();
  auto r = bind(node(SyntaxKind::equal, {node(SyntaxKind::equal, {name("x"), integer("1")}),
                                         node(SyntaxKind::greater, {name("x"), decimal("2.5")})}),
                "", env);
  REQUIRE(r.expr);
  CHECK(env.variables()[*env.slot_of("x")].type == Type::integer);
}

TEST_CASE("the smallest integer can be written as a literal", "[expr][binder]") {
  Environment env = declared();
  auto r = bind(node(SyntaxKind::equal,
                     {name("area"), node(SyntaxKind::negate, {integer("9223372036854775808")})}),
                "", env);
  REQUIRE(r.expr);
  CHECK(eval(*r.expr, {std::numeric_limits<std::int64_t>::min(), 0, 0, 0}) == Truth::true_);
}

TEST_CASE("a name with spaces is one name, unless its first word is declared", "[expr][binder]") {
  // FEEL names may hold spaces (`Vacation Approval`); the parser joins the words.
  std::vector<seamless::model::Variable> decls(2);
  decls[0].name = "Vacation Approval";
  decls[0].type = seamless::model::VariableType::string;
  decls[1].name = "area";
  decls[1].type = seamless::model::VariableType::integer;
  Environment env = Environment::from_declarations(decls);
  auto declared_name =
      bind(node(SyntaxKind::equal, {name("Vacation Approval"), string("Approved")}), "", env);
  REQUIRE(declared_name.expr);
  CHECK(declared_name.messages.empty());
  auto undeclared = bind(node(SyntaxKind::equal, {name("Credit Check"), string("ok")}), "", env);
  REQUIRE(undeclared.expr);
  CHECK(undeclared.messages.at(0).message ==
        "'Credit Check' is not declared as a reform:variable; treated as an unconstrained string");
  // `area food` with `area` declared: an operator is missing.
  auto missing = bind(node(SyntaxKind::greater, {name("area food", 3), integer("5")}), "", env);
  CHECK_FALSE(missing.expr);
  REQUIRE(!missing.messages.empty());
  CHECK(missing.messages.back().column == 3);
  CHECK(missing.messages.back().message ==
        "'area' is followed by 'food', and 'area food' is not a declared name (missing operator?)");
}
