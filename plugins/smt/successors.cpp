// Setter successors of cells (successors.hpp). The relation is symmetric (swap v and v'), so for
// cell c only the cells after it are searched; those before it were answered when they were.
#include "successors.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>

#include "frames.hpp"

namespace seamless::plugins::smt {

namespace {

using Next = std::vector<std::vector<std::uint32_t>>;

// The setter's slots the atoms mention: the others cannot change a cell.
std::vector<std::uint32_t> moved_slots(const Atoms& atoms, std::span<const std::uint32_t> slots,
                                       std::size_t variable_count) {
  std::vector<std::uint32_t> moved;
  for (std::uint32_t slot : slots) {
    if (slot >= variable_count)
      throw std::invalid_argument("smt: setter slot " + std::to_string(slot) +
                                  " is not a variable");
    if (std::binary_search(atoms.mentioned.begin(), atoms.mentioned.end(), slot))
      moved.push_back(slot);
  }
  std::sort(moved.begin(), moved.end());
  moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
  return moved;
}

// Searches the cells after each cell; fills `next` in both directions.
bool search(Session& session, const Atoms& atoms, const std::vector<explore::Cell>& cells,
            std::span<const std::uint32_t> moved, Next& next, std::string& reason) {
  z3::context& context = session.context();
  z3::solver& solver = session.z3().solver;
  const z3::expr_vector base = base_frame(session.variables());
  z3::expr_vector domains(context);
  const z3::expr_vector after_setter = rechoose(session.variables(), base, moved, domains);
  std::vector<z3::expr> holds_after;
  for (const z3::expr& h : atoms.holds) holds_after.push_back(on_frame(h, base, after_setter));
  const Indicators before = indicators(context, atoms.holds);
  const Indicators after_bools = indicators(context, holds_after);
  solver.add(z3::mk_and(domains) && before.definition && after_bools.definition);

  std::map<Truth, std::uint32_t> index;
  for (std::uint32_t c = 0; c < cells.size(); ++c) index.emplace(cells[c].truth, c);
  for (std::uint32_t c = 0; c < cells.size(); ++c) {
    const Truth& truth = cells[c].truth;
    solver.push();
    solver.add(equals(context, before.bools, truth));
    solver.add(after(context, after_bools.bools, truth));
    for (;;) {
      const z3::check_result result = session.check(reason);
      if (result == z3::unsat) break;
      if (result == z3::unknown) return false;
      const Truth found = read_truth(solver.get_model(), after_bools.bools);
      const auto it = index.find(found);
      if (it == index.end()) {
        reason = "internal error: a setter leads to a combination of guard values not found before";
        return false;
      }
      next[c].push_back(it->second);
      next[it->second].push_back(c);
      solver.add(differs(context, after_bools.bools, found));
    }
    solver.pop();
  }
  return true;
}

}  // namespace

bool find_successors(Session& session, const Atoms& atoms, const std::vector<explore::Cell>& cells,
                     std::span<const std::uint32_t> setter_slots, Next& next, std::string& reason) {
  const auto count = static_cast<std::uint32_t>(cells.size());
  const std::vector<std::uint32_t> moved =
      moved_slots(atoms, setter_slots, session.variables().environment().variables().size());
  next.assign(count, {});
  if (moved.size() == atoms.mentioned.size() && !moved.empty()) {
    // Every atom depends only on the setter's variables: any cell can follow any.
    for (auto& list : next)
      for (std::uint32_t c = 0; c < count; ++c) list.push_back(c);
    return true;
  }
  for (std::uint32_t c = 0; c < count; ++c) next[c].push_back(c);
  if (moved.empty()) return true;  // the setter changes no atom's variables

  z3::solver& solver = session.z3().solver;
  solver.push();
  const bool complete = search(session, atoms, cells, moved, next, reason);
  solver.pop();
  if (!complete) return false;
  for (auto& list : next) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return true;
}

}  // namespace seamless::plugins::smt
