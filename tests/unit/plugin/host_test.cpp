// Tests of the plugin host: loading, ABI refusal, non-plugins, duplicates, registry lookups.
#include <catch2/catch.hpp>

#include <filesystem>

#include "seamless/plugin/host.hpp"
#include "seamless/report/output_format.hpp"

using namespace seamless;

TEST_CASE("the structure plugin loads and registers its check", "[plugin]") {
  plugin::Host host;
  diag::Diagnostics d;
  REQUIRE(host.load(SEAMLESS_STRUCTURE_PLUGIN, d));
  CHECK(d.empty());
  REQUIRE(host.plugins().size() == 1);
  CHECK(host.plugins()[0].name == "structure");
  REQUIRE(host.registry().find_check("structure"));
  CHECK(host.registry().checks().size() == 1);
  // Loading the same file again is harmless.
  CHECK(host.load(SEAMLESS_STRUCTURE_PLUGIN, d));
  CHECK(host.plugins().size() == 1);
}

TEST_CASE("a module built for another ABI is refused with the reason", "[plugin]") {
  plugin::Host host;
  diag::Diagnostics d;
  CHECK_FALSE(host.load(SEAMLESS_TEST_PLUGIN_WRONG_ABI, d));
  REQUIRE(d.has_errors());
  CHECK_THAT(d.all()[0].message, Catch::Contains("was built for ABI"));
  CHECK_THAT(d.all()[0].message, Catch::Contains("rebuild the plugin"));
  CHECK(host.plugins().empty());
}

TEST_CASE("files that are not plugins are refused", "[plugin]") {
  plugin::Host host;
  diag::Diagnostics d;
  CHECK_FALSE(host.load(SEAMLESS_SOURCE_DIR "/README.md", d));
  CHECK_THAT(d.all().at(0).message, Catch::Contains("cannot load plugin"));
  diag::Diagnostics d2;
  CHECK_FALSE(host.load("/nonexistent/plugin.so", d2));
  CHECK(d2.has_errors());
}

TEST_CASE("built-in output formats are registered", "[plugin]") {
  plugin::Host host;
  CHECK(host.registry().find_output_format("text"));
  CHECK(host.registry().find_output_format("json"));
  CHECK(host.registry().find_output_format("sarif"));
  CHECK(host.registry().find_output_format("junit"));
  CHECK_FALSE(host.registry().find_output_format("yaml"));
}

TEST_CASE("the installed plugin directory is relative to the executable", "[plugin]") {
  const std::string dir = plugin::Host::installed_plugin_directory();
  CHECK_THAT(dir, Catch::EndsWith("lib/seamless/plugins"));
}

TEST_CASE("the JIT module is skipped by directory scans and loaded on demand", "[plugin]") {
  namespace fs = std::filesystem;
  const fs::path jit = fs::path(plugin::Host::installed_plugin_directory()) / "seamless-jit.so";
  CHECK(plugin::Host::on_demand_only(jit.string()));
  CHECK_FALSE(plugin::Host::on_demand_only(SEAMLESS_STRUCTURE_PLUGIN));
  plugin::Host host;
  diag::Diagnostics d;
  host.load_all({}, d);
  for (const auto& p : host.plugins()) CHECK(p.name != "jit");
  CHECK(host.registry().guard_compiler() == nullptr);
  if (!fs::exists(jit)) return;  // built without LLVM
  REQUIRE(host.load_on_demand("jit", d));
  CHECK(host.registry().guard_compiler() != nullptr);
  CHECK(host.load_on_demand("jit", d));  // once only
  diag::Diagnostics missing;
  CHECK_FALSE(host.load_on_demand("no-such-plugin", missing));
  CHECK_THAT(missing.all().at(0).message, Catch::Contains("seamless-no-such-plugin.so"));
}
