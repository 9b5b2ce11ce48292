// Entry point of the juel plugin module: registers JUEL (Camunda 7) as a guard language.
#include <memory>

#include "parser.hpp"
#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace seamless::plugins::juel {
namespace {

class JuelLanguage final : public plugin::GuardLanguage {
 public:
  std::string_view name() const override { return "juel"; }
  std::vector<std::string> language_uris() const override {
    return {"juel", "http://java.sun.com/products/jsp/"};
  }
  bool recognises(std::string_view text) const override { return juel::recognises(text); }
  expr::ParseResult parse(std::string_view text) const override { return juel::parse(text); }
};

void register_juel(plugin::Registry& registry) {
  registry.add_guard_language(std::make_unique<JuelLanguage>());
}

}  // namespace
}  // namespace seamless::plugins::juel

SEAMLESS_PLUGIN("juel", "0.1.0", "JUEL guards (Camunda 7)", seamless::plugins::juel::register_juel,
                "JUEL 条件（Camunda 7）")
