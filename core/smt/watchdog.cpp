// The deadline thread for Z3 checks (watchdog.hpp).
#include "watchdog.hpp"

namespace seamless::smt {

namespace {
// Between two interrupts of a check that has not stopped yet.
constexpr std::chrono::milliseconds repeat_every{50};
}  // namespace

Watchdog::Watchdog(std::function<void()> interrupt) : interrupt_(std::move(interrupt)) {}

Watchdog::~Watchdog() {
  {
    const std::lock_guard lock(mutex_);
    quit_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Watchdog::arm(std::chrono::milliseconds after) {
  {
    const std::lock_guard lock(mutex_);
    armed_ = true;
    fired_ = false;
    deadline_ = Clock::now() + after;
    if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
  }
  wake_.notify_all();
}

bool Watchdog::disarm() {
  const std::lock_guard lock(mutex_);
  armed_ = false;
  return fired_;
}

void Watchdog::run() {
  std::unique_lock lock(mutex_);
  while (!quit_) {
    if (!armed_) {
      wake_.wait(lock);
      continue;
    }
    if (Clock::now() < deadline_) {
      wake_.wait_until(lock, deadline_);
      continue;
    }
    // Armed and past the deadline: the check is still running (disarm() takes the lock).
    interrupt_();
    fired_ = true;
    deadline_ = Clock::now() + repeat_every;
  }
}

std::chrono::milliseconds watchdog_delay(unsigned timeout_ms) {
  return std::chrono::milliseconds(timeout_ms) + std::chrono::milliseconds(20 + timeout_ms / 10);
}

}  // namespace seamless::smt
