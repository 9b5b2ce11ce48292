// Lowering guards to LLVM IR (see lowering.hpp). The semantics are value.hpp's, as the reference
// interpreter implements them (core/expr/interpreter.cpp, seamless/expr/arithmetic.hpp).
//
// Totality: integer + - * and negation use llvm.s*.with.overflow (wrapping, never poison);
// divisors reaching sdiv/srem are never 0 and never -1 with an INT64_MIN dividend; decimal *
// is exact in 64-bit pieces; the 128-bit slow path of decimal / is a call of a plain C++
// function (wide_arithmetic.hpp). The value of a null node is an arbitrary but defined i64, so
// no operation can trap on it.
#include "lowering.hpp"

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "llvm/IR/BasicBlock.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "wide_arithmetic.hpp"

namespace seamless::plugins::jit {

namespace {

using expr::Node;
using expr::Op;
using expr::Type;

// A node's value: `value` (i64) is meaningful only when `null` (i1) is false. Results of
// comparisons and logic also keep their i1 `bit` (value is its zext), so that logic on them
// needs no re-comparison: the IR is already lean without an optimisation pass.
struct Lowered {
  llvm::Value* value;
  llvm::Value* null;
  llvm::Value* bit = nullptr;
};

using WideFunction = expr::int128 (*)(std::int64_t, std::int64_t);

class Lowerer {
 public:
  Lowerer(llvm::Function& function, llvm::Value* slots)
      : function_(function), context_(function.getContext()), b_(context_), slots_(slots) {
    b_.SetInsertPoint(llvm::BasicBlock::Create(context_, "entry", &function_));
  }

  Lowered lower(const Node& n, const std::vector<Lowered>& v) {
    switch (n.op) {
      case Op::constant:
        return {i64(n.constant), b_.getInt1(n.constant_null)};
      case Op::variable:
        return {load_slot(n.slot), b_.getFalse()};
      case Op::logical_not:
        return boolean(negation(truthy(v[n.a])), v[n.a].null);
      case Op::negate:
        return overflowing(llvm::Intrinsic::ssub_with_overflow, {i64(0), b_.getFalse()}, v[n.a]);
      case Op::to_decimal:
        return overflowing(llvm::Intrinsic::smul_with_overflow, v[n.a],
                           {i64(expr::decimal_scale), b_.getFalse()});
      case Op::add:
        return overflowing(llvm::Intrinsic::sadd_with_overflow, v[n.a], v[n.b]);
      case Op::subtract:
        return overflowing(llvm::Intrinsic::ssub_with_overflow, v[n.a], v[n.b]);
      case Op::multiply:
        return n.type == Type::decimal
                   ? multiply_decimal(v[n.a], v[n.b])
                   : overflowing(llvm::Intrinsic::smul_with_overflow, v[n.a], v[n.b]);
      case Op::divide:
        return divide_decimal(v[n.a], v[n.b]);
      case Op::modulo:
        return modulo(v[n.a], v[n.b]);
      case Op::equal:
        return boolean(equal(v[n.a], v[n.b]), b_.getFalse());
      case Op::not_equal:
        return boolean(negation(equal(v[n.a], v[n.b])), b_.getFalse());
      case Op::less:
        return compare(llvm::CmpInst::ICMP_SLT, v[n.a], v[n.b]);
      case Op::less_equal:
        return compare(llvm::CmpInst::ICMP_SLE, v[n.a], v[n.b]);
      case Op::greater:
        return compare(llvm::CmpInst::ICMP_SGT, v[n.a], v[n.b]);
      case Op::greater_equal:
        return compare(llvm::CmpInst::ICMP_SGE, v[n.a], v[n.b]);
      case Op::logical_and:
        return logical_and(v[n.a], v[n.b]);
      case Op::logical_or:
        return logical_or(v[n.a], v[n.b]);
      case Op::is_null:
        return boolean(v[n.a].null, b_.getFalse());
      case Op::is_empty:
        return boolean(either(v[n.a].null, b_.CreateICmpEQ(v[n.a].value, i64(n.constant))),
                       b_.getFalse());
    }
    return {i64(0), b_.getTrue()};  // unreachable after validate()
  }

  // Returns the Truth of `root`: 2 when null, else 1 when its value is non-zero, else 0.
  // Computed as (null << 1) | (non-zero and not null), branch-free at every codegen level.
  void return_truth(const Lowered& root) {
    llvm::Value* holds = both(truthy(root), negation(root.null));
    llvm::Value* truth = b_.CreateOr(b_.CreateZExt(holds, b_.getInt8Ty()),
                                     b_.CreateShl(b_.CreateZExt(root.null, b_.getInt8Ty()), 1));
    b_.CreateRet(truth);
  }

 private:
  llvm::Value* i64(std::int64_t v) { return b_.getInt64(static_cast<std::uint64_t>(v)); }
  llvm::Value* widen(llvm::Value* bit) { return b_.CreateZExt(bit, b_.getInt64Ty()); }
  Lowered boolean(llvm::Value* bit, llvm::Value* null) { return {widen(bit), null, bit}; }
  // Whether a value counts as true (non-zero), ignoring null.
  llvm::Value* truthy(const Lowered& x) {
    return x.bit != nullptr ? x.bit : b_.CreateICmpNE(x.value, i64(0));
  }
  // Whether it is true, respectively false: not null, and non-zero, respectively zero.
  llvm::Value* is_true(const Lowered& x) { return both(negation(x.null), truthy(x)); }
  llvm::Value* is_false(const Lowered& x) { return both(negation(x.null), negation(truthy(x))); }

  // i1 logic that folds constant operands (IRBuilder folds only when both are constant).
  llvm::Value* either(llvm::Value* x, llvm::Value* y) {
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(x)) return c->isZero() ? y : x;
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(y)) return c->isZero() ? x : y;
    return b_.CreateOr(x, y);
  }
  llvm::Value* both(llvm::Value* x, llvm::Value* y) {
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(x)) return c->isZero() ? x : y;
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(y)) return c->isZero() ? y : x;
    return b_.CreateAnd(x, y);
  }
  llvm::Value* negation(llvm::Value* x) { return b_.CreateNot(x); }
  llvm::Value* choose(llvm::Value* condition, llvm::Value* yes, llvm::Value* no) {
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(condition)) return c->isZero() ? no : yes;
    return b_.CreateSelect(condition, yes, no);
  }
  llvm::Value* any_null(const Lowered& a, const Lowered& b) { return either(a.null, b.null); }

  // Each slot is loaded once per function (the blocks holding loads dominate all later code).
  llvm::Value* load_slot(std::uint32_t slot) {
    llvm::Value*& loaded = loads_[slot];
    if (loaded == nullptr) {
      llvm::Value* address = b_.CreateConstInBoundsGEP1_64(b_.getInt64Ty(), slots_, slot);
      loaded = b_.CreateAlignedLoad(b_.getInt64Ty(), address, llvm::Align(8));
    }
    return loaded;
  }

  // An llvm.s{add,sub,mul}.with.overflow: null when an operand is null or the result overflows.
  Lowered overflowing(llvm::Intrinsic::ID id, const Lowered& a, const Lowered& b) {
    llvm::Value* pair = b_.CreateBinaryIntrinsic(id, a.value, b.value);
    return {b_.CreateExtractValue(pair, 0), either(any_null(a, b), b_.CreateExtractValue(pair, 1))};
  }

  Lowered compare(llvm::CmpInst::Predicate predicate, const Lowered& a, const Lowered& b) {
    return boolean(b_.CreateICmp(predicate, a.value, b.value), any_null(a, b));
  }

  // Null-aware equality (i1, never null): null = null, null != v.
  llvm::Value* equal(const Lowered& a, const Lowered& b) {
    llvm::Value* same = b_.CreateICmpEQ(a.value, b.value);
    return choose(any_null(a, b), both(a.null, b.null), same);
  }

  // Kleene: true when both sides are true, false when either is false, else null.
  Lowered logical_and(const Lowered& a, const Lowered& b) {
    llvm::Value* bit = both(is_true(a), is_true(b));
    llvm::Value* null = any_null(a, b);
    if (is_constant_false(null)) return boolean(bit, null);
    return boolean(bit, both(null, negation(either(is_false(a), is_false(b)))));
  }
  // Kleene: true when either side is true, else null when either is null, else false.
  Lowered logical_or(const Lowered& a, const Lowered& b) {
    llvm::Value* bit = either(is_true(a), is_true(b));
    llvm::Value* null = any_null(a, b);
    if (is_constant_false(null)) return boolean(bit, null);
    return boolean(bit, both(null, negation(bit)));
  }
  static bool is_constant_zero(llvm::Value* x) {
    auto* c = llvm::dyn_cast<llvm::ConstantInt>(x);
    return c != nullptr && c->isZero();
  }
  static bool is_constant_false(llvm::Value* x) { return is_constant_zero(x); }

  // JUEL `%`: truncating; null for a zero divisor. x % -1 is 0 for every x, which is also x % 1:
  // the divisor -1 (and 0) is replaced by 1, so INT64_MIN % -1 never reaches srem.
  Lowered modulo(const Lowered& a, const Lowered& b) {
    llvm::Value* zero = b_.CreateICmpEQ(b.value, i64(0));
    llvm::Value* minus_one = b_.CreateICmpEQ(b.value, i64(-1));
    llvm::Value* divisor = choose(either(zero, minus_one), i64(1), b.value);
    return {b_.CreateSRem(a.value, divisor), either(any_null(a, b), zero)};
  }

  // (a * b) / 10^6 truncated toward zero, exact and branch-free. With a = ah·10^6 + al and
  // b = bh·10^6 + bl (truncating, so al, bl have the signs of a, b and |al|, |bl| < 10^6):
  //   a·b = (ah·b + al·bh)·10^6 + al·bl, and every term has the sign of a·b (or is 0), so
  //   trunc(a·b / 10^6) = ah·b + al·bh + trunc(al·bl / 10^6).
  // |al·bh| < 10^6 · 9.3·10^12 and |al·bl| < 10^12 cannot overflow; ah·b and the two sums are
  // checked. Same-sign partial sums never exceed the result, so an overflow flag is raised
  // exactly when the result is outside int64.
  Lowered multiply_decimal(const Lowered& a, const Lowered& b) {
    llvm::Value* scale = i64(expr::decimal_scale);
    llvm::Value* a_high = divide_by_scale(a.value);
    llvm::Value* a_low = b_.CreateSub(a.value, b_.CreateMul(a_high, scale));
    llvm::Value* b_high = divide_by_scale(b.value);
    llvm::Value* b_low = b_.CreateSub(b.value, b_.CreateMul(b_high, scale));
    const Lowered high = overflowing(llvm::Intrinsic::smul_with_overflow, {a_high, b_.getFalse()},
                                     {b.value, b_.getFalse()});
    const Lowered low{divide_by_scale(b_.CreateMul(a_low, b_low)), b_.getFalse()};
    Lowered sum = high;
    if (!is_constant_zero(b_high)) {  // a constant |b| < 1 has no middle term
      const Lowered middle{b_.CreateMul(a_low, b_high), b_.getFalse()};
      sum = overflowing(llvm::Intrinsic::sadd_with_overflow, sum, middle);
    }
    sum = overflowing(llvm::Intrinsic::sadd_with_overflow, sum, low);
    return {sum.value, either(any_null(a, b), sum.null)};
  }

  // x / 10^6 truncated toward zero, for every int64 x, as LLVM's own lowering of sdiv by this
  // constant (multiply-high by a magic number, shift, add 1 when negative), spelled out so that
  // the fast instruction selector (CodeGenOpt::None) does not emit a hardware division.
  llvm::Value* divide_by_scale(llvm::Value* x) {
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(x))
      return i64(c->getSExtValue() / expr::decimal_scale);
    constexpr std::uint64_t magic = 0x431BDE82D7B634DBull;  // ceil(2^82 / 10^6)
    llvm::Value* product = b_.CreateMul(b_.CreateSExt(x, b_.getInt128Ty()),
                                        llvm::ConstantInt::get(b_.getInt128Ty(), magic));
    llvm::Value* estimate = b_.CreateTrunc(b_.CreateAShr(product, 82), b_.getInt64Ty());
    return b_.CreateAdd(estimate, b_.CreateLShr(estimate, 63));
  }

  // (a * 10^6) / b truncated; null for a zero divisor. The fast path's dividend is an exact
  // multiple of 10^6, so never INT64_MIN: dividing it by -1 cannot overflow.
  Lowered divide_decimal(const Lowered& a, const Lowered& b) {
    llvm::Value* zero = b_.CreateICmpEQ(b.value, i64(0));
    llvm::Value* divisor = choose(zero, i64(1), b.value);
    llvm::Value* pair = b_.CreateBinaryIntrinsic(llvm::Intrinsic::smul_with_overflow, a.value,
                                                 i64(expr::decimal_scale));
    llvm::Value* dividend = b_.CreateExtractValue(pair, 0);
    Lowered result = split_on_overflow(
        b_.CreateExtractValue(pair, 1),
        [&] {
          return Lowered{b_.CreateSDiv(dividend, divisor), b_.getFalse()};
        },
        [&] { return narrow(call_wide(&divide_decimal_wide, a.value, divisor)); });
    return {result.value, either(either(any_null(a, b), zero), result.null)};
  }

  // Emits `fast` when `overflow` is false and `slow` (cold) when it is true; merges the results.
  template <class Fast, class Slow>
  Lowered split_on_overflow(llvm::Value* overflow, Fast fast, Slow slow) {
    auto* fast_block = llvm::BasicBlock::Create(context_, "fast", &function_);
    auto* slow_block = llvm::BasicBlock::Create(context_, "slow", &function_);
    auto* join_block = llvm::BasicBlock::Create(context_, "join", &function_);
    b_.CreateCondBr(overflow, slow_block, fast_block,
                    llvm::MDBuilder(context_).createBranchWeights(1, 1 << 20));
    b_.SetInsertPoint(fast_block);
    const Lowered f = fast();
    fast_block = b_.GetInsertBlock();
    b_.CreateBr(join_block);
    b_.SetInsertPoint(slow_block);
    const Lowered s = slow();
    slow_block = b_.GetInsertBlock();
    b_.CreateBr(join_block);
    b_.SetInsertPoint(join_block);
    llvm::PHINode* value = b_.CreatePHI(b_.getInt64Ty(), 2);
    value->addIncoming(f.value, fast_block);
    value->addIncoming(s.value, slow_block);
    llvm::PHINode* null = b_.CreatePHI(b_.getInt1Ty(), 2);
    null->addIncoming(f.null, fast_block);
    null->addIncoming(s.null, slow_block);
    return {value, null};
  }

  // A call of a wide_arithmetic.hpp function by its address (the JIT runs in this process).
  llvm::Value* call_wide(WideFunction function, llvm::Value* a, llvm::Value* b) {
    auto* type = llvm::FunctionType::get(b_.getInt128Ty(), {b_.getInt64Ty(), b_.getInt64Ty()},
                                         /*isVarArg=*/false);
    llvm::Value* callee = b_.CreateIntToPtr(i64(reinterpret_cast<std::intptr_t>(function)),
                                            llvm::PointerType::getUnqual(type));
    llvm::CallInst* call = b_.CreateCall(type, callee, {a, b});
    call->setDoesNotThrow();
    return call;
  }

  // An exact i128 result as {i64, null when it does not fit}.
  Lowered narrow(llvm::Value* wide) {
    llvm::Value* low = b_.CreateTrunc(wide, b_.getInt64Ty());
    llvm::Value* fits = b_.CreateICmpEQ(b_.CreateSExt(low, b_.getInt128Ty()), wide);
    return {low, negation(fits)};
  }

  llvm::Function& function_;
  llvm::LLVMContext& context_;
  llvm::IRBuilder<> b_;
  llvm::Value* slots_;
  std::unordered_map<std::uint32_t, llvm::Value*> loads_;
};

}  // namespace

std::string guard_symbol(std::size_t index) {
  return "guard_" + std::to_string(index);
}

llvm::Function* lower_guard(const expr::Expr& guard, std::size_t index, llvm::Module& module) {
  llvm::LLVMContext& context = module.getContext();
  auto* slots_type = llvm::PointerType::getUnqual(llvm::Type::getInt64Ty(context));
  auto* type = llvm::FunctionType::get(llvm::Type::getInt8Ty(context), {slots_type},
                                       /*isVarArg=*/false);
  auto* function =
      llvm::Function::Create(type, llvm::Function::ExternalLinkage, guard_symbol(index), module);
  function->addFnAttr(llvm::Attribute::NoUnwind);
  function->addParamAttr(0, llvm::Attribute::NoAlias);
  function->addParamAttr(0, llvm::Attribute::NoCapture);
  function->addParamAttr(0, llvm::Attribute::ReadOnly);
  llvm::Value* slots = function->getArg(0);
  slots->setName("slots");

  Lowerer lowerer(*function, slots);
  if (guard.nodes.empty()) {
    lowerer.return_truth({llvm::ConstantInt::get(llvm::Type::getInt64Ty(context), 0),
                          llvm::ConstantInt::getTrue(context)});
    return function;
  }
  std::vector<Lowered> values;
  values.reserve(guard.nodes.size());
  for (const Node& node : guard.nodes) values.push_back(lowerer.lower(node, values));
  lowerer.return_truth(values.back());
  return function;
}

}  // namespace seamless::plugins::jit
