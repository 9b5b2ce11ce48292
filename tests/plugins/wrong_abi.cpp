// Test plugin: declares an ABI version the host does not have, so the host must refuse it.
#include "seamless/plugin/abi.hpp"

namespace {
void register_nothing(seamless::plugin::Registry&) {}
}  // namespace

extern "C" __attribute__((visibility("default"))) const seamless_plugin_descriptor*
seamless_plugin() {
  static const seamless_plugin_descriptor descriptor{
      SEAMLESS_PLUGIN_ABI_VERSION + 1000, "wrong-abi", "1.0", "test plugin", register_nothing};
  return &descriptor;
}
