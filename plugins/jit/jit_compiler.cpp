// Compiling a guard set: validate, lower every guard into one module, hand it to a fresh LLJIT,
// look the functions up (see jit_compiler.hpp).
#include "jit_compiler.hpp"

#include <utility>

#include "batch_lowering.hpp"
#include "codegen_options.hpp"
#include "function_passes.hpp"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/ThreadSafeModule.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm_compat.hpp"
#include "lowering.hpp"
#include "validate.hpp"

namespace seamless::plugins::jit {

namespace {

class JitCompiledGuards final : public plugin::CompiledGuards {
 public:
  JitCompiledGuards(std::unique_ptr<llvm::orc::LLJIT> jit,
                    std::vector<plugin::GuardFunction> functions,
                    std::vector<plugin::GuardBatchFunction> batch_functions)
      : jit_(std::move(jit)),
        functions_(std::move(functions)),
        batch_functions_(std::move(batch_functions)) {}
  std::size_t size() const override { return functions_.size(); }
  plugin::GuardFunction function(std::size_t index) const override { return functions_[index]; }
  plugin::GuardBatchFunction batch_function(std::size_t index) const override {
    return batch_functions_[index];
  }

 private:
  std::unique_ptr<llvm::orc::LLJIT> jit_;  // owns the code the functions point into
  std::vector<plugin::GuardFunction> functions_;
  std::vector<plugin::GuardBatchFunction> batch_functions_;
};

bool initialise_native_target() {
  static const bool ok = [] {
    return !llvm::InitializeNativeTarget() && !llvm::InitializeNativeTargetAsmPrinter();
  }();
  return ok;
}

std::unique_ptr<plugin::CompiledGuards> fail(std::string& error, std::string message) {
  error = std::move(message);
  return nullptr;
}

std::string message_of(llvm::Error e) {
  return llvm::toString(std::move(e));
}

}  // namespace

std::unique_ptr<plugin::CompiledGuards> JitGuardCompiler::compile(
    const std::vector<const expr::Expr*>& guards, std::string& error) const {
  for (std::size_t i = 0; i < guards.size(); ++i) {
    if (guards[i] == nullptr) return fail(error, "guard " + std::to_string(i) + " is missing");
    if (std::string problem = validate(*guards[i]); !problem.empty())
      return fail(error, "guard " + std::to_string(i) + ": " + problem);
  }
  if (!initialise_native_target()) return fail(error, "LLVM has no native target");
  const CodegenOptions options = codegen_options_from_environment();

  auto machine = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!machine) return fail(error, message_of(machine.takeError()));
  machine->setCodeGenOptLevel(compat::codegen_level(options.opt_level));
  auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(std::move(*machine)).create();
  if (!jit) return fail(error, message_of(jit.takeError()));

  auto context = std::make_unique<llvm::LLVMContext>();
  auto module = std::make_unique<llvm::Module>("seamless-guards", *context);
  module->setDataLayout((*jit)->getDataLayout());
  module->setTargetTriple((*jit)->getTargetTriple().str());
  for (std::size_t i = 0; i < guards.size(); ++i) {
    llvm::Function* guard = lower_guard(*guards[i], i, *module);
    if (lower_guard_batch(*guard, i, *module) == nullptr)
      return fail(error, "internal error: guard " + std::to_string(i) + " cannot be inlined");
  }
  std::string broken;
  llvm::raw_string_ostream broken_stream(broken);
  if (llvm::verifyModule(*module, &broken_stream))
    return fail(error, "internal error: invalid IR: " + broken_stream.str());
  if (options.passes) run_function_passes(*module);

  if (auto e =
          (*jit)->addIRModule(llvm::orc::ThreadSafeModule(std::move(module), std::move(context))))
    return fail(error, message_of(std::move(e)));
  std::vector<plugin::GuardFunction> functions;
  std::vector<plugin::GuardBatchFunction> batch_functions;
  functions.reserve(guards.size());
  batch_functions.reserve(guards.size());
  for (std::size_t i = 0; i < guards.size(); ++i) {
    auto symbol = (*jit)->lookup(guard_symbol(i));
    if (!symbol) return fail(error, message_of(symbol.takeError()));
    functions.push_back(reinterpret_cast<plugin::GuardFunction>(compat::address_of(*symbol)));
    auto batch = (*jit)->lookup(guard_batch_symbol(i));
    if (!batch) return fail(error, message_of(batch.takeError()));
    batch_functions.push_back(
        reinterpret_cast<plugin::GuardBatchFunction>(compat::address_of(*batch)));
  }
  return std::make_unique<JitCompiledGuards>(std::move(*jit), std::move(functions),
                                             std::move(batch_functions));
}

}  // namespace seamless::plugins::jit
