// The presence Net (spec/properties.md, `one-visit`): the Net with every token coloured by the
// applicant's presence, `away` or a location, and a saturating visit counter. Each place that
// carries tokens (flows, messages, running activities and scopes, implicit starts) is split per
// colour it can hold; each transition is expanded per combination of consumed colours, with the
// output colour rule of the spec; a transition that begins a visit (an on-site applicant step
// whose consumed tokens do not all carry its location) also moves the counter `visits=k` to
// `visits=k+1` (k saturates at `cap`). Inclusive joins are expanded per set of marked inputs, so
// the result has no OrJoin. Transitions keep `node`, `flow` and `kind`, so runs display and
// replay (explore::replay) as usual; `original` maps them back.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "seamless/semantics/net.hpp"

namespace seamless::semantics {

// How a transition colours the tokens it produces.
enum class PresenceRule : std::uint8_t {
  away,    // any other step, catching event or start event: the applicant is not there
  onsite,  // an on-site applicant step at a location: its tokens carry that location
  pass,    // gateway, throwing event, immediate step: the common colour of its inputs, else away
};

struct PresenceOptions {
  std::uint32_t cap = 16;                 // the visit counter saturates here
  std::size_t max_transitions = 400'000;  // more: `problem` is set
};

struct PresenceNet {
  Net net;
  std::string problem;     // why no presence Net was built (too many transitions or locations)
  std::string problem_zh;  // the same in Chinese
  // Colour 0 is `away`; colour i > 0 is the location `locations[i]` ("" is the default place).
  std::vector<std::string> colours;
  // Per place of `net`: the original place (none for the counter) and its colour (none when the
  // place is not coloured: ready, fired, markers, counter).
  std::vector<PlaceIndex> original_place;
  std::vector<std::uint32_t> colour;
  // Per transition of `net`: the original transition, its rule, whether it begins a visit.
  std::vector<TransitionIndex> original;
  std::vector<PresenceRule> rule;
  std::vector<bool> begins_visit;
  // visits=0 .. visits=cap.
  std::vector<PlaceIndex> visit_places;
  std::uint32_t cap = 0;
  // Whether any step of the model is an on-site applicant step.
  bool onsite_steps = false;
};

// The rule of an original transition (by its node and kind).
PresenceRule presence_rule(const model::Model& model, const Transition& transition);
// Whether a node is an on-site applicant step (activity, role applicant, channel onsite).
bool onsite_applicant_step(const model::Node& node);

PresenceNet build_presence_net(const Net& net, const PresenceOptions& options = {});

// The visit count in a marking of the presence Net (cap when saturated).
std::uint32_t visits_in(const PresenceNet& presence, const std::vector<std::uint32_t>& marking);

}  // namespace seamless::semantics
