// The translation helpers (i18n/text.hpp), the Chinese texts carried by findings, diagnostics
// and counterexamples, and how the text and JSON formats choose between the languages.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "seamless/check/check.hpp"
#include "seamless/diag/diagnostics.hpp"
#include "seamless/i18n/text.hpp"
#include "seamless/report/builtin_formats.hpp"
#include "seamless/report/counterexample_format.hpp"

using namespace seamless;
using i18n::Language;

namespace {

report::RunResult sample_result(Language language) {
  report::RunResult r;
  r.tool_version = "9.9.9";
  r.language = language;
  report::ModelResult m;
  m.file = "models/x.bpmn";
  m.analysed = true;
  check::Findings findings("structure");
  findings.add(check::Severity::error, "no-end-event", "P", {57, 5},
               {"process 'P' has no end event", "流程“P”没有结束事件"});
  check::Counterexample cx;
  cx.case_data.push_back({"area", "integer", "600"});
  cx.steps.push_back({"Start", "开始 Start", "window", "", {}, ""});
  cx.steps.push_back({"Gate", "", "window", "takes F1", {}, "选择 F1"});
  cx.add_state({"1 token on sequence flow 'F2'", "顺序流“F2”上有 1 个令牌"});
  cx.add_note({"first note", "第一条说明"});
  cx.notes.push_back("untranslated note");  // no Chinese: shown in English
  cx.seam = {"Gate", "Start"};
  cx.figures["visits"] = 2;
  findings.last().counterexample = cx;
  check::CheckResult c;
  c.name = "structure";
  c.status = check::Status::fail;
  c.findings = findings.items();
  m.checks.push_back(c);
  check::CheckResult i;
  i.name = "other";
  i.status = check::Status::inconclusive;
  i.reason = "state limit reached";
  i.reason_zh = "已达到状态数上限";
  m.checks.push_back(i);
  r.models.push_back(m);
  diag::Diagnostics d;
  d.warning("models/x.bpmn", 3, 7, {"odd", "奇怪"});
  r.diagnostics = d.all();
  return r;
}

}  // namespace

TEST_CASE("i18n: language names, texts and the fallback to English", "[i18n]") {
  CHECK(i18n::parse_language("en") == Language::en);
  CHECK(i18n::parse_language("zh") == Language::zh);
  CHECK_FALSE(i18n::parse_language("zh-CN"));
  CHECK_FALSE(i18n::parse_language(""));
  CHECK(i18n::to_string(Language::zh) == "zh");
  const i18n::Text both{"gap", "空缺"};
  CHECK(both.in(Language::en) == "gap");
  CHECK(both.in(Language::zh) == "空缺");
  const i18n::Text english{"gap", ""};
  CHECK(english.in(Language::zh) == "gap");
  CHECK(english.zh_or_en() == "gap");
  CHECK(both.zh_or_en() == "空缺");
  CHECK(i18n::Text{}.empty());
  const std::vector<std::string> lines{"a", "b", "c"}, lines_zh{"甲", ""};
  CHECK(i18n::pick_line(Language::zh, lines, lines_zh, 0) == "甲");
  CHECK(i18n::pick_line(Language::zh, lines, lines_zh, 1) == "b");
  CHECK(i18n::pick_line(Language::zh, lines, lines_zh, 2) == "c");
  CHECK(i18n::pick_line(Language::en, lines, lines_zh, 0) == "a");
}

TEST_CASE("i18n: findings, reasons and diagnostics keep English with Chinese beside it", "[i18n]") {
  check::Findings f("c");
  f.add(check::Severity::warning, "r", "E", {1, 2}, "english only");
  f.add(check::Severity::error, "r", "E", {1, 2}, "english", "中文");
  f.add(check::Severity::error, "r", "E", {1, 2}, i18n::Text{"text", "文本"});
  REQUIRE(f.items().size() == 3);
  CHECK(f.items()[0].message_zh.empty());
  CHECK(f.items()[1].message == "english");
  CHECK(f.items()[1].message_zh == "中文");
  CHECK(f.items()[2].message == "text");
  CHECK(f.items()[2].message_zh == "文本");
  f.inconclusive(i18n::Text{"limit", "上限"});
  f.inconclusive("second reason");  // the first reason is kept
  CHECK(f.reason() == "limit");
  CHECK(f.reason_zh() == "上限");

  diag::Diagnostics d;
  d.error("f.bpmn", 4, 2, i18n::Text{"bad", "错误的"});
  d.note("f.bpmn", 0, 0, "plain");
  CHECK(diag::format(d.all()[0]) == "f.bpmn:4:2: error: bad");
  CHECK(diag::format(d.all()[0], Language::zh) == "f.bpmn:4:2: error: 错误的");
  CHECK(diag::format(d.all()[1], Language::zh) == "f.bpmn: note: plain");
  CHECK(d.error_count() == 1);
}

TEST_CASE("i18n: counterexample notes and tokens left stay parallel in both languages", "[i18n]") {
  check::Counterexample cx;
  cx.notes.push_back("added without Chinese");
  cx.add_note({"second", "第二"});
  cx.add_state({"left", "剩余"});
  REQUIRE(cx.notes.size() == 2);
  REQUIRE(cx.notes_zh.size() == 2);
  CHECK(cx.notes_zh[0].empty());
  CHECK(cx.notes_zh[1] == "第二");
  CHECK(cx.state_zh == std::vector<std::string>{"剩余"});
}

TEST_CASE("i18n: the text format in Chinese", "[i18n][report]") {
  std::ostringstream out;
  report::make_text_format()->write(sample_result(Language::zh), out);
  CHECK(out.str() ==
        "models/x.bpmn:3:7: warning: 奇怪\n"
        "models/x.bpmn:57:5: error: 流程“P”没有结束事件 [structure]\n"
        "  办件数据：area=600\n"
        "  运行：\n"
        "    1. Start  开始 Start [window]\n"
        "    2. Gate   [window]：选择 F1\n"
        "  剩余：顺序流“F2”上有 1 个令牌\n"
        "  说明：第一条说明\n"
        "  说明：untranslated note\n"
        "  到场次数：2\n"
        "  断点：Gate、Start\n"
        "models/x.bpmn: note: 无结论：已达到状态数上限 [other]\n"
        "seamless: 共 1 个模型（已分析 1 个），1 个错误，0 个警告，1 项检查无结论\n");

  std::ostringstream english;
  report::make_text_format()->write(sample_result(Language::en), english);
  CHECK(english.str() ==
        "models/x.bpmn:3:7: warning: odd\n"
        "models/x.bpmn:57:5: error: process 'P' has no end event [structure]\n"
        "  case: area=600\n"
        "  run:\n"
        "    1. Start  开始 Start [window]\n"
        "    2. Gate   [window]: takes F1\n"
        "  left: 1 token on sequence flow 'F2'\n"
        "  note: first note\n"
        "  note: untranslated note\n"
        "  visits: 2\n"
        "  seam: Gate, Start\n"
        "models/x.bpmn: note: inconclusive: state limit reached [other]\n"
        "seamless: 1 model (1 analysed), 1 error, 0 warnings, 1 inconclusive\n");
}

TEST_CASE("i18n: JSON in Chinese adds the Chinese texts beside the stable fields",
          "[i18n][report]") {
  std::ostringstream zh_out, en_out;
  report::make_json_format()->write(sample_result(Language::zh), zh_out);
  report::make_json_format()->write(sample_result(Language::en), en_out);
  const auto zh = nlohmann::json::parse(zh_out.str());
  const auto en = nlohmann::json::parse(en_out.str());
  const auto& f = zh["models"][0]["checks"][0]["findings"][0];
  CHECK(f["message"] == "process 'P' has no end event");
  CHECK(f["message_zh"] == "流程“P”没有结束事件");
  CHECK(f["counterexample"]["notes"] == nlohmann::json::array({"first note", "untranslated note"}));
  CHECK(f["counterexample"]["notes_zh"] ==
        nlohmann::json::array({"第一条说明", "untranslated note"}));
  CHECK(f["counterexample"]["left_zh"] == nlohmann::json::array({"顺序流“F2”上有 1 个令牌"}));
  CHECK(f["counterexample"]["steps"][1]["note_zh"] == "选择 F1");
  CHECK(zh["models"][0]["checks"][1]["reason_zh"] == "已达到状态数上限");
  CHECK(zh["diagnostics"][0]["message_zh"] == "奇怪");
  // In English nothing is added.
  const auto& e = en["models"][0]["checks"][0]["findings"][0];
  CHECK_FALSE(e.contains("message_zh"));
  CHECK_FALSE(e["counterexample"].contains("notes_zh"));
  CHECK_FALSE(e["counterexample"]["steps"][1].contains("note_zh"));
  CHECK_FALSE(en["models"][0]["checks"][1].contains("reason_zh"));
  CHECK_FALSE(en["diagnostics"][0].contains("message_zh"));
  CHECK(report::figure_label("visits", Language::zh) == "到场次数");
  CHECK(report::figure_label("other-figure", Language::zh) == "other-figure");
}
