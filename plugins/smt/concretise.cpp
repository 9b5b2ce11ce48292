// Frames of case data for a run (concretise.hpp): all frames solved in one query, then each
// frame's values fixed on the base variables and checked by core/smt's verified query.
#include "concretise.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include "frames.hpp"

namespace seamless::plugins::smt {

namespace {

using seamless::smt::Condition;
using seamless::smt::Want;

// The run's frames as Z3 constants; the re-chosen constants' domains go to `domains`.
std::vector<z3::expr_vector> make_frames(Session& session, const explore::ConcretiseQuery& query,
                                         z3::expr_vector& domains) {
  std::vector<z3::expr_vector> frames{base_frame(session.variables())};
  for (const std::vector<std::uint32_t>& change : query.changes)
    frames.push_back(rechoose(session.variables(), frames.back(), change, domains));
  return frames;
}

// Each requirement as a constraint on its frame, and as conditions per frame for the check.
z3::expr requirements(const Atoms& atoms, const explore::ConcretiseQuery& query,
                      const std::vector<z3::expr_vector>& frames,
                      std::vector<std::vector<Condition>>& conditions) {
  z3::expr_vector all(frames.front().ctx());
  conditions.assign(frames.size(), {});
  for (const explore::FrameRequirement& r : query.requirements) {
    if (r.frame >= frames.size() || r.atom >= atoms.exprs.size())
      throw std::invalid_argument("smt: requirement on frame " + std::to_string(r.frame) +
                                  ", atom " + std::to_string(r.atom) + " is out of range");
    const z3::expr holds = on_frame(atoms.holds[r.atom], frames.front(), frames[r.frame]);
    all.push_back(r.holds ? holds : !holds);
    conditions[r.frame].push_back({atoms.exprs[r.atom], r.holds ? Want::holds : Want::fails});
  }
  return z3::mk_and(all);
}

// The model's values of a frame's constants, as equations on the base variables.
z3::expr fixed(const z3::model& model, const z3::expr_vector& base, const z3::expr_vector& frame) {
  z3::expr_vector all(base.ctx());
  for (unsigned slot = 0; slot < frame.size(); ++slot)
    all.push_back(base[slot] == model.eval(frame[slot], true));
  return z3::mk_and(all);
}

}  // namespace

void find_frames(Session& session, const Atoms& atoms, const explore::ConcretiseQuery& query,
                 explore::ConcretiseAnswer& answer) {
  z3::solver& solver = session.z3().solver;
  z3::expr_vector domains(session.context());
  const std::vector<z3::expr_vector> frames = make_frames(session, query, domains);
  std::vector<std::vector<Condition>> conditions;
  const z3::expr required = requirements(atoms, query, frames, conditions);

  std::vector<z3::expr> values;  // per frame: its values fixed on the base variables
  solver.push();
  solver.add(z3::mk_and(domains) && required);
  const z3::check_result result = session.check(answer.reason);
  if (result == z3::sat) {
    const z3::model model = solver.get_model();
    for (const z3::expr_vector& frame : frames)
      values.push_back(fixed(model, frames.front(), frame));
  }
  solver.pop();
  if (result == z3::unsat) {
    answer.reason = "no case data satisfies the guard values the run requires";
    return;
  }
  if (result != z3::sat) return;

  for (std::size_t k = 0; k < frames.size(); ++k) {
    // core/smt's verified query: the frame's values within the domains, each requirement
    // confirmed by the interpreter.
    seamless::smt::Result frame = session.solve(conditions[k], values[k], atoms.mentioned);
    if (frame.answer != seamless::smt::Answer::sat) {
      answer.reason = frame.answer == seamless::smt::Answer::unsat
                          ? "internal error: frame " + std::to_string(k) + " does not check"
                          : frame.reason;
      answer.frames.clear();
      return;
    }
    answer.frames.push_back(std::move(frame.witness->slots));
  }
  answer.found = true;
}

}  // namespace seamless::plugins::smt
