// Test support for the engine: building a Net from BPMN text and exploring it, and the verdicts
// of the four soundness properties in a comparable form.
#pragma once

#include <set>
#include <string>

#include "seamless/explore/explorer.hpp"
#include "seamless/semantics/build.hpp"
#include "support/load.hpp"

namespace seamless::test {

struct Verdicts {
  bool complete = false;
  bool saturated = false;
  std::set<std::string> unsafe;       // flow ids with two tokens somewhere
  std::set<std::string> improper;     // end events reached twice in one activation
  std::set<std::string> undelivered;  // message flows left with a message in a complete run
  bool stuck = false, deadlock = false;
  std::set<std::string> executed;  // activities that run in some run
  std::uint64_t states = 0;

  bool operator==(const Verdicts& o) const {
    if (unsafe != o.unsafe) return false;
    if (saturated || o.saturated) return true;  // beyond 3 tokens only safeness is exact
    return complete == o.complete && improper == o.improper && undelivered == o.undelivered &&
           stuck == o.stuck && deadlock == o.deadlock && executed == o.executed;
  }
};

inline std::string describe(const Verdicts& v) {
  std::string out = "states=" + std::to_string(v.states) + " unsafe={";
  for (const auto& s : v.unsafe) out += s + " ";
  out += "} improper={";
  for (const auto& s : v.improper) out += s + " ";
  out += "} undelivered={";
  for (const auto& s : v.undelivered) out += s + " ";
  out += "} stuck=" + std::to_string(v.stuck) + " deadlock=" + std::to_string(v.deadlock) +
         " executed={";
  for (const auto& s : v.executed) out += s + " ";
  return out + "} saturated=" + std::to_string(v.saturated);
}

inline Verdicts explore_verdicts(const semantics::Net& net, bool reduction,
                                 std::uint64_t max_states = 200'000) {
  explore::DataCells cells;
  explore::Exploration e(net, cells);
  explore::ExploreOptions options;
  options.reduction = reduction;
  options.max_states = max_states;
  e.run(options);
  Verdicts v;
  v.complete = e.outcome() == explore::Outcome::complete;
  v.saturated = !e.saturated().empty();
  v.states = e.stats().states;
  const model::Model& m = *net.model;
  for (const auto& u : e.unsafe()) v.unsafe.insert(m.flows[net.places[u.place].element].id);
  for (const auto& i : e.improper_ends())
    v.improper.insert(m.nodes[net.places[i.ended].element].id);
  for (const auto& u : e.undelivered())
    v.undelivered.insert(m.message_flows[net.places[u.message].element].id);
  if (auto s = e.stuck()) {
    v.stuck = true;
    v.deadlock = s->deadlock;
  }
  for (semantics::TransitionIndex t = 0; t < net.transitions.size(); ++t)
    if (e.fired()[t] && net.transitions[t].executes_activity)
      v.executed.insert(m.nodes[net.transitions[t].node].id);
  return v;
}

// A process of a parallel split into n branches of m tasks each, then a join.
inline std::string parallel_branches(int n, int m) {
  std::string body = R"(<bpmn:process id="P"><bpmn:startEvent id="s"/>)"
                     R"(<bpmn:parallelGateway id="split"/><bpmn:parallelGateway id="join"/>)"
                     R"(<bpmn:endEvent id="e"/><bpmn:sequenceFlow id="f0" sourceRef="s" )"
                     R"(targetRef="split"/><bpmn:sequenceFlow id="fe" sourceRef="join" )"
                     R"(targetRef="e"/>)";
  for (int i = 0; i < n; ++i) {
    std::string prev = "split";
    for (int j = 0; j < m; ++j) {
      const std::string t = "t" + std::to_string(i) + "_" + std::to_string(j);
      body += "<bpmn:task id=\"" + t + "\"/><bpmn:sequenceFlow id=\"f" + t + "\" sourceRef=\"" +
              prev + "\" targetRef=\"" + t + "\"/>";
      prev = t;
    }
    body += "<bpmn:sequenceFlow id=\"g" + std::to_string(i) + "\" sourceRef=\"" + prev +
            "\" targetRef=\"join\"/>";
  }
  return definitions(body + "</bpmn:process>");
}

}  // namespace seamless::test
