// Test oracle: running Maude and reading its answers (maude_run.hpp). Maude wraps long output
// lines at 80 columns, indenting the continuation; continuation lines are joined back before
// parsing, and terms are read with their whitespace removed.
#include "oracle/maude_run.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace seamless::oracle {

using semantics::none;
using semantics::PlaceIndex;
using semantics::TransitionIndex;

std::string maude_queries() {
  return "search [1] init =>* {M:Marking} such that unsafe(M:Marking) = tt .\n"
         "search [1] init =>! {M:Marking} such that final(M:Marking) = ff .\n"
         "search init =>* {M:Marking} such that final(M:Marking) = tt .\n"
         "show search graph .\n"
         "quit .\n";
}

namespace {

std::string slurp(int fd) {
  std::string text;
  char buffer[65536];
  lseek(fd, 0, SEEK_SET);
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<size_t>(n));
  return text;
}

int temporary_file() {
  std::string name = (std::filesystem::temp_directory_path() / "seamless-oracle-XXXXXX").string();
  const int fd = mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) throw std::runtime_error("mkostemp failed");
  unlink(name.c_str());
  return fd;
}

}  // namespace

MaudeProcess run_maude(const std::string& maude, const std::string& script,
                       std::chrono::seconds timeout) {
  const int out_fd = temporary_file();
  const int err_fd = temporary_file();
  std::vector<std::string> args{maude, "-no-banner", "-no-advise", "-no-prelude", "-batch", script};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int in_fd = open("/dev/null", O_RDONLY);
    if (in_fd >= 0) dup2(in_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    execv(argv[0], argv.data());
    _exit(127);
  }
  MaudeProcess result;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  for (auto pause = std::chrono::milliseconds(1);;
       pause = std::min(pause * 2, decltype(pause)(5))) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0) throw std::runtime_error("waitpid failed");
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      result.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(pause);
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = slurp(out_fd);
  result.err = slurp(err_fd);
  close(out_fd);
  close(err_fd);
  return result;
}

namespace {

// Output lines with Maude's wrapped continuations joined back (separated by one space).
std::vector<std::string> logical_lines(const std::string& output) {
  std::vector<std::string> lines;
  std::istringstream in(output);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !lines.empty() &&
        !lines.back().empty()) {
      const auto first = line.find_first_not_of(" \t");
      lines.back() += " " + line.substr(first == std::string::npos ? line.size() : first);
    } else {
      lines.push_back(line);
    }
  }
  return lines;
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

[[noreturn]] void unexpected(const std::string& what, const std::string& line) {
  throw std::runtime_error("unexpected Maude output (" + what + "): " + line.substr(0, 300));
}

std::uint64_t number_at(const std::string& line, std::size_t at) {
  std::size_t end = at;
  while (end < line.size() && std::isdigit(static_cast<unsigned char>(line[end]))) ++end;
  if (end == at) unexpected("a number", line);
  return std::stoull(line.substr(at, end - at));
}

// "{p1p2p2}" (whitespace removed) -> sorted (place, count) pairs; "{empty}" -> none.
std::vector<std::pair<PlaceIndex, std::uint32_t>> parse_marking(const std::string& line,
                                                                std::size_t at) {
  std::string term = line.substr(at);
  if (term.size() < 2 || term.front() != '{' || term.back() != '}') unexpected("a state", line);
  term = term.substr(1, term.size() - 2);
  std::vector<PlaceIndex> tokens;
  if (term != "empty") {
    std::size_t i = 0;
    while (i < term.size()) {
      if (term[i] != 'p') unexpected("a token pN", line);
      ++i;
      const std::size_t start = i;
      tokens.push_back(static_cast<PlaceIndex>(number_at(term, i)));
      while (i < term.size() && std::isdigit(static_cast<unsigned char>(term[i]))) ++i;
      if (i == start) unexpected("a token pN", line);
    }
  }
  std::sort(tokens.begin(), tokens.end());
  std::vector<std::pair<PlaceIndex, std::uint32_t>> marking;
  for (PlaceIndex p : tokens) {
    if (!marking.empty() && marking.back().first == p) {
      ++marking.back().second;
    } else {
      marking.push_back({p, 1});
    }
  }
  return marking;
}

}  // namespace

MaudeAnswers parse_answers(const std::string& output) {
  MaudeAnswers answers;
  enum class Section { start, unsafe, deadlock, finals, graph } section = Section::start;
  bool unsafe_done = false, deadlock_done = false, finals_done = false, states_seen = false;
  std::uint32_t current = 0;
  bool in_state = false;
  for (const std::string& line : logical_lines(output)) {
    // Maude may break a line anywhere between tokens ("[ label t3]" for "[label t3]"): lines
    // are matched without their whitespace, e.g. "arc0===>state3(rl...[labelt3].)".
    std::string c;
    for (char ch : line)
      if (!std::isspace(static_cast<unsigned char>(ch))) c += ch;
    if (c.empty() || starts_with(c, "=====")) continue;
    if (starts_with(c, "search[1]in") && c.find("suchthatunsafe(M)") != std::string::npos) {
      section = Section::unsafe;
    } else if (starts_with(c, "search[1]in") && c.find("=>!{M}") != std::string::npos) {
      section = Section::deadlock;
    } else if (starts_with(c, "searchin") && c.find("suchthatfinal(M)") != std::string::npos) {
      section = Section::finals;
    } else if (starts_with(c, "states:")) {
      if (section == Section::finals && finals_done) {
        answers.states = number_at(c, 7);
        states_seen = true;
      }
    } else if (starts_with(c, "state")) {
      if (!finals_done) unexpected("search graph before the exhaustive search ended", line);
      section = Section::graph;
      const std::uint64_t id = number_at(c, 5);
      if (id != answers.graph.markings.size()) unexpected("states in order", line);
      const std::size_t colon = c.find(",State:");
      if (colon == std::string::npos) unexpected("state N, State: ...", line);
      answers.graph.markings.push_back(parse_marking(c, colon + 7));
      answers.graph.arcs.emplace_back();
      current = static_cast<std::uint32_t>(id);
      in_state = true;
    } else if (starts_with(c, "arc")) {
      if (section != Section::graph || !in_state) unexpected("an arc outside a state", line);
      // One arc per successor state, listing every rule that leads there:
      // "arc0===>state1(rl...[labelt1].)(rl...[labelt2].)".
      const std::size_t to = c.find("===>state");
      if (to == std::string::npos) unexpected("an arc", line);
      const std::uint64_t target = number_at(c, to + 9);
      std::size_t label = c.find("[labelt", to);
      if (label == std::string::npos) unexpected("an arc with a rule label", line);
      for (; label != std::string::npos; label = c.find("[labelt", label + 7))
        answers.graph.arcs[current].push_back(
            {static_cast<TransitionIndex>(number_at(c, label + 7)),
             static_cast<std::uint32_t>(target)});
    } else if (starts_with(c, "Solution")) {
      const std::size_t at = c.find("(state");
      if (at == std::string::npos) unexpected("Solution K (state N)", line);
      const std::uint64_t state = number_at(c, at + 6);
      if (section == Section::unsafe) {
        answers.unsafe = true;
      } else if (section == Section::deadlock) {
        answers.nonfinal_deadlock = true;
      } else if (section == Section::finals) {
        answers.final_states.push_back(static_cast<std::uint32_t>(state));
      } else {
        unexpected("a solution outside a search", line);
      }
    } else if (c == "Nosolution." || c == "Nomoresolutions.") {
      if (section == Section::unsafe) unsafe_done = true;
      if (section == Section::deadlock) deadlock_done = true;
      if (section == Section::finals) finals_done = true;
    } else if (starts_with(c, "Warning") || starts_with(c, "Advisory") || starts_with(c, "Error")) {
      unexpected("a diagnostic", line);
    }
    // Anything else: substitutions ("M --> ..."), "rewrites:" lines, "Bye.".
  }
  // A [1] search that found its solution prints no "No solution." line: done as well.
  if (answers.unsafe) unsafe_done = true;
  if (answers.nonfinal_deadlock) deadlock_done = true;
  if (!unsafe_done || !deadlock_done || !finals_done || !states_seen)
    throw std::runtime_error("Maude's output is incomplete (a search did not finish)");
  if (answers.graph.markings.size() != answers.states)
    throw std::runtime_error("Maude's search graph has " +
                             std::to_string(answers.graph.markings.size()) +
                             " states, its search reported " + std::to_string(answers.states));
  return answers;
}

Verdicts oracle_verdicts(const semantics::Net& net, const MaudeAnswers& answers) {
  const SearchGraph& g = answers.graph;
  const std::size_t n = g.markings.size();
  Verdicts v;
  v.states = answers.states;
  v.unsafe = answers.unsafe;
  v.nonfinal_deadlock = answers.nonfinal_deadlock;
  v.fired.assign(net.transitions.size(), false);
  v.twice_ended.assign(net.places.size(), false);
  v.undelivered.assign(net.places.size(), false);
  for (TransitionIndex t : net.prefix) v.fired.at(t) = true;

  // Final states as Maude reported them, checked against the markings themselves.
  std::vector<bool> final(n, false);
  for (std::uint32_t s : answers.final_states) final.at(s) = true;
  bool unsafe_seen = false, deadlock_seen = false;
  for (std::size_t s = 0; s < n; ++s) {
    bool is_final = true;
    for (const auto& [p, count] : g.markings[s]) {
      if (p >= net.places.size()) throw std::runtime_error("Maude state with unknown place");
      if (net.places[p].must_be_empty_at_end) is_final = false;
      if (net.places[p].kind == semantics::PlaceKind::flow && count >= 2) unsafe_seen = true;
    }
    if (is_final != final[s])
      throw std::runtime_error("oracle inconsistency: state " + std::to_string(s) +
                               " final by its marking but not by Maude's search, or back");
    if (g.arcs[s].empty() && !final[s]) deadlock_seen = true;
    for (const auto& [p, count] : g.markings[s]) {
      if (net.places[p].kind == semantics::PlaceKind::ended && count >= 2) v.twice_ended[p] = true;
      if (net.places[p].kind == semantics::PlaceKind::message && final[s] && g.arcs[s].empty())
        v.undelivered[p] = true;
    }
  }
  if (unsafe_seen != answers.unsafe)
    throw std::runtime_error("oracle inconsistency: unsafe search and search graph disagree");
  if (deadlock_seen != answers.nonfinal_deadlock)
    throw std::runtime_error("oracle inconsistency: =>! search and search graph disagree");

  // Fired transitions, and backward reachability from the final states.
  std::vector<std::vector<std::uint32_t>> preds(n);
  for (std::size_t s = 0; s < n; ++s)
    for (const auto& [t, target] : g.arcs[s]) {
      if (t >= net.transitions.size() || target >= n)
        throw std::runtime_error("Maude arc with unknown transition or state");
      v.fired[t] = true;
      preds[target].push_back(static_cast<std::uint32_t>(s));
    }
  std::vector<bool> good = final;
  std::vector<std::uint32_t> stack;
  for (std::uint32_t s = 0; s < n; ++s)
    if (good[s]) stack.push_back(s);
  while (!stack.empty()) {
    const std::uint32_t s = stack.back();
    stack.pop_back();
    for (std::uint32_t r : preds[s])
      if (!good[r]) {
        good[r] = true;
        stack.push_back(r);
      }
  }
  v.cannot_complete = std::find(good.begin(), good.end(), false) != good.end();
  return v;
}

}  // namespace seamless::oracle
