// The feel plugin module: loads through the host and registers a guard language found by each
// of its URIs and its name, which recognises Zeebe guards and parses them.
#include <catch2/catch.hpp>

#include "seamless/plugin/host.hpp"

using namespace seamless;

TEST_CASE("feel: the plugin module registers the language under its URIs", "[feel][plugin]") {
  plugin::Host host;
  diag::Diagnostics d;
  REQUIRE(host.load(SEAMLESS_FEEL_PLUGIN, d));
  CHECK(d.empty());
  REQUIRE(host.plugins().size() == 1);
  CHECK(host.plugins()[0].name == "feel");

  const plugin::GuardLanguage* feel = host.registry().find_guard_language("feel");
  REQUIRE(feel);
  CHECK(feel->name() == "feel");
  for (const char* uri :
       {"https://www.omg.org/spec/DMN/20191111/FEEL/", "http://www.omg.org/spec/DMN/20180521/FEEL/",
        "http://www.omg.org/spec/FEEL/20140401", "feel"}) {
    INFO(uri);
    CHECK(host.registry().find_guard_language(uri) == feel);
  }
  CHECK(feel->language_uris().size() == 4);
  CHECK_FALSE(host.registry().find_guard_language("juel"));
  CHECK_FALSE(host.registry().find_guard_language("http://www.omg.org/spec/FEEL/"));
}

TEST_CASE("feel: the registered language recognises and parses guards", "[feel][plugin]") {
  plugin::Host host;
  diag::Diagnostics d;
  REQUIRE(host.load(SEAMLESS_FEEL_PLUGIN, d));
  const plugin::GuardLanguage* feel = host.registry().find_guard_language("feel");
  REQUIRE(feel);

  CHECK(feel->recognises("=area > 500"));
  CHECK(feel->recognises("  \n=x"));
  CHECK(feel->recognises("\xE3\x80\x80=面积 > 500"));
  CHECK_FALSE(feel->recognises("area > 500"));
  CHECK_FALSE(feel->recognises("${area > 500}"));
  CHECK_FALSE(feel->recognises(""));
  CHECK_FALSE(feel->recognises("   "));

  const expr::ParseResult ok = feel->parse("=面积 > 500 and foodBusiness");
  REQUIRE(ok.tree);
  CHECK_FALSE(ok.error);
  CHECK(ok.tree->kind == expr::SyntaxKind::logical_and);
  CHECK(ok.tree->children.at(0).children.at(0).text == "面积");

  const expr::ParseResult bad = feel->parse("=contains(x, \"a\")");
  CHECK_FALSE(bad.tree);
  REQUIRE(bad.error);
  CHECK(bad.error->column == 2);
  CHECK(bad.error->message == "function call 'contains' is not supported");
}
