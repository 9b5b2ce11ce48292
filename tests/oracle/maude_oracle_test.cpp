// The Maude oracle (README.md): for every data-free model of bpmn-samples, of the corpus
// (bpmn-for-research and miwg) and of the random model generator, the Net is exported as a
// Maude rewrite theory and Maude's answers (state count, safeness, which transitions can fire,
// non-final deadlocks, option to complete, improper ends) must equal the explorer's full
// exploration. Also checks the exporter itself on small hand-made Nets with known answers.
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

#include "oracle/maude_export.hpp"
#include "oracle/maude_run.hpp"
#include "seamless/bpmn/loader.hpp"
#include "seamless/explore/explorer.hpp"
#include "seamless/semantics/build.hpp"
#include "support/random_bpmn.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

// Larger state spaces are skipped (counted in the summary): Maude's search graph is printed in
// full and parsed, which is the slow part.
constexpr std::uint64_t state_limit = 20'000;
constexpr std::chrono::seconds maude_timeout{180};

// The Maude executable: $SEAMLESS_MAUDE when set, else the one CMake found, else `maude` on
// PATH; empty when there is none.
std::string maude_path() {
  if (const char* chosen = std::getenv("SEAMLESS_MAUDE"); chosen && *chosen)
    return access(chosen, X_OK) == 0 ? chosen : "";
  const std::string configured = SEAMLESS_MAUDE;
  if (!configured.empty() && access(configured.c_str(), X_OK) == 0) return configured;
  if (const char* path = std::getenv("PATH")) {
    std::stringstream dirs(path);
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
      const std::string candidate = dir + "/maude";
      if (!dir.empty() && access(candidate.c_str(), X_OK) == 0) return candidate;
    }
  }
  return "";
}

void require_maude() {
  if (const char* chosen = std::getenv("SEAMLESS_MAUDE"); chosen && *chosen)
    if (maude_path().empty()) FAIL("SEAMLESS_MAUDE=" << chosen << " is not an executable");
  if (maude_path().empty())
    FAIL("Maude is not installed (looked at $SEAMLESS_MAUDE, at '"
         << SEAMLESS_MAUDE << "' and for maude on PATH): the oracle tests need it. Install "
         << "the Debian package maude (scripts/install-deps.sh does), then re-run cmake.");
}

std::string temporary_script_name() {
  static std::atomic<std::uint64_t> counter{0};
  return (fs::temp_directory_path() / ("seamless-oracle-" + std::to_string(getpid()) + "-" +
                                       std::to_string(counter++) + ".maude"))
      .string();
}

oracle::Verdicts engine_verdicts(const semantics::Net& net, const explore::Exploration& e) {
  oracle::Verdicts v;
  v.states = e.stats().states;
  v.unsafe = !e.unsafe().empty();
  v.fired = e.fired();
  v.twice_ended.assign(net.places.size(), false);
  v.undelivered.assign(net.places.size(), false);
  for (const auto& i : e.improper_ends()) v.twice_ended.at(i.ended) = true;
  for (const auto& u : e.undelivered()) v.undelivered.at(u.message) = true;
  if (auto s = e.stuck()) {
    v.cannot_complete = true;
    v.nonfinal_deadlock = s->deadlock;
  }
  return v;
}

std::string yes_no(bool b) {
  return b ? "yes" : "no";
}

// Every difference, one line each, naming the property.
std::vector<std::string> differences(const semantics::Net& net, const oracle::Verdicts& engine,
                                     const oracle::Verdicts& maude) {
  std::vector<std::string> out;
  auto differ = [&](const std::string& property, const std::string& a, const std::string& b) {
    if (a != b) out.push_back(property + ": seamless " + a + ", maude " + b);
  };
  differ("reachable states", std::to_string(engine.states), std::to_string(maude.states));
  differ("safeness (a flow with 2+ tokens is reachable)", yes_no(engine.unsafe),
         yes_no(maude.unsafe));
  differ("a non-final deadlock is reachable", yes_no(engine.nonfinal_deadlock),
         yes_no(maude.nonfinal_deadlock));
  differ("option-to-complete (a state with no way to a final state is reachable)",
         yes_no(engine.cannot_complete), yes_no(maude.cannot_complete));
  for (semantics::TransitionIndex t = 0; t < net.transitions.size(); ++t) {
    const std::string name = "transition " + oracle::maude_label(t) + " '" +
                             net.transitions[t].label + "' (" +
                             std::string(semantics::to_string(net.transitions[t].kind)) + ")";
    differ(name + " fires in some reachable state", yes_no(engine.fired.at(t)),
           yes_no(maude.fired.at(t)));
  }
  for (semantics::PlaceIndex p = 0; p < net.places.size(); ++p) {
    const std::string name = "place p" + std::to_string(p) + " '" + net.places[p].label + "'";
    differ(name + " reached twice (end event)", yes_no(engine.twice_ended.at(p)),
           yes_no(maude.twice_ended.at(p)));
    differ(name + " left undelivered in a complete run", yes_no(engine.undelivered.at(p)),
           yes_no(maude.undelivered.at(p)));
  }
  return out;
}

struct Comparison {
  std::string name;
  std::string skipped;  // why it was not compared; empty when it was
  bool abstract = false;
  std::uint64_t states = 0;
  std::vector<std::string> problems;  // disagreements, or why the oracle could not answer
  std::string script;                 // the Maude file, kept when there are problems
  double seconds = 0;                 // exploration and Maude
};

// Exploration and Maude on one Net (`net.model` must be alive).
void compare_net(const semantics::Net& net, Comparison& c) {
  for (const semantics::Transition& t : net.transitions)
    if (!t.guard.empty() || t.setter != semantics::none) {
      c.skipped = "depends on case data";
      return;
    }
  if (!net.atoms.empty()) {
    c.skipped = "depends on case data";
    return;
  }
  explore::DataCells cells;
  explore::Exploration e(net, cells);
  explore::ExploreOptions options;
  options.reduction = false;
  options.max_states = state_limit;
  e.run(options);
  if (e.outcome() != explore::Outcome::complete) {
    c.skipped = "more than " + std::to_string(state_limit) + " states";
    return;
  }
  if (!e.saturated().empty()) {
    c.skipped = "a place holds more than 3 tokens (saturated)";
    return;
  }
  c.states = e.stats().states;
  const oracle::Verdicts engine = engine_verdicts(net, e);

  const std::string script = temporary_script_name();
  {
    std::ofstream out(script);
    out << oracle::maude_module(net) << oracle::maude_queries();
  }
  const oracle::MaudeProcess run = oracle::run_maude(maude_path(), script, maude_timeout);
  oracle::Verdicts maude;
  try {
    if (run.timed_out) throw std::runtime_error("maude timed out");
    if (run.exit_code != 0)
      throw std::runtime_error("maude exited with " + std::to_string(run.exit_code));
    if (!run.err.empty()) throw std::runtime_error("maude wrote to stderr: " + run.err);
    maude = oracle::oracle_verdicts(net, oracle::parse_answers(run.out));
    c.problems = differences(net, engine, maude);
  } catch (const std::exception& ex) {
    c.problems.push_back(std::string("the oracle could not answer: ") + ex.what());
  }
  if (c.problems.empty()) {
    fs::remove(script);
  } else {
    c.script = script;
  }
}

// One model: the Net without guards, or, when the model has conditions (untranslatable without
// guards), the Net with every guarded choice free (--abstract-guards).
Comparison compare_model(const std::string& name,
                         const std::function<std::shared_ptr<const model::Model>()>& load) {
  Comparison c;
  c.name = name;
  const auto started = std::chrono::steady_clock::now();
  struct Timer {
    Comparison& c;
    std::chrono::steady_clock::time_point started;
    ~Timer() {
      c.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
  } timer{c, started};
  std::shared_ptr<const model::Model> model;
  try {
    model = load();
  } catch (const std::exception& ex) {
    c.skipped = std::string("does not load: ") + ex.what();
    return c;
  }
  if (!model) {
    c.skipped = "does not load (error diagnostics)";
    return c;
  }
  semantics::Net net = semantics::build_net(*model, nullptr, {});
  if (!net.untranslatable.empty()) {
    c.abstract = true;
    semantics::BuildOptions options;
    options.abstract_guards = true;
    net = semantics::build_net(*model, nullptr, options);
    if (!net.untranslatable.empty()) {
      c.skipped = "untranslatable (" + net.untranslatable.front().reason + ")";
      return c;
    }
  }
  try {
    compare_net(net, c);
  } catch (const std::exception& ex) {
    c.problems.push_back(std::string("error: ") + ex.what());
  }
  return c;
}

struct Job {
  std::string name;
  std::function<std::shared_ptr<const model::Model>()> load;
};

std::shared_ptr<const model::Model> load_model_file(const std::string& path) {
  diag::Diagnostics d;
  auto model = bpmn::load_file(path, d);
  if (d.has_errors()) return nullptr;
  return model;
}

std::vector<Job> bpmn_files_under(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".bpmn")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<Job> jobs;
  for (const fs::path& f : files)
    jobs.push_back({fs::relative(f, root.parent_path()).string(),
                    [p = f.string()] { return load_model_file(p); }});
  return jobs;
}

// Runs the jobs on every core, prints a summary, and fails naming each model and property
// where Maude and the explorer disagree.
void compare_all(const std::string& title, const std::vector<Job>& jobs,
                 std::size_t at_least_compared) {
  require_maude();
  std::vector<Comparison> results(jobs.size());
  std::atomic<std::size_t> next{0};
  const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w)
    threads.emplace_back([&] {
      for (std::size_t i = next++; i < jobs.size(); i = next++)
        results[i] = compare_model(jobs[i].name, jobs[i].load);
    });
  for (std::thread& t : threads) t.join();

  std::size_t compared = 0, abstract = 0, failed = 0;
  std::uint64_t states = 0, largest = 0;
  std::map<std::string, std::size_t> skipped;
  for (const Comparison& c : results) {
    if (!c.skipped.empty()) {
      // Group reasons by their first words ("untranslatable (...)" by element kind is too fine).
      std::string reason = c.skipped;
      if (auto paren = reason.find(" ("); paren != std::string::npos && reason[0] == 'u')
        reason = reason.substr(0, paren);
      ++skipped[reason];
      continue;
    }
    ++compared;
    if (c.abstract) ++abstract;
    states += c.states;
    largest = std::max(largest, c.states);
    if (!c.problems.empty()) ++failed;
  }
  std::ostringstream summary;
  summary << "oracle: " << title << ": " << jobs.size() << " models, " << compared
          << " compared with maude (" << abstract << " of them with guards abstracted), " << states
          << " states in all, largest " << largest << "; " << failed << " disagree\n";
  for (const auto& [reason, count] : skipped)
    summary << "  skipped " << count << ": " << reason << "\n";
  std::vector<const Comparison*> slowest;
  for (const Comparison& c : results)
    if (c.skipped.empty()) slowest.push_back(&c);
  std::sort(slowest.begin(), slowest.end(),
            [](const Comparison* a, const Comparison* b) { return a->seconds > b->seconds; });
  double total = 0;
  for (const Comparison& c : results) total += c.seconds;
  summary << "  " << total << " s in all; slowest:";
  for (std::size_t i = 0; i < slowest.size() && i < 3; ++i)
    summary << " " << slowest[i]->name << " (" << slowest[i]->states << " states, "
            << slowest[i]->seconds << " s)";
  summary << "\n";
  std::cout << summary.str() << std::flush;

  for (const Comparison& c : results) {
    if (c.problems.empty()) continue;
    std::string text;
    for (const std::string& p : c.problems) text += "\n  " + p;
    FAIL_CHECK("maude and seamless disagree on "
               << c.name << (c.abstract ? " (guards abstracted)" : "") << text
               << "\n  maude file kept: " << c.script);
  }
  CHECK(compared >= at_least_compared);
}

// A hand-made Net of flow places 0..n-1 (all must be empty at the end).
semantics::Net flow_net(std::uint32_t places) {
  semantics::Net net;
  for (std::uint32_t p = 0; p < places; ++p) {
    semantics::Place place;
    place.label = "p" + std::to_string(p);
    net.places.push_back(place);
  }
  return net;
}

semantics::Transition transition(std::vector<semantics::PlaceIndex> consume,
                                 std::vector<semantics::PlaceIndex> produce,
                                 std::vector<semantics::PlaceIndex> inhibit = {},
                                 std::vector<semantics::PlaceIndex> reset = {}) {
  semantics::Transition t;
  t.consume = std::move(consume);
  t.produce = std::move(produce);
  t.inhibit = std::move(inhibit);
  t.reset = std::move(reset);
  t.label = "t";
  return t;
}

oracle::Verdicts maude_verdicts(const semantics::Net& net) {
  const std::string script = temporary_script_name();
  {
    std::ofstream out(script);
    out << oracle::maude_module(net) << oracle::maude_queries();
  }
  const oracle::MaudeProcess run = oracle::run_maude(maude_path(), script, maude_timeout);
  INFO("maude file: " << script << "\nstdout:\n" << run.out << "\nstderr:\n" << run.err);
  REQUIRE_FALSE(run.timed_out);
  REQUIRE(run.exit_code == 0);
  REQUIRE(run.err.empty());
  oracle::Verdicts v = oracle::oracle_verdicts(net, oracle::parse_answers(run.out));
  fs::remove(script);
  return v;
}

oracle::Verdicts explorer_verdicts(const semantics::Net& net) {
  explore::DataCells cells;
  explore::Exploration e(net, cells);
  explore::ExploreOptions options;
  options.reduction = false;
  e.run(options);
  REQUIRE(e.outcome() == explore::Outcome::complete);
  REQUIRE(e.saturated().empty());
  return engine_verdicts(net, e);
}

}  // namespace

TEST_CASE("oracle: an inhibitor and a reset see the whole marking", "[oracle]") {
  require_maude();
  // 0 -> t0 -> {1, 2}; t1 takes 1 to 3 only when 2 is empty; t2 drops 2; t3 ends 3; t4 takes 1
  // and empties 2. Reachable: {0} {1,2} {1} {3} {}. In {1,2}, t1 is inhibited (a rule applied
  // to the part {1} of the marking would wrongly fire it and reach {2,3}).
  semantics::Net net = flow_net(4);
  net.initial = {{0, 1}};
  net.transitions = {transition({0}, {1, 2}), transition({1}, {3}, {2}), transition({2}, {}),
                     transition({3}, {}), transition({1}, {}, {}, {2})};
  const oracle::Verdicts m = maude_verdicts(net);
  CHECK(m.states == 5);
  CHECK_FALSE(m.unsafe);
  CHECK_FALSE(m.nonfinal_deadlock);
  CHECK_FALSE(m.cannot_complete);
  CHECK(m.fired == std::vector<bool>{true, true, true, true, true});
  const oracle::Verdicts e = explorer_verdicts(net);
  CHECK(differences(net, e, m).empty());
}

TEST_CASE("oracle: an inclusive join waits for tokens upstream", "[oracle]") {
  require_maude();
  // 0 -> t0 -> {1, 4}; t1: 4 -> 2; the join of inputs 1 and 2 (sources: 0 reaches both, 4
  // reaches 2) makes 3; t3 ends 3. Reachable: {0} {1,4} {1,2} {3} {}; the join must not fire
  // in {1,4}: the token on 4 reaches only the empty input 2.
  semantics::Net net = flow_net(5);
  net.initial = {{0, 1}};
  net.or_joins = {{{1, 2}, {{0, {0, 1}}, {4, {1}}}}};
  semantics::Transition join = transition({}, {3});
  join.or_join = 0;
  net.transitions = {transition({0}, {1, 4}), transition({4}, {2}), join, transition({3}, {})};
  const oracle::Verdicts m = maude_verdicts(net);
  CHECK(m.states == 5);
  CHECK_FALSE(m.cannot_complete);
  CHECK(m.fired == std::vector<bool>{true, true, true, true});
  CHECK(differences(net, explorer_verdicts(net), m).empty());
}

TEST_CASE("oracle: unsafe flows, deadlocks and livelocks are found", "[oracle]") {
  require_maude();
  // t0: 0 -> {1, 2}; t1: 2 -> 1 puts a second token on 1; t2 needs 1 and 3 (never marked):
  // {1,1} is unsafe and a deadlock with tokens left. Then a Net whose only transition loops on
  // place 0 forever: a livelock, no deadlock.
  semantics::Net net = flow_net(4);
  net.initial = {{0, 1}};
  net.transitions = {transition({0}, {1, 2}), transition({2}, {1}), transition({1, 3}, {})};
  oracle::Verdicts m = maude_verdicts(net);
  CHECK(m.states == 3);
  CHECK(m.unsafe);
  CHECK(m.nonfinal_deadlock);
  CHECK(m.cannot_complete);
  CHECK(m.fired == std::vector<bool>{true, true, false});
  CHECK(differences(net, explorer_verdicts(net), m).empty());

  semantics::Net loop = flow_net(1);
  loop.initial = {{0, 1}};
  loop.transitions = {transition({0}, {0})};
  m = maude_verdicts(loop);
  CHECK(m.states == 1);
  CHECK_FALSE(m.nonfinal_deadlock);
  CHECK(m.cannot_complete);
  CHECK(differences(loop, explorer_verdicts(loop), m).empty());
}

TEST_CASE("oracle: maude agrees with full exploration on bpmn-samples", "[oracle]") {
  compare_all("bpmn-samples", bpmn_files_under(SEAMLESS_SOURCE_DIR "/bpmn-samples"), 10);
}

TEST_CASE("oracle: maude agrees with full exploration on bpmn-for-research",
          "[oracle][oracle-corpus]") {
  const fs::path root = fs::path(SEAMLESS_CORPUS_DIR) / "bpmn-for-research";
  if (!fs::exists(root)) FAIL("no corpus at " << root.string());
  compare_all("bpmn-for-research", bpmn_files_under(root), 50);
}

TEST_CASE("oracle: maude agrees with full exploration on 300 random models", "[oracle]") {
  std::vector<Job> jobs;
  for (std::uint64_t seed = 1; seed <= 300; ++seed) {
    test::RandomBpmnOptions options;
    options.nodes = 4 + static_cast<int>(seed % 14);
    options.terminate = seed % 3 != 0;
    jobs.push_back({"random model, seed " + std::to_string(seed), [seed, options] {
                      diag::Diagnostics d;
                      auto m = bpmn::load_bytes(test::random_bpmn(seed, options),
                                                "random-" + std::to_string(seed) + ".bpmn", d);
                      return d.has_errors() ? nullptr : m;
                    }});
  }
  compare_all("random models", jobs, 200);
}

TEST_CASE("oracle: maude agrees with full exploration on the miwg corpus",
          "[oracle][oracle-corpus]") {
  const fs::path root = fs::path(SEAMLESS_CORPUS_DIR) / "miwg";
  if (!fs::exists(root)) FAIL("no corpus at " << root.string());
  compare_all("miwg", bpmn_files_under(root), 50);
}
