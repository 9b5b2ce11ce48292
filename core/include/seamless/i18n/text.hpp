// The languages seamless speaks (`--lang en|zh`) and a message in both of them.
//
// How messages are translated: a message is written in English and Chinese where it is made,
// as whole sentences, and the output chooses one when it prints. The English text stays the
// identity of a finding (baselines and JSON consumers rely on it); the Chinese text travels
// beside it (`Finding::message_zh`, `Diagnostic::message_zh`, `Counterexample::notes_zh`, ...)
// and, when empty, falls back to the English one. To translate a message:
//
//   findings.add(Severity::error, "no-end-event", process.id, process.location,
//                {"process '" + process.id + "' has no end event",
//                 "流程“" + process.id + "”没有结束事件"});
//   findings.inconclusive({"no applicant role", "没有申请人角色"});
//   counterexample.add_note({"visit 2: ...", "第 2 次到场：……"});   // also add_state
//   diagnostics.warning(file, line, column, {"... ignored", "……，已忽略"});
//   out << i18n::Text{"Summary", "概要"}.in(result.language);   // a heading or label
//
// A message still written in English only (`findings.add(..., "english")`) compiles and prints
// English in both languages; to translate it, give the Chinese sentence beside it as above.
// Parts shared by several messages return a Text (`analysis::internal_error`,
// `describe_place_text`); names have `_zh` variants (`analysis::node_label_zh`: “名称”（id）).
// tests/i18n/chinese_messages_test.cpp fails on any message of the models and samples that has
// no Chinese text.
//
// Chinese style: full-width punctuation （），：；、 and “” around names and ids; no final 。
// (messages are single lines, like the English ones). Ids, check and rule names, option names,
// BPMN and reform: names (`sourceRef`, `reform:maxVisits`) and names from the models are kept as
// written. Terms (one for each concept, everywhere):
//   applicant 申请人, department 部门, matter 事项, activity 活动, process 流程, pool 池,
//   lane 泳道, sequence flow 顺序流, message flow 消息流, gateway 网关, token 令牌,
//   deadlock 死锁, livelock 活锁, activity that never runs 从不执行的活动, visit 到场,
//   visit count 到场次数, time limit 办理时限, critical path 关键路径, paper document 纸质文件,
//   material 申请材料, submitted twice 重复提交, mutual precondition 互为前置, cycle 循环依赖,
//   counterexample 反例, seam 断点 (the handoff between departments where the process
//   fragments), case 办件, case data 办件数据, run 运行, step 步骤, condition 条件,
//   default flow 默认流, inconclusive 无结论, finding 问题, diagnostic 诊断, plugin 插件,
//   assumption 假设, label (a condition no plugin can read) 标签.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seamless::i18n {

enum class Language : std::uint8_t { en, zh };

// "en" or "zh"; nullopt for anything else.
std::optional<Language> parse_language(std::string_view name);
std::string_view to_string(Language language);

// `zh` when the language is Chinese and there is a Chinese text, else `en`.
inline const std::string& pick(Language language, const std::string& en, const std::string& zh) {
  return language == Language::zh && !zh.empty() ? zh : en;
}

// A message in English and Chinese (empty `zh`: not translated; English is shown).
struct Text {
  std::string en;
  std::string zh;

  const std::string& in(Language language) const { return pick(language, en, zh); }
  // The Chinese text, or the English one when there is none: for building a longer Chinese
  // message from a part ({"cannot judge: " + why.en, "无法判断：" + why.zh_or_en()}).
  const std::string& zh_or_en() const { return zh.empty() ? en : zh; }
  bool empty() const { return en.empty() && zh.empty(); }
};

// The i-th line of `lines` in `language`: its Chinese version from the parallel list `lines_zh`
// when there is a non-empty one, else the English line.
const std::string& pick_line(Language language, const std::vector<std::string>& lines,
                             const std::vector<std::string>& lines_zh, std::size_t i);
// Every line of `lines` in `language`, as pick_line chooses it.
std::vector<std::string> pick_lines(Language language, const std::vector<std::string>& lines,
                                    const std::vector<std::string>& lines_zh);

}  // namespace seamless::i18n
