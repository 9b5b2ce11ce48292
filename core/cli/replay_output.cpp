// Replay's output pieces (replay_output.hpp).
#include "replay_output.hpp"

#include <cstdio>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "seamless/analysis/names.hpp"

namespace seamless::cli {

namespace {

std::string percent(std::uint64_t part, std::uint64_t whole) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%",
                whole ? 100.0 * double(part) / double(whole) : 0.0);
  return buffer;
}

nlohmann::json seams_json(const std::vector<Seam>& seams) {
  nlohmann::json out = nlohmann::json::array();
  for (const Seam& s : seams) out.push_back({{"element", s.element}, {"department", s.department}});
  return out;
}

// "到场 5 次（超过 maxVisits 1），能办结；断点：A（dept）、B".
std::string cell_text_zh(const CellOutcome& o, std::uint32_t bound) {
  if (!o.known) return "未知（" + o.reason.zh_or_en() + "）";
  std::string s = std::string(o.at_least ? "至少" : "") + "到场 " + std::to_string(o.visits) +
                  " 次" + (o.visits > bound ? "（超过" : "（未超过") + " maxVisits " +
                  std::to_string(bound) + "），";
  s += !o.reason.empty() ? "能否办结未知" : o.completes ? "能办结" : "可能无法办结";
  if (!o.seams.empty()) {
    s += "；断点：";
    for (std::size_t i = 0; i < o.seams.size(); ++i)
      s += (i ? "、" : "") + o.seams[i].element +
           (o.seams[i].department.empty() ? "" : "（" + o.seams[i].department + "）");
  }
  return s;
}

}  // namespace

std::string cell_text(const CellOutcome& o, std::uint32_t bound, i18n::Language language) {
  if (language == i18n::Language::zh) return cell_text_zh(o, bound);
  if (!o.known) return "unknown (" + o.reason.en + ")";
  std::string s = (o.at_least ? "at least " : "") + std::to_string(o.visits) +
                  (o.visits == 1 && !o.at_least ? " visit" : " visits");
  s += o.visits > bound ? " (over maxVisits " : " (within maxVisits ";
  s += std::to_string(bound) + "), ";
  s += !o.reason.empty() ? "completion unknown" : o.completes ? "completes" : "may not complete";
  if (!o.seams.empty()) {
    s += "; seams:";
    for (std::size_t i = 0; i < o.seams.size(); ++i)
      s += (i ? ", " : " ") + o.seams[i].element +
           (o.seams[i].department.empty() ? "" : " (" + o.seams[i].department + ")");
  }
  return s;
}

std::string seam_label(const model::Model& m, const std::string& element, i18n::Language language) {
  for (const model::Node& node : m.nodes)
    if (node.id == element)
      return language == i18n::Language::zh ? analysis::node_label_zh(node)
                                            : analysis::node_label(node);
  return element;
}

std::string department_name(const model::Model& m, const std::string& id) {
  for (const model::Department& d : m.departments)
    if (d.id == id) return d.name;
  return "";
}

std::string cell_json(const CellOutcome& o, std::uint32_t bound, std::uint32_t cell,
                      i18n::Language language) {
  nlohmann::json j;
  j["cell"] = cell;
  if (!o.known) {
    j["status"] = "unknown";
    j["reason"] = o.reason.en;
    if (language == i18n::Language::zh) j["reason_zh"] = o.reason.zh_or_en();
  } else {
    j["visits"] = o.visits;
    j["at_least"] = o.at_least;
    j["within"] = o.visits <= bound;
    if (o.reason.empty()) {
      j["completes"] = o.completes;
    } else {
      j["completes"] = nullptr;
    }
    j["seams"] = seams_json(o.seams);
  }
  std::string s = j.dump();
  return s.substr(1);  // without the opening brace: appended after {"line":N,
}

std::string totals_text(const ReplayTotals& t, const model::Model& m, i18n::Language language) {
  const bool zh = language == i18n::Language::zh;
  std::ostringstream s;
  if (zh) {
    s << "已在 " << t.model_file << " 上回放 " << t.cases_file << " 中 " << t.cases
      << " 个办件中的 " << t.replayed << " 个（跳过 " << t.bad_rows << " 个有误的行）\n";
    s << "到场不超过 maxVisits " << t.max_visits << " 次：" << t.replayed << " 个办件中有 "
      << t.within << " 个（" << percent(t.within, t.replayed) << "）\n";
    s << "保证能办结：" << t.replayed << " 个办件中有 " << t.completes << " 个（"
      << percent(t.completes, t.replayed) << "）\n";
    if (t.unknown) s << "未完全分析（达到了上限）：" << t.unknown << " 个办件\n";
  } else {
    s << "replayed " << t.replayed << " of " << t.cases << " cases from " << t.cases_file << " on "
      << t.model_file << " (" << t.bad_rows << (t.bad_rows == 1 ? " bad row" : " bad rows")
      << " skipped)\n";
    s << "within maxVisits " << t.max_visits << ": " << t.within << " of " << t.replayed
      << " cases (" << percent(t.within, t.replayed) << ")\n";
    s << "completion guaranteed: " << t.completes << " of " << t.replayed << " cases ("
      << percent(t.completes, t.replayed) << ")\n";
    if (t.unknown) s << "not fully analysed (a limit was reached): " << t.unknown << " cases\n";
  }
  if (!t.visits.empty()) {
    s << (zh ? "最坏情况到场次数：" : "worst-case visits:");
    bool first = true;
    for (const auto& [v, n] : t.visits) {
      const std::string visits = std::to_string(v) + (v >= t.cap ? "+" : "");
      if (zh)
        s << (first ? "" : "，") << visits << " 次（" << n << " 个办件）";
      else
        s << (first ? " " : ", ") << visits << ": " << n;
      first = false;
    }
    s << '\n';
  }
  if (!t.seams.empty()) {
    s << (zh ? "最常见的断点：\n" : "most frequent seams:\n");
    const std::size_t count_width = std::to_string(t.seams.front().first).size();
    for (const auto& [n, seam] : t.seams) {
      s << "  " << std::setw(int(count_width)) << n
        << (zh       ? " 个办件  "
            : n == 1 ? " case   "
                     : " cases  ")
        << seam_label(m, seam.first, language);
      if (!seam.second.empty())
        s << (zh ? "，" + analysis::department_label_zh(m, seam.second)
                 : ", " + analysis::department_label(m, seam.second));
      s << '\n';
    }
  }
  return s.str();
}

}  // namespace seamless::cli
