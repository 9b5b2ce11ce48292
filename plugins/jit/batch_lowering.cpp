// The batch loop around a guard (see batch_lowering.hpp).
#include "batch_lowering.hpp"

#include "llvm/IR/BasicBlock.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Cloning.h"

namespace seamless::plugins::jit {

std::string guard_batch_symbol(std::size_t index) {
  return "guard_batch_" + std::to_string(index);
}

llvm::Function* lower_guard_batch(llvm::Function& guard, std::size_t index, llvm::Module& module) {
  llvm::LLVMContext& context = module.getContext();
  llvm::Type* i64 = llvm::Type::getInt64Ty(context);
  auto* pointer = llvm::PointerType::getUnqual(i64);
  auto* type = llvm::FunctionType::get(llvm::Type::getVoidTy(context),
                                       {pointer, i64, i64, i64, pointer}, /*isVarArg=*/false);
  auto* function = llvm::Function::Create(type, llvm::Function::ExternalLinkage,
                                          guard_batch_symbol(index), module);
  function->addFnAttr(llvm::Attribute::NoUnwind);
  for (unsigned p : {0u, 4u}) {
    function->addParamAttr(p, llvm::Attribute::NoAlias);
    function->addParamAttr(p, llvm::Attribute::NoCapture);
  }
  function->addParamAttr(0, llvm::Attribute::ReadOnly);
  llvm::Value* rows = function->getArg(0);
  llvm::Value* width = function->getArg(1);
  llvm::Value* count = function->getArg(2);
  llvm::Value* bit = function->getArg(3);
  llvm::Value* keys = function->getArg(4);

  auto* entry = llvm::BasicBlock::Create(context, "entry", function);
  auto* loop = llvm::BasicBlock::Create(context, "loop", function);
  auto* done = llvm::BasicBlock::Create(context, "done", function);
  llvm::IRBuilder<> b(entry);
  b.CreateCondBr(b.CreateICmpEQ(count, b.getInt64(0)), done, loop);

  b.SetInsertPoint(loop);
  llvm::PHINode* row = b.CreatePHI(i64, 2, "row");
  row->addIncoming(b.getInt64(0), entry);
  llvm::Value* slots = b.CreateGEP(i64, rows, b.CreateMul(row, width), "slots");
  llvm::CallInst* truth = b.CreateCall(&guard, {slots}, "truth");
  // Expression values after the call: inlining splits the block at the call.
  llvm::Value* holds = b.CreateICmpEQ(truth, b.getInt8(1));
  llvm::Value* key_address = b.CreateGEP(i64, keys, row, "key");
  llvm::Value* key = b.CreateLoad(i64, key_address);
  b.CreateStore(b.CreateOr(key, b.CreateSelect(holds, bit, b.getInt64(0))), key_address);
  llvm::Value* next = b.CreateAdd(row, b.getInt64(1), "next", /*HasNUW=*/true);
  llvm::BasicBlock* latch = b.GetInsertBlock();
  row->addIncoming(next, latch);
  b.CreateCondBr(b.CreateICmpEQ(next, count), done, loop);

  b.SetInsertPoint(done);
  b.CreateRetVoid();

  // The phi's back edge comes from the block that ends the loop body; inlining the call splits
  // `loop`, and LLVM rewrites the phi's incoming block when it moves the terminator.
  llvm::InlineFunctionInfo info;
  if (!llvm::InlineFunction(*truth, info).isSuccess()) {
    function->eraseFromParent();
    return nullptr;
  }
  return function;
}

}  // namespace seamless::plugins::jit
