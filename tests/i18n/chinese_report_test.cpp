// The audit reports in Chinese (`seamless report --lang zh`): every fixed text of the report
// table has a Chinese version; the Markdown and HTML reports of models/ show every finding's
// message, step note, note and what is left in Chinese, and their headings and table headers are
// Chinese; the summary printed on standard output too.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "seamless/report/markup.hpp"
#include "seamless/report/report_texts.hpp"
#include "support/chinese_text.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using namespace seamless;
namespace fs = std::filesystem;
using json = nlohmann::json;

using seamless::test::TempDir;

namespace {

// Every text of the table, by name. The size check below fails when a text is added to
// ReportTexts without being listed here (and so without being checked for a translation).
#define SEAMLESS_REPORT_TEXT_FIELDS(X)                                                             \
  X(title)                                                                                         \
  X(generated_by)                                                                                  \
  X(summary)                                                                                       \
  X(model)                                                                                         \
  X(models_word) X(analysed_word) X(errors_word) X(warnings_word) X(notes_word)                    \
      X(inconclusive_word) X(input_errors_word) X(not_analysed) X(no_findings) X(input_problems)   \
          X(inconclusive_checks) X(assumptions) X(finding) X(location) X(element) X(rule)          \
              X(diagram) X(diagram_generated) X(not_in_diagram) X(legend_path) X(legend_seam)      \
                  X(legend_subject) X(legend_sequence_flow) X(legend_message_flow) X(legend_step)  \
                      X(run) X(step_element) X(step_name) X(step_department) X(step_note)          \
                          X(case_data) X(variable) X(type) X(value) X(departments)                 \
                              X(department_name) X(seam) X(left) X(notes) X(figures)               \
                                  X(figure_name) X(figure_value) X(no_counterexample) X(baselined) \
                                      X(diagram_in_html) X(path_elements) X(status_pass)           \
                                          X(status_fail) X(status_inconclusive) X(severity_error)  \
                                              X(severity_warning) X(severity_note) X(wrote)        \
                                                  X(type_integer) X(type_decimal) X(type_boolean)  \
                                                      X(type_string)

// Texts that are the same in every language or punctuation only, checked separately.
#define SEAMLESS_REPORT_TEXT_SHARED(X) \
  X(language) X(step_number) X(department_id) X(colon) X(comma) X(list_separator) X(parenthesized)

#define SEAMLESS_COUNT(name) +1
constexpr std::size_t listed_texts =
    0 SEAMLESS_REPORT_TEXT_FIELDS(SEAMLESS_COUNT) SEAMLESS_REPORT_TEXT_SHARED(SEAMLESS_COUNT);
static_assert(sizeof(report::ReportTexts) == listed_texts * sizeof(std::string_view),
              "a text was added to ReportTexts: list it in SEAMLESS_REPORT_TEXT_FIELDS");

// `text` without its Markdown code spans (ids, file names and check names stay as written).
std::string without_code(const std::string& text) {
  return std::regex_replace(text, std::regex("`[^`]*`"), "");
}

}  // namespace

TEST_CASE("i18n: every fixed text of the audit report has a Chinese version", "[i18n]") {
  const report::ReportTexts& en = report::english_report_texts();
  const report::ReportTexts& zh = report::chinese_report_texts();
  std::size_t checked = 0;
#define SEAMLESS_CHECK_TEXT(name)                           \
  {                                                         \
    INFO(#name << ": " << en.name << " / " << zh.name);     \
    CHECK(test::has_chinese(zh.name));                      \
    CHECK_FALSE(test::has_chinese(en.name));                \
    CHECK((en.name.find("{}") == std::string_view::npos) == \
          (zh.name.find("{}") == std::string_view::npos));  \
    ++checked;                                              \
  }
  SEAMLESS_REPORT_TEXT_FIELDS(SEAMLESS_CHECK_TEXT)
#undef SEAMLESS_CHECK_TEXT
  CHECK(checked > 50);
  CHECK(en.language == "en");
  CHECK(zh.language == "zh-CN");
  CHECK(zh.colon == "\xEF\xBC\x9A");  // ：
  CHECK(&report::report_texts(i18n::Language::zh) == &zh);
  CHECK(&report::report_texts(i18n::Language::en) == &en);
  CHECK(zh.type_name("boolean") == zh.type_boolean);
  CHECK(zh.type_name("other") == "other");
}

TEST_CASE("i18n: the Chinese audit reports of models show every message in Chinese",
          "[i18n][cli-report]") {
  TempDir dir("models");
  const auto r = test::run_seamless(
      {"report", "models", "--lang", "zh", "--markdown", dir / "r.md", "--html", dir / "r.html"});
  REQUIRE(r.exit_code == 1);
  CHECK(test::has_chinese(r.out));
  CHECK_THAT(r.out, Catch::Contains("\xE5\xB7\xB2\xE5\x86\x99\xE5\x85\xA5"));  // 已写入
  const std::string md = test::read_file(dir / "r.md");
  const std::string html = test::read_file(dir / "r.html");

  // Every Chinese text the JSON output has is in the Markdown report, as Markdown.
  const auto check = test::run_seamless({"check", "models", "--format", "json", "--lang", "zh"});
  const json root = json::parse(check.out);
  std::size_t messages = 0, lines = 0;
  auto expect = [&](const json& text) {
    INFO(text.get<std::string>());
    CHECK_THAT(md, Catch::Contains(report::escape_markdown(text.get<std::string>())));
  };
  for (const json& model : root["models"])
    for (const json& c : model["checks"])
      for (const json& f : c["findings"]) {
        expect(f["message_zh"]);
        ++messages;
        if (!f.contains("counterexample")) continue;
        const json& cx = f["counterexample"];
        for (const char* list : {"notes_zh", "left_zh"})
          if (cx.contains(list))
            for (const json& line : cx[list]) {
              expect(line);
              ++lines;
            }
        for (const json& step : cx["steps"])
          if (step.contains("note_zh")) {
            expect(step["note_zh"]);
            ++lines;
          }
      }
  CHECK(messages >= 25);
  CHECK(lines >= 10);

  // Headings and table headers of the Markdown report are Chinese (apart from code spans).
  std::istringstream in(md);
  std::vector<std::string> all;
  for (std::string line; std::getline(in, line);) all.push_back(line);
  std::size_t headings = 0, headers = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::string& line = all[i];
    const std::string text = without_code(line);
    if (line.rfind("#", 0) == 0 && text.find_first_not_of("# ") != std::string::npos) {
      INFO(line);
      CHECK(test::has_chinese(text));
      ++headings;
    }
    if (i + 1 < all.size() && all[i + 1].rfind("|---", 0) == 0 &&
        line.find("dead-activity") == std::string::npos) {
      std::istringstream cells(line);
      for (std::string cell; std::getline(cells, cell, '|');) {
        const auto first = cell.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        cell = cell.substr(first, cell.find_last_not_of(' ') - first + 1);
        if (cell == "\\#" || cell == "id") continue;
        INFO(line);
        CHECK(test::has_chinese(cell));
        ++headers;
      }
    }
  }
  CHECK(headings >= 40);
  CHECK(headers >= 20);

  // The HTML report: the page's language, and its section headings in Chinese.
  CHECK_THAT(html, Catch::Contains("<html lang=\"zh-CN\">"));
  const std::regex heading("<h4>([^<]*)</h4>");
  std::size_t h4 = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), heading);
       it != std::sregex_iterator(); ++it, ++h4) {
    INFO((*it)[1].str());
    CHECK(test::has_chinese((*it)[1].str()));
  }
  CHECK(h4 >= 40);
  for (const char* english : {">Summary<", ">Case data<", ">Departments involved<", ">Run<"})
    CHECK_THAT(html, !Catch::Contains(english));
}
