// The commands of the `seamless` executable. main.cpp parses the command line (CLI11 lives only
// there) and calls these; they wire the libraries together and return the exit code
// (spec/cli.md: 0 ok, 1 findings, 2 usage or input error, 3 inconclusive).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "seamless/check/check.hpp"
#include "seamless/diag/diagnostics.hpp"
#include "seamless/i18n/text.hpp"
#include "seamless/plugin/host.hpp"
#include "seamless/report/run_result.hpp"

namespace seamless::cli {

struct Configuration;  // configuration.hpp

inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_input_error = 2;
inline constexpr int exit_inconclusive = 3;

struct CheckOptions {
  std::vector<std::string> paths;
  std::vector<std::string> checks;   // empty: all registered checks
  std::vector<std::string> plugins;  // --plugin FILE
  std::string format = "text";
  std::string output;             // "" = stdout
  std::string fail_on = "error";  // error | warning | note | never
  unsigned jobs = 0;              // 0 = number of cores
  check::EngineSettings engine;   // --max-states, --timeout, --no-reduction, --abstract-guards
  bool stats = false;             // --stats: analysis figures per model on stderr
  i18n::Language lang = i18n::Language::en;  // --lang
  std::string baseline;           // --baseline FILE: findings it records do not fail the run
  std::string write_baseline;     // --write-baseline FILE: record the run's findings there
  std::string config;             // --config FILE; "" = seamless.toml found from the current dir
  std::string annotate;           // --annotate DIR: coloured copies of models with counterexamples
};
int run_check(const CheckOptions& options);

// The analysis `check` and `report` share: the checks chosen, every model under the paths loaded
// and checked (in parallel), diagnostics merged and sorted.
struct AnalysisRun {
  report::RunResult result;
  // The loaded model of each result.models entry when asked to keep them (null otherwise, and
  // for files that could not be loaded).
  std::vector<std::shared_ptr<const model::Model>> models;
  bool input_errors = false;
  bool baseline_written = true;  // false: --write-baseline failed (exit 2, after the output)
};
// Runs the analysis with the checks of `host`'s plugins as `configuration` sets them (both from
// set_up_plugins_and_configuration), the baseline applied; nullopt after a usage error (unknown
// check, no checks at all, unreadable baseline) has been printed.
std::optional<AnalysisRun> analyse(const CheckOptions& options, plugin::Host& host,
                                   const Configuration& configuration, diag::Diagnostics setup,
                                   bool keep_models);
// The exit code of spec/cli.md for a run's totals.
int exit_code(const report::RunTotals& totals, const std::string& fail_on, bool input_errors);

// `seamless report PATH... --html FILE --markdown FILE`: the analysis of `check` written as an
// audit report; the exit code is check's.
struct ReportOptions {
  CheckOptions analysis;  // the analysing options (format, output and stats are not used)
  std::string html;       // "" = no HTML report
  std::string markdown;   // "" = no Markdown report
};
int run_report(const ReportOptions& options);

// --annotate DIR: for every model with a counterexample, a copy at DIR/<its path> with the runs
// and seams coloured. Problems are printed; false when some copy could not be written.
bool write_annotated_models(const AnalysisRun& run, const std::string& directory);

struct InspectOptions {
  std::string file;
  std::string format = "text";               // text | json
  i18n::Language lang = i18n::Language::en;  // --lang
};
int run_inspect(const InspectOptions& options);

struct EvalOptions {
  std::string expression;
  std::vector<std::string> assignments;  // NAME=VALUE
  std::string language;                  // "" = recognise by form
  std::string backend = "interp";        // interp | jit
  std::vector<std::string> plugins;
  i18n::Language lang = i18n::Language::en;  // --lang
};
int run_eval(const EvalOptions& options);

// `seamless replay FILE --cases CSV`: per case the worst-case visit count, whether completion is
// guaranteed and the seams; totals. Exit 2 for bad rows or input errors, 1 when some case exceeds
// maxVisits or may not complete, 3 when some case could not be fully analysed.
struct ReplayOptions {
  std::string file;
  std::string cases;
  std::string format = "text";  // text | json
  std::string backend = "jit";  // jit | interp
  std::string output;           // "" = stdout
  bool summary = false;         // totals only, no line per case
  bool stats = false;           // timings on stderr
  std::vector<std::string> plugins;
  check::EngineSettings engine;  // --max-states, --timeout
  std::string config;            // --config FILE; "" = seamless.toml found from the current dir
  i18n::Language lang = i18n::Language::en;  // --lang
};
int run_replay(const ReplayOptions& options);

struct PluginsOptions {
  std::vector<std::string> plugins;
  std::string format = "text";               // text | json
  i18n::Language lang = i18n::Language::en;  // --lang
};
int run_plugins(const PluginsOptions& options);

// Every `.bpmn` file under the paths (directories recursively, sorted; files as given). A path
// that does not exist or cannot be read is an error diagnostic.
std::vector<std::string> collect_model_files(const std::vector<std::string>& paths,
                                             diag::Diagnostics& diagnostics);

std::string version();

}  // namespace seamless::cli
