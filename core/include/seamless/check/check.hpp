// What a check is and what it produces: the Check interface plugins implement, the context it
// runs in, and its findings and verdict (spec/properties.md: pass, fail or inconclusive).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "seamless/diag/diagnostics.hpp"
#include "seamless/model/model.hpp"

namespace seamless::check {

using diag::Severity;

enum class Status : std::uint8_t { pass, fail, inconclusive };
std::string_view to_string(Status status);

struct Finding {
  std::string check;  // the check's name
  std::string rule;   // a finer name inside the check ("no-start-event"); may be empty
  Severity severity = Severity::error;
  std::string message;
  std::string element;  // BPMN id of the element the finding is about; may be empty
  model::Location location;
};

// A check's options from the configuration (scalar values by key).
using OptionValue = std::variant<bool, std::int64_t, double, std::string>;
using Options = std::map<std::string, OptionValue, std::less<>>;

struct CheckContext {
  const model::Model& model;
  const Options& options;
};

// Collects one check's findings on one model. A check reports a problem with `add`, or gives up
// with `inconclusive` (it then must not claim pass).
class Findings {
 public:
  explicit Findings(std::string check) : check_(std::move(check)) {}

  void add(Severity severity, std::string rule, const std::string& element,
           model::Location location, std::string message);
  void inconclusive(std::string reason);

  const std::string& check() const { return check_; }
  const std::vector<Finding>& items() const { return items_; }
  bool is_inconclusive() const { return !reason_.empty(); }
  const std::string& reason() const { return reason_; }

 private:
  std::string check_;
  std::vector<Finding> items_;
  std::string reason_;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view summary() const = 0;  // one line for `seamless plugins`
  virtual void run(const CheckContext& context, Findings& findings) const = 0;
};

// One check's verdict on one model.
struct CheckResult {
  std::string name;
  Status status = Status::pass;
  std::string reason;  // why inconclusive
  std::vector<Finding> findings;
};

}  // namespace seamless::check
