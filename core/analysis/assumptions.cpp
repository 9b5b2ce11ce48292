// The assumptions of a verdict (assumptions.hpp).
#include "seamless/analysis/assumptions.hpp"

namespace seamless::analysis {

void note_assumptions(const std::vector<semantics::Assumption>& assumptions,
                      check::Findings& findings) {
  for (const semantics::Assumption& a : assumptions) findings.assume({a.text_en, a.text_zh});
}

void note_assumptions(const semantics::Net& net, check::Findings& findings) {
  note_assumptions(net.assumptions, findings);
}

}  // namespace seamless::analysis
