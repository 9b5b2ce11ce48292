// `seamless replay FILE --cases CSV`: runs applicant cases (one CSV row each, one column per
// case variable) through the model. A case's behaviour depends only on its data cell (the truth
// values of the guard atoms), so each cell met is explored once (replay_cells.hpp) and each case
// costs parsing its row, evaluating the atoms (JIT-compiled by default, in batches) and a table
// lookup. Bad rows are reported as `CSV:LINE: message` on stderr, skipped and counted.
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "commands.hpp"
#include "configured_host.hpp"
#include "csv_reader.hpp"
#include "language.hpp"
#include "replay_atoms.hpp"
#include "replay_cells.hpp"
#include "replay_output.hpp"
#include "seamless/analysis/names.hpp"
#include "seamless/bpmn/loader.hpp"
#include "seamless/expr/interpreter.hpp"
#include "seamless/guards/model_guards.hpp"
#include "seamless/plugin/host.hpp"

namespace seamless::cli {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t batch_rows = 4096;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool has_usable_guard(const guards::ModelGuards& guards) {
  for (const auto& p : guards.processes)
    for (const auto& g : p.guards)
      if (g.status == guards::GuardStatus::ok) return true;
  return false;
}

// Where a column's values go: a variable slot of a process.
struct Target {
  model::Index process;
  std::uint32_t slot;
};

struct BadRow {
  std::uint64_t line;
  i18n::Text message;
};

// The visit bound of `file`: one-visit's `max-visits` option in the configuration, as the
// one-visit check reads it (validated against its declaration), else the model's.
std::uint32_t visit_bound(const Configuration& configuration, const std::string& file,
                          const model::Model& model) {
  const EffectiveChecks effective = checks_for(configuration, file);
  if (const auto it = effective.find("one-visit"); it != effective.end())
    if (const auto option = it->second.options.find("max-visits");
        option != it->second.options.end())
      if (const auto* bound = std::get_if<std::int64_t>(&option->second))
        if (*bound >= 0 && *bound <= std::int64_t(UINT32_MAX) - 1) return std::uint32_t(*bound);
  return analysis::max_visits_of(model);
}

}  // namespace

int run_replay(const ReplayOptions& options) {
  const auto started = Clock::now();
  const i18n::Language lang = options.lang;
  const bool zh = lang == i18n::Language::zh;
  diag::Diagnostics diagnostics;
  plugin::Host host;
  Configuration configuration;
  if (!set_up_plugins_and_configuration(options.config, options.plugins, host, configuration,
                                        diagnostics, lang))
    return exit_input_error;
  auto print_diagnostics = [&] {
    diagnostics.sort();
    for (const auto& d : diagnostics.all()) std::cerr << diag::format(d, lang) << '\n';
    diagnostics = {};
  };
  // "CASES:LINE: message" on standard error.
  auto report_line = [&](std::uint64_t at, const i18n::Text& message) {
    std::cerr << options.cases << ":" << at << ": " << message.in(lang) << '\n';
  };
  if (options.backend != "jit" && options.backend != "interp") {
    print_error(lang, {"--backend is interp or jit", "--backend 须为 interp 或 jit"});
    return exit_input_error;
  }
  if (options.format != "text" && options.format != "json") {
    print_error(lang, {"--format is text or json", "--format 须为 text 或 json"});
    return exit_input_error;
  }
  auto model = bpmn::load_file(options.file, diagnostics);
  if (!model || diagnostics.has_errors()) {
    print_diagnostics();
    return exit_input_error;
  }
  const guards::ModelGuards guards =
      guards::compile_model_guards(*model, host.registry(), diagnostics);
  if (diagnostics.has_errors()) {
    print_diagnostics();
    return exit_input_error;
  }
  if (!analysis::has_applicant_role(*model)) {
    print_diagnostics();
    std::cerr << "seamless: " << options.file << ": "
              << i18n::Text{"cannot count visits: no applicant role",
                            "无法统计到场次数：没有申请人角色"}
                     .in(lang)
              << '\n';
    return exit_inconclusive;
  }
  static const check::Options no_options;
  check::CheckContext context{*model, no_options};
  context.guards = &guards;
  context.engine = &options.engine;
  if (has_usable_guard(guards) && !options.engine.abstract_guards) {
    host.load_on_demand("smt", diagnostics);
    context.solver = host.registry().case_solver();
  }
  const std::uint32_t bound = visit_bound(configuration, options.file, *model);
  const analysis::VisitModel visit_model =
      analysis::prepare_visit_model(context, std::max<std::uint32_t>(bound + 1, 16));
  print_diagnostics();
  if (!visit_model.unusable.empty()) {
    std::cerr << "seamless: " << options.file << ": "
              << i18n::Text{"cannot replay: " + visit_model.unusable.en,
                            "无法回放：" + visit_model.unusable.zh_or_en()}
                     .in(lang)
              << '\n';
    return exit_inconclusive;
  }
  const semantics::Net& net = visit_model.presence->net;
  if (net.atoms.size() > 64) {
    std::cerr << "seamless: " << options.file << ": "
              << i18n::Text{"cannot replay: more than 64 distinct guard conditions",
                            "无法回放：不同的条件超过 64 个"}
                     .in(lang)
              << '\n';
    return exit_inconclusive;
  }
  Atoms atoms(net);
  if (options.backend == "jit") {
    i18n::Text error;
    if (!atoms.compile_jit(host, diagnostics, error)) {
      print_diagnostics();
      print_error(lang, {"jit: " + error.en, "jit：" + error.zh_or_en()});
      return exit_input_error;
    }
  }
  const CellTable cells(*visit_model.data);
  ReplayCells outcomes(context, visit_model, bound);
  const double setup_ms = ms_since(started);

  // The cases file, whole.
  const auto read_started = Clock::now();
  std::string text;
  {
    std::ifstream in(options.cases, std::ios::binary);
    if (!in) {
      print_error(lang, {"cannot read " + options.cases, "无法读取 " + options.cases});
      return exit_input_error;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = std::move(buffer).str();
  }
  CsvReader reader(text);
  std::vector<std::string_view> fields;
  std::uint64_t line = 0;
  i18n::Text error;
  if (!reader.next(fields, line, error) || !error.empty()) {
    report_line(line ? line : 1, error.empty() ? i18n::Text{"no header row", "没有表头行"} : error);
    return exit_input_error;
  }

  // Columns: a variable's name feeds it in every process declaring it; `Process.name` one.
  const std::size_t processes = model->processes.size();
  std::vector<std::vector<Target>> columns(fields.size());
  std::vector<std::vector<bool>> covered(processes);
  std::vector<std::size_t> width(processes, 0);
  std::vector<expr::StringTable> strings(processes);
  for (model::Index p = 0; p < processes; ++p) {
    const auto& env = guards.processes[p].environment;
    width[p] = env.variables().size();
    covered[p].assign(width[p], false);
    strings[p] = env.strings();
  }
  for (std::size_t c = 0; c < fields.size(); ++c) {
    const std::string name(fields[c]);
    for (model::Index p = 0; p < processes; ++p) {
      const auto& env = guards.processes[p].environment;
      const std::string prefix = model->processes[p].id + ".";
      std::optional<std::uint32_t> slot = env.slot_of(name);
      if (!slot && name.rfind(prefix, 0) == 0) slot = env.slot_of(name.substr(prefix.size()));
      if (!slot) continue;
      if (covered[p][*slot]) {
        report_line(line, {"variable '" + name + "' has two columns", "变量“" + name + "”有两列"});
        return exit_input_error;
      }
      covered[p][*slot] = true;
      columns[c].push_back({p, *slot});
    }
    if (columns[c].empty())
      report_line(line, {"warning: column '" + name + "' is no case variable of the model; ignored",
                         "warning: 列“" + name + "”不是模型的办件变量；已忽略"});
  }
  for (model::Index p = 0; p < processes; ++p)
    for (std::uint32_t s = 0; s < width[p]; ++s)
      if (!covered[p][s]) {
        const std::string& name = guards.processes[p].environment.variables()[s].name;
        report_line(line,
                    {"no column for the variable '" + name + "'", "没有变量“" + name + "”的列"});
        return exit_input_error;
      }
  const std::size_t expected_fields = fields.size();

  // The cases, a batch at a time.
  std::vector<BadRow> bad;
  std::vector<std::vector<std::int64_t>> rows(processes);
  for (model::Index p = 0; p < processes; ++p) rows[p].resize(batch_rows * width[p]);
  std::vector<std::uint64_t> lines(batch_rows), keys;
  std::vector<std::uint64_t> per_cell(visit_model.data->cells.cell_count(), 0);
  std::vector<std::string> cell_lines(per_cell.size());
  const bool json = options.format == "json";
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary);
    if (!file) {
      print_error(lang, {"cannot write " + options.output, "无法写入 " + options.output});
      return exit_input_error;
    }
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  std::string buffer;
  bool first_case = true;
  if (json) buffer += "{\"tool\":{\"name\":\"seamless\",\"version\":\"" + version() + "\"},";
  if (json)
    buffer += "\"model\":" + nlohmann::json(options.file).dump() +
              ",\"cases_file\":" + nlohmann::json(options.cases).dump() + ",\"cases\":[";
  double evaluate_ms = 0, cells_ms = 0;
  std::uint64_t unmatched = 0;

  auto flush_batch = [&](std::size_t count) {
    const auto evaluate_started = Clock::now();
    atoms.evaluate(rows, width, count, keys);
    evaluate_ms += ms_since(evaluate_started);
    for (std::size_t r = 0; r < count; ++r) {
      const std::int64_t cell = cells.find(keys[r]);
      if (cell < 0) {  // no cell has these truth values: the solver missed it (a bug)
        ++unmatched;
        const i18n::Text problem{"internal error: no data cell has this case's guard values",
                                 "内部错误：没有哪个取值组合与这个办件的条件取值相符"};
        bad.push_back({lines[r], problem});
        report_line(lines[r], problem);
        continue;
      }
      const auto c = std::uint32_t(cell);
      if (per_cell[c]++ == 0) {
        const auto cells_started = Clock::now();
        const CellOutcome& o = outcomes.outcome(c);
        cell_lines[c] = json ? cell_json(o, bound, c, lang) : cell_text(o, bound, lang);
        cells_ms += ms_since(cells_started);
      }
      if (options.summary) continue;
      if (json) {
        buffer += first_case ? "\n{\"line\":" : ",\n{\"line\":";
        buffer += std::to_string(lines[r]);
        buffer += ',';
        buffer += cell_lines[c];
      } else {
        buffer += zh ? "第 " : "line ";
        buffer += std::to_string(lines[r]);
        buffer += zh ? " 行：" : ": ";
        buffer += cell_lines[c];
        buffer += '\n';
      }
      first_case = false;
    }
    if (buffer.size() > (1u << 20)) {
      out << buffer;
      buffer.clear();
    }
  };

  std::size_t count = 0;
  std::uint64_t total = 0;
  while (reader.next(fields, line, error)) {
    ++total;
    auto reject = [&](i18n::Text message) {
      report_line(line, message);
      bad.push_back({line, std::move(message)});
    };
    if (!error.empty()) {
      reject(error);
      continue;
    }
    if (fields.size() != expected_fields) {
      const std::string got = std::to_string(fields.size());
      const std::string want = std::to_string(expected_fields);
      reject({"wrong number of fields: " + got + ", expected " + want,
              "字段数为 " + got + "，应为 " + want});
      continue;
    }
    bool ok = true;
    for (std::size_t c = 0; c < fields.size() && ok; ++c)
      for (const Target& t : columns[c]) {
        const expr::Variable& v = guards.processes[t.process].environment.variables()[t.slot];
        if (fields[c].empty()) {
          reject({"no value for '" + v.name + "'", "“" + v.name + "”没有值"});
          ok = false;
          break;
        }
        i18n::Text problem;
        const auto bits = expr::parse_case_value(fields[c], v, strings[t.process], problem);
        if (!bits) {
          reject({v.name + ": " + problem.en, v.name + "：" + problem.zh_or_en()});
          ok = false;
          break;
        }
        if (!expr::in_domain(*bits, v)) {
          const std::string value(fields[c]);
          reject({v.name + ": '" + value + "' is outside the declared domain",
                  v.name + "：“" + value + "”超出声明的取值范围"});
          ok = false;
          break;
        }
        rows[t.process][count * width[t.process] + t.slot] = *bits;
      }
    if (!ok) continue;
    lines[count++] = line;
    if (count == batch_rows) {
      flush_batch(count);
      count = 0;
    }
  }
  flush_batch(count);
  const double read_ms = ms_since(read_started) - evaluate_ms - cells_ms;

  // Totals.
  std::uint64_t replayed = 0, within = 0, completes = 0, unknown = 0, failing = 0;
  std::map<std::uint32_t, std::uint64_t> histogram;
  std::map<std::pair<std::string, std::string>, std::uint64_t> seam_cases;
  for (std::uint32_t c = 0; c < per_cell.size(); ++c) {
    if (per_cell[c] == 0) continue;
    const CellOutcome& o = outcomes.outcome(c);
    replayed += per_cell[c];
    if (!o.known) {
      unknown += per_cell[c];
      continue;
    }
    histogram[o.visits] += per_cell[c];
    if (o.visits <= bound) within += per_cell[c];
    if (o.reason.empty() && o.completes) completes += per_cell[c];
    if (o.visits > bound || (o.reason.empty() && !o.completes)) failing += per_cell[c];
    if (!o.reason.empty() && o.visits <= bound) unknown += per_cell[c];
    for (const Seam& s : o.seams) seam_cases[{s.element, s.department}] += per_cell[c];
  }
  std::vector<std::pair<std::uint64_t, std::pair<std::string, std::string>>> seams;
  for (const auto& [seam, n] : seam_cases) seams.push_back({n, seam});
  std::stable_sort(seams.begin(), seams.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (seams.size() > 10) seams.resize(10);
  const std::uint64_t all = total;

  if (json) {
    nlohmann::json t;
    t["cases"] = all;
    t["replayed"] = replayed;
    t["bad_rows"] = bad.size();
    t["max_visits"] = bound;
    t["within"] = within;
    t["within_share"] = replayed ? double(within) / double(replayed) : 0.0;
    t["completes"] = completes;
    t["unknown"] = unknown;
    nlohmann::json h = nlohmann::json::object();
    for (const auto& [v, n] : histogram) h[std::to_string(v)] = n;
    t["visits"] = h;
    nlohmann::json s = nlohmann::json::array();
    for (const auto& [n, seam] : seams)
      s.push_back({{"element", seam.first},
                   {"department", seam.second},
                   {"department_name", department_name(*model, seam.second)},
                   {"cases", n}});
    t["seams"] = s;
    nlohmann::json b = nlohmann::json::array();
    for (const BadRow& r : bad) {
      nlohmann::json row{{"line", r.line}, {"message", r.message.en}};
      if (zh) row["message_zh"] = r.message.zh_or_en();
      b.push_back(std::move(row));
    }
    buffer += first_case ? "]," : "\n],";
    buffer += "\"bad_rows\":" + b.dump() + ",\"totals\":" + t.dump(2) + "}\n";
  } else {
    ReplayTotals totals;
    totals.model_file = options.file;
    totals.cases_file = options.cases;
    totals.cases = all;
    totals.replayed = replayed;
    totals.bad_rows = bad.size();
    totals.max_visits = bound;
    totals.within = within;
    totals.completes = completes;
    totals.unknown = unknown;
    totals.visits = histogram;
    totals.cap = visit_model.presence->cap;
    totals.seams = seams;
    buffer += totals_text(totals, *model, lang);
  }
  out << buffer;
  out.flush();
  if (!out) {
    print_error(lang, {"cannot write the output", "无法写出输出"});
    return exit_input_error;
  }
  if (options.stats) {
    const double total_ms = ms_since(started);
    std::cerr << "seamless: stats: cases=" << all << " setup-ms=" << setup_ms
              << " read-ms=" << read_ms << " evaluate-ms=" << evaluate_ms
              << " cells-ms=" << cells_ms << " total-ms=" << total_ms
              << " backend=" << options.backend << '\n';
  }
  if (!bad.empty()) return exit_input_error;
  if (failing) return exit_findings;
  if (unknown) return exit_inconclusive;
  return exit_ok;
}

}  // namespace seamless::cli
