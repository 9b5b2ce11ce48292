// The `seamless` executable: command-line parsing (the only translation unit that includes
// CLI11) and dispatch to the commands in commands.hpp.
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>

#include "commands.hpp"
#include "language.hpp"

int main(int argc, char** argv) {
  using namespace seamless::cli;
  CLI::App app{"seamless: a model checker for administrative approval workflows drawn in BPMN",
               "seamless"};
  app.set_version_flag("--version", version());
  app.require_subcommand(1);
  // --lang on every command (language.hpp), SEAMLESS_LANG when it is not given; one value per
  // command, so that the environment read for one command cannot override another's option.
  std::map<const CLI::App*, std::string> langs;
  auto add_lang = [&](CLI::App* command) {
    command
        ->add_option("--lang", langs[command] = "en",
                     "Language of messages and reports: en or zh (or SEAMLESS_LANG)")
        ->check(CLI::IsMember({"en", "zh"}))
        ->envname("SEAMLESS_LANG")
        ->capture_default_str();
  };

  // --config names a file: an empty one is a usage error, not "look for seamless.toml".
  const CLI::Validator config_file(
      [](std::string& value) { return value.empty() ? std::string("an empty path") : ""; }, "FILE");

  CheckOptions check;
  auto* check_cmd = app.add_subcommand("check", "Check every .bpmn model under the paths");
  check_cmd->add_option("paths", check.paths, "Model files or directories (searched recursively)")
      ->required();
  check_cmd
      ->add_option("--check", check.checks, "Run only these checks (comma-separated or repeated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  check_cmd->add_option("--format", check.format, "Output format: text, json, sarif or junit")
      ->capture_default_str();
  check_cmd->add_option("--output,-o", check.output, "Write the output to this file");
  check_cmd->add_option("--fail-on", check.fail_on, "Lowest finding severity that fails the run")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}))
      ->capture_default_str();
  check_cmd->add_option("--jobs,-j", check.jobs, "Models checked in parallel (default: cores)");
  check_cmd->add_option("--plugin", check.plugins, "Load this plugin module too")
      ->allow_extra_args(false);
  check_cmd
      ->add_option("--max-states", check.engine.max_states,
                   "States explored per model before the checks give up (inconclusive)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  check_cmd
      ->add_option("--max-instances", check.engine.max_instances,
                   "Instances of one process that messages instantiate running at once before "
                   "the checks give up (inconclusive)")
      ->check(CLI::Range(1u, 16u))
      ->capture_default_str();
  check_cmd
      ->add_option("--timeout", check.engine.timeout_seconds,
                   "Seconds of analysis per model before the checks give up (inconclusive)")
      ->check(CLI::PositiveNumber);
  check_cmd->add_flag(
      "--no-reduction", [&](std::int64_t) { check.engine.reduction = false; },
      "Explore every interleaving (no partial-order reduction)");
  check_cmd->add_flag("--abstract-guards", check.engine.abstract_guards,
                      "Treat every guarded choice as free (ignore case data)");
  check_cmd->add_flag("--stats", check.stats,
                      "Print states, transitions and analysis time per model on stderr");
  check_cmd->add_option("--baseline", check.baseline,
                        "Findings recorded in this baseline file do not fail the run");
  check_cmd->add_option("--write-baseline", check.write_baseline,
                        "Record the run's findings in this baseline file");
  check_cmd
      ->add_option("--config", check.config,
                   "Configuration file (default: seamless.toml in the current directory or "
                   "its parents)")
      ->check(config_file);
  check_cmd->add_option(
      "--annotate", check.annotate,
      "Write coloured copies of models with counterexamples under this directory");

  // `report` takes the analysing options of `check` (keep the two lists alike).
  ReportOptions report;
  CheckOptions& analysis = report.analysis;
  auto* report_cmd = app.add_subcommand("report", "Write the analysis as an audit report");
  report_cmd->add_option("paths", analysis.paths, "Model files or directories")->required();
  report_cmd->add_option("--html", report.html, "Write the HTML report to this file");
  report_cmd->add_option("--markdown", report.markdown, "Write the Markdown report to this file");
  report_cmd->add_option("--check", analysis.checks, "Run only these checks")
      ->delimiter(',')
      ->allow_extra_args(false);
  report_cmd
      ->add_option("--fail-on", analysis.fail_on, "Lowest finding severity that fails the run")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}))
      ->capture_default_str();
  report_cmd->add_option("--jobs,-j", analysis.jobs, "Models checked in parallel (default: cores)");
  report_cmd->add_option("--plugin", analysis.plugins, "Load this plugin module too")
      ->allow_extra_args(false);
  report_cmd->add_option("--max-states", analysis.engine.max_states, "States explored per model")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  report_cmd
      ->add_option("--max-instances", analysis.engine.max_instances,
                   "Instances of one process running at once")
      ->check(CLI::Range(1u, 16u))
      ->capture_default_str();
  report_cmd->add_option("--timeout", analysis.engine.timeout_seconds, "Seconds per model")
      ->check(CLI::PositiveNumber);
  report_cmd->add_flag(
      "--no-reduction", [&](std::int64_t) { analysis.engine.reduction = false; },
      "Explore every interleaving (no partial-order reduction)");
  report_cmd->add_flag("--abstract-guards", analysis.engine.abstract_guards,
                       "Treat every guarded choice as free (ignore case data)");
  report_cmd
      ->add_option("--config", analysis.config,
                   "Configuration file (default: seamless.toml in the current directory or "
                   "its parents)")
      ->check(config_file);
  report_cmd->add_option("--baseline", analysis.baseline,
                         "Findings recorded in this baseline file do not fail the run");
  report_cmd->add_option(
      "--annotate", analysis.annotate,
      "Write coloured copies of models with counterexamples under this directory");

  InspectOptions inspect;
  auto* inspect_cmd = app.add_subcommand("inspect", "Show how a model was understood");
  inspect_cmd->add_option("file", inspect.file, "A .bpmn file")->required();
  inspect_cmd->add_option("--format", inspect.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();

  EvalOptions eval;
  auto* eval_cmd = app.add_subcommand("eval", "Evaluate one guard on given case data");
  eval_cmd->add_option("expression", eval.expression, "The guard, e.g. '=area > 500'")->required();
  eval_cmd->add_option("--set", eval.assignments, "Case data: NAME=VALUE (repeatable)")
      ->allow_extra_args(false);
  eval_cmd->add_option("--language", eval.language, "feel or juel (default: by form)");
  eval_cmd->add_option("--backend", eval.backend, "interp or jit")
      ->check(CLI::IsMember({"interp", "jit"}))
      ->capture_default_str();
  eval_cmd->add_option("--plugin", eval.plugins, "Load this plugin module too")
      ->allow_extra_args(false);

  ReplayOptions replay;
  auto* replay_cmd = app.add_subcommand("replay", "Run applicant cases (CSV rows) through a model");
  replay_cmd->add_option("file", replay.file, "A .bpmn file")->required();
  replay_cmd
      ->add_option("--cases", replay.cases, "CSV file: a header of variable names, a row per case")
      ->required();
  replay_cmd->add_option("--format", replay.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  replay_cmd->add_option("--backend", replay.backend, "Guard evaluation: jit or interp")
      ->check(CLI::IsMember({"interp", "jit"}))
      ->capture_default_str();
  replay_cmd->add_option("--output,-o", replay.output, "Write the output to this file");
  replay_cmd->add_flag("--summary", replay.summary, "Print the totals only, no line per case");
  replay_cmd->add_flag("--stats", replay.stats, "Print timings on stderr");
  replay_cmd->add_option("--max-states", replay.engine.max_states, "States explored per data cell")
      ->check(CLI::PositiveNumber);
  replay_cmd->add_option("--timeout", replay.engine.timeout_seconds, "Seconds of analysis")
      ->check(CLI::PositiveNumber);
  replay_cmd->add_option("--plugin", replay.plugins, "Load this plugin module too")
      ->allow_extra_args(false);
  replay_cmd
      ->add_option("--config", replay.config,
                   "Configuration file (default: seamless.toml in the current directory "
                   "or its parents)")
      ->check(config_file);

  PluginsOptions plugins;
  auto* plugins_cmd = app.add_subcommand("plugins", "List plugins and what they provide");
  plugins_cmd->add_option("--plugin", plugins.plugins, "Load this plugin module too")
      ->allow_extra_args(false);
  plugins_cmd->add_option("--format", plugins.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();

  for (CLI::App* command : {check_cmd, report_cmd, inspect_cmd, eval_cmd, replay_cmd, plugins_cmd})
    add_lang(command);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0 &&
        language_from_command_line(argc, argv) == seamless::i18n::Language::zh) {
      print_usage_error_zh(e.what());
      return exit_input_error;
    }
    const int code = app.exit(e);
    return code == 0 ? exit_ok : exit_input_error;
  }
  std::string lang = "en";
  for (const auto& [command, value] : langs)
    if (command->parsed()) lang = value;
  const seamless::i18n::Language language =
      seamless::i18n::parse_language(lang).value_or(seamless::i18n::Language::en);
  check.lang = report.analysis.lang = inspect.lang = eval.lang = replay.lang = plugins.lang =
      language;
  try {
    if (*check_cmd) return run_check(check);
    if (*report_cmd) return run_report(report);
    if (*inspect_cmd) return run_inspect(inspect);
    if (*plugins_cmd) return run_plugins(plugins);
    if (*eval_cmd) return run_eval(eval);
    if (*replay_cmd) return run_replay(replay);
  } catch (const std::exception& e) {
    std::cerr << (language == seamless::i18n::Language::zh ? "seamless: error: 内部错误："
                                                           : "seamless: internal error: ")
              << e.what() << '\n';
    return exit_input_error;
  }
  return exit_input_error;
}
