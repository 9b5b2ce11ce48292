// Concrete replay of a run: the token game played step by step on exact token counts, with
// every guard evaluated by the reference interpreter on the stated case data. A counterexample
// is reported only when its run replays (spec/properties.md, "Counterexamples").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "seamless/explore/explorer.hpp"
#include "seamless/i18n/text.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::explore {

// Case data per process (model process index): frame 0 at the start, one more frame after each
// step of that process that re-chooses data (a setter), in run order.
using CaseFrames = std::vector<std::vector<std::vector<std::int64_t>>>;

struct Replay {
  bool ok = false;
  std::string problem;                 // why not: the step that was not enabled, ...
  std::string problem_zh;              // the same in Chinese
  std::vector<std::uint32_t> marking;  // exact tokens per place after the run
};

Replay replay(const semantics::Net& net, const Path& path, const CaseFrames& frames);

// Replays `path` and then checks that `last` is enabled at its end (for violations that are
// "an enabled step", like an end event reached with tokens left).
bool replay_enables(const semantics::Net& net, const Path& path, const CaseFrames& frames,
                    semantics::TransitionIndex last, std::string& problem);
bool replay_enables(const semantics::Net& net, const Path& path, const CaseFrames& frames,
                    semantics::TransitionIndex last, i18n::Text& problem);

}  // namespace seamless::explore
