// Binding syntax trees to the typed IR (see binder.hpp). Emits nodes in post-order; a subject
// used by several comparisons (`x in [1, 3..5]`) is emitted once and shared.
#include "seamless/expr/binder.hpp"

#include <stdexcept>

#include "seamless/expr/arithmetic.hpp"

namespace seamless::expr {
namespace {

// Thrown to abandon binding at the first error.
struct BindError {
  std::uint32_t column;
  i18n::Text message;
};

// A type's name in Chinese messages.
std::string name_zh(Type t) {
  switch (t) {
    case Type::boolean:
      return "布尔值";
    case Type::integer:
      return "整数";
    case Type::decimal:
      return "小数";
    case Type::string:
      return "字符串";
    case Type::null:
      break;
  }
  return "null";
}

struct Operand {
  std::uint32_t index;
  Type type;  // Type::null for the null literal and for undeclared names not yet typed
};

bool numeric(Type t) {
  return t == Type::integer || t == Type::decimal;
}

Node make_node(Op op, Type type, bool constant_null = false) {
  Node node;
  node.op = op;
  node.type = type;
  node.constant_null = constant_null;
  return node;
}

class Binder {
 public:
  Binder(Environment& env, Expr& expr, std::vector<BindMessage>& messages)
      : env_(env), expr_(expr), messages_(messages) {}

  Operand bind(const SyntaxNode& n) {
    switch (n.kind) {
      case SyntaxKind::name:
        return bind_name(n);
      case SyntaxKind::integer_literal: {
        auto v = parse_integer(n.text);
        if (!v) fail(n, {"integer " + n.text + " is out of range", "整数 " + n.text + " 超出范围"});
        return constant(n, Type::integer, *v);
      }
      case SyntaxKind::decimal_literal: {
        auto v = parse_decimal(n.text);
        if (!v)
          fail(n, {"decimal " + n.text + " has more than 6 decimal places or is out of range",
                   "小数 " + n.text + " 超过 6 位小数或超出范围"});
        return constant(n, Type::decimal, *v);
      }
      case SyntaxKind::string_literal:
        return constant(n, Type::string, env_.strings().intern(n.text));
      case SyntaxKind::true_literal:
        return constant(n, Type::boolean, 1);
      case SyntaxKind::false_literal:
        return constant(n, Type::boolean, 0);
      case SyntaxKind::null_literal: {
        Node node = make_node(Op::constant, Type::null, true);
        node.span = n.span;
        return emit(node);
      }
      case SyntaxKind::logical_not:
        return unary(n, Op::logical_not, expect(bind(child(n, 0)), Type::boolean, n, "not"));
      case SyntaxKind::negate: {
        // -9223372036854775808 is a literal, though its digits alone do not fit int64.
        if (const SyntaxNode& operand = child(n, 0); operand.kind == SyntaxKind::integer_literal)
          if (auto v = parse_integer("-" + operand.text)) return constant(n, Type::integer, *v);
        Operand a = bind(child(n, 0));
        if (a.type == Type::null) a = settle(a, Type::integer);
        if (!numeric(a.type))
          fail(n, {"'-' needs a number, not a " + name(a.type),
                   "“-”需要数字，而不是" + name_zh(a.type)});
        return unary(n, Op::negate, a);
      }
      case SyntaxKind::add:
        return arithmetic(n, Op::add);
      case SyntaxKind::subtract:
        return arithmetic(n, Op::subtract);
      case SyntaxKind::multiply:
        return arithmetic(n, Op::multiply);
      case SyntaxKind::divide:
        return arithmetic(n, Op::divide);
      case SyntaxKind::modulo:
        return arithmetic(n, Op::modulo);
      case SyntaxKind::equal:
      case SyntaxKind::not_equal:
      case SyntaxKind::less:
      case SyntaxKind::less_equal:
      case SyntaxKind::greater:
      case SyntaxKind::greater_equal: {
        // Left before right: binding types undeclared names, so the order is part of the result.
        const Operand left = bind(child(n, 0));
        const Operand right = bind(child(n, 1));
        return comparison(n, n.kind, left, right);
      }
      case SyntaxKind::logical_and:
      case SyntaxKind::logical_or: {
        const char* word = n.kind == SyntaxKind::logical_and ? "and" : "or";
        Operand a = expect(bind(child(n, 0)), Type::boolean, child(n, 0), word);
        Operand b = expect(bind(child(n, 1)), Type::boolean, child(n, 1), word);
        return binary(n, n.kind == SyntaxKind::logical_and ? Op::logical_and : Op::logical_or,
                      Type::boolean, a, b);
      }
      case SyntaxKind::in_list:
        return in_list(n);
      case SyntaxKind::between: {
        Operand subject = bind(child(n, 0));
        const Operand low_value = bind(child(n, 1));
        const Operand high_value = bind(child(n, 2));
        subject = settle(subject, common_type({low_value, high_value}));
        const Operand low = comparison(n, SyntaxKind::greater_equal, subject, low_value);
        const Operand high = comparison(n, SyntaxKind::less_equal, subject, high_value);
        return binary(n, Op::logical_and, Type::boolean, low, high);
      }
      case SyntaxKind::empty: {
        Operand a = bind(child(n, 0));
        if (a.type == Type::null && is_variable(a)) a = settle(a, Type::string);
        if (a.type == Type::string) {
          Node node = make_node(Op::is_empty, Type::boolean);
          node.a = a.index;
          node.constant = env_.strings().intern("");
          node.span = n.span;
          return emit(node);
        }
        return unary(n, Op::is_null, a, Type::boolean);
      }
      case SyntaxKind::range:
        fail(n, {"a range can only stand in a list after 'in'", "区间只能出现在“in”之后的列表中"});
    }
    fail(n, {"unsupported expression", "不支持的表达式"});
  }

  // Gives an untyped operand (an undeclared name) its type, once: a variable typed by an earlier
  // use keeps that type. The null literal stays null.
  Operand settle(Operand o, Type type) {
    if (!is_variable(o)) return o;
    const std::uint32_t slot = expr_.nodes[o.index].slot;
    if (const Type current = env_.variables()[slot].type; current != Type::null)
      return {o.index, current};
    if (type == Type::null) return o;
    env_.variable(slot).type = type;
    for (Node& node : expr_.nodes)
      if (node.op == Op::variable && node.slot == slot) node.type = type;
    return {o.index, type};
  }

  // Undeclared names whose type was inferred: one warning each, after binding.
  void report_inferred() {
    for (std::uint32_t slot : inferred_) {
      const Variable& v = env_.variables()[slot];
      if (v.type == Type::null) {
        throw BindError{
            first_use_[slot],
            {"cannot tell the type of '" + v.name + "'; declare it with reform:variable",
             "无法确定“" + v.name + "”的类型；请用 reform:variable 声明它"}};
      }
      messages_.push_back(
          {diag::Severity::warning, first_use_[slot],
           "'" + v.name +
               "' is not declared as a reform:variable; treated as an "
               "unconstrained " +
               name(v.type),
           "“" + v.name + "”没有声明为 reform:variable；按不受约束的" + name_zh(v.type) + "处理"});
    }
  }

 private:
  [[noreturn]] void fail(const SyntaxNode& n, i18n::Text message) {
    throw BindError{n.span.begin, std::move(message)};
  }

  static const SyntaxNode& child(const SyntaxNode& n, std::size_t i) {
    if (i >= n.children.size())
      throw BindError{n.span.begin, {"malformed syntax tree", "语法树格式错误"}};
    return n.children[i];
  }

  static std::string name(Type t) { return std::string(to_string(t)); }

  Operand emit(Node node) {
    expr_.nodes.push_back(node);
    return {static_cast<std::uint32_t>(expr_.nodes.size() - 1), node.type};
  }

  Operand constant(const SyntaxNode& n, Type type, std::int64_t bits) {
    Node node = make_node(Op::constant, type);
    node.constant = bits;
    node.span = n.span;
    return emit(node);
  }

  Operand unary(const SyntaxNode& n, Op op, Operand a, std::optional<Type> type = {}) {
    Node node = make_node(op, type.value_or(a.type == Type::null ? Type::boolean : a.type));
    node.a = a.index;
    node.span = n.span;
    return emit(node);
  }

  Operand binary(const SyntaxNode& n, Op op, Type type, Operand a, Operand b) {
    Node node = make_node(op, type);
    node.a = a.index;
    node.b = b.index;
    node.span = n.span;
    return emit(node);
  }

  bool is_variable(Operand o) const { return expr_.nodes[o.index].op == Op::variable; }

  // Whether some node already uses node `index` as an operand.
  bool referenced(std::uint32_t index) const {
    for (const Node& n : expr_.nodes)
      if (n.a == index || n.b == index) return true;
    return false;
  }

  Operand expect(Operand o, Type type, const SyntaxNode& where, const char* op) {
    o = settle(o, type);
    if (o.type != type && o.type != Type::null)
      fail(where, {std::string("'") + op + "' needs a " + name(type) + ", not a " + name(o.type),
                   std::string("“") + op + "”需要" + name_zh(type) + "，而不是" + name_zh(o.type)});
    return o;
  }

  Operand promote(Operand o, const SyntaxNode& n) {
    if (o.type != Type::integer) return o;
    // An integer literal becomes a decimal literal (when it fits) instead of a conversion: in
    // place when nothing refers to it yet, else as a new constant.
    if (Node& c = expr_.nodes[o.index]; c.op == Op::constant && !c.constant_null) {
      if (const Value d = arith::to_decimal({c.constant, false}); !d.null) {
        if (!referenced(o.index)) {
          c.type = Type::decimal;
          c.constant = d.bits;
          return {o.index, Type::decimal};
        }
        Node node = make_node(Op::constant, Type::decimal);
        node.constant = d.bits;
        node.span = c.span;
        return emit(node);
      }
    }
    Node node = make_node(Op::to_decimal, Type::decimal);
    node.a = o.index;
    node.span = n.span;
    return emit(node);
  }

  Operand bind_name(const SyntaxNode& n) {
    std::optional<std::uint32_t> slot = env_.slot_of(n.text);
    if (!slot) missing_operator(n);
    if (!slot) {
      Variable v;
      v.name = n.text;
      v.type = Type::null;
      v.declared = false;
      slot = env_.add(std::move(v));
    }
    const Variable& v = env_.variables()[*slot];
    if (!v.declared && !first_use_.count(*slot)) {
      first_use_[*slot] = n.span.begin;
      inferred_.push_back(*slot);
    }
    Node node = make_node(Op::variable, v.type);
    node.slot = *slot;
    node.span = n.span;
    return emit(node);
  }

  // A name with spaces (FEEL's `Vacation Approval`) that is not declared, whose first word is:
  // `area food` means an operator is missing.
  void missing_operator(const SyntaxNode& n) {
    const std::size_t space = n.text.find(' ');
    if (space == std::string::npos) return;
    const std::string first = n.text.substr(0, space);
    const std::optional<std::uint32_t> declared = env_.slot_of(first);
    if (!declared || !env_.variables()[*declared].declared) return;
    const std::string rest = n.text.substr(space + 1);
    throw BindError{n.span.begin,
                    {"'" + first + "' is followed by '" + rest + "', and '" + n.text +
                         "' is not a declared name (missing operator?)",
                     "“" + first + "”后面紧跟“" + rest + "”，而“" + n.text +
                         "”不是已声明的名称（缺少运算符？）"}};
  }

  Operand arithmetic(const SyntaxNode& n, Op op) {
    Operand a = bind(child(n, 0));
    Operand b = bind(child(n, 1));
    const Type hint = op == Op::divide  ? Type::decimal
                      : numeric(a.type) ? a.type
                      : numeric(b.type) ? b.type
                                        : Type::integer;
    a = settle(a, numeric(b.type) ? b.type : hint);
    b = settle(b, numeric(a.type) ? a.type : hint);
    const char* symbol = op == Op::add        ? "+"
                         : op == Op::subtract ? "-"
                         : op == Op::multiply ? "*"
                         : op == Op::divide   ? "/"
                                              : "%";
    for (const Operand& o : {a, b})
      if (!numeric(o.type) && o.type != Type::null)
        fail(n, {std::string("'") + symbol + "' needs numbers, not a " + name(o.type),
                 std::string("“") + symbol + "”需要数字，而不是" + name_zh(o.type)});
    if (op == Op::modulo) {
      if (a.type == Type::decimal || b.type == Type::decimal)
        fail(n, {"'%' needs integers, not decimals", "“%”需要整数，而不是小数"});
      return binary(n, op, Type::integer, a, b);
    }
    const bool decimal = op == Op::divide || a.type == Type::decimal || b.type == Type::decimal;
    if (decimal) {
      a = promote(a, n);
      b = promote(b, n);
    }
    return binary(n, op, decimal ? Type::decimal : Type::integer, a, b);
  }

  Operand comparison(const SyntaxNode& n, SyntaxKind kind, Operand a, Operand b) {
    a = settle(a, b.type != Type::null ? b.type : Type::null);
    b = settle(b, a.type != Type::null ? a.type : Type::null);
    const bool equality = kind == SyntaxKind::equal || kind == SyntaxKind::not_equal;
    // Nothing else says what an undeclared name compared with another one (or with null)
    // holds: equality reads it as a string (any value), an order as a number.
    const Type fallback = equality ? Type::string : Type::decimal;
    if (a.type == Type::null && b.type == Type::null && (is_variable(a) || is_variable(b))) {
      a = settle(a, fallback);
      b = settle(b, a.type != Type::null ? a.type : fallback);
    }
    if (a.type == Type::null || b.type == Type::null) {
      const i18n::Text untyped{"cannot tell the type of the operands", "无法确定操作数的类型"};
      if (is_variable(a) && a.type == Type::null) fail(n, untyped);
      if (is_variable(b) && b.type == Type::null) fail(n, untyped);
      if (!equality)
        fail(n, {"null can only be compared with = and !=", "null 只能用 = 和 != 比较"});
      // x = null: whether x is null; null = null: true.
      const Operand other = a.type == Type::null ? b : a;
      Operand test = unary(n, Op::is_null, other, Type::boolean);
      return kind == SyntaxKind::equal ? test : unary(n, Op::logical_not, test, Type::boolean);
    }
    if (numeric(a.type) && numeric(b.type)) {
      if (a.type != b.type) {
        a = promote(a, n);
        b = promote(b, n);
      }
    } else if (a.type != b.type) {
      fail(n, {"cannot compare a " + name(a.type) + " with a " + name(b.type),
               "无法比较" + name_zh(a.type) + "和" + name_zh(b.type)});
    } else if (!equality) {
      fail(n, {name(a.type) + "s can only be compared with = and !=",
               name_zh(a.type) + "只能用 = 和 != 比较"});
    }
    Op op = Op::equal;
    switch (kind) {
      case SyntaxKind::not_equal:
        op = Op::not_equal;
        break;
      case SyntaxKind::less:
        op = Op::less;
        break;
      case SyntaxKind::less_equal:
        op = Op::less_equal;
        break;
      case SyntaxKind::greater:
        op = Op::greater;
        break;
      case SyntaxKind::greater_equal:
        op = Op::greater_equal;
        break;
      default:
        break;
    }
    return binary(n, op, Type::boolean, a, b);
  }

  Operand in_list(const SyntaxNode& n) {
    if (n.children.size() < 2)
      fail(n, {"'in' needs at least one value or range", "“in”至少需要一个值或区间"});
    Operand subject = bind(n.children[0]);
    // Every item first, so an undeclared subject takes a type all items agree on.
    struct Item {
      const SyntaxNode* node;
      Operand low, high;  // a value: low only
    };
    std::vector<Item> items;
    std::vector<Operand> values;
    for (std::size_t i = 1; i < n.children.size(); ++i) {
      const SyntaxNode& item = n.children[i];
      if (item.kind == SyntaxKind::range) {
        const Operand low = bind(child(item, 0));
        const Operand high = bind(child(item, 1));
        items.push_back({&item, low, high});
        values.insert(values.end(), {low, high});
      } else {
        const Operand value = bind(item);
        items.push_back({&item, value, value});
        values.push_back(value);
      }
    }
    subject = settle(subject, common_type(values));
    std::optional<Operand> result;
    for (const Item& item : items) {
      Operand test;
      if (item.node->kind == SyntaxKind::range) {
        const SyntaxNode& range = *item.node;
        const Operand low =
            comparison(range, range.low_closed ? SyntaxKind::greater_equal : SyntaxKind::greater,
                       subject, item.low);
        const Operand high =
            comparison(range, range.high_closed ? SyntaxKind::less_equal : SyntaxKind::less,
                       subject, item.high);
        test = binary(range, Op::logical_and, Type::boolean, low, high);
      } else {
        test = comparison(*item.node, SyntaxKind::equal, subject, item.low);
      }
      result = result ? binary(n, Op::logical_or, Type::boolean, *result, test) : test;
    }
    return *result;
  }

  // The type an undeclared subject takes from the values it is compared with: decimal when
  // numbers of both kinds occur, else the first known type (mismatches are then type errors).
  Type common_type(const std::vector<Operand>& values) const {
    Type found = Type::null;
    for (const Operand& v : values) {
      const Type t = is_variable(v) ? env_.variables()[expr_.nodes[v.index].slot].type : v.type;
      if (t == Type::null) continue;
      if (found == Type::null)
        found = t;
      else if (numeric(found) && numeric(t) && found != t)
        found = Type::decimal;
    }
    return found;
  }

  Environment& env_;
  Expr& expr_;
  std::vector<BindMessage>& messages_;
  std::vector<std::uint32_t> inferred_;
  std::unordered_map<std::uint32_t, std::uint32_t> first_use_;
};

}  // namespace

BindResult bind(const SyntaxNode& tree, std::string text, Environment& environment,
                bool require_condition) {
  BindResult result;
  Expr expr;
  expr.text = std::move(text);
  Binder binder(environment, expr, result.messages);
  try {
    Operand root = binder.bind(tree);
    // An undeclared name standing for the whole condition (`${approved}`) is a boolean.
    if (require_condition) root = binder.settle(root, Type::boolean);
    binder.report_inferred();
    if (require_condition && root.type != Type::boolean) {
      throw BindError{tree.span.begin,
                      {"the guard is a " + std::string(to_string(root.type)) + ", not a condition",
                       "该条件的值是" + name_zh(root.type) + "，而不是条件（布尔值）"}};
    }
    result.expr = std::move(expr);
  } catch (const BindError& e) {
    result.messages.push_back({diag::Severity::error, e.column, e.message.en, e.message.zh});
  }
  return result;
}

}  // namespace seamless::expr
