// The case solver's two queries (z3_case_solver.hpp): a Session per query, errors turned into
// incomplete answers, reasons given in Chinese too.
#include "z3_case_solver.hpp"

#include <exception>
#include <utility>

#include "atoms.hpp"
#include "cells.hpp"
#include "concretise.hpp"
#include "reasons_zh.hpp"
#include "session.hpp"
#include "successors.hpp"

namespace seamless::plugins::smt {

namespace {
constexpr const char* no_environment = "no case variables were given (no environment)";
}

explore::CellsAnswer Z3CaseSolver::cells(const explore::CellsQuery& query) const {
  explore::CellsAnswer answer = find(query);
  answer.reason_zh = reason_zh(answer.reason);
  return answer;
}

explore::ConcretiseAnswer Z3CaseSolver::concretise(const explore::ConcretiseQuery& query) const {
  explore::ConcretiseAnswer answer = find(query);
  answer.reason_zh = reason_zh(answer.reason);
  return answer;
}

explore::CellsAnswer Z3CaseSolver::find(const explore::CellsQuery& query) {
  explore::CellsAnswer answer;
  if (query.environment == nullptr) {
    answer.reason = no_environment;
    return answer;
  }
  try {
    Session session(*query.environment, query.timeout_ms);
    const Atoms atoms = lower_atoms(session, query.atoms);
    if (!find_cells(session, atoms, query.max_cells, answer)) return answer;
    for (const std::vector<std::uint32_t>& setter : query.setters) {
      std::vector<std::vector<std::uint32_t>> next;
      if (!find_successors(session, atoms, answer.cells, setter, next, answer.reason)) {
        answer.successors.clear();
        return answer;
      }
      answer.successors.push_back(std::move(next));
    }
    answer.complete = true;
  } catch (const std::exception& e) {
    answer.complete = false;
    answer.successors.clear();
    answer.reason = seamless::smt::unknown_from(e).reason;
  }
  return answer;
}

explore::ConcretiseAnswer Z3CaseSolver::find(const explore::ConcretiseQuery& query) {
  explore::ConcretiseAnswer answer;
  if (query.environment == nullptr) {
    answer.reason = no_environment;
    return answer;
  }
  try {
    Session session(*query.environment, query.timeout_ms);
    const Atoms atoms = lower_atoms(session, query.atoms);
    find_frames(session, atoms, query, answer);
  } catch (const std::exception& e) {
    answer.found = false;
    answer.frames.clear();
    answer.reason = seamless::smt::unknown_from(e).reason;
  }
  return answer;
}

}  // namespace seamless::plugins::smt
