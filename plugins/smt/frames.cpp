// Frames of case variables as Z3 constants (frames.hpp).
#include "frames.hpp"

#include <stdexcept>
#include <string>

namespace seamless::plugins::smt {

z3::expr fresh_constant(z3::context& context, const char* prefix, const z3::sort& sort) {
  Z3_ast ast = Z3_mk_fresh_const(context, prefix, sort);
  context.check_error();
  return z3::expr(context, ast);
}

z3::expr_vector base_frame(seamless::smt::Variables& variables) {
  z3::expr_vector frame(variables.context());
  const auto count = static_cast<std::uint32_t>(variables.environment().variables().size());
  for (std::uint32_t slot = 0; slot < count; ++slot) frame.push_back(variables.constant(slot));
  return frame;
}

z3::expr_vector rechoose(seamless::smt::Variables& variables, const z3::expr_vector& frame,
                         std::span<const std::uint32_t> slots, z3::expr_vector& domains) {
  z3::context& context = variables.context();
  const z3::expr_vector base = base_frame(variables);
  z3::expr_vector next(context);
  for (unsigned i = 0; i < frame.size(); ++i) next.push_back(frame[i]);
  std::vector<bool> done(frame.size(), false);
  for (std::uint32_t slot : slots) {
    if (slot >= frame.size())
      throw std::invalid_argument("smt: slot " + std::to_string(slot) + " is not a variable");
    if (done[slot]) continue;
    done[slot] = true;
    z3::expr copy = fresh_constant(context, "rechosen", base[slot].get_sort());
    z3::expr_vector from(context), to(context);
    from.push_back(base[slot]);
    to.push_back(copy);
    domains.push_back(variables.domain(slot).substitute(from, to));
    next.set(slot, copy);
  }
  return next;
}

z3::expr on_frame(const z3::expr& e, const z3::expr_vector& base, const z3::expr_vector& frame) {
  return z3::expr(e).substitute(base, frame);
}

}  // namespace seamless::plugins::smt
