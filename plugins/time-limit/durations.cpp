// Durations of steps and their ISO 8601 text (durations.hpp).
#include "durations.hpp"

namespace seamless::plugins::time_limit {

std::string iso_duration(std::int64_t seconds) {
  if (seconds <= 0) return "PT0S";
  const std::int64_t days = seconds / 86400, hours = seconds % 86400 / 3600,
                     minutes = seconds % 3600 / 60, rest = seconds % 60;
  std::string text = "P";
  if (days) text += std::to_string(days) + "D";
  if (hours || minutes || rest) {
    text += "T";
    if (hours) text += std::to_string(hours) + "H";
    if (minutes) text += std::to_string(minutes) + "M";
    if (rest) text += std::to_string(rest) + "S";
  }
  return text;
}

std::vector<std::int64_t> step_weights(const semantics::Net& net, model::Index process) {
  std::vector<std::int64_t> weights(net.transitions.size(), 0);
  for (semantics::TransitionIndex t = 0; t < net.transitions.size(); ++t) {
    const semantics::Transition& tr = net.transitions[t];
    if (tr.node == model::no_index) continue;
    // An activity with boundary events or a subprocess takes its time when it completes.
    if (tr.kind == semantics::TransitionKind::begin || tr.kind == semantics::TransitionKind::enter)
      continue;
    std::uint32_t root = tr.instance;
    while (root < net.instances.size() && net.instances[root].parent != semantics::none)
      root = net.instances[root].parent;
    if (process != model::no_index &&
        (root >= net.instances.size() || net.instances[root].process != process))
      continue;
    weights[t] = net.model->nodes[tr.node].duration.seconds;
  }
  return weights;
}

}  // namespace seamless::plugins::time_limit
