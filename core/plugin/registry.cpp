// The registry of checks, guard languages, output formats and the guard compiler.
#include "seamless/plugin/registry.hpp"

#include <algorithm>

#include "seamless/report/output_format.hpp"

namespace seamless::plugin {

Registry::Registry() = default;
Registry::~Registry() = default;

bool Registry::claim(std::string kind, std::string name, std::string summary,
                     std::string summary_zh) {
  for (const Contribution& c : contributions_) {
    if (c.kind == kind && c.name == name) {
      diagnostics_.warning("plugin " + current_plugin_, 0, 0,
                           {kind + " '" + name + "' is already provided by plugin '" + c.plugin +
                                "'; this one is ignored",
                            kind + "“" + name + "”已由插件“" + c.plugin + "”提供；忽略此项"});
      return false;
    }
  }
  contributions_.push_back({std::move(kind), std::move(name), std::move(summary), current_plugin_,
                            std::move(summary_zh)});
  return true;
}

void Registry::add_check(std::unique_ptr<check::Check> check) {
  if (!check) return;
  if (claim("check", std::string(check->name()), std::string(check->summary()),
            std::string(check->summary_zh())))
    checks_.push_back(std::move(check));
}

void Registry::add_guard_language(std::unique_ptr<GuardLanguage> language) {
  if (!language) return;
  std::string uris;
  for (const std::string& uri : language->language_uris()) uris += (uris.empty() ? "" : ", ") + uri;
  if (claim("guard-language", std::string(language->name()), uris))
    languages_.push_back(std::move(language));
}

void Registry::add_output_format(std::unique_ptr<report::OutputFormat> format) {
  if (!format) return;
  if (claim("output-format", std::string(format->name()), std::string(format->summary()),
            std::string(format->summary_zh())))
    formats_.push_back(std::move(format));
}

void Registry::set_guard_compiler(std::unique_ptr<GuardCompiler> compiler) {
  if (!compiler) return;
  if (compiler_) {
    diagnostics_.warning("plugin " + current_plugin_, 0, 0,
                         i18n::Text{"a guard compiler is already provided; this one is ignored",
                                    "已有条件编译器；忽略此项"});
    return;
  }
  claim("guard-compiler", std::string(compiler->name()), "");
  compiler_ = std::move(compiler);
}

void Registry::set_case_solver(std::unique_ptr<explore::CaseSolver> solver, std::string name) {
  if (!solver) return;
  if (case_solver_) {
    diagnostics_.warning("plugin " + current_plugin_, 0, 0,
                         i18n::Text{"a case solver is already provided; this one is ignored",
                                    "已有办件数据求解器；忽略此项"});
    return;
  }
  claim("case-solver", std::move(name), "");
  case_solver_ = std::move(solver);
}

std::vector<const check::Check*> Registry::checks() const {
  std::vector<const check::Check*> out;
  for (const auto& c : checks_) out.push_back(c.get());
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->name() < b->name(); });
  return out;
}

const check::Check* Registry::find_check(std::string_view name) const {
  for (const auto& c : checks_)
    if (c->name() == name) return c.get();
  return nullptr;
}

const GuardLanguage* Registry::find_guard_language(std::string_view uri_or_name) const {
  for (const auto& l : languages_) {
    if (l->name() == uri_or_name) return l.get();
    for (const std::string& uri : l->language_uris())
      if (uri == uri_or_name) return l.get();
  }
  return nullptr;
}

const report::OutputFormat* Registry::find_output_format(std::string_view name) const {
  for (const auto& f : formats_)
    if (f->name() == name) return f.get();
  return nullptr;
}

std::vector<const report::OutputFormat*> Registry::output_formats() const {
  std::vector<const report::OutputFormat*> out;
  for (const auto& f : formats_) out.push_back(f.get());
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->name() < b->name(); });
  return out;
}

}  // namespace seamless::plugin
