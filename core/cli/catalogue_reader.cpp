// The catalogue CSV reader (catalogue_reader.hpp).
#include "catalogue_reader.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "csv_reader.hpp"
#include "seamless/expr/characters.hpp"

namespace seamless::cli {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_utf8(std::string_view s) {
  const auto chars = expr::text::decode_utf8(s);
  return std::all_of(chars.begin(), chars.end(), [](const expr::text::Char& c) { return c.valid; });
}

std::uint32_t line32(std::uint64_t line) {
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(line, UINT32_MAX));
}

}  // namespace

std::optional<check::Catalogue> read_catalogue(std::string_view text, const std::string& file,
                                               diag::Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto error = [&](std::uint64_t line, i18n::Text message) {
    diagnostics.error(file, line32(line), 0, std::move(message));
  };
  CsvReader reader(text);
  std::vector<std::string_view> fields;
  std::uint64_t line = 0;
  i18n::Text problem;
  if (!reader.next(fields, line, problem)) {
    error(1, {"the catalogue is empty: it needs a header row naming the columns 'matter' and "
              "'department'",
              "事项清单为空：需要一个标题行，列出“matter”和“department”两列"});
    return std::nullopt;
  }
  if (!problem.empty()) {
    error(line, {"malformed header row: " + problem.en, "标题行格式有误：" + problem.zh_or_en()});
    return std::nullopt;
  }
  std::size_t matter_column = fields.size(), department_column = fields.size();
  for (std::size_t c = 0; c < fields.size(); ++c) {
    const std::string_view name = trim(fields[c]);
    std::size_t* column = name == "matter"       ? &matter_column
                          : name == "department" ? &department_column
                                                 : nullptr;
    if (column == nullptr) continue;
    if (*column != fields.size()) {
      error(line, {"the header names the column '" + std::string(name) + "' twice",
                   "标题行两次列出“" + std::string(name) + "”列"});
      return std::nullopt;
    }
    *column = c;
  }
  if (matter_column == fields.size() || department_column == fields.size()) {
    std::string found, found_zh;
    for (std::string_view f : fields) {
      found += (found.empty() ? "'" : ", '") + std::string(trim(f)) + "'";
      found_zh += (found_zh.empty() ? "“" : "、“") + std::string(trim(f)) + "”";
    }
    const bool utf8 = is_utf8(found);
    error(line, {"the header row must name the columns 'matter' and 'department' (found " +
                     (utf8 ? found : std::string("text that is not UTF-8")) + ")",
                 "标题行须列出“matter”和“department”两列（实际为" +
                     (utf8 ? found_zh : std::string("不是 UTF-8 的文字")) + "）"});
    return std::nullopt;
  }
  const std::size_t columns = fields.size();

  check::Catalogue catalogue;
  catalogue.file = file;
  std::map<std::string, std::uint64_t, std::less<>> first_line;
  while (reader.next(fields, line, problem)) {
    if (!problem.empty()) {
      error(line, {"malformed record: " + problem.en, "记录格式有误：" + problem.zh_or_en()});
      continue;
    }
    if (fields.size() != columns) {
      error(line, {std::to_string(fields.size()) + (fields.size() == 1 ? " field" : " fields") +
                       ", but the header has " + std::to_string(columns),
                   "有 " + std::to_string(fields.size()) + " 个字段，但标题行有 " +
                       std::to_string(columns) + " 个"});
      continue;
    }
    const std::string_view matter = trim(fields[matter_column]);
    const std::string_view department = trim(fields[department_column]);
    if (!is_utf8(matter) || !is_utf8(department)) {
      error(line, {"the matter or department is not UTF-8 text", "事项或部门不是 UTF-8 文字"});
      continue;
    }
    if (matter.empty() || department.empty()) {
      error(line, matter.empty() ? i18n::Text{"the matter is empty", "事项为空"}
                                 : i18n::Text{"the department of the matter '" +
                                                  std::string(matter) + "' is empty",
                                              "事项“" + std::string(matter) + "”的部门为空"});
      continue;
    }
    const auto [it, inserted] = first_line.emplace(std::string(matter), line);
    if (!inserted) {
      error(line, {"the matter '" + std::string(matter) + "' is listed twice (first on line " +
                       std::to_string(it->second) + ")",
                   "事项“" + std::string(matter) + "”列出了两次（首次在第 " +
                       std::to_string(it->second) + " 行）"});
      continue;
    }
    catalogue.entries.push_back({std::string(matter), std::string(department), line32(line)});
  }
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  std::sort(catalogue.entries.begin(), catalogue.entries.end(),
            [](const check::CatalogueEntry& a, const check::CatalogueEntry& b) {
              return a.matter < b.matter;
            });
  return catalogue;
}

}  // namespace seamless::cli
