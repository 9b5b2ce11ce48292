// Reading a Z3 model back as a Case (internal to core/smt).
#pragma once

#include <cstdint>
#include <vector>

#include <z3++.h>

#include "seamless/smt/case.hpp"
#include "seamless/smt/variables.hpp"

namespace seamless::smt {

// The model's value of every slot (model completion on, so unconstrained slots get one too),
// with texts; `mentioned` is stored as given.
Case read_case(const z3::model& model, Variables& variables, std::vector<std::uint32_t> mentioned);

}  // namespace seamless::smt
