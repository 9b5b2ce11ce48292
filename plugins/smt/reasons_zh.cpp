// The case solver's reasons in Chinese (reasons_zh.hpp).
#include "reasons_zh.hpp"

#include <string_view>

namespace seamless::plugins::smt {

namespace {

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.rfind(prefix, 0) == 0;
}

bool ends_with(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The text between `prefix` and `suffix`.
std::string between(const std::string& text, std::string_view prefix, std::string_view suffix) {
  return text.substr(prefix.size(), text.size() - prefix.size() - suffix.size());
}

}  // namespace

std::string reason_zh(const std::string& reason) {
  if (reason.empty()) return "";
  if (starts_with(reason, "timeout after ") && ends_with(reason, " ms"))
    return between(reason, "timeout after ", " ms") + " 毫秒后超时";
  if (starts_with(reason, "more than ") && ends_with(reason, " combinations of guard values"))
    return "条件取值组合超过 " + between(reason, "more than ", " combinations of guard values") +
           " 种";
  if (reason == "no case data satisfies the guard values the run requires")
    return "没有办件数据满足这次运行所需的条件取值";
  if (reason == "no case variables were given (no environment)")
    return "未给出办件变量（没有变量环境）";
  if (starts_with(reason, "internal error: frame ") && ends_with(reason, " does not check"))
    return "内部错误：第 " + between(reason, "internal error: frame ", " does not check") +
           " 段办件数据无法验证";
  if (reason == "internal error: a setter leads to a combination of guard values not found before")
    return "内部错误：某个设定步骤导致了之前未发现的条件取值组合";
  if (reason == "internal error: the solver's witness does not meet the conditions")
    return "内部错误：求解器给出的取值不满足条件";
  if (reason == "the solver gave no answer") return "求解器没有给出答案";
  if (starts_with(reason, "solver error: ")) return "求解器错误：" + reason.substr(14);
  return "求解器无法给出结论：" + reason;
}

}  // namespace seamless::plugins::smt
