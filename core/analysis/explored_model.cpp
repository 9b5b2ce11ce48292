// Building the Net, the data cells and the state space of a model for behavioural checks
// (explored_model.hpp).
#include "seamless/analysis/explored_model.hpp"

#include <chrono>
#include <set>

namespace seamless::analysis {
namespace {

i18n::Text untranslatable_reason(const semantics::Net& net) {
  const semantics::Untranslatable& u = net.untranslatable.front();
  i18n::Text reason{u.reason, u.reason_zh.empty() ? u.reason : u.reason_zh};
  if (u.location.line) {
    const std::string line = std::to_string(u.location.line);
    reason.en += " (line " + line + ")";
    reason.zh += "（第 " + line + " 行）";
  }
  if (net.untranslatable.size() > 1) {
    const std::string more = std::to_string(net.untranslatable.size() - 1);
    reason.en += ", and " + more + " more";
    reason.zh += "，另有 " + more + " 处";
  }
  return reason;
}

std::string seconds_text(double seconds) {
  std::string s = std::to_string(seconds);
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

i18n::Text no_case_data() {
  return {"no case data satisfies the variable declarations", "没有办件数据满足变量声明"};
}

RunContext ExploredModel::run_context(const check::CheckContext& context) const {
  return RunContext{*net, *data, context.guards, context.solver, solver_timeout_ms};
}

explore::StateId ExploredModel::state_count() const {
  return exploration ? explore::StateId(exploration->stats().states) : 0;
}

bool ExploredModel::reached(explore::StateId state, model::Index node) const {
  return node < net->reached_markers.size() && net->reached_markers[node] != semantics::none &&
         exploration->count(state, net->reached_markers[node]) > 0;
}

std::uint32_t ExploredModel::produced(explore::StateId state, model::Index document) const {
  if (document >= net->produced_markers.size() ||
      net->produced_markers[document] == semantics::none)
    return 0;
  return exploration->count(state, net->produced_markers[document]);
}

check::Counterexample* attach_run(const check::CheckContext& context, const ExploredModel& explored,
                                  explore::StateId state, check::Findings& findings,
                                  std::optional<semantics::TransitionIndex> last) {
  ConcreteRun run = make_counterexample(explored.run_context(context),
                                        explored.exploration->path_to(state), last);
  if (!run.ok) {
    findings.inconclusive(internal_error(run.problem));
    return nullptr;
  }
  findings.last().counterexample = std::move(run.counterexample);
  return &*findings.last().counterexample;
}

i18n::Text internal_error(const i18n::Text& problem) {
  return {"internal error: " + problem.en, "内部错误：" + problem.zh_or_en()};
}

i18n::Text state_limit_reason(std::uint64_t max_states) {
  const std::string n = std::to_string(max_states);
  return {"the state limit of " + n + " states was reached (--max-states)",
          "已达到 " + n + " 个状态的上限（--max-states）"};
}

i18n::Text time_limit_reason(double seconds) {
  const std::string s = seconds_text(seconds);
  return {"the time limit of " + s + " s was reached (--timeout)",
          "已达到 " + s + " 秒的时间上限（--timeout）"};
}

i18n::Text saturation_reason(const semantics::Net& net, semantics::PlaceIndex place) {
  const i18n::Text where = describe_place_text(net, place);
  return {"more than 3 tokens gather on " + where.en + ": the model may be unbounded",
          where.zh_or_en() + "上聚集了 3 个以上的令牌：模型可能无界"};
}

i18n::Text widening_reason(const semantics::Net& net, semantics::PlaceIndex place) {
  const i18n::Text where = describe_place_text(net, place);
  return {"more than 3 messages gather on " + where.en +
              ", counted past 3 as \"at least n\": that cannot settle this",
          where.zh_or_en() + "上积压了 3 条以上的消息，超过 3 条时只计“至少 n 条”，无法对此下结论"};
}

i18n::Text ExploredModel::incomplete_reason() const {
  if (!unusable.empty()) return unusable;
  if (!limit.empty()) return limit;
  if (!saturation.empty()) return saturation;
  if (!widening.empty()) return widening;
  return shortage;
}

i18n::Text instance_shortage_reason(const model::Model& model, model::Index process,
                                    std::uint32_t max_instances) {
  const model::Process& p = model.processes[process];
  const std::string name = p.name.empty() ? "'" + p.id + "'" : "'" + p.name + "' (" + p.id + ")";
  const std::string name_zh =
      p.name.empty() ? "“" + p.id + "”" : "“" + p.name + "”（" + p.id + "）";
  const std::string n = std::to_string(max_instances);
  return {"more than " + n + (max_instances == 1 ? " instance" : " instances") + " of process " +
              name + " would run at once (--max-instances)",
          "流程" + name_zh + "将同时运行超过 " + n + " 个实例（--max-instances）"};
}

// Builds the Net with `build` and explores it into `out`; false when no exploration was
// possible (`out.unusable` says why).
bool explore_once(const check::CheckContext& context, const ExploreRequest& request,
                  const semantics::BuildOptions& build, const check::EngineSettings& engine,
                  const std::set<model::Index>& widened_flows, ExploredModel& out) {
  out.net =
      std::make_unique<semantics::Net>(semantics::build_net(context.model, context.guards, build));
  if (!out.net->untranslatable.empty()) {
    out.unusable = untranslatable_reason(*out.net);
    return false;
  }
  out.solver_timeout_ms =
      engine.timeout_seconds > 0 ? unsigned(engine.timeout_seconds * 1000) : 10'000;
  out.data = std::make_unique<DataSetup>(
      set_up_data(*out.net, context.guards, context.solver, out.solver_timeout_ms));
  if (!out.data->ok) {
    out.unusable = out.data->reason;
    return false;
  }
  if (out.data->cells.cell_count() == 0) {
    out.unusable = no_case_data();
    return false;
  }

  std::vector<semantics::PlaceIndex> widened;
  for (semantics::PlaceIndex p = 0; p < out.net->places.size(); ++p)
    if (out.net->places[p].kind == semantics::PlaceKind::message &&
        widened_flows.count(out.net->places[p].element))
      widened.push_back(p);
  out.exploration = std::make_unique<explore::Exploration>(*out.net, out.data->cells, widened);
  explore::ExploreOptions options;
  options.max_states = engine.max_states;
  options.reduction = engine.reduction && request.reduction;
  options.completion = request.completion;
  if (engine.timeout_seconds > 0)
    options.deadline =
        context.started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(engine.timeout_seconds));
  out.exploration->run(options);

  const explore::Exploration& x = *out.exploration;
  out.complete = x.outcome() == explore::Outcome::complete;
  if (x.outcome() == explore::Outcome::state_limit)
    out.limit = state_limit_reason(engine.max_states);
  if (x.outcome() == explore::Outcome::time_limit)
    out.limit = time_limit_reason(engine.timeout_seconds);
  if (!x.saturated().empty()) out.saturation = saturation_reason(*out.net, x.saturated().front());
  if (!widened.empty()) out.widening = widening_reason(*out.net, widened.front());

  return true;
}

ExploredModel explore_model(const check::CheckContext& context, const ExploreRequest& request) {
  ExploredModel out;
  const check::EngineSettings defaults;
  const check::EngineSettings& engine = context.engine ? *context.engine : defaults;
  const auto started = std::chrono::steady_clock::now();

  semantics::BuildOptions build = request.build;
  build.abstract_guards = engine.abstract_guards;
  // One copy per process that messages instantiate, one more wherever the exploration ran out;
  // message channels that fill past 3 are explored again widened (compiled_net.hpp).
  std::set<model::Index> widened_flows;
  for (;;) {
    out = ExploredModel{};
    if (!explore_once(context, request, build, engine, widened_flows, out)) return out;
    const explore::Exploration& x = *out.exploration;
    const std::size_t widened_before = widened_flows.size();
    for (semantics::PlaceIndex p : x.saturated())
      if (out.net->places[p].kind == semantics::PlaceKind::message)
        widened_flows.insert(out.net->places[p].element);
    if (widened_flows.size() > widened_before && out.limit.empty()) continue;
    if (x.instance_shortages().empty() || !out.complete) break;
    bool more = false;
    build.instances.resize(context.model.processes.size(), 1);
    for (const explore::InstanceShortage& shortage : x.instance_shortages()) {
      std::uint32_t& copies = build.instances[out.net->instance_groups[shortage.group].process];
      if (copies < engine.max_instances) {
        ++copies;
        more = true;
      }
    }
    if (more) continue;
    const semantics::InstanceGroup& g =
        out.net->instance_groups[x.instance_shortages().front().group];
    out.shortage = instance_shortage_reason(context.model, g.process, engine.max_instances);
    break;
  }
  const explore::Exploration& x = *out.exploration;
  const explore::ExploreStats& s = x.stats();
  out.stats["states"] = double(s.states);
  out.stats["edges"] = double(s.edges);
  out.stats["cells"] = double(out.data->cells.cell_count());
  out.stats["exploration-ms"] = s.seconds * 1000;
  out.stats["bytes-per-state"] = s.states ? double(s.bytes) / double(s.states) : 0;
  out.stats["analysis-ms"] =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return out;
}

const ExploredModel& shared_exploration(const check::CheckContext& context, const std::string& key,
                                        const ExploreRequest& request) {
  if (context.cache == nullptr) {
    thread_local ExploredModel last;
    last = explore_model(context, request);
    return last;
  }
  return context.cache->get<ExploredModel>(
      key, std::function<ExploredModel()>([&] { return explore_model(context, request); }));
}

const ExploredModel& history_exploration(const check::CheckContext& context) {
  const model::Model& m = context.model;
  ExploreRequest request;
  request.reduction = false;
  request.build.document_markers = true;
  std::vector<bool> involved(m.nodes.size(), false);
  for (model::Index n = 0; n < m.nodes.size(); ++n)
    involved[n] = !m.nodes[n].data_inputs.empty() || !m.nodes[n].data_outputs.empty();
  for (const model::MessageFlow& f : m.message_flows)
    for (model::Index n : {f.source.node, f.target.node})
      if (n != model::no_index) involved[n] = true;
  for (model::Index n = 0; n < m.nodes.size(); ++n)
    if (involved[n]) request.build.reached_nodes.push_back(n);
  return shared_exploration(context, "exploration:history", request);
}

}  // namespace seamless::analysis
