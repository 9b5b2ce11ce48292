// Rules on processes as a whole: a start and an end event; event subprocesses with exactly one
// start event; event definitions only on the events BPMN allows them on.
#include <algorithm>

#include "rules.hpp"

namespace seamless::plugins::structure {

using model::NodeKind;

void check_process_events(const Model& model, Findings& findings) {
  for (const model::Process& process : model.processes) {
    bool any = false, start = false, end = false;
    for (model::Index i : process.nodes) {
      const model::Node& node = model.nodes[i];
      if (node.parent != model::no_index) continue;
      any = true;
      start = start || node.kind == NodeKind::start_event;
      end = end || node.kind == NodeKind::end_event;
    }
    if (!any) continue;  // an empty pool's process
    const std::string name = "process '" + process.id + "'";
    const std::string name_zh = "流程“" + process.id + "”";
    if (!start)
      findings.add(check::Severity::error, "no-start-event", process.id, process.location,
                   {name + " has no start event", name_zh + "没有开始事件"});
    if (!end)
      findings.add(check::Severity::error, "no-end-event", process.id, process.location,
                   {name + " has no end event", name_zh + "没有结束事件"});
  }
}

void check_event_subprocesses(const Model& model, Findings& findings) {
  for (const model::Node& node : model.nodes) {
    if (!model::is_subprocess(node.kind) || !node.triggered_by_event) continue;
    const auto starts = std::count_if(node.children.begin(), node.children.end(), [&](auto c) {
      return model.nodes[c].kind == NodeKind::start_event;
    });
    if (starts != 1)
      findings.add(check::Severity::error, "event-subprocess-start", node.id, node.location,
                   {"event subprocess " + describe(node) + " has " + std::to_string(starts) +
                        " start events; it needs exactly one",
                    "事件子流程" + describe_zh(node) + "有 " + std::to_string(starts) +
                        " 个开始事件；必须恰好有一个"});
    if (!node.incoming.empty() || !node.outgoing.empty())
      findings.add(check::Severity::error, "event-subprocess-connected", node.id, node.location,
                   {"event subprocess " + describe(node) +
                        " has sequence flows; it is started by its event only",
                    "事件子流程" + describe_zh(node) + "连有顺序流；它只能由其事件启动"});
  }
}

// BPMN 2.0 (table 10.93 and section 10.5.4): terminate is an end event's trigger, cancel one of
// end and boundary events inside a transaction. On an intermediate event (some tools export a
// catch event that way) the definition is ignored: the event is read without it.
void check_event_definitions(const Model& model, Findings& findings) {
  for (const model::Node& node : model.nodes) {
    if (node.kind != NodeKind::intermediate_catch_event &&
        node.kind != NodeKind::intermediate_throw_event)
      continue;
    for (const model::EventDefinition& d : node.event_definitions) {
      if (d.kind != model::EventDefinitionKind::terminate &&
          d.kind != model::EventDefinitionKind::cancel)
        continue;
      const std::string definition(model::to_string(d.kind));
      findings.add(
          check::Severity::error, "event-definition-not-allowed", node.id, node.location,
          {kind_and_name(node).en + " has a " + definition +
               ", which BPMN allows only on end events" +
               (d.kind == model::EventDefinitionKind::cancel ? " and boundary events" : "") +
               "; the event is analysed without it",
           kind_and_name(node).zh + "带有 " + definition + "，BPMN 只允许结束事件" +
               (d.kind == model::EventDefinitionKind::cancel ? "和边界事件" : "") +
               "使用它；分析时忽略该定义"});
    }
  }
}

}  // namespace seamless::plugins::structure
