// An output format renders a RunResult (text, json; plugins may add more).
#pragma once

#include <ostream>
#include <string_view>

#include "seamless/report/run_result.hpp"

namespace seamless::report {

class OutputFormat {
 public:
  virtual ~OutputFormat() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view summary() const = 0;
  virtual std::string_view summary_zh() const { return {}; }  // in Chinese; empty: English
  virtual void write(const RunResult& result, std::ostream& out) const = 0;
};

}  // namespace seamless::report
