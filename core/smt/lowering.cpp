// Lowering of the typed IR to Z3, node by node in post-order (semantics in value.hpp).
#include "seamless/smt/lowering.hpp"

#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace seamless::smt {

using expr::Node;
using expr::Op;
using expr::Type;

namespace {

constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();

// Boolean connectives that fold constants, so the common "never null" flags stay `false`.
z3::expr or_(const z3::expr& a, const z3::expr& b) {
  if (a.is_false() || b.is_true()) return b;
  if (b.is_false() || a.is_true()) return a;
  return a || b;
}

z3::expr and_(const z3::expr& a, const z3::expr& b) {
  if (a.is_true() || b.is_false()) return b;
  if (b.is_true() || a.is_false()) return a;
  return a && b;
}

z3::expr not_(const z3::expr& a) {
  if (a.is_true()) return a.ctx().bool_val(false);
  if (a.is_false()) return a.ctx().bool_val(true);
  return !a;
}

z3::expr outside_int64(const z3::expr& x) {
  z3::context& ctx = x.ctx();
  return x < ctx.int_val(int64_min) || x > ctx.int_val(int64_max);
}

// Division and remainder truncating toward zero, from Z3's Euclidean div and mod (whose
// remainder is never negative): for a >= 0 they agree; otherwise negate around -a.
z3::expr truncating_div(const z3::expr& a, const z3::expr& b) {
  const z3::expr zero = a.ctx().int_val(0);
  return z3::ite(a >= zero, a / b, -((-a) / b));
}

z3::expr truncating_rem(const z3::expr& a, const z3::expr& b) {
  const z3::expr zero = a.ctx().int_val(0);
  return z3::ite(a >= zero, z3::mod(a, b), -z3::mod(-a, b));
}

// A checked arithmetic result: null when an operand is null or the exact result leaves int64.
Term checked(const z3::expr& result, const z3::expr& operands_null) {
  return {result, or_(operands_null, outside_int64(result))};
}

class NodeLowering {
 public:
  NodeLowering(Variables& variables, const std::int64_t* slots)
      : variables_(variables), ctx_(variables.context()), slots_(slots) {}

  Term operator()(const Node& n, const std::vector<Term>& t) {
    switch (n.op) {
      case Op::constant:
        if (n.constant_null || n.type == Type::null) return null_of(n.type);
        return {n.type == Type::boolean ? ctx_.bool_val(n.constant != 0) : ctx_.int_val(n.constant),
                no()};
      case Op::variable:
        if (slots_ != nullptr) {
          const std::int64_t bits = slots_[n.slot];
          return {n.type == Type::boolean ? ctx_.bool_val(bits != 0) : ctx_.int_val(bits), no()};
        }
        return {variables_.constant(n.slot), no()};
      case Op::logical_not: {
        const Term a = boolean(operand(t, n.a));
        return {not_(a.value), a.null};
      }
      case Op::negate: {
        const Term a = integer(operand(t, n.a));
        return checked(-a.value, a.null);
      }
      case Op::to_decimal: {
        const Term a = integer(operand(t, n.a));
        return checked(a.value * scale(), a.null);
      }
      case Op::add:
      case Op::subtract:
      case Op::multiply:
      case Op::divide:
      case Op::modulo:
        return arithmetic(n, integer(operand(t, n.a)), integer(operand(t, n.b)));
      case Op::equal:
        return {equal(operand(t, n.a), operand(t, n.b)), no()};
      case Op::not_equal:
        return {not_(equal(operand(t, n.a), operand(t, n.b))), no()};
      case Op::less:
      case Op::less_equal:
      case Op::greater:
      case Op::greater_equal:
        return compare(n.op, integer(operand(t, n.a)), integer(operand(t, n.b)));
      case Op::logical_and:
      case Op::logical_or:
        return kleene(n.op, boolean(operand(t, n.a)), boolean(operand(t, n.b)));
      case Op::is_null:
        return {operand(t, n.a).null, no()};
      case Op::is_empty: {
        const Term a = integer(operand(t, n.a));
        return {or_(a.null, a.value == ctx_.int_val(n.constant)), no()};
      }
    }
    throw std::invalid_argument("smt: unknown operation " + std::to_string(static_cast<int>(n.op)));
  }

 private:
  z3::expr no() { return ctx_.bool_val(false); }
  z3::expr yes() { return ctx_.bool_val(true); }
  z3::expr scale() { return ctx_.int_val(expr::decimal_scale); }

  Term null_of(Type type) {
    return {type == Type::boolean ? ctx_.bool_val(false) : ctx_.int_val(0), yes()};
  }

  static const Term& operand(const std::vector<Term>& t, std::uint32_t index) {
    if (index >= t.size())
      throw std::invalid_argument("smt: operand " + std::to_string(index) +
                                  " is not before its node");
    return t[index];
  }

  // Operands of the wrong sort can only be the untyped null constant: any value of the right sort
  // stands in for it, since it is never read.
  Term boolean(const Term& a) {
    if (a.value.is_bool()) return a;
    if (!a.null.is_true()) throw std::invalid_argument("smt: a boolean operand is not boolean");
    return null_of(Type::boolean);
  }

  Term integer(const Term& a) {
    if (a.value.is_int()) return a;
    if (!a.null.is_true()) throw std::invalid_argument("smt: a numeric operand is not numeric");
    return null_of(Type::integer);
  }

  Term arithmetic(const Node& n, const Term& a, const Term& b) {
    const z3::expr null = or_(a.null, b.null);
    switch (n.op) {
      case Op::add:
        return checked(a.value + b.value, null);
      case Op::subtract:
        return checked(a.value - b.value, null);
      case Op::multiply:
        if (n.type == Type::decimal)
          return checked(truncating_div(a.value * b.value, scale()), null);
        return checked(a.value * b.value, null);
      case Op::divide: {
        const z3::expr by_zero = b.value == ctx_.int_val(0);
        const Term q = checked(truncating_div(a.value * scale(), b.value), null);
        return {q.value, or_(or_(null, by_zero), q.null)};
      }
      default: {  // modulo: |result| < |b|, never out of range
        const z3::expr by_zero = b.value == ctx_.int_val(0);
        return {truncating_rem(a.value, b.value), or_(null, by_zero)};
      }
    }
  }

  // Null-aware: null = null is true, null = v is false; never null.
  z3::expr equal(const Term& a, const Term& b) {
    const z3::expr both_null = and_(a.null, b.null);
    if (a.null.is_true() || b.null.is_true()) return both_null;
    if (!z3::eq(a.value.get_sort(), b.value.get_sort()))
      throw std::invalid_argument("smt: equality of operands of different types");
    const z3::expr same = and_(and_(not_(a.null), not_(b.null)), a.value == b.value);
    return or_(both_null, same);
  }

  Term compare(Op op, const Term& a, const Term& b) {
    z3::expr r = op == Op::less         ? a.value < b.value
                 : op == Op::less_equal ? a.value <= b.value
                 : op == Op::greater    ? a.value > b.value
                                        : a.value >= b.value;
    return {r, or_(a.null, b.null)};
  }

  // Kleene: false and x = false, true or x = true, otherwise null if either is null.
  Term kleene(Op op, const Term& a, const Term& b) {
    if (op == Op::logical_and) {
      const z3::expr decided = or_(and_(not_(a.null), not_(a.value)),
                                   and_(not_(b.null), not_(b.value)));  // a false or b false
      return {not_(decided), and_(not_(decided), or_(a.null, b.null))};
    }
    const z3::expr decided =
        or_(and_(not_(a.null), a.value), and_(not_(b.null), b.value));  // a true or b true
    return {decided, and_(not_(decided), or_(a.null, b.null))};
  }

  Variables& variables_;
  z3::context& ctx_;
  const std::int64_t* slots_;
};

Term lower_nodes(Variables& variables, const expr::Expr& e, const std::int64_t* slots) {
  if (e.nodes.empty()) return {variables.context().int_val(0), variables.context().bool_val(true)};
  NodeLowering lower(variables, slots);
  std::vector<Term> terms;
  terms.reserve(e.nodes.size());
  for (const Node& n : e.nodes) terms.push_back(lower(n, terms));
  return terms.back();
}

}  // namespace

Term Lowering::lower(const expr::Expr& e) {
  return lower_nodes(*variables_, e, nullptr);
}

Term Lowering::lower(const expr::Expr& e, const std::int64_t* slots) {
  return lower_nodes(*variables_, e, slots);
}

z3::expr Lowering::holds(const Term& term) {
  if (!term.value.is_bool()) return term.value.ctx().bool_val(false);
  return and_(term.value, not_(term.null));
}

}  // namespace seamless::smt
