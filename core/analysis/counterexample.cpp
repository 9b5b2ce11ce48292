// Counterexamples from explored runs (counterexample.hpp).
#include "seamless/analysis/counterexample.hpp"

#include <algorithm>
#include <set>

#include "seamless/expr/environment.hpp"

namespace seamless::analysis {

using semantics::none;
using semantics::PlaceIndex;

namespace {

const model::Model& model_of(const semantics::Net& net) {
  return *net.model;
}

std::string quoted_name(const model::Node& n) {
  return "'" + (n.name.empty() ? n.id : n.name) + "'";
}

std::string quoted_name_zh(const model::Node& n) {
  return "“" + (n.name.empty() ? n.id : n.name) + "”";
}

// A value inside the variable's domain, for variables no guard of the run constrains.
std::int64_t default_value(const expr::Variable& v) {
  if (v.type == expr::Type::string) return v.values.empty() ? 0 : v.values.front();
  if (v.min && *v.min > 0) return *v.min;
  if (v.max && *v.max < 0) return *v.max;
  return 0;
}

i18n::Text step_note(const semantics::Net& net, const semantics::Transition& t) {
  const model::Model& m = model_of(net);
  switch (t.kind) {
    case semantics::TransitionKind::begin:
      return {"starts", "开始"};
    case semantics::TransitionKind::finish:
      return {"completes", "完成"};
    case semantics::TransitionKind::enter:
      return {"starts", "开始"};
    case semantics::TransitionKind::leave:
      return {"completes", "完成"};
    case semantics::TransitionKind::boundary:
      return {"interrupts or escalates", "中断或升级"};
    case semantics::TransitionKind::terminate:
      return {"terminates the process", "终止流程"};
    case semantics::TransitionKind::event_choice:
      return {"happens first", "先发生"};
    case semantics::TransitionKind::event_subprocess:
      return {"starts the event subprocess", "启动事件子流程"};
    default:
      break;
  }
  if (t.flow != model::no_index && model::is_gateway(m.nodes[t.node].kind)) {
    const model::SequenceFlow& f = m.flows[t.flow];
    i18n::Text note{"takes " + f.id, "选择 " + f.id};
    if (!f.name.empty()) {
      note.en += " '" + f.name + "'";
      note.zh += "“" + f.name + "”";
    }
    if (f.guard) {
      note.en += " [" + f.guard->text + "]";
      note.zh += " [" + f.guard->text + "]";
    }
    return note;
  }
  return {};
}

}  // namespace

std::string value_text(std::int64_t bits, const expr::Variable& v,
                       const expr::StringTable& strings) {
  if (v.type == expr::Type::string && (bits < 0 || std::uint64_t(bits) >= strings.size())) {
    // A string that no guard mentions: any text outside the table.
    std::string text = "other";
    for (int i = 1; strings.find(text); ++i) text = "other-" + std::to_string(i);
    return "\"" + text + "\"";
  }
  return expr::format_value(expr::Value{bits, false}, v.type, strings);
}

std::string place_element(const semantics::Net& net, PlaceIndex p) {
  const semantics::Place& place = net.places[p];
  const model::Model& m = model_of(net);
  switch (place.kind) {
    case semantics::PlaceKind::flow:
      return m.flows[place.element].id;
    case semantics::PlaceKind::message:
      return m.message_flows[place.element].id;
    case semantics::PlaceKind::ready:
      return m.processes[place.element].id;
    case semantics::PlaceKind::produced:
      return m.documents[place.element].id;
    default:
      return m.nodes[place.element].id;
  }
}

model::Location place_location(const semantics::Net& net, PlaceIndex p) {
  const semantics::Place& place = net.places[p];
  const model::Model& m = model_of(net);
  switch (place.kind) {
    case semantics::PlaceKind::flow:
      return m.flows[place.element].location;
    case semantics::PlaceKind::message:
      return m.message_flows[place.element].location;
    case semantics::PlaceKind::ready:
      return m.processes[place.element].location;
    case semantics::PlaceKind::produced:
      return m.documents[place.element].location;
    default:
      return m.nodes[place.element].location;
  }
}

i18n::Text describe_place_text(const semantics::Net& net, PlaceIndex p) {
  const semantics::Place& place = net.places[p];
  const model::Model& m = model_of(net);
  switch (place.kind) {
    case semantics::PlaceKind::flow: {
      const model::SequenceFlow& f = m.flows[place.element];
      i18n::Text text{"sequence flow '" + f.id + "'", "顺序流“" + f.id + "”"};
      if (f.source != model::no_index && f.target != model::no_index) {
        const model::Node& from = m.nodes[f.source];
        const model::Node& to = m.nodes[f.target];
        text.en += " (from " + quoted_name(from) + " to " + quoted_name(to) + ")";
        text.zh += "（从" + quoted_name_zh(from) + "到" + quoted_name_zh(to) + "）";
      }
      return text;
    }
    case semantics::PlaceKind::message: {
      const model::MessageFlow& f = m.message_flows[place.element];
      return {"message flow '" + f.id + "'" + (f.name.empty() ? "" : " ('" + f.name + "')"),
              "消息流“" + f.id + "”" + (f.name.empty() ? "" : "（“" + f.name + "”）")};
    }
    case semantics::PlaceKind::active: {
      const model::Node& n = m.nodes[place.element];
      return {"activity " + quoted_name(n) + " (running)",
              "活动" + quoted_name_zh(n) + "（进行中）"};
    }
    case semantics::PlaceKind::scope: {
      const model::Node& n = m.nodes[place.element];
      return {"subprocess " + quoted_name(n) + " (running)",
              "子流程" + quoted_name_zh(n) + "（进行中）"};
    }
    case semantics::PlaceKind::ready: {
      const std::string& id = m.processes[place.element].id;
      return {"process '" + id + "' (not started)", "流程“" + id + "”（未开始）"};
    }
    case semantics::PlaceKind::implicit: {
      const model::Node& n = m.nodes[place.element];
      return {"node " + quoted_name(n) + " (waiting to start)",
              "节点" + quoted_name_zh(n) + "（等待开始）"};
    }
    case semantics::PlaceKind::fired: {
      const model::Node& n = m.nodes[place.element];
      return {"boundary event " + quoted_name(n) + " (already fired)",
              "边界事件" + quoted_name_zh(n) + "（已触发）"};
    }
    case semantics::PlaceKind::ended: {
      const model::Node& n = m.nodes[place.element];
      return {"end event " + quoted_name(n) + " (reached)",
              "结束事件" + quoted_name_zh(n) + "（已到达）"};
    }
    case semantics::PlaceKind::produced: {
      const model::Document& d = m.documents[place.element];
      const std::string& name = d.name.empty() ? d.id : d.name;
      return {"document '" + name + "' (produced)", "文件“" + name + "”（已产生）"};
    }
    case semantics::PlaceKind::reached: {
      const model::Node& n = m.nodes[place.element];
      return {"node " + quoted_name(n) + " (reached)", "节点" + quoted_name_zh(n) + "（已到达）"};
    }
  }
  return {place.label, place.label};
}

std::string describe_place(const semantics::Net& net, PlaceIndex p) {
  return describe_place_text(net, p).en;
}

std::vector<i18n::Text> describe_marking_text(const semantics::Net& net,
                                              const std::vector<std::uint32_t>& marking) {
  std::vector<i18n::Text> out;
  for (PlaceIndex p = 0; p < marking.size(); ++p) {
    if (marking[p] == 0 || !net.places[p].must_be_empty_at_end) continue;
    const bool message = net.places[p].kind == semantics::PlaceKind::message;
    const std::string n = std::to_string(marking[p]);
    const i18n::Text where = describe_place_text(net, p);
    const std::string what = message ? (marking[p] == 1 ? "1 message on " : n + " messages on ")
                                     : (marking[p] == 1 ? "1 token on " : n + " tokens on ");
    out.push_back({what + where.en, where.zh + "上有 " + n + (message ? " 条消息" : " 个令牌")});
  }
  return out;
}

std::vector<std::string> describe_marking(const semantics::Net& net,
                                          const std::vector<std::uint32_t>& marking) {
  std::vector<std::string> out;
  for (i18n::Text& line : describe_marking_text(net, marking)) out.push_back(std::move(line.en));
  return out;
}

void set_left(check::Counterexample& counterexample, const semantics::Net& net,
              const std::vector<std::uint32_t>& marking) {
  counterexample.state.clear();
  counterexample.state_zh.clear();
  for (i18n::Text& line : describe_marking_text(net, marking))
    counterexample.add_state(std::move(line));
}

ConcreteRun make_counterexample(const RunContext& context, const explore::Path& path,
                                std::optional<semantics::TransitionIndex> last) {
  const semantics::Net& net = context.net;
  const model::Model& m = model_of(net);
  ConcreteRun run;
  std::vector<semantics::TransitionIndex> steps = net.prefix;  // already fired initially
  for (const explore::Step& s : path.steps) steps.push_back(s.transition);
  if (last) steps.push_back(*last);

  // Case data per process: solve for the run's guard decisions.
  const std::size_t processes = m.processes.size();
  run.frames.resize(processes);
  for (model::Index p = 0; p < processes; ++p) {
    if (context.guards == nullptr || p >= context.guards->processes.size()) continue;
    const expr::Environment& env = context.guards->processes[p].environment;
    explore::ConcretiseQuery query;
    query.environment = &env;
    query.timeout_ms = context.timeout_ms;
    const auto& atoms = context.data.process_atoms[p];
    for (std::uint32_t a : atoms) query.atoms.push_back(net.atoms[a].expr);
    // Each frame's case data must lie in the very cell the exploration was in (not only satisfy
    // the guards the run took): a deadlock also depends on the guards that did not hold.
    auto require_cell = [&](std::uint32_t frame, std::uint32_t cell) {
      for (std::uint32_t i = 0; i < atoms.size(); ++i)
        query.requirements.push_back({frame, i, context.data.cells.holds(cell, atoms[i])});
    };
    std::uint32_t frame = 0;
    require_cell(0, path.initial_cell);
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
      const semantics::Transition& tr = net.transitions[path.steps[i].transition];
      if (tr.setter != none && net.setters[tr.setter].process == p) {
        query.changes.push_back(net.setters[tr.setter].slots);
        require_cell(++frame, path.steps[i].cell);
      }
    }
    if (env.variables().empty()) {
      run.frames[p].assign(frame + 1, {});
      continue;
    }
    if (context.solver != nullptr && !atoms.empty()) {
      explore::ConcretiseAnswer answer = context.solver->concretise(query);
      if (!answer.found) {
        run.problem = {"no case data makes this run possible (" + answer.reason + ")",
                       "没有办件数据能使这次运行成立（" +
                           i18n::pick(i18n::Language::zh, answer.reason, answer.reason_zh) + "）"};
        return run;
      }
      run.frames[p] = std::move(answer.frames);
    } else {
      std::vector<std::int64_t> slots;
      for (const expr::Variable& v : env.variables()) slots.push_back(default_value(v));
      run.frames[p].assign(frame + 1, slots);
    }
  }

  // Replay concretely.
  if (last) {
    explore::Path prefix = path;
    i18n::Text problem;
    if (!explore::replay_enables(net, prefix, run.frames, *last, problem)) {
      run.problem = {"the run does not replay: " + problem.en,
                     "运行无法重放：" + problem.zh_or_en()};
      return run;
    }
    run.replay = explore::replay(net, prefix, run.frames);
  } else {
    run.replay = explore::replay(net, path, run.frames);
    if (!run.replay.ok) {
      run.problem = {"the run does not replay: " + run.replay.problem,
                     "运行无法重放：" +
                         i18n::pick(i18n::Language::zh, run.replay.problem, run.replay.problem_zh)};
      return run;
    }
  }

  // The counterexample as reported.
  check::Counterexample& cx = run.counterexample;
  std::size_t with_variables = 0;
  if (context.guards)
    for (const auto& pg : context.guards->processes)
      with_variables += !pg.environment.variables().empty();
  for (model::Index p = 0; p < processes && context.guards; ++p) {
    if (p >= context.guards->processes.size() || run.frames[p].empty()) continue;
    const expr::Environment& env = context.guards->processes[p].environment;
    const auto& slots = run.frames[p].front();
    for (std::uint32_t i = 0; i < env.variables().size() && i < slots.size(); ++i) {
      const expr::Variable& v = env.variables()[i];
      const std::string name = with_variables > 1 ? m.processes[p].id + "." + v.name : v.name;
      cx.case_data.push_back(
          {name, std::string(expr::to_string(v.type)), value_text(slots[i], v, env.strings())});
    }
  }
  std::set<std::string> seen;
  std::vector<std::size_t> frame_of(processes, 0);
  const std::size_t first_path_step = net.prefix.size();
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const semantics::Transition& tr = net.transitions[steps[i]];
    // A reform:sets step re-chooses variables: say which values the run continues with, so
    // the case data (the values at the start) and the later decisions read consistently.
    i18n::Text sets_note;
    const bool on_path = i >= first_path_step && i < first_path_step + path.steps.size();
    if (on_path && tr.setter != none && context.guards) {
      const semantics::Setter& setter = net.setters[tr.setter];
      const model::Index p = setter.process;
      if (p < run.frames.size() && p < context.guards->processes.size() &&
          ++frame_of[p] < run.frames[p].size()) {
        const expr::Environment& env = context.guards->processes[p].environment;
        const auto& slots = run.frames[p][frame_of[p]];
        for (std::uint32_t slot : setter.slots) {
          if (slot >= env.variables().size() || slot >= slots.size()) continue;
          const expr::Variable& v = env.variables()[slot];
          const std::string value = v.name + "=" + value_text(slots[slot], v, env.strings());
          sets_note.en += (sets_note.en.empty() ? "sets " : ", ") + value;
          sets_note.zh += (sets_note.zh.empty() ? "设定 " : "，") + value;
        }
      }
    }
    if (tr.node == model::no_index) continue;
    const model::Node& n = m.nodes[tr.node];
    check::RunStep step;
    step.element = n.id;
    step.name = n.name;
    step.location = n.location;
    if (n.department != model::no_index) step.department = m.departments[n.department].id;
    const i18n::Text note = step_note(net, tr);
    step.note = note.en;
    step.note_zh = note.zh;
    if (!sets_note.empty()) {
      step.note += (step.note.empty() ? "" : "; ") + sets_note.en;
      step.note_zh += (step.note_zh.empty() ? "" : "；") + sets_note.zh;
    }
    if (!step.department.empty() && seen.insert(step.department).second)
      cx.departments.push_back(step.department);
    cx.steps.push_back(std::move(step));
  }
  run.ok = true;
  return run;
}

}  // namespace seamless::analysis
