// The questions exploration asks about case data, answered by a solver plugin (Z3, loaded only
// for models with guards): which combinations of guard-atom truth values can occur (the cells),
// and concrete case data for a run's sequence of cells. Core code sees only this interface.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "seamless/expr/environment.hpp"
#include "seamless/expr/expr.hpp"

namespace seamless::explore {

// One combination of atom truth values that some case within the variables' domains has ("holds"
// means true and not null), with such a case.
struct Cell {
  std::vector<bool> truth;            // per atom
  std::vector<std::int64_t> witness;  // encoded values, one per variable slot
};

struct CellsQuery {
  const expr::Environment* environment = nullptr;
  std::vector<const expr::Expr*> atoms;
  // Variable slots that some step re-chooses (reform:sets), one list per setter: for each,
  // which cells can follow which when only those variables change.
  std::vector<std::vector<std::uint32_t>> setters;
  std::size_t max_cells = 1024;
  unsigned timeout_ms = 10'000;  // for the whole query
};

struct CellsAnswer {
  bool complete = false;  // false: a limit or solver `unknown`; see `reason`
  std::string reason;
  std::string reason_zh;    // the same in Chinese (empty: English)
  std::vector<Cell> cells;  // in a deterministic order
  // setter -> cell -> cells reachable by changing the setter's variables (itself included when
  // possible), ascending.
  std::vector<std::vector<std::vector<std::uint32_t>>> successors;
};

// A run seen through its data: the cell required at each decision point, and where the data
// was re-chosen. Frame k is the case data between the k-th and (k+1)-th re-choice.
struct FrameRequirement {
  std::uint32_t frame = 0;
  std::uint32_t atom = 0;
  bool holds = true;
};
struct ConcretiseQuery {
  const expr::Environment* environment = nullptr;
  std::vector<const expr::Expr*> atoms;
  // Frame k+1 equals frame k except for these slots (one list per re-choice, in run order).
  std::vector<std::vector<std::uint32_t>> changes;
  std::vector<FrameRequirement> requirements;
  unsigned timeout_ms = 10'000;
};
struct ConcretiseAnswer {
  bool found = false;
  std::string reason;                             // when not found: unsat, timeout, ...
  std::string reason_zh;                          // the same in Chinese (empty: English)
  std::vector<std::vector<std::int64_t>> frames;  // encoded slots per frame
};

class CaseSolver {
 public:
  virtual ~CaseSolver() = default;
  virtual CellsAnswer cells(const CellsQuery& query) const = 0;
  virtual ConcretiseAnswer concretise(const ConcretiseQuery& query) const = 0;
};

}  // namespace seamless::explore
