// What a check is and what it produces: the Check interface plugins implement, the context it
// runs in, and its findings and verdict (spec/properties.md: pass, fail or inconclusive).
#pragma once

#include <any>
#include <chrono>
#include <concepts>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "seamless/diag/diagnostics.hpp"
#include "seamless/i18n/text.hpp"
#include "seamless/model/model.hpp"

namespace seamless::guards {
struct ModelGuards;
}
namespace seamless::explore {
class CaseSolver;
}

namespace seamless::check {

struct Catalogue;

using diag::Severity;

enum class Status : std::uint8_t { pass, fail, inconclusive };
std::string_view to_string(Status status);

// One step of a counterexample run.
struct RunStep {
  std::string element;  // BPMN id
  std::string name;
  std::string department;    // department id; empty when unassigned
  std::string note;          // what happened there, when it is not just "it ran"
  model::Location location;  // of the element in the file (SARIF code flows point there)
  std::string note_zh{};     // the note in Chinese; empty: shown in English
};

// A case variable's value in a counterexample: its text as format_value writes it (`600`,
// `12.5`, `true`, `"qingpu"`) and its type name (`integer`, `decimal`, `boolean`, `string`).
struct CaseValue {
  std::string variable;
  std::string type;
  std::string text;
};

// A run that shows a violation (spec/properties.md, "Counterexamples").
struct Counterexample {
  std::vector<CaseValue> case_data;
  std::vector<RunStep> steps;
  std::vector<std::string> seam;         // element ids
  std::vector<std::string> departments;  // departments involved
  // What the run leaves behind or leads to: "token on Flow_3 (before 'Approve')", ...
  std::vector<std::string> state;
  // Further facts about the violation, one line each: a cycle's dependencies, the steps of a
  // critical path. Shown as "note:" lines in text and as "notes" in JSON.
  std::vector<std::string> notes;
  // Check-specific figures ("visits": 2).
  std::map<std::string, std::int64_t> figures;
  // The lines of `state` and `notes` in Chinese, index by index (i18n/text.hpp); a missing or
  // empty line is shown in English. add_state and add_note keep them parallel.
  std::vector<std::string> state_zh{};
  std::vector<std::string> notes_zh{};

  void add_state(i18n::Text line);
  void add_note(i18n::Text line);
};

struct Finding {
  std::string check;  // the check's name
  std::string rule;   // a finer name inside the check ("no-start-event"); may be empty
  Severity severity = Severity::error;
  std::string message;
  std::string element;  // BPMN id of the element the finding is about; may be empty
  model::Location location;
  std::optional<Counterexample> counterexample;
  // Recorded in the baseline given to `seamless check --baseline`: still reported, marked as
  // such, but it does not fail the run.
  bool baselined = false;
  std::string message_zh{};  // the message in Chinese; empty: shown in English
};

// A check's options from the configuration (scalar values by key).
using OptionValue = std::variant<bool, std::int64_t, double, std::string>;
using Options = std::map<std::string, OptionValue, std::less<>>;

// The type of an option's value: a boolean is a bool, an integer an std::int64_t, a decimal a
// double (an integer written in the configuration is converted), a string an std::string.
enum class OptionType : std::uint8_t { boolean, integer, decimal, string };
std::string_view to_string(OptionType type);

// An option a check accepts (`[checks] NAME = { OPTION = VALUE }` in seamless.toml). The host
// refuses options a check does not declare, values of another type, and integers outside
// [min, max], with the configuration's file and line, before any model is checked.
struct OptionSpec {
  std::string name;  // e.g. "max-visits"
  OptionType type = OptionType::string;
  std::string meaning;  // one line, shown by `seamless plugins`
  std::int64_t min = std::numeric_limits<std::int64_t>::min();  // integers only
  std::int64_t max = std::numeric_limits<std::int64_t>::max();
  std::string meaning_zh{};  // `meaning` in Chinese; empty: shown in English
};

// Settings of the behavioural engine for one run (command-line options).
struct EngineSettings {
  std::uint64_t max_states = 5'000'000;
  // Instances of one process that messages instantiate running at once (more: inconclusive).
  std::uint32_t max_instances = 3;
  double timeout_seconds = 0;  // per model; 0: none
  bool reduction = true;
  bool abstract_guards = false;
};

// Results one check computes that others may reuse on the same model (the soundness checks share
// one exploration). Keyed by name; values are whatever the producer stores.
class AnalysisCache {
 public:
  template <class T>
  T& get(const std::string& key, const std::function<T()>& make) {
    auto it = entries_.find(key);
    if (it == entries_.end()) it = entries_.emplace(key, std::make_shared<T>(make())).first;
    return *std::any_cast<std::shared_ptr<T>&>(it->second);
  }

 private:
  std::map<std::string, std::any> entries_;
};

struct CheckContext {
  const model::Model& model;
  const Options& options;
  const guards::ModelGuards* guards = nullptr;  // null when the model was not compiled
  const EngineSettings* engine = nullptr;       // null: defaults
  const explore::CaseSolver* solver = nullptr;  // null when no solver is loaded
  AnalysisCache* cache = nullptr;               // null: nothing shared
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
  const Catalogue* catalogue = nullptr;  // the configured catalogue of matters; null: none
};

// Collects one check's findings on one model. A check reports a problem with `add`, or gives up
// with `inconclusive` (it then must not claim pass).
class Findings {
 public:
  explicit Findings(std::string check) : check_(std::move(check)) {}

  // A message in English and Chinese (i18n/text.hpp): add(..., {"... en", "…… zh"}).
  void add(Severity severity, std::string rule, const std::string& element,
           model::Location location, i18n::Text message);
  void add(Severity severity, std::string rule, const std::string& element,
           model::Location location, std::string message, std::string message_zh);
  // A message in English only (shown in English whatever the language).
  template <std::convertible_to<std::string> Message>
  void add(Severity severity, std::string rule, const std::string& element,
           model::Location location, Message&& message) {
    add(severity, std::move(rule), element, location,
        i18n::Text{std::string(std::forward<Message>(message)), ""});
  }
  // Gives up; the first reason given is kept. In both languages, or in English only.
  void inconclusive(i18n::Text reason);
  template <std::convertible_to<std::string> Reason>
  void inconclusive(Reason&& reason) {
    inconclusive(i18n::Text{std::string(std::forward<Reason>(reason)), ""});
  }

  // States an assumption the verdict relies on (spec/properties.md: a condition read as a
  // label): shown as a note beside the verdict, `assumptions` in JSON. Given twice, kept once;
  // the order of first mention is kept.
  void assume(i18n::Text assumption);

  const std::string& check() const { return check_; }
  const std::vector<Finding>& items() const { return items_; }
  // The assumptions in English and, index by index, in Chinese (empty: shown in English).
  const std::vector<std::string>& assumptions() const { return assumptions_; }
  const std::vector<std::string>& assumptions_zh() const { return assumptions_zh_; }
  bool is_inconclusive() const { return !reason_.empty(); }
  const std::string& reason() const { return reason_; }
  const std::string& reason_zh() const { return reason_zh_; }
  Finding& last() { return items_.back(); }
  void statistic(const std::string& name, double value) { stats_[name] = value; }
  const std::map<std::string, double>& stats() const { return stats_; }

 private:
  std::string check_;
  std::vector<Finding> items_;
  std::string reason_, reason_zh_;
  std::map<std::string, double> stats_;
  std::vector<std::string> assumptions_, assumptions_zh_;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view summary() const = 0;               // one line for `seamless plugins`
  virtual std::string_view summary_zh() const { return {}; }  // in Chinese; empty: English
  virtual void run(const CheckContext& context, Findings& findings) const = 0;
  // Whether the check explores behaviour with the case data (then the case solver is loaded
  // for models with guards).
  virtual bool uses_case_data() const { return false; }
  // The options the check accepts in the configuration (none by default). `context.options`
  // holds only declared options, each of its declared type.
  virtual std::vector<OptionSpec> options() const { return {}; }
};

// One check's verdict on one model.
struct CheckResult {
  std::string name;
  Status status = Status::pass;
  std::string reason;  // why inconclusive
  std::vector<Finding> findings;
  // Figures about the analysis (`states`, `edges`, `milliseconds`), shown with --stats.
  std::map<std::string, double> stats;
  std::string reason_zh{};  // the reason in Chinese; empty: shown in English
  // What the verdict assumes (Findings::assume), in English and, index by index, in Chinese
  // (a missing or empty line is shown in English), like Counterexample::notes.
  std::vector<std::string> assumptions{};
  std::vector<std::string> assumptions_zh{};
};

}  // namespace seamless::check
