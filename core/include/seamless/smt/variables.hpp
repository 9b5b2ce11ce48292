// The case variables of an Environment as Z3 constants, with their domains: booleans are free
// Bools; integers and (scaled) decimals are Ints within int64 and the declared min/max;
// enumerated strings are Ints among the enumeration's ids; free strings are Ints among the ids of
// the StringTable plus one fresh id per free-string variable (ids from strings().size() on), each
// meaning "some string that is not in the table", so that any pattern of equalities among
// unknown strings can be expressed.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <z3++.h>

#include "seamless/expr/environment.hpp"

namespace seamless::smt {

class Variables {
 public:
  // `environment` must outlive this object; variables and strings added to it later are seen.
  Variables(z3::context& context, const expr::Environment& environment);

  z3::context& context() const { return *context_; }
  const expr::Environment& environment() const { return *environment_; }

  // The Z3 constant of a slot: Bool for booleans, Int otherwise.
  z3::expr constant(std::uint32_t slot);
  // The slot's domain as a constraint on constant(slot).
  z3::expr domain(std::uint32_t slot);
  // The conjunction of every slot's domain.
  z3::expr domains();

  // The fresh string ids: [strings().size(), strings().size() + fresh_string_count()).
  std::int64_t first_fresh_string() const;
  std::int64_t fresh_string_count() const;

 private:
  z3::context* context_;
  const expr::Environment* environment_;
  std::vector<std::optional<z3::expr>> constants_;
};

}  // namespace seamless::smt
