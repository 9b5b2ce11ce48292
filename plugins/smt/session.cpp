// A query's solver and time budget (session.hpp).
#include "session.hpp"

#include <utility>

namespace seamless::plugins::smt {

Session::Session(const expr::Environment& environment, unsigned timeout_ms)
    : solver_(environment, timeout_ms),
      timeout_ms_(timeout_ms),
      start_(std::chrono::steady_clock::now()) {
  z3().sync_domains();
}

bool Session::arm() {
  if (timeout_ms_ == 0) return true;
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - start_)
                           .count();
  if (elapsed >= timeout_ms_) return false;
  z3().timeout_ms = static_cast<unsigned>(timeout_ms_ - elapsed);
  z3().apply_timeout();
  return true;
}

std::string Session::timeout_reason() const {
  return "timeout after " + std::to_string(timeout_ms_) + " ms";
}

std::string Session::restate(std::string reason) const {
  if (reason.rfind("timeout after ", 0) == 0) return timeout_reason();
  return reason;
}

z3::check_result Session::check(std::string& reason) {
  if (!arm()) {
    reason = timeout_reason();
    return z3::unknown;
  }
  bool interrupted = false;
  const z3::check_result answer = z3().check_within_timeout(interrupted);
  if (answer == z3::unknown) reason = restate(z3().finish(answer, interrupted, {}, {}).reason);
  return answer;
}

seamless::smt::Result Session::solve(const std::vector<seamless::smt::Condition>& conditions,
                                     const z3::expr& extra, std::vector<std::uint32_t> mentioned) {
  if (!arm()) return {seamless::smt::Answer::unknown, timeout_reason(), std::nullopt};
  seamless::smt::Result result = z3().solve(conditions, extra, std::move(mentioned));
  result.reason = restate(std::move(result.reason));
  return result;
}

}  // namespace seamless::plugins::smt
