// `seamless eval EXPR --set NAME=VALUE...`: evaluates one guard on given case data, so a modeller
// can see what a condition does. Variable types come from the values (true/false, integer,
// decimal, anything else a string); `--backend jit` compiles the guard with the JIT plugin.
#include <iostream>

#include "commands.hpp"
#include "language.hpp"
#include "seamless/expr/binder.hpp"
#include "seamless/expr/interpreter.hpp"
#include "seamless/expr/print.hpp"
#include "seamless/guards/model_guards.hpp"
#include "seamless/plugin/host.hpp"

namespace seamless::cli {
namespace {

// The type a --set value implies.
expr::Type type_of_value(const std::string& text) {
  if (text == "true" || text == "false") return expr::Type::boolean;
  if (expr::parse_integer(text)) return expr::Type::integer;
  if (expr::parse_decimal(text)) return expr::Type::decimal;
  return expr::Type::string;
}

// Unquotes "text" or 'text' given for a string.
std::string unquote(const std::string& text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') &&
      text.back() == text.front())
    return text.substr(1, text.size() - 2);
  return text;
}

void show_position(const std::string& text, std::uint32_t column) {
  if (column == 0) return;
  std::cerr << "  " << text << "\n  ";
  std::uint32_t i = 1;
  for (std::size_t b = 0; b < text.size() && i < column; ++b)
    if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) {
      std::cerr << ' ';
      ++i;
    }
  std::cerr << "^\n";
}

}  // namespace

int run_eval(const EvalOptions& options) {
  const i18n::Language lang = options.lang;
  diag::Diagnostics diagnostics;
  plugin::Host host;
  host.load_all(options.plugins, diagnostics);
  const plugin::Registry& registry = host.registry();

  const plugin::GuardLanguage* language = nullptr;
  if (!options.language.empty()) {
    language = registry.find_guard_language(options.language);
    if (!language) {
      print_error(lang, {"no guard language '" + options.language + "' is loaded",
                         "没有加载条件语言“" + options.language + "”"});
      return exit_input_error;
    }
  } else {
    language = guards::recognise_language(options.expression, registry);
    if (!language) {
      print_error(lang,
                  {"cannot tell the language of the expression; start it with '=' (FEEL) "
                   "or '${' (JUEL), or give --language",
                   "无法判断表达式的语言；请以“=”（FEEL）或“${”（JUEL）开头，或给出 --language"});
      return exit_input_error;
    }
  }

  // Case data: one variable per --set, typed by its value.
  expr::Environment env;
  std::vector<std::int64_t> slots;
  for (const std::string& assignment : options.assignments) {
    const auto eq = assignment.find('=');
    if (eq == std::string::npos || eq == 0) {
      print_error(lang, {"--set needs NAME=VALUE, not '" + assignment + "'",
                         "--set 需要 NAME=VALUE 的形式，而不是“" + assignment + "”"});
      return exit_input_error;
    }
    expr::Variable v;
    v.name = assignment.substr(0, eq);
    const std::string raw = assignment.substr(eq + 1);
    const bool quoted = unquote(raw) != raw;
    v.type = quoted ? expr::Type::string : type_of_value(raw);
    std::string error;
    const auto bits = expr::parse_case_value(quoted ? unquote(raw) : raw, v, env.strings(), error);
    if (env.slot_of(v.name)) {
      print_error(lang, {"--set " + v.name + " given twice", "--set " + v.name + " 给了两次"});
      return exit_input_error;
    }
    env.add(std::move(v));
    slots.push_back(*bits);
  }

  const expr::ParseResult parsed = language->parse(options.expression);
  if (!parsed.tree) {
    const std::uint32_t column = parsed.error ? parsed.error->column : 0;
    const std::string where = std::string(language->name());
    const std::string at = std::to_string(column);
    const i18n::Text why = parsed.error
                               ? i18n::Text{parsed.error->message, parsed.error->message_zh}
                               : i18n::Text{"cannot parse", "无法解析"};
    print_error(lang, {where + ", column " + at + ": " + why.en,
                       where + "，第 " + at + " 列：" + why.zh_or_en()});
    show_position(options.expression, column);
    return exit_input_error;
  }
  const std::size_t given = env.variables().size();
  expr::BindResult bound = expr::bind(*parsed.tree, options.expression, env, false);
  for (std::size_t slot = given; slot < env.variables().size(); ++slot) {
    const std::string& name = env.variables()[slot].name;
    print_error(lang, {"no value for '" + name + "' (give --set " + name + "=VALUE)",
                       "“" + name + "”没有值（请给出 --set " + name + "=VALUE）"});
    return exit_input_error;
  }
  for (const expr::BindMessage& m : bound.messages) {
    if (m.severity != diag::Severity::error) continue;
    const std::string column = std::to_string(m.column);
    print_error(lang, {"column " + column + ": " + m.message,
                       "第 " + column + " 列：" + i18n::pick(lang, m.message, m.message_zh)});
    show_position(options.expression, m.column);
    return exit_input_error;
  }
  const expr::Expr& e = *bound.expr;

  expr::Value value;
  if (options.backend == "jit") {
    if (e.type() != expr::Type::boolean) {
      const std::string type(expr::to_string(e.type()));
      print_error(lang, {"the jit backend evaluates conditions only; this expression is a " + type,
                         "jit 后端只求值条件（布尔值）；这个表达式的类型是 " + type});
      return exit_input_error;
    }
    if (!host.load_on_demand("jit", diagnostics) || !host.registry().guard_compiler()) {
      for (const auto& d : diagnostics.all()) std::cerr << diag::format(d, lang) << '\n';
      return exit_input_error;
    }
    std::string error;
    auto compiled = host.registry().guard_compiler()->compile({&e}, error);
    if (!compiled) {
      print_error(lang, {"jit: " + error, "jit：编译失败：" + error});
      return exit_input_error;
    }
    const auto truth = static_cast<expr::Truth>(compiled->function(0)(slots.data()));
    value = truth == expr::Truth::null ? expr::Value{0, true}
                                       : expr::Value{truth == expr::Truth::true_ ? 1 : 0, false};
  } else if (options.backend == "interp") {
    value = expr::evaluate(e, slots.data());
  } else {
    print_error(lang, {"--backend is interp or jit", "--backend 须为 interp 或 jit"});
    return exit_input_error;
  }
  std::cout << expr::format_value(value, e.type(), env.strings()) << std::flush;
  std::cout << '\n' << std::flush;
  if (!std::cout) {
    print_error(lang, {"cannot write the output", "无法写出输出"});
    return exit_input_error;
  }
  return exit_ok;
}

}  // namespace seamless::cli
