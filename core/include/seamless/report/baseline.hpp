// Baselines (`seamless check --baseline FILE`, `--write-baseline FILE`): the findings a project
// has accepted for now, so that only new ones fail the run. A finding is identified by its model
// file (relative to the baseline file's folder, so the baseline works from any working
// directory), check, rule, element and message; never by line numbers, which move when a model
// is edited. Each entry covers one finding: a finding reported twice needs two entries.
//
// The file is JSON, one finding per line, sorted, so it diffs well under version control:
//
//     {
//       "version": 1,
//       "findings": [
//         {"file":"x/before.bpmn","check":"one-visit","rule":"visits","element":"T","message":"..."}
//       ]
//     }
#pragma once

#include <compare>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/diag/diagnostics.hpp"
#include "seamless/report/run_result.hpp"

namespace seamless::report {

struct BaselineEntry {
  std::string file, check, rule, element, message;
  auto operator<=>(const BaselineEntry&) const = default;
};

class Baseline {
 public:
  // Reads the baseline file at `path`. A file that cannot be read or is not a baseline gives an
  // error diagnostic with the file and line, and nullopt.
  static std::optional<Baseline> read(const std::string& path, diag::Diagnostics& diagnostics);
  // The same from text already read (`path` names the file in diagnostics and anchors paths).
  static std::optional<Baseline> parse(std::string_view text, const std::string& path,
                                       diag::Diagnostics& diagnostics);
  // Every finding of a run, as a baseline to be stored at `path`.
  static Baseline record(const RunResult& result, const std::string& path);

  void write(std::ostream& out) const;
  // Marks each finding an entry records (an entry covers one finding) as baselined, and notes
  // in the result that a baseline was applied.
  void apply(RunResult& result) const;

  const std::vector<BaselineEntry>& entries() const { return entries_; }

 private:
  std::string path_;
  std::vector<BaselineEntry> entries_;  // sorted
};

// A model file as a baseline at `baseline_path` names it: relative to the baseline's folder,
// '/'-separated, lexically normalised.
std::string baseline_file_key(const std::string& model_file, const std::string& baseline_path);

}  // namespace seamless::report
