// The Z3 implementation of explore::CaseSolver: each query gets its own Z3 context (so queries
// may run in parallel), and every answer's case data has been re-checked with the reference
// interpreter.
#pragma once

#include "seamless/explore/case_solver.hpp"

namespace seamless::plugins::smt {

class Z3CaseSolver final : public explore::CaseSolver {
 public:
  explore::CellsAnswer cells(const explore::CellsQuery& query) const override;
  explore::ConcretiseAnswer concretise(const explore::ConcretiseQuery& query) const override;

 private:
  // The answers, with their reasons in English only.
  static explore::CellsAnswer find(const explore::CellsQuery& query);
  static explore::ConcretiseAnswer find(const explore::ConcretiseQuery& query);
};

}  // namespace seamless::plugins::smt
