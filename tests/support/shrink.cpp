// Shrinking failing differential cases (see shrink.hpp). The flat post-order IR is turned into
// a tree, mutated, and flattened back.
#include "support/shrink.hpp"

namespace seamless::test {
namespace {

struct Tree {
  expr::Node node;
  std::vector<Tree> operands;
};

Tree to_tree(const expr::Expr& e, std::uint32_t index) {
  Tree t{e.nodes[index], {}};
  if (t.node.a != expr::no_operand) t.operands.push_back(to_tree(e, t.node.a));
  if (t.node.b != expr::no_operand) t.operands.push_back(to_tree(e, t.node.b));
  return t;
}

std::uint32_t flatten(const Tree& t, expr::Expr& out) {
  expr::Node n = t.node;
  n.a = t.operands.size() > 0 ? flatten(t.operands[0], out) : expr::no_operand;
  n.b = t.operands.size() > 1 ? flatten(t.operands[1], out) : expr::no_operand;
  out.nodes.push_back(n);
  return static_cast<std::uint32_t>(out.nodes.size() - 1);
}

expr::Expr to_expr(const Tree& t, const std::string& text) {
  expr::Expr e;
  e.text = text;
  flatten(t, e);
  return e;
}

std::size_t count(const Tree& t) {
  std::size_t n = 1;
  for (const Tree& o : t.operands) n += count(o);
  return n;
}

// How complicated a tree is: operations weigh most, then variables, then non-zero constants.
// Every accepted change lowers it, so shrinking ends.
std::size_t weight(const Tree& t) {
  std::size_t w = 0;
  if (!t.operands.empty()) {
    w = 4;
  } else if (t.node.op == expr::Op::variable) {
    w = 2;
  } else if (!t.node.constant_null && t.node.constant != 0) {
    w = 1;
  }
  for (const Tree& o : t.operands) w += weight(o);
  return w;
}

// The subtree at preorder position `target` (counting from `position`), or nullptr.
Tree* at(Tree& t, std::size_t target, std::size_t& position) {
  if (position++ == target) return &t;
  for (Tree& o : t.operands)
    if (Tree* found = at(o, target, position)) return found;
  return nullptr;
}

// Simpler replacements for a subtree: an operand of the same type, or constants.
std::vector<Tree> simpler(const Tree& t) {
  std::vector<Tree> out;
  for (const Tree& o : t.operands)
    if (o.node.type == t.node.type) out.push_back(o);
  if (t.node.op != expr::Op::constant || t.node.constant != 0 || t.node.constant_null) {
    for (int kind = 0; kind < 3; ++kind) {
      Tree c;
      c.node.op = expr::Op::constant;
      c.node.type = t.node.type;
      c.node.constant = kind == 1 ? 1 : 0;
      c.node.constant_null = kind == 2;
      if (t.node.type == expr::Type::string && kind == 1) continue;
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

Counterexample shrink(Counterexample failing, const StillFails& still_fails, int max_rounds) {
  for (int round = 0; round < max_rounds; ++round) {
    bool changed = false;
    Tree tree = to_tree(failing.expr, static_cast<std::uint32_t>(failing.expr.nodes.size() - 1));
    const std::size_t size = count(tree);
    const std::size_t current = weight(tree);
    for (std::size_t i = 0; i < size && !changed; ++i) {
      std::size_t position = 0;
      const Tree original = *at(tree, i, position);
      for (const Tree& replacement : simpler(original)) {
        Tree candidate = tree;
        position = 0;
        *at(candidate, i, position) = replacement;
        if (weight(candidate) >= current) continue;
        expr::Expr e = to_expr(candidate, failing.expr.text);
        if (still_fails(e, failing.slots)) {
          failing.expr = std::move(e);
          changed = true;
          break;
        }
      }
    }
    for (std::size_t s = 0; s < failing.slots.size() && !changed; ++s) {
      if (failing.slots[s] == 0) continue;
      auto slots = failing.slots;
      slots[s] = 0;
      if (still_fails(failing.expr, slots)) {
        failing.slots = std::move(slots);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return failing;
}

}  // namespace seamless::test
