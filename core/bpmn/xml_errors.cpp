// Human-readable messages for tinyxml2 parse errors (see xml_errors.hpp).
#include "xml_errors.hpp"

namespace seamless::bpmn {
namespace {

i18n::Text explain(tinyxml2::XMLError error) {
  using namespace tinyxml2;
  switch (error) {
    case XML_ERROR_PARSING_ELEMENT:
      return {"cannot parse an element", "无法解析元素"};
    case XML_ERROR_PARSING_ATTRIBUTE:
      return {"cannot parse an attribute (missing quotes or '=', or a repeated attribute)",
              "无法解析属性（缺少引号或“=”，或属性重复）"};
    case XML_ERROR_PARSING_TEXT:
      return {"cannot parse text content", "无法解析文本内容"};
    case XML_ERROR_PARSING_CDATA:
      return {"cannot parse a CDATA section", "无法解析 CDATA 段"};
    case XML_ERROR_PARSING_COMMENT:
      return {"unterminated comment", "注释没有结束"};
    case XML_ERROR_PARSING_DECLARATION:
      return {"cannot parse the XML declaration", "无法解析 XML 声明"};
    case XML_ERROR_PARSING_UNKNOWN:
      return {"cannot parse a markup declaration", "无法解析标记声明"};
    case XML_ERROR_EMPTY_DOCUMENT:
      return {"the file contains no XML element", "文件中没有 XML 元素"};
    case XML_ERROR_MISMATCHED_ELEMENT:
      return {"an end tag does not match the element it closes", "结束标签与其关闭的元素不匹配"};
    case XML_ELEMENT_DEPTH_EXCEEDED:
      return {"elements are nested too deeply", "元素嵌套过深"};
    default:
      return {"parse error", "解析错误"};
  }
}

}  // namespace

i18n::Text describe_xml_error(const tinyxml2::XMLDocument& document) {
  const i18n::Text what = explain(document.ErrorID());
  i18n::Text message{"malformed XML: " + what.en, "XML 格式错误：" + what.zh};
  // tinyxml2's own text ends with details such as "XMLElement name=bpmn:task".
  const std::string raw = document.ErrorStr() ? document.ErrorStr() : "";
  if (auto at = raw.find("name="); at != std::string::npos) {
    message.en += " (element '" + raw.substr(at + 5) + "')";
    message.zh += "（元素“" + raw.substr(at + 5) + "”）";
  }
  return message;
}

}  // namespace seamless::bpmn
