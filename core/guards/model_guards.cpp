// Parsing and binding a model's guards (see model_guards.hpp).
#include "seamless/guards/model_guards.hpp"

#include "seamless/expr/binder.hpp"

namespace seamless::guards {

std::string_view to_string(GuardStatus status) {
  switch (status) {
    case GuardStatus::ok:
      return "ok";
    case GuardStatus::unknown_language:
      return "unknown-language";
    case GuardStatus::parse_error:
      return "parse-error";
    case GuardStatus::type_error:
      return "type-error";
  }
  return "ok";
}

const FlowGuard* ModelGuards::find(model::Index flow) const {
  for (const ProcessGuards& p : processes)
    for (const FlowGuard& g : p.guards)
      if (g.flow == flow) return &g;
  return nullptr;
}

bool ModelGuards::all_ok() const {
  for (const ProcessGuards& p : processes)
    for (const FlowGuard& g : p.guards)
      if (g.status != GuardStatus::ok) return false;
  return true;
}

namespace {

const plugin::GuardLanguage* choose_language(const model::Guard& guard,
                                             const plugin::Registry& registry) {
  if (!guard.language.empty()) {
    if (const auto* language = registry.find_guard_language(guard.language)) return language;
    // A language the text itself announces wins over an unknown definitions-wide default.
    if (guard.language_source != model::GuardLanguageSource::definitions) return nullptr;
  }
  return recognise_language(guard.text, registry);
}

}  // namespace

const plugin::GuardLanguage* recognise_language(std::string_view text,
                                                const plugin::Registry& registry) {
  for (const auto& c : registry.contributions()) {
    if (c.kind != "guard-language") continue;
    const auto* language = registry.find_guard_language(c.name);
    if (language && language->recognises(text)) return language;
  }
  return nullptr;
}

ModelGuards compile_model_guards(const model::Model& model, const plugin::Registry& registry,
                                 diag::Diagnostics& diagnostics) {
  ModelGuards result;
  for (model::Index p = 0; p < model.processes.size(); ++p) {
    const model::Process& process = model.processes[p];
    ProcessGuards pg;
    pg.process = p;
    pg.environment = expr::Environment::from_declarations(process.variables);
    for (model::Index f : process.flows) {
      const model::SequenceFlow& flow = model.flows[f];
      if (!flow.guard) continue;
      const model::Guard& guard = *flow.guard;
      const std::string where = "condition of sequence flow '" + flow.id + "'";
      const std::string where_zh = "顺序流“" + flow.id + "”的条件";
      FlowGuard fg;
      fg.flow = f;
      const plugin::GuardLanguage* language = choose_language(guard, registry);
      if (language == nullptr) {
        fg.status = GuardStatus::unknown_language;
        fg.problem = guard.language.empty()
                         ? "the language of '" + guard.text + "' is not recognised"
                         : "guard language '" + guard.language + "' is not supported";
        fg.problem_zh = guard.language.empty() ? "无法识别“" + guard.text + "”所用的语言"
                                               : "不支持条件语言“" + guard.language + "”";
        diagnostics.warning(model.file, guard.location.line, guard.location.column,
                            {where + ": " + fg.problem + "; it is read as a label (a free choice)",
                             where_zh + "：" + fg.problem_zh + "；按标签理解（自由选择）"});
        pg.guards.push_back(std::move(fg));
        continue;
      }
      fg.language = std::string(language->name());
      expr::ParseResult parsed = language->parse(guard.text);
      if (!parsed.tree) {
        fg.status = GuardStatus::parse_error;
        fg.column = parsed.error ? parsed.error->column : 0;
        fg.problem = parsed.error ? parsed.error->message : "cannot parse";
        fg.problem_zh = parsed.error ? i18n::pick(i18n::Language::zh, parsed.error->message,
                                                  parsed.error->message_zh)
                                     : "无法解析";
        const std::string column = std::to_string(fg.column);
        diagnostics.error(
            model.file, guard.location.line, guard.location.column,
            {where + ", column " + column + " of '" + guard.text + "': " + fg.problem,
             where_zh + "，“" + guard.text + "”第 " + column + " 列：" + fg.problem_zh});
        pg.guards.push_back(std::move(fg));
        continue;
      }
      expr::BindResult bound = expr::bind(*parsed.tree, guard.text, pg.environment);
      for (const expr::BindMessage& m : bound.messages) {
        const std::string column = std::to_string(m.column);
        const std::string& message_zh = i18n::pick(i18n::Language::zh, m.message, m.message_zh);
        diagnostics.add({m.severity, model.file, guard.location.line, guard.location.column,
                         where + ", column " + column + " of '" + guard.text + "': " + m.message,
                         where_zh + "，“" + guard.text + "”第 " + column + " 列：" + message_zh});
        if (m.severity == diag::Severity::error) {
          fg.status = GuardStatus::type_error;
          fg.problem = m.message;
          fg.problem_zh = message_zh;
          fg.column = m.column;
        }
      }
      fg.expr = std::move(bound.expr);
      pg.guards.push_back(std::move(fg));
    }
    result.processes.push_back(std::move(pg));
  }
  return result;
}

}  // namespace seamless::guards
