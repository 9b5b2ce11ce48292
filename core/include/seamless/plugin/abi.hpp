// The plugin boundary: every plugin module exports one `extern "C"` function,
// `seamless_plugin()`, returning its descriptor. The host refuses a module whose ABI version
// differs from its own. Bump SEAMLESS_PLUGIN_ABI_VERSION whenever anything a plugin sees
// (Registry, Check, Model, the interfaces in registry.hpp) changes layout or meaning.
#pragma once

#include <cstdint>

#define SEAMLESS_PLUGIN_ABI_VERSION 11u
#define SEAMLESS_PLUGIN_ENTRY_SYMBOL "seamless_plugin"

namespace seamless::plugin {
class Registry;
}

extern "C" {
struct seamless_plugin_descriptor {
  std::uint32_t abi_version;
  const char* name;         // unique plugin name, e.g. "structure"
  const char* version;      // the plugin's own version
  const char* description;  // one line
  void (*register_plugin)(seamless::plugin::Registry& registry);
  const char* description_zh = nullptr;  // the description in Chinese; null: English
};
}

namespace seamless::plugin {
// The optional last argument of SEAMLESS_PLUGIN.
constexpr const char* optional_text(const char* text = nullptr) {
  return text;
}
}  // namespace seamless::plugin

// Defines the entry point of a plugin module; an optional fifth argument is the description in
// Chinese: SEAMLESS_PLUGIN("x", "0.1.0", "does x", register_x, "做 x").
#define SEAMLESS_PLUGIN(name, version, description, register_function, ...)           \
  extern "C" __attribute__((visibility("default"))) const seamless_plugin_descriptor* \
  seamless_plugin() {                                                                 \
    static const seamless_plugin_descriptor descriptor{                               \
        SEAMLESS_PLUGIN_ABI_VERSION,                                                  \
        name,                                                                         \
        version,                                                                      \
        description,                                                                  \
        register_function,                                                            \
        ::seamless::plugin::optional_text(__VA_ARGS__)};                              \
    return &descriptor;                                                               \
  }
