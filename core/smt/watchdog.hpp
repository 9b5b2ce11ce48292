// A deadline for Z3 checks that does not depend on Z3's own timer. Z3 4.8's `timeout` parameter
// is enforced by a pooled timer thread that can miss a short timeout, leaving a hard query
// running forever (a 1 ms timeout on x³ + y³ + z³ = 33 hangs about once in a hundred runs on a
// loaded machine). The watchdog interrupts the context when a check outlives its timeout by a
// grace period, and again periodically until the check returns.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace seamless::smt {

class Watchdog {
 public:
  using Clock = std::chrono::steady_clock;

  // `interrupt` is called from the watchdog's thread, only between arm() and disarm().
  explicit Watchdog(std::function<void()> interrupt);
  ~Watchdog();
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

  // Interrupts after `after` unless disarmed first; the thread starts on the first call.
  void arm(std::chrono::milliseconds after);
  // Stops waiting; whether it interrupted since arm().
  bool disarm();

 private:
  void run();

  std::function<void()> interrupt_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool armed_ = false, fired_ = false, quit_ = false;
  Clock::time_point deadline_;
  std::thread thread_;
};

// How long after a timeout of `timeout_ms` the watchdog steps in: Z3's timer gets the first
// chance, and a grace period so that a check just finishing is rarely interrupted.
std::chrono::milliseconds watchdog_delay(unsigned timeout_ms);

}  // namespace seamless::smt
