// The commands of the `seamless` executable. main.cpp parses the command line (CLI11 lives only
// there) and calls these; they wire the libraries together and return the exit code
// (spec/cli.md: 0 ok, 1 findings, 2 usage or input error, 3 inconclusive).
#pragma once

#include <string>
#include <vector>

#include "seamless/check/check.hpp"
#include "seamless/diag/diagnostics.hpp"

namespace seamless::cli {

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
  std::string baseline;           // --baseline FILE: findings it records do not fail the run
  std::string write_baseline;     // --write-baseline FILE: record the run's findings there
  std::string config;             // --config FILE; "" = seamless.toml found from the current dir
};
int run_check(const CheckOptions& options);

struct InspectOptions {
  std::string file;
  std::string format = "text";  // text | json
};
int run_inspect(const InspectOptions& options);

struct EvalOptions {
  std::string expression;
  std::vector<std::string> assignments;  // NAME=VALUE
  std::string language;                  // "" = recognise by form
  std::string backend = "interp";        // interp | jit
  std::vector<std::string> plugins;
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
};
int run_replay(const ReplayOptions& options);

struct PluginsOptions {
  std::vector<std::string> plugins;
  std::string format = "text";  // text | json
};
int run_plugins(const PluginsOptions& options);

// Every `.bpmn` file under the paths (directories recursively, sorted; files as given). A path
// that does not exist or cannot be read is an error diagnostic.
std::vector<std::string> collect_model_files(const std::vector<std::string>& paths,
                                             diag::Diagnostics& diagnostics);

std::string version();

}  // namespace seamless::cli
