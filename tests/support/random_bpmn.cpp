// Random BPMN processes (random_bpmn.hpp).
#include "random_bpmn.hpp"

#include <random>
#include <vector>

namespace seamless::test {

std::string random_bpmn(std::uint64_t seed, const RandomBpmnOptions& options) {
  std::mt19937_64 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
  const int n = options.nodes;
  // Node 0 is the start event; kinds of the others.
  std::vector<std::string> kind(n + 1);
  kind[0] = "startEvent";
  for (int i = 1; i <= n; ++i) {
    const int r = pick(10);
    kind[i] = r < 4   ? "task"
              : r < 6 ? "exclusiveGateway"
              : r < 8 ? "parallelGateway"
              : r < 9 ? "inclusiveGateway"
                      : "endEvent";
  }
  kind[n] = "endEvent";
  std::vector<std::pair<int, int>> flows;
  std::vector<int> in(n + 1, 0), out(n + 1, 0);
  auto connect = [&](int a, int b) {
    flows.push_back({a, b});
    ++out[a];
    ++in[b];
  };
  // A spine so that every node is reachable, then random extra flows (forward and back).
  for (int i = 1; i <= n; ++i) {
    int from = pick(i);
    while (kind[from] == "endEvent") from = pick(i);
    connect(from, i);
  }
  const int extra = 1 + pick(n / 2 + 1);
  for (int e = 0; e < extra; ++e) {
    const int a = pick(n + 1), b = 1 + pick(n);
    if (kind[a] == "endEvent" || a == b) continue;
    connect(a, b);
  }
  // Every non-end node leads somewhere.
  for (int i = 0; i <= n; ++i)
    if (kind[i] != "endEvent" && out[i] == 0) connect(i, n);
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"random\" "
      "targetNamespace=\"urn:test\">\n<process id=\"P\">\n";
  for (int i = 0; i <= n; ++i) {
    xml += "  <" + kind[i] + " id=\"n" + std::to_string(i) + "\"";
    if (kind[i] == "endEvent" && options.terminate && pick(4) == 0) {
      xml += "><terminateEventDefinition/></endEvent>\n";
    } else {
      xml += "/>\n";
    }
  }
  for (std::size_t f = 0; f < flows.size(); ++f)
    xml += "  <sequenceFlow id=\"f" + std::to_string(f) + "\" sourceRef=\"n" +
           std::to_string(flows[f].first) + "\" targetRef=\"n" + std::to_string(flows[f].second) +
           "\"/>\n";
  xml += "</process>\n</definitions>\n";
  return xml;
}

}  // namespace seamless::test
