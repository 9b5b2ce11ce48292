// --annotate DIR (check and report): a coloured copy of every model with a counterexample, at
// DIR/<the model's path> (an absolute path loses its root, `..` parts are dropped), never over
// the model itself.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <system_error>

#include "commands.hpp"
#include "language.hpp"
#include "seamless/report/annotated_bpmn.hpp"
#include "seamless/report/highlight.hpp"

namespace seamless::cli {
namespace {

namespace fs = std::filesystem;

fs::path copy_path(const std::string& directory, const std::string& file) {
  fs::path relative;
  for (const fs::path& part : fs::path(file).lexically_normal().relative_path())
    if (part != ".." && part != ".") relative /= part;
  return fs::path(directory) / relative;
}

// The union of every counterexample's run and seam in the model; empty when none has one.
report::Highlight counterexamples_of(const model::Model& model, const report::ModelResult& result) {
  report::Highlight all;
  for (const check::CheckResult& c : result.checks)
    for (const check::Finding& f : c.findings)
      if (f.counterexample) all.merge(report::highlight_of(model, f));
  return all;
}

bool read_bytes(const std::string& file, std::string& bytes) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  bytes = buffer.str();
  return static_cast<bool>(in) || in.eof();
}

}  // namespace

bool write_annotated_models(const AnalysisRun& run, const std::string& directory) {
  bool ok = true;
  std::map<fs::path, std::string> written;  // copy -> model, to refuse two models in one place
  for (std::size_t i = 0; i < run.result.models.size() && i < run.models.size(); ++i) {
    const report::ModelResult& result = run.result.models[i];
    const model::Model* model = run.models[i].get();
    if (model == nullptr || !result.analysed) continue;
    const report::Highlight marks = counterexamples_of(*model, result);
    if (marks.path.empty() && marks.seam.empty()) continue;
    const fs::path target = copy_path(directory, result.file);
    const i18n::Language language = run.result.language;
    auto fail = [&](const i18n::Text& why) {
      print_error(language, {"--annotate: " + why.en, "--annotate：" + why.zh_or_en()});
      ok = false;
    };
    std::error_code ec;
    if (fs::exists(target, ec) && fs::equivalent(target, result.file, ec)) {
      fail({"the copy of " + result.file + " would overwrite the model itself; choose another DIR",
            result.file + " 的副本会覆盖模型本身，请换一个目录"});
      continue;
    }
    if (const auto [it, fresh] = written.emplace(target, result.file); !fresh) {
      fail({result.file + " and " + it->second + " would both be written to " + target.string(),
            result.file + " 和 " + it->second + " 会写到同一个文件 " + target.string()});
      continue;
    }
    std::string source;
    if (!read_bytes(result.file, source)) {
      fail({"cannot read " + result.file, "无法读取 " + result.file});
      continue;
    }
    const report::AnnotatedBpmn annotated = report::annotate_bpmn(source, marks);
    if (!annotated.error.empty()) {
      fail({"cannot annotate " + result.file + ": " + annotated.error.en,
            "无法标注 " + result.file + "：" + annotated.error.zh_or_en()});
      continue;
    }
    fs::create_directories(target.parent_path(), ec);
    std::ofstream out(target, std::ios::binary);
    out << annotated.text;
    out.flush();
    if (ec || !out) {
      fail({"cannot write " + target.string(), "无法写入 " + target.string()});
      continue;
    }
    const std::string coloured = std::to_string(annotated.coloured);
    std::cerr << "seamless: "
              << i18n::Text{"annotated " + result.file + " -> " + target.string() + " (" +
                                coloured + " diagram elements coloured)",
                            "已标注 " + result.file + " -> " + target.string() + "（为 " +
                                coloured + " 个图形元素着色）"}
                     .in(language)
              << '\n';
  }
  return ok;
}

}  // namespace seamless::cli
