// Test plugin: says on standard error when it is registered (so a test can prove a module was
// not loaded), and provides a check, `echo-options`, that declares one option of each type and
// reports the options it received as a note (so a test can see the configuration reach it).
#include <cstdio>
#include <memory>
#include <string>

#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace {

std::string text_of(const seamless::check::OptionValue& value) {
  if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i) + " (integer)";
  if (const auto* d = std::get_if<double>(&value)) return std::to_string(*d) + " (decimal)";
  return "\"" + std::get<std::string>(value) + "\"";
}

class EchoOptionsCheck final : public seamless::check::Check {
 public:
  std::string_view name() const override { return "echo-options"; }
  std::string_view summary() const override { return "test check that reports its options"; }
  std::vector<seamless::check::OptionSpec> options() const override {
    using seamless::check::OptionType;
    return {{"flag", OptionType::boolean, "a boolean"},
            {"count", OptionType::integer, "an integer from 1 to 10", 1, 10},
            {"ratio", OptionType::decimal, "a decimal"},
            {"label", OptionType::string, "a string"}};
  }
  void run(const seamless::check::CheckContext& context,
           seamless::check::Findings& findings) const override {
    std::string text = "options:";
    for (const auto& [name, value] : context.options) text += " " + name + "=" + text_of(value);
    findings.add(seamless::check::Severity::note, "echo", "", {}, text);
  }
};

void register_canary(seamless::plugin::Registry& registry) {
  std::fputs("test-canary: registered\n", stderr);
  registry.add_check(std::make_unique<EchoOptionsCheck>());
}

}  // namespace

SEAMLESS_PLUGIN("test-canary", "1.0", "test plugin", register_canary)
