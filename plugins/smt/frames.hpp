// Several cases in one Z3 query (a setter's values before and after, a run's frames): a frame is
// one Z3 constant per variable slot; a re-choice copies a frame with fresh constants, within their
// domains, for some slots; expressions over the variables are moved onto a frame by substitution.
#pragma once

#include <cstdint>
#include <span>

#include <z3++.h>

#include "seamless/smt/variables.hpp"

namespace seamless::plugins::smt {

// A constant no other constant equals (Z3_mk_fresh_const).
z3::expr fresh_constant(z3::context& context, const char* prefix, const z3::sort& sort);

// The variables' own constants, slot by slot (what Lowering uses).
z3::expr_vector base_frame(seamless::smt::Variables& variables);

// `frame` with fresh constants for `slots` (repeats allowed); their domains are added to
// `domains`. Throws std::invalid_argument for a slot that is not a variable.
z3::expr_vector rechoose(seamless::smt::Variables& variables, const z3::expr_vector& frame,
                         std::span<const std::uint32_t> slots, z3::expr_vector& domains);

// `e`, over the base frame, moved onto `frame`.
z3::expr on_frame(const z3::expr& e, const z3::expr_vector& base, const z3::expr_vector& frame);

}  // namespace seamless::plugins::smt
