// Printing the typed IR as an S-expression (see print.hpp).
#include "seamless/expr/print.hpp"

#include <vector>

namespace seamless::expr {

std::string print(const Expr& e, const Environment& env) {
  std::vector<std::string> text(e.nodes.size());
  for (std::size_t i = 0; i < e.nodes.size(); ++i) {
    const Node& n = e.nodes[i];
    switch (n.op) {
      case Op::constant:
        text[i] = format_value({n.constant, n.constant_null}, n.type, env.strings());
        break;
      case Op::variable:
        text[i] = n.slot < env.variables().size() ? env.variables()[n.slot].name
                                                  : "$" + std::to_string(n.slot);
        break;
      default:
        text[i] = "(" + std::string(to_string(n.op)) + " " + text[n.a] +
                  (n.b != no_operand ? " " + text[n.b] : "") + ")";
        break;
    }
  }
  return e.nodes.empty() ? "" : text.back();
}

}  // namespace seamless::expr
