// Entry point of the smt plugin module: registers the Z3 case solver.
#include <memory>

#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"
#include "z3_case_solver.hpp"

namespace {
void register_smt(seamless::plugin::Registry& registry) {
  registry.set_case_solver(std::make_unique<seamless::plugins::smt::Z3CaseSolver>(), "z3");
}
}  // namespace

SEAMLESS_PLUGIN("smt", "0.1.0",
                "answers exploration's questions about case data with Z3 (cells of guard atoms)",
                register_smt, "用 Z3 回答状态探索关于办件数据的问题（条件原子的取值组合）")
