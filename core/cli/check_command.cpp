// `seamless check PATH...`: load every model, run the selected checks, print the findings in
// the chosen format, and turn the outcome into the exit code of spec/cli.md. Models are checked
// in parallel (--jobs); results are kept in file order, so the output does not depend on it.
// The analysis itself (`analyse`) is shared with `seamless report`.
#include <algorithm>
#include <atomic>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "check_baseline.hpp"
#include "commands.hpp"
#include "configured_host.hpp"
#include "language.hpp"
#include "seamless/bpmn/loader.hpp"
#include "seamless/check/runner.hpp"
#include "seamless/guards/model_guards.hpp"
#include "seamless/plugin/host.hpp"
#include "seamless/report/output_format.hpp"

namespace seamless::cli {
namespace {

std::string list_names(const std::vector<const check::Check*>& checks) {
  std::string out;
  for (const check::Check* c : checks) out += (out.empty() ? "" : ", ") + std::string(c->name());
  return out.empty() ? "(none)" : out;
}

struct ModelRun {
  report::ModelResult result;
  diag::Diagnostics diagnostics;
  std::shared_ptr<const model::Model> model;  // kept for reports and --annotate
};

// The case solver (plugin `smt`, Z3) is loaded the first time a model needs it: a model whose
// guards exploration must respect. Models without guards never load it.
class SolverLoader {
 public:
  explicit SolverLoader(plugin::Host& host) : host_(host) {}
  const explore::CaseSolver* get(diag::Diagnostics& diagnostics) {
    std::lock_guard lock(mutex_);
    if (!tried_) {
      tried_ = true;
      host_.load_on_demand("smt", load_diagnostics_);
    }
    if (!host_.registry().case_solver() && !reported_) {
      reported_ = true;  // once, not per model
      diagnostics.merge(load_diagnostics_);
    }
    return host_.registry().case_solver();
  }

 private:
  plugin::Host& host_;
  std::mutex mutex_;
  bool tried_ = false, reported_ = false;
  diag::Diagnostics load_diagnostics_;
};

bool has_usable_guard(const guards::ModelGuards& guards) {
  for (const auto& p : guards.processes)
    for (const auto& g : p.guards)
      if (g.status == guards::GuardStatus::ok) return true;
  return false;
}

// The checks that run on `file` with their configured options: those selected, less those the
// configuration turns off for it. A check named by --check but off here, or a model left with
// no check at all, is pointed out with a note, so that nothing passes unnoticed.
std::vector<check::PlannedCheck> plan_checks(const std::string& file,
                                             const std::vector<const check::Check*>& checks,
                                             const Configuration& configuration,
                                             const EffectiveChecks& effective, bool named,
                                             diag::Diagnostics& diagnostics) {
  static const check::Options no_options;
  std::vector<check::PlannedCheck> planned;
  std::string off, off_zh;
  for (const check::Check* c : checks) {
    const auto it = effective.find(c->name());
    if (it == effective.end()) {
      planned.push_back({c, &no_options});
      continue;
    }
    if (!it->second.off()) {
      planned.push_back({c, &it->second.options});
      continue;
    }
    const std::string name(c->name());
    off += (off.empty() ? "'" : ", '") + name + "'";
    off_zh += (off_zh.empty() ? "“" : "、“") + name + "”";
    if (named) {
      const std::string where = configuration.file + ":" +
                                std::to_string(it->second.level_place.line) + ":" +
                                std::to_string(it->second.level_place.column);
      diagnostics.note(
          file, 0, 0,
          {"check '" + name + "', named by --check, is turned off for this model by " + where,
           "检查“" + name + "”由 --check 指定，但 " + where + " 对此模型关闭了它"});
    }
  }
  if (planned.empty() && !named)
    diagnostics.note(file, 0, 0,
                     {"no check runs on this model: " + configuration.file + " turns off " + off,
                      "此模型上不运行任何检查：" + configuration.file + " 关闭了" + off_zh});
  return planned;
}

ModelRun check_model(const std::string& file, const std::vector<const check::Check*>& checks,
                     const plugin::Registry& registry, const CheckOptions& options,
                     const Configuration& configuration, SolverLoader& solver, bool keep_model) {
  ModelRun run;
  run.result.file = file;
  auto model = bpmn::load_file(file, run.diagnostics);
  if (keep_model) run.model = model;
  if (!model || run.diagnostics.has_errors()) return run;
  run.result.analysed = true;
  const auto started = std::chrono::steady_clock::now();
  // Guard problems are reported (a malformed guard fails the gate with exit 2), but they do not
  // stop the checks: a check that depends on an unusable guard answers inconclusive itself.
  const guards::ModelGuards guards =
      guards::compile_model_guards(*model, registry, run.diagnostics);
  const EffectiveChecks effective = checks_for(configuration, file);
  const std::vector<check::PlannedCheck> planned =
      plan_checks(file, checks, configuration, effective, !options.checks.empty(), run.diagnostics);
  static const check::Options no_options;
  check::CheckContext context{*model, no_options};
  context.guards = &guards;
  context.engine = &options.engine;
  context.started = started;
  if (configuration.catalogue) context.catalogue = &*configuration.catalogue;
  const bool data_checks =
      std::any_of(planned.begin(), planned.end(),
                  [](const check::PlannedCheck& c) { return c.check->uses_case_data(); });
  if (data_checks && !options.engine.abstract_guards && has_usable_guard(guards))
    context.solver = solver.get(run.diagnostics);
  run.result.checks = check::run_checks(context, planned);
  for (check::CheckResult& result : run.result.checks) {
    const auto it = effective.find(result.name);
    if (it != effective.end() && it->second.level) apply_level(*it->second.level, result);
  }
  return run;
}

std::string format_stats(const report::ModelResult& model, i18n::Language language) {
  for (const check::CheckResult& c : model.checks) {
    if (c.stats.empty()) continue;
    std::ostringstream out;
    out << "seamless: stats: " << model.file << ':';
    for (const auto& [name, value] : c.stats) {
      out << ' ' << name << '=';
      if (value == double(std::int64_t(value))) {
        out << std::int64_t(value);
      } else {
        out << std::fixed << std::setprecision(3) << value;
        out.unsetf(std::ios::fixed);
      }
    }
    return out.str();
  }
  return "seamless: stats: " + model.file + ": " +
         i18n::Text{"no behavioural analysis ran", "未进行行为分析"}.in(language);
}

// The checks that ran, with their summaries, plugins and configured severities, sorted by name
// (SARIF rules).
std::vector<report::CheckInfo> check_infos(const plugin::Registry& registry,
                                           const std::vector<const check::Check*>& checks,
                                           const Configuration& configuration) {
  std::vector<report::CheckInfo> infos;
  for (const check::Check* c : checks) {
    report::CheckInfo info{std::string(c->name()), std::string(c->summary()), "",
                           std::string(c->summary_zh()),
                           configured_severity(configuration, c->name())};
    for (const plugin::Contribution& k : registry.contributions())
      if (k.kind == "check" && k.name == info.name) info.plugin = k.plugin;
    infos.push_back(std::move(info));
  }
  std::sort(infos.begin(), infos.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return infos;
}

std::optional<diag::Severity> fail_on_severity(const std::string& fail_on) {
  if (fail_on == "warning") return diag::Severity::warning;
  if (fail_on == "note") return diag::Severity::note;
  if (fail_on == "none") return std::nullopt;
  return diag::Severity::error;
}

}  // namespace

int exit_code(const report::RunTotals& t, const std::string& fail_on, bool input_errors) {
  if (input_errors) return exit_input_error;
  const bool failing = (fail_on == "error" && t.errors > 0) ||
                       (fail_on == "warning" && t.errors + t.warnings > 0) ||
                       (fail_on == "note" && t.errors + t.warnings + t.notes > 0);
  if (failing) return exit_findings;
  if (t.checks_inconclusive > 0) return exit_inconclusive;
  return exit_ok;
}

std::optional<AnalysisRun> analyse(const CheckOptions& options, plugin::Host& host,
                                   const Configuration& configuration, diag::Diagnostics setup,
                                   bool keep_models) {
  SolverLoader solver(host);
  const plugin::Registry& registry = host.registry();

  std::vector<const check::Check*> checks;
  if (options.checks.empty()) {
    checks = registry.checks();
  } else {
    for (const std::string& name : options.checks) {
      const check::Check* c = registry.find_check(name);
      if (c == nullptr) {
        const std::string available = list_names(registry.checks());
        print_error(options.lang, {"unknown check '" + name + "'; available: " + available,
                                   "未知检查“" + name + "”；可用的检查：" + available});
        return std::nullopt;
      }
      if (std::find(checks.begin(), checks.end(), c) == checks.end()) checks.push_back(c);
    }
  }
  if (checks.empty()) {
    const std::string directory = plugin::Host::installed_plugin_directory();
    print_error(options.lang, {"no checks available: no check plugin was found (looked in " +
                                   directory + " and SEAMLESS_PLUGIN_PATH)",
                               "没有可用的检查：找不到检查插件（已在 " + directory +
                                   " 和 SEAMLESS_PLUGIN_PATH 中查找）"});
    for (const auto& d : setup.all()) std::cerr << diag::format(d, options.lang) << '\n';
    return std::nullopt;
  }
  const BaselineChoice baseline = read_baseline_option(options.baseline, options.lang);
  if (!baseline.ok) return std::nullopt;

  const std::size_t setup_errors = setup.error_count();
  const std::vector<std::string> files = collect_model_files(options.paths, setup);
  if (files.empty() && setup.error_count() == setup_errors) {
    std::string where;
    for (const std::string& p : options.paths) where += (where.empty() ? "" : ", ") + p;
    setup.error(where, 0, 0, i18n::Text{"no .bpmn files found", "找不到 .bpmn 文件"});
  }

  std::vector<ModelRun> runs(files.size());
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, runs.size())));
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < runs.size(); i = next++)
      runs[i] =
          check_model(files[i], checks, registry, options, configuration, solver, keep_models);
  };
  if (jobs <= 1) {
    worker();
  } else {
    std::vector<std::thread> threads;
    for (unsigned j = 0; j < jobs; ++j) threads.emplace_back(worker);
    for (auto& t : threads) t.join();
  }

  AnalysisRun analysis;
  report::RunResult& result = analysis.result;
  result.tool_version = version();
  result.language = options.lang;
  diag::Diagnostics all = std::move(setup);
  for (ModelRun& run : runs) {
    all.merge(run.diagnostics);
    result.models.push_back(std::move(run.result));
    analysis.models.push_back(std::move(run.model));
  }
  all.sort();
  result.diagnostics = all.all();
  result.checks = check_infos(registry, checks, configuration);
  result.fail_on = fail_on_severity(options.fail_on);
  analysis.baseline_written =
      apply_baseline_options(baseline.baseline, options.write_baseline, result, options.lang);
  analysis.input_errors = all.has_errors();
  return analysis;
}

int run_check(const CheckOptions& options) {
  diag::Diagnostics setup;
  plugin::Host host;
  Configuration configuration;
  if (!set_up_plugins_and_configuration(options.config, options.plugins, host, configuration, setup,
                                        options.lang))
    return exit_input_error;
  const report::OutputFormat* format = host.registry().find_output_format(options.format);
  if (format == nullptr) {
    print_error(options.lang, {"unknown output format '" + options.format + "'",
                               "未知的输出格式“" + options.format + "”"});
    return exit_input_error;
  }
  std::optional<AnalysisRun> analysis =
      analyse(options, host, configuration, std::move(setup), !options.annotate.empty());
  if (!analysis) return exit_input_error;
  const report::RunResult& result = analysis->result;

  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary);
    if (!file) {
      print_error(options.lang, {"cannot write " + options.output, "无法写入 " + options.output});
      return exit_input_error;
    }
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  format->write(result, out);
  if (options.stats)
    for (const report::ModelResult& m : result.models)
      if (m.analysed) std::cerr << format_stats(m, options.lang) << '\n';
  out.flush();
  if (!out) {
    print_error(
        options.lang,
        {"cannot write the output" + (options.output.empty() ? "" : " to " + options.output),
         options.output.empty() ? "无法写出输出" : "无法将输出写入 " + options.output});
    return exit_input_error;
  }
  if (!analysis->baseline_written) return exit_input_error;
  if (!options.annotate.empty() && !write_annotated_models(*analysis, options.annotate))
    return exit_input_error;
  return exit_code(report::totals(result), options.fail_on, analysis->input_errors);
}

}  // namespace seamless::cli
