// Model -> Net: the BPMN token game of spec/properties.md compiled into transitions. Guards come
// from the model's compiled guards (core/guards); a guard that is not usable (unknown language,
// parse or type error) makes its process untranslatable unless guards are abstracted.
#pragma once

#include "seamless/guards/model_guards.hpp"
#include "seamless/model/model.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::semantics {

struct BuildOptions {
  // Every guarded choice is free (for comparison with data-blind tools).
  bool abstract_guards = false;
  // Marker places (net.hpp) for the reform checks. Documents: a `produced` marker per document
  // with a producer, incremented when a producing node completes. Reached: a `reached` marker
  // per listed node, set when a token arrives on one of its incoming flows (or initially, for a
  // node that waits without incoming flows). Markers make states remember history, so explore
  // such a Net without partial-order reduction (the explorer turns it off).
  bool document_markers = false;
  std::vector<model::Index> reached_nodes;
  // Copies per process that messages instantiate (net.hpp, InstanceGroup), by model process
  // index; a process not listed (or 0) gets one copy. The analyses start with one and add
  // copies while the explorer reports that one more instance was needed (--max-instances).
  std::vector<std::uint32_t> instances;
};

// `guards` may be null for a model without conditions; the Net keeps pointers into `model` and
// `guards`, which must outlive it.
Net build_net(const model::Model& model, const guards::ModelGuards* guards,
              const BuildOptions& options = {});

// A readable listing of the Net (places, transitions, initial marking), for `inspect --net` and
// for tests.
std::string describe(const Net& net);

}  // namespace seamless::semantics
