// Loading throughput: reads every .bpmn file under a directory into memory, then times, in one
// process and interleaved round by round, (a) tinyxml2 parsing alone, the floor any tinyxml2-based
// loader stands on, and (b) seamless's whole load to a Model (decode, parse, read, resolve).
// Prints MB/s for both (median over rounds) and their ratio.
//   usage: seamless_bench_load DIR [ROUNDS]
#include <tinyxml2.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "seamless/bpmn/loader.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [ROUNDS]\n", argv[0]);
    return 2;
  }
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
  std::vector<std::pair<std::string, std::string>> files;
  std::size_t bytes = 0;
  for (const auto& e : fs::recursive_directory_iterator(argv[1])) {
    if (e.path().extension() != ".bpmn" || !e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    bytes += s.str().size();
    files.emplace_back(e.path().string(), s.str());
  }
  std::sort(files.begin(), files.end());
  std::vector<double> parse_seconds, load_seconds;
  std::size_t models = 0;
  for (int r = 0; r < rounds; ++r) {
    auto t0 = Clock::now();
    for (const auto& [name, text] : files) {
      tinyxml2::XMLDocument doc;
      doc.Parse(text.data(), text.size());
    }
    auto t1 = Clock::now();
    models = 0;
    for (const auto& [name, text] : files) {
      seamless::diag::Diagnostics d;
      if (seamless::bpmn::load_bytes(text, name, d)) ++models;
    }
    auto t2 = Clock::now();
    parse_seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
    load_seconds.push_back(std::chrono::duration<double>(t2 - t1).count());
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  const double parse = median(parse_seconds), load = median(load_seconds);
  std::printf("files %zu, %.1f MB, models %zu, rounds %d\n", files.size(), mb, models, rounds);
  std::printf("tinyxml2 parse only: %.3f s, %.1f MB/s\n", parse, mb / parse);
  std::printf("seamless load:       %.3f s, %.1f MB/s (%.2fx the parse-only time)\n", load,
              mb / load, load / parse);
  return 0;
}
