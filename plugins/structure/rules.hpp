// The rules of the `structure` check, grouped by what they look at. Each reports one finding per
// problem, named by element id and line, with the rule's name.
#pragma once

#include "seamless/check/check.hpp"

namespace seamless::plugins::structure {

using check::Findings;
using model::Model;

void check_process_events(const Model& model, Findings& findings);      // rules_process.cpp
void check_event_subprocesses(const Model& model, Findings& findings);  // rules_process.cpp
void check_node_connections(const Model& model, Findings& findings);    // rules_connections.cpp
void check_flow_scopes(const Model& model, Findings& findings);         // rules_connections.cpp
void check_message_flows(const Model& model, Findings& findings);       // rules_connections.cpp
void check_gateways(const Model& model, Findings& findings);            // rules_gateways.cpp
void check_conditions(const Model& model, Findings& findings);          // rules_conditions.cpp

// "'Task_1' (审查 Review)": id plus name when there is one.
std::string describe(const model::Node& node);

}  // namespace seamless::plugins::structure
