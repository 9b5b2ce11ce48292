// Entry points of the BPMN loader: read the file, decode it, parse it with tinyxml2, and run the
// Reader over the document. Also the Reader's small shared helpers.
#include "seamless/bpmn/loader.hpp"

#include <filesystem>
#include <fstream>

#include "reader.hpp"
#include "seamless/bpmn/source_text.hpp"
#include "text_util.hpp"
#include "xml_errors.hpp"

namespace seamless::bpmn {

namespace {

// Models larger than this are refused rather than read (BPMN files are kilobytes to a few MB).
constexpr std::uintmax_t max_file_size = 256u << 20;

// Reads a regular file in one go; an error message when it cannot.
i18n::Text read_whole_file(const std::string& path, std::string& bytes) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status))
    return {"cannot read file: no such file", "无法读取文件：文件不存在"};
  if (!std::filesystem::is_regular_file(status))
    return {"cannot read file: not a regular file", "无法读取文件：不是普通文件"};
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return {"cannot read file: " + ec.message(), "无法读取文件：" + ec.message()};
  if (size > max_file_size) {
    const std::string mib = std::to_string(size >> 20);
    return {"file too large (" + mib + " MiB)", "文件过大（" + mib + " MiB）"};
  }
  std::ifstream in(path, std::ios::binary);
  bytes.resize(static_cast<std::size_t>(size));
  if (!in || (size > 0 && !in.read(bytes.data(), static_cast<std::streamsize>(size))))
    return {"cannot read file", "无法读取文件"};
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return {};
}

}  // namespace

Reader::Reader(std::string file, const SourceText& text, diag::Diagnostics& diagnostics)
    : file_(std::move(file)), text_(text), diagnostics_(diagnostics), locator_(text) {}

std::shared_ptr<model::Model> Reader::read(const tinyxml2::XMLDocument& document) {
  const XMLElement* root = document.RootElement();
  if (root == nullptr) {
    error({1, 1}, {"no XML element in the file", "文件中没有 XML 元素"});
    return nullptr;
  }
  ScopeGuard guard(scope_, *root);
  const QName name = scope_.element_name(*root);
  if (!name.is(ns::bpmn, "definitions")) {
    const std::string element = root->Name(), uri(name.uri), bpmn(ns::bpmn);
    error(locate(*root), {"not a BPMN 2.0 file: the root element is '" + element +
                              "' in namespace '" + uri + "', expected 'definitions' in " + bpmn,
                          "不是 BPMN 2.0 文件：根元素是命名空间“" + uri + "”中的“" + element +
                              "”，应为 " + bpmn + " 中的“definitions”"});
    return nullptr;
  }
  model_ = std::make_shared<model::Model>();
  model_->file = file_;
  locate(*root);
  read_definitions(*root);
  if (text_.text().find(ns::reform) != std::string::npos) warn_stray_reform(*root);
  resolve();
  return model_;
}

std::string Reader::attribute(const XMLElement& element, const char* name) const {
  const char* value = element.Attribute(name);
  return value ? std::string(value) : std::string();
}

std::string Reader::element_text(const XMLElement& element) const {
  std::string text;
  for (auto* node = element.FirstChild(); node; node = node->NextSibling())
    if (auto* t = node->ToText()) text += t->Value();
  return trim(text);
}

void Reader::register_id(const std::string& id, model::ElementCategory category, Index index,
                         model::Location location) {
  if (id.empty()) return;
  auto [it, inserted] =
      model_->ids.try_emplace(id, model::Model::IdEntry{category, index, location});
  if (inserted) return;
  const std::string first = std::to_string(it->second.location.line);
  error(location, {"duplicate id '" + id + "' (first defined at line " + first + ")",
                   "id“" + id + "”重复（首次定义在第 " + first + " 行）"});
}

const model::Model::IdEntry* Reader::lookup(const std::string& id) const {
  auto it = model_->ids.find(id);
  if (it == model_->ids.end()) {
    const auto colon = id.find(':');
    if (colon == std::string::npos) return nullptr;
    it = model_->ids.find(id.substr(colon + 1));
    if (it == model_->ids.end()) return nullptr;
  }
  return &it->second;
}

void Reader::error(model::Location at, i18n::Text message) {
  diagnostics_.error(file_, at.line, at.column, std::move(message));
}
void Reader::warning(model::Location at, i18n::Text message) {
  diagnostics_.warning(file_, at.line, at.column, std::move(message));
}
void Reader::note(model::Location at, i18n::Text message) {
  diagnostics_.note(file_, at.line, at.column, std::move(message));
}

std::shared_ptr<const model::Model> load_bytes(std::string_view bytes, const std::string& file,
                                               diag::Diagnostics& diagnostics) {
  SourceText text;
  if (!text.decode(bytes, file, diagnostics)) return nullptr;
  tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
  if (document.Parse(text.text().data(), text.text().size()) != tinyxml2::XML_SUCCESS) {
    const int line = document.ErrorLineNum();
    diagnostics.error(file, line > 0 ? static_cast<std::uint32_t>(line) : 0, 0,
                      describe_xml_error(document));
    return nullptr;
  }
  Reader reader(file, text, diagnostics);
  return reader.read(document);
}

std::shared_ptr<const model::Model> load_file(const std::string& path,
                                              diag::Diagnostics& diagnostics) {
  std::string bytes;
  if (i18n::Text problem = read_whole_file(path, bytes); !problem.empty()) {
    diagnostics.error(path, 0, 0, std::move(problem));
    return nullptr;
  }
  return load_bytes(bytes, path, diagnostics);
}

}  // namespace seamless::bpmn
