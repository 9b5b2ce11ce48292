// Entry point of the structure plugin module.
#include <memory>

#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"
#include "structure_check.hpp"

namespace {
void register_structure(seamless::plugin::Registry& registry) {
  registry.add_check(std::make_unique<seamless::plugins::structure::StructureCheck>());
}
}  // namespace

SEAMLESS_PLUGIN("structure", "0.1.0", "BPMN well-formedness check", register_structure,
                "BPMN 结构规范检查")
