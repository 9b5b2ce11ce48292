// Entry point of the document-flow plugin module.
#include "document_flow_check.hpp"
#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace {
void register_document_flow(seamless::plugin::Registry& registry) {
  registry.add_check(seamless::plugins::document_flow::make_document_flow_check());
}
}  // namespace

SEAMLESS_PLUGIN("document-flow", "0.1.0",
                "document-flow: paper carried between departments, materials submitted twice",
                register_document_flow, "document-flow：在部门间传递的纸质文件、重复提交的申请材料")
