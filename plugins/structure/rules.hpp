// The rules of the `structure` check, grouped by what they look at. Each reports one finding per
// problem, named by element id and line, with the rule's name.
#pragma once

#include "seamless/check/check.hpp"

namespace seamless::plugins::structure {

using check::Findings;
using model::Model;

void check_process_events(const Model& model, Findings& findings);      // rules_process.cpp
void check_event_subprocesses(const Model& model, Findings& findings);  // rules_process.cpp
void check_event_definitions(const Model& model, Findings& findings);   // rules_process.cpp
void check_node_connections(const Model& model, Findings& findings);    // rules_connections.cpp
void check_flow_scopes(const Model& model, Findings& findings);         // rules_connections.cpp
void check_message_flows(const Model& model, Findings& findings);       // rules_connections.cpp
void check_gateways(const Model& model, Findings& findings);            // rules_gateways.cpp
void check_conditions(const Model& model, Findings& findings);          // rules_conditions.cpp

// "'Task_1' (审查 Review)": id plus name when there is one; in Chinese "“Task_1”（审查 Review）".
std::string describe(const model::Node& node);
std::string describe_zh(const model::Node& node);
// The node's kind and description: "exclusiveGateway 'G' (Area?)", "排他网关“G”（Area?）".
i18n::Text kind_and_name(const model::Node& node);

}  // namespace seamless::plugins::structure
