// The juel plugin module: loads through the host and registers a guard language found by each
// of its URIs, which recognises Camunda 7 guards and parses them.
#include <catch2/catch.hpp>

#include "seamless/plugin/host.hpp"

using namespace seamless;

TEST_CASE("juel: the plugin module registers the language under its URIs", "[juel][plugin]") {
  plugin::Host host;
  diag::Diagnostics d;
  REQUIRE(host.load(SEAMLESS_JUEL_PLUGIN, d));
  CHECK(d.empty());
  REQUIRE(host.plugins().size() == 1);
  CHECK(host.plugins()[0].name == "juel");

  const plugin::GuardLanguage* juel = host.registry().find_guard_language("juel");
  REQUIRE(juel);
  CHECK(juel->name() == "juel");
  CHECK(host.registry().find_guard_language("http://java.sun.com/products/jsp/") == juel);
  CHECK(juel->language_uris().size() == 2);
  CHECK_FALSE(host.registry().find_guard_language("feel"));
}

TEST_CASE("juel: the registered language recognises and parses guards", "[juel][plugin]") {
  plugin::Host host;
  diag::Diagnostics d;
  REQUIRE(host.load(SEAMLESS_JUEL_PLUGIN, d));
  const plugin::GuardLanguage* juel = host.registry().find_guard_language("juel");
  REQUIRE(juel);

  CHECK(juel->recognises("${area > 500}"));
  CHECK(juel->recognises("#{area > 500}"));
  CHECK(juel->recognises("  \n${x}"));
  CHECK(juel->recognises("${unfinished"));  // the form, not the validity
  CHECK_FALSE(juel->recognises("=area > 500"));
  CHECK_FALSE(juel->recognises("area > 500"));
  CHECK_FALSE(juel->recognises("$ {x}"));
  CHECK_FALSE(juel->recognises("x ${a}"));
  CHECK_FALSE(juel->recognises(""));

  const expr::ParseResult ok = juel->parse("${面积 > 500 && foodBusiness}");
  REQUIRE(ok.tree);
  CHECK_FALSE(ok.error);
  CHECK(ok.tree->kind == expr::SyntaxKind::logical_and);
  CHECK(ok.tree->children.at(0).children.at(0).text == "面积");

  const expr::ParseResult bad = juel->parse("${execution.getVariable(\"x\")}");
  CHECK_FALSE(bad.tree);
  REQUIRE(bad.error);
  CHECK(bad.error->column == 13);
  CHECK(bad.error->message == "method call 'getVariable' is not supported");
}
