// Guard evaluation: throughput of the reference interpreter, the JIT (plugins/jit) and the same
// guards hand-written in C++ (ahead of time, the physical limit), over millions of cases; and
// the JIT's cold-start latency for a model of 100 guards (plugin load with dlopen, then
// compile), measured in fresh child processes. Prints Markdown tables (bench/guards/README.md).
//   usage: seamless_bench_guards [--cases N] [--rounds R] [--starts S] [--levels] [--per-guard]
//   --levels: also every codegen level, with and without the IR pass pipeline
//   --per-guard: also nanoseconds per evaluation of each guard kind
//   (internal) seamless_bench_guards --cold-start: one cold start, prints three times in ms
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "guard_set.hpp"
#include "seamless/expr/interpreter.hpp"
#include "seamless/plugin/host.hpp"

extern char** environ;

namespace {

// Times are CPU time of the measuring thread: the machine is shared, and time spent descheduled
// while others run is not the code's.
struct Clock {
  using time_point = double;
  static double now() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
};
using seamless::plugin::CompiledGuards;
using seamless::plugin::GuardFunction;
namespace bench = seamless::bench;
namespace expr = seamless::expr;

constexpr std::size_t model_size = 100;

double seconds_since(double start) {
  return Clock::now() - start;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

const seamless::plugin::GuardCompiler& load_compiler(seamless::plugin::Host& host) {
  seamless::diag::Diagnostics diagnostics;
  if (!host.load(SEAMLESS_JIT_PLUGIN, diagnostics) || !host.registry().guard_compiler()) {
    std::fprintf(stderr, "cannot load the jit plugin %s\n", SEAMLESS_JIT_PLUGIN);
    std::exit(1);
  }
  return *host.registry().guard_compiler();
}

std::unique_ptr<CompiledGuards> compile(const seamless::plugin::GuardCompiler& compiler,
                                        const std::vector<expr::Expr>& guards) {
  std::vector<const expr::Expr*> pointers;
  for (const auto& g : guards) pointers.push_back(&g);
  std::string error;
  auto compiled = compiler.compile(pointers, error);
  if (!compiled) {
    std::fprintf(stderr, "compile failed: %s\n", error.c_str());
    std::exit(1);
  }
  return compiled;
}

// One sweep: every guard on every case; returns the sum of the truths (a checksum that also
// keeps the work alive). The JIT and the hand-written functions share this loop.
__attribute__((noinline)) std::uint64_t sweep(const std::vector<GuardFunction>& functions,
                                              const std::vector<std::int64_t>& cases) {
  std::uint64_t sum = 0;
  const std::size_t count = cases.size() / bench::slot_count;
  for (std::size_t c = 0; c < count; ++c) {
    const std::int64_t* slots = &cases[c * bench::slot_count];
    for (GuardFunction f : functions) sum += f(slots);
  }
  return sum;
}

__attribute__((noinline)) std::uint64_t sweep(const std::vector<const expr::Expr*>& guards,
                                              const std::vector<std::int64_t>& cases) {
  std::uint64_t sum = 0;
  const std::size_t count = cases.size() / bench::slot_count;
  for (std::size_t c = 0; c < count; ++c) {
    const std::int64_t* slots = &cases[c * bench::slot_count];
    for (const expr::Expr* g : guards)
      sum += static_cast<std::uint64_t>(expr::evaluate_truth(*g, slots));
  }
  return sum;
}

// A way of evaluating the guards, timed by interleaved rounds.
struct Variant {
  Variant(std::string n, std::function<std::uint64_t()> s)
      : name(std::move(n)), sweep(std::move(s)) {}
  std::string name;
  std::function<std::uint64_t()> sweep;
  std::vector<double> seconds;
  std::uint64_t checksum = 0;
  double rate(double evaluations) const { return evaluations / median(seconds); }
};

// Runs every variant once per round, round-robin, so drifting machine load affects all alike.
void measure(std::vector<Variant>& variants, int rounds) {
  for (int r = 0; r < rounds; ++r) {
    for (Variant& v : variants) {
      const double start = Clock::now();
      v.checksum = v.sweep();
      v.seconds.push_back(seconds_since(start));
    }
  }
}

// Child process: load the plugin, compile the 100-guard model twice; prints load, first and
// second compile in ms.
int cold_start() {
  const std::vector<expr::Expr> guards = bench::model_guards(model_size);
  const auto t0 = Clock::now();
  seamless::plugin::Host host;
  const auto& compiler = load_compiler(host);
  const double load = seconds_since(t0);
  const auto t1 = Clock::now();
  auto first = compile(compiler, guards);
  const double first_compile = seconds_since(t1);
  const auto t2 = Clock::now();
  auto second = compile(compiler, guards);
  const double second_compile = seconds_since(t2);
  std::printf("%.3f %.3f %.3f\n", load * 1e3, first_compile * 1e3, second_compile * 1e3);
  return 0;
}

struct ColdStart {
  double load = 0, first_compile = 0, warm_compile = 0, total = 0;
};

// Median of `starts` child processes running cold_start().
ColdStart measure_cold_starts(int starts) {
  std::vector<double> load, first, warm, total;
  for (int i = 0; i < starts; ++i) {
    int fds[2];
    if (pipe(fds) != 0) std::exit(1);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    char self[] = "/proc/self/exe";
    char flag[] = "--cold-start";
    char* argv[] = {self, flag, nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, self, &actions, nullptr, argv, environ) != 0) std::exit(1);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    char buffer[256] = {};
    ssize_t n = 0, got = 0;
    while ((n = read(fds[0], buffer + got, sizeof buffer - 1 - got)) > 0) got += n;
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    double l = 0, f = 0, w = 0;
    if (std::sscanf(buffer, "%lf %lf %lf", &l, &f, &w) != 3) std::exit(1);
    load.push_back(l);
    first.push_back(f);
    warm.push_back(w);
    total.push_back(l + f);
  }
  return {median(load), median(first), median(warm), median(total)};
}

std::vector<GuardFunction> functions_of(const CompiledGuards& compiled) {
  std::vector<GuardFunction> out;
  for (std::size_t i = 0; i < compiled.size(); ++i) out.push_back(compiled.function(i));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t cases_count = 1'000'000;
  int rounds = 9, starts = 11;
  bool levels = false, per_guard = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--cold-start") return cold_start();
    if (arg == "--cases" && i + 1 < argc)
      cases_count = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--rounds" && i + 1 < argc)
      rounds = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--starts" && i + 1 < argc)
      starts = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--levels")
      levels = true;
    else if (arg == "--per-guard")
      per_guard = true;
    else {
      std::fprintf(stderr,
                   "usage: %s [--cases N] [--rounds R] [--starts S] [--levels] [--per-guard]\n",
                   argv[0]);
      return 2;
    }
  }

  const std::vector<bench::BenchGuard> kinds = bench::guard_kinds();
  std::vector<expr::Expr> exprs;
  std::vector<const expr::Expr*> interpreted;
  std::vector<GuardFunction> composed, expert;
  for (const auto& k : kinds) exprs.push_back(k.expr);
  for (const auto& e : exprs) interpreted.push_back(&e);
  for (const auto& k : kinds) composed.push_back(k.composed);
  for (const auto& k : kinds) expert.push_back(k.expert);
  const std::vector<std::int64_t> cases = bench::random_cases(cases_count, 42);
  const double evaluations = static_cast<double>(kinds.size() * cases_count);

  seamless::plugin::Host host;
  const auto& compiler = load_compiler(host);
  auto compiled = compile(compiler, exprs);
  const std::vector<GuardFunction> jitted = functions_of(*compiled);

  // The four must agree on every evaluation before anything is timed.
  for (std::size_t c = 0; c < cases_count; ++c) {
    const std::int64_t* slots = &cases[c * bench::slot_count];
    for (std::size_t g = 0; g < kinds.size(); ++g) {
      const auto reference = static_cast<std::uint8_t>(expr::evaluate_truth(exprs[g], slots));
      if (jitted[g](slots) != reference || composed[g](slots) != reference ||
          expert[g](slots) != reference) {
        std::fprintf(stderr, "disagreement on guard %zu (%s), case %zu\n", g, kinds[g].text.c_str(),
                     c);
        return 1;
      }
    }
  }

  std::vector<Variant> variants;
  variants.push_back({"interpreter", [&] { return sweep(interpreted, cases); }});
  variants.push_back({"JIT", [&] { return sweep(jitted, cases); }});
  variants.push_back({"AOT composed", [&] { return sweep(composed, cases); }});
  variants.push_back({"AOT expert", [&] { return sweep(expert, cases); }});
  // Every codegen level with and without the pass pipeline (--levels): compile latency of the
  // 100-guard model, interleaved, then throughput alongside the others.
  static const char* level_names[] = {"None", "Less", "Default", "Aggressive"};
  std::vector<std::unique_ptr<CompiledGuards>> level_code;
  std::vector<std::vector<GuardFunction>> level_functions;
  std::vector<std::vector<double>> level_compile_ms(8);
  if (levels) {
    const std::vector<expr::Expr> model = bench::model_guards(model_size);
    for (int r = 0; r < rounds; ++r) {
      for (int v = 0; v < 8; ++v) {
        setenv("SEAMLESS_JIT_OPT_LEVEL", std::to_string(v / 2).c_str(), 1);
        setenv("SEAMLESS_JIT_PASSES", v % 2 ? "1" : "0", 1);
        const double start = Clock::now();
        auto code = compile(compiler, model);
        level_compile_ms[v].push_back(seconds_since(start) * 1e3);
        if (r == 0) {
          level_code.push_back(compile(compiler, exprs));
          level_functions.push_back(functions_of(*level_code.back()));
        }
      }
    }
    unsetenv("SEAMLESS_JIT_OPT_LEVEL");
    unsetenv("SEAMLESS_JIT_PASSES");
    for (int v = 0; v < 8; ++v)
      variants.push_back(
          {"level " + std::to_string(v), [&, v] { return sweep(level_functions[v], cases); }});
  }
  measure(variants, rounds);
  for (const Variant& v : variants) {
    if (v.checksum != variants[0].checksum) {
      std::fprintf(stderr, "checksum of %s differs\n", v.name.c_str());
      return 1;
    }
  }
  const double interpreter_rate = variants[0].rate(evaluations);
  const double jit_rate = variants[1].rate(evaluations);
  const double composed_rate = variants[2].rate(evaluations);
  const double expert_rate = variants[3].rate(evaluations);
  const ColdStart cold = measure_cold_starts(starts);

  std::printf(
      "%zu guards x %zu cases per round, median of %d interleaved rounds; cold start: "
      "median of %d processes, model of %zu guards; CPU time of the measuring thread\n\n",
      kinds.size(), cases_count, rounds, starts, model_size);
  std::printf("| measure | value | compared with | ratio | target |\n|---|---|---|---|---|\n");
  std::printf("| interpreter | %.1f M eval/s | | | |\n", interpreter_rate / 1e6);
  std::printf("| JIT | %.1f M eval/s | interpreter | %.1fx faster | >= 15x |\n", jit_rate / 1e6,
              jit_rate / interpreter_rate);
  std::printf(
      "| AOT C++ composed of arithmetic.hpp | %.1f M eval/s | JIT | JIT takes %.2fx its "
      "time | |\n",
      composed_rate / 1e6, composed_rate / jit_rate);
  std::printf(
      "| AOT C++ written by an expert (the limit) | %.1f M eval/s | JIT | JIT takes %.2fx "
      "its time | <= 1.5x |\n",
      expert_rate / 1e6, expert_rate / jit_rate);
  std::printf("| plugin load (dlopen of libLLVM, register) | %.1f ms | | | |\n", cold.load);
  std::printf("| first compile of %zu guards (one-time LLVM setup included) | %.1f ms | | | |\n",
              model_size, cold.first_compile);
  std::printf("| later compile of %zu guards | %.1f ms | | | |\n", model_size, cold.warm_compile);
  std::printf("| cold start: load + first compile | %.1f ms | | | < 50 ms |\n", cold.total);

  if (per_guard) {
    std::printf(
        "\n| guard | interpreter ns | JIT ns | AOT composed ns | AOT expert ns |\n"
        "|---|---|---|---|---|\n");
    for (std::size_t g = 0; g < kinds.size(); ++g) {
      const std::vector<const expr::Expr*> one_interpreted{interpreted[g]};
      const std::vector<GuardFunction> one_jitted{jitted[g]}, one_composed{composed[g]},
          one_expert{expert[g]};
      std::vector<Variant> one;
      one.push_back({"interpreter", [&] { return sweep(one_interpreted, cases); }});
      one.push_back({"JIT", [&] { return sweep(one_jitted, cases); }});
      one.push_back({"AOT composed", [&] { return sweep(one_composed, cases); }});
      one.push_back({"AOT expert", [&] { return sweep(one_expert, cases); }});
      measure(one, rounds);
      const auto ns = [&](const Variant& v) { return 1e9 / v.rate(double(cases_count)); };
      std::printf("| `%s` | %.2f | %.2f | %.2f | %.2f |\n", kinds[g].text.c_str(), ns(one[0]),
                  ns(one[1]), ns(one[2]), ns(one[3]));
    }
  }

  if (levels) {
    std::printf(
        "\n| codegen level | IR passes | compile %zu guards | JIT M eval/s | vs "
        "interpreter | vs AOT expert |\n|---|---|---|---|---|---|\n",
        model_size);
    for (int v = 0; v < 8; ++v) {
      const double rate = variants[4 + v].rate(evaluations);
      std::printf("| %s | %s | %.1f ms | %.1f | %.1fx | %.2fx its time |\n", level_names[v / 2],
                  v % 2 ? "yes" : "no", median(level_compile_ms[v]), rate / 1e6,
                  rate / interpreter_rate, expert_rate / rate);
    }
  }
  return 0;
}
