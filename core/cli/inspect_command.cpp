// `seamless inspect FILE [--format json]`: shows how the model was understood. Loads no plugins.
#include <algorithm>
#include <iostream>
#include <optional>

#include "commands.hpp"
#include "language.hpp"
#include "seamless/bpmn/loader.hpp"
#include "seamless/plugin/host.hpp"
#include "seamless/report/diagnostic_json.hpp"
#include "seamless/report/inspect_json.hpp"

namespace seamless::cli {

int run_inspect(const InspectOptions& options) {
  if (options.format != "text" && options.format != "json") {
    print_error(options.lang,
                {"inspect supports --format text or json, not '" + options.format + "'",
                 "inspect 支持 --format text 或 json，不支持“" + options.format + "”"});
    return exit_input_error;
  }
  diag::Diagnostics diagnostics;
  auto model = bpmn::load_file(options.file, diagnostics);
  // Guards are parsed by the language plugins; they are loaded only when there are guards.
  std::optional<guards::ModelGuards> model_guards;
  plugin::Host host;
  if (model && std::any_of(model->flows.begin(), model->flows.end(),
                           [](const model::SequenceFlow& f) { return f.guard.has_value(); })) {
    host.load_all({}, diagnostics);
    model_guards = guards::compile_model_guards(*model, host.registry(), diagnostics);
  }
  const guards::ModelGuards* g = model_guards ? &*model_guards : nullptr;
  diagnostics.sort();
  if (options.format == "json") {
    nlohmann::ordered_json root;
    root["tool"] = {{"name", "seamless"}, {"version", version()}};
    root["model"] =
        model ? report::inspect_json(*model, g, options.lang) : nlohmann::ordered_json(nullptr);
    root["diagnostics"] = report::diagnostics_json(diagnostics.all(), options.lang);
    std::cout << root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  } else {
    for (const diag::Diagnostic& d : diagnostics.all())
      std::cerr << diag::format(d, options.lang) << '\n';
    if (model) report::write_inspect_text(*model, std::cout, g, options.lang);
  }
  std::cout.flush();
  if (!std::cout) {
    print_error(options.lang, {"cannot write the output", "无法写出输出"});
    return exit_input_error;
  }
  return diagnostics.has_errors() ? exit_input_error : exit_ok;
}

}  // namespace seamless::cli
