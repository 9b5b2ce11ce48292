// The watchdog that stops Z3 checks whose own timer missed the deadline (core/smt/watchdog.hpp):
// it interrupts only when armed and past the deadline, repeats until disarmed, and says whether
// it interrupted; disarmed in time, it never interrupts. A context an interrupt left cancelled is
// replaced before the next query.
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "seamless/smt/solver.hpp"
#include "solver_impl.hpp"
#include "support/expr_builder.hpp"
#include "watchdog.hpp"

using namespace std::chrono_literals;
using seamless::smt::Watchdog;

TEST_CASE("the watchdog interrupts an armed check after its delay, until disarmed",
          "[smt][timeout]") {
  std::atomic<int> interrupts{0};
  Watchdog dog([&] { ++interrupts; });
  dog.arm(10ms);
  const auto start = Watchdog::Clock::now();
  while (interrupts.load() < 2 && Watchdog::Clock::now() - start < 5s)
    std::this_thread::sleep_for(1ms);
  CHECK(interrupts.load() >= 2);  // the first interrupt, and at least one repeat
  CHECK(Watchdog::Clock::now() - start >= 10ms);
  CHECK(dog.disarm());
  const int after_disarm = interrupts.load();
  std::this_thread::sleep_for(120ms);
  CHECK(interrupts.load() == after_disarm);
}

TEST_CASE("a watchdog disarmed before its delay never interrupts", "[smt][timeout]") {
  std::atomic<int> interrupts{0};
  Watchdog dog([&] { ++interrupts; });
  for (int i = 0; i < 100; ++i) {
    dog.arm(1s);
    CHECK_FALSE(dog.disarm());
  }
  std::this_thread::sleep_for(50ms);
  CHECK(interrupts.load() == 0);
}

TEST_CASE("the watchdog leaves Z3's timer the first chance", "[smt][timeout]") {
  CHECK(seamless::smt::watchdog_delay(1) > 1ms);
  CHECK(seamless::smt::watchdog_delay(1000) > 1000ms);
  CHECK(seamless::smt::watchdog_delay(1000) < 2000ms);
}

TEST_CASE("a solver whose context an interrupt left cancelled starts over with a fresh one",
          "[smt][timeout]") {
  seamless::expr::Environment env;
  seamless::test::build::declare(env, "x", seamless::expr::Type::integer);
  const auto positive = seamless::test::build::finish(seamless::test::build::gt(
      seamless::test::build::var(env, "x"), seamless::test::build::integer(3)));
  seamless::smt::Solver solver(env, 1000);
  // An interrupt outside a check cancels the context for good, as when the watchdog's interrupt
  // lands just after a check ended; the check after the watchdog fired marks it unusable.
  solver.impl().context.interrupt();
  CHECK_FALSE(solver.impl().still_usable());
  solver.impl().unusable = true;
  const seamless::smt::Result r = solver.check({{&positive}});
  CHECK(r.answer == seamless::smt::Answer::sat);
  CHECK(solver.impl().still_usable());
}
