// Entry point of the feel plugin module: registers FEEL (Camunda 8 / Zeebe, DMN) as a guard
// language.
#include <memory>

#include "parser.hpp"
#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace seamless::plugins::feel {
namespace {

class FeelLanguage final : public plugin::GuardLanguage {
 public:
  std::string_view name() const override { return "feel"; }
  std::vector<std::string> language_uris() const override {
    return {"https://www.omg.org/spec/DMN/20191111/FEEL/",
            "http://www.omg.org/spec/DMN/20180521/FEEL/", "http://www.omg.org/spec/FEEL/20140401",
            "feel"};
  }
  bool recognises(std::string_view text) const override { return feel::recognises(text); }
  expr::ParseResult parse(std::string_view text) const override { return feel::parse(text); }
};

void register_feel(plugin::Registry& registry) {
  registry.add_guard_language(std::make_unique<FeelLanguage>());
}

}  // namespace
}  // namespace seamless::plugins::feel

SEAMLESS_PLUGIN("feel", "0.1.0", "FEEL guards (Camunda 8 / Zeebe, DMN)",
                seamless::plugins::feel::register_feel, "FEEL 条件（Camunda 8 / Zeebe、DMN）")
