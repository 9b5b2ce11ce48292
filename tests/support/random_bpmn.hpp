// Test support: random BPMN processes for differential tests of the engine (reduced vs. full
// exploration). Tasks, exclusive, parallel and inclusive gateways, plain and terminate end
// events, wired at random (loops, unsafe merges and deadlocks included), always loadable.
#pragma once

#include <cstdint>
#include <string>

namespace seamless::test {

struct RandomBpmnOptions {
  int nodes = 10;  // besides the start event
  bool terminate = true;
};

// A complete BPMN document (no DI) for `seed`; the same seed gives the same text.
std::string random_bpmn(std::uint64_t seed, const RandomBpmnOptions& options = {});

}  // namespace seamless::test
