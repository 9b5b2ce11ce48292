// Z3 constants and domain constraints of the case variables (see variables.hpp).
#include "seamless/smt/variables.hpp"

#include <limits>
#include <string>

namespace seamless::smt {

namespace {
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
}  // namespace

Variables::Variables(z3::context& context, const expr::Environment& environment)
    : context_(&context), environment_(&environment) {}

z3::expr Variables::constant(std::uint32_t slot) {
  if (slot >= constants_.size()) constants_.resize(environment_->variables().size());
  std::optional<z3::expr>& c = constants_.at(slot);
  if (!c) {
    const expr::Variable& v = environment_->variables().at(slot);
    const std::string name = v.name + "#" + std::to_string(slot);
    c = v.type == expr::Type::boolean ? context_->bool_const(name.c_str())
                                      : context_->int_const(name.c_str());
  }
  return *c;
}

std::int64_t Variables::first_fresh_string() const {
  return static_cast<std::int64_t>(environment_->strings().size());
}

std::int64_t Variables::fresh_string_count() const {
  std::int64_t count = 0;
  for (const expr::Variable& v : environment_->variables())
    if (v.type == expr::Type::string && v.values.empty()) ++count;
  return count;
}

z3::expr Variables::domain(std::uint32_t slot) {
  const expr::Variable& v = environment_->variables().at(slot);
  z3::context& ctx = *context_;
  const z3::expr x = constant(slot);
  switch (v.type) {
    case expr::Type::boolean:
      return ctx.bool_val(true);
    case expr::Type::string: {
      if (v.values.empty()) {
        // Dense ids 0..size-1, then the fresh ids.
        return x >= ctx.int_val(std::int64_t{0}) &&
               x < ctx.int_val(first_fresh_string() + fresh_string_count());
      }
      z3::expr_vector options(ctx);
      for (std::uint32_t id : v.values) options.push_back(x == ctx.int_val(std::int64_t{id}));
      return z3::mk_or(options);
    }
    default: {
      const std::int64_t lo = v.min ? *v.min : int64_min;
      const std::int64_t hi = v.max ? *v.max : int64_max;
      return x >= ctx.int_val(lo) && x <= ctx.int_val(hi);
    }
  }
}

z3::expr Variables::domains() {
  z3::expr_vector all(*context_);
  for (std::uint32_t slot = 0; slot < environment_->variables().size(); ++slot)
    all.push_back(domain(slot));
  return z3::mk_and(all);
}

}  // namespace seamless::smt
