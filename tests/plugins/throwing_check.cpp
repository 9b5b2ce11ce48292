// Test plugin: a check that always throws, to prove a failing check becomes a `check-error`
// finding while the other checks still run.
#include <memory>
#include <stdexcept>

#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace {
class ThrowingCheck final : public seamless::check::Check {
 public:
  std::string_view name() const override { return "always-throws"; }
  std::string_view summary() const override { return "test check that throws"; }
  void run(const seamless::check::CheckContext&, seamless::check::Findings&) const override {
    throw std::runtime_error("deliberate failure");
  }
};
void register_throwing(seamless::plugin::Registry& registry) {
  registry.add_check(std::make_unique<ThrowingCheck>());
}
}  // namespace

SEAMLESS_PLUGIN("test-throwing", "1.0", "test plugin", register_throwing)
