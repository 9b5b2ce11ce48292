// The start-tag scanner (xml_tags.hpp): skips the prolog, comments, CDATA, processing
// instructions and DOCTYPE; tracks namespace declarations per element.
#include "xml_tags.hpp"

#include <cstdint>

#include "seamless/expr/characters.hpp"

namespace seamless::report::xml {
namespace {

constexpr std::string_view xmlns_uri = "http://www.w3.org/2000/xmlns/";
constexpr std::string_view xml_uri = "http://www.w3.org/XML/1998/namespace";

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool ends_name(char c) {
  return is_space(c) || c == '=' || c == '>' || c == '/';
}

// Attribute value text with the predefined and numeric character references decoded.
std::string decode(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    const auto semi = raw.find(';', i);
    if (semi == std::string_view::npos) {
      out += raw.substr(i);
      break;
    }
    const std::string_view ref = raw.substr(i + 1, semi - i - 1);
    if (ref == "amp")
      out += '&';
    else if (ref == "lt")
      out += '<';
    else if (ref == "gt")
      out += '>';
    else if (ref == "quot")
      out += '"';
    else if (ref == "apos")
      out += '\'';
    else if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::uint32_t code = 0;
      bool ok = ref.size() > (hex ? 2u : 1u);
      for (std::size_t k = hex ? 2 : 1; k < ref.size() && ok; ++k) {
        const char c = ref[k];
        std::uint32_t digit;
        if (c >= '0' && c <= '9')
          digit = static_cast<std::uint32_t>(c - '0');
        else if (hex && c >= 'a' && c <= 'f')
          digit = static_cast<std::uint32_t>(c - 'a' + 10);
        else if (hex && c >= 'A' && c <= 'F')
          digit = static_cast<std::uint32_t>(c - 'A' + 10);
        else {
          ok = false;
          break;
        }
        code = code * (hex ? 16 : 10) + digit;
        if (code > 0x10FFFF) ok = false;
      }
      if (ok)
        expr::text::append_utf8(out, code);
      else
        out += raw.substr(i, semi - i + 1);
    } else {
      out += raw.substr(i, semi - i + 1);
    }
    i = semi;
  }
  return out;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  Scan run() {
    Scan scan;
    while (error_.empty()) {
      const auto lt = text_.find('<', pos_);
      if (lt == std::string_view::npos) break;
      pos_ = lt;
      const std::string_view rest = text_.substr(pos_);
      if (rest.substr(0, 4) == "<!--")
        skip_past("-->");
      else if (rest.substr(0, 9) == "<![CDATA[")
        skip_past("]]>");
      else if (rest.substr(0, 2) == "<?")
        skip_past("?>");
      else if (rest.substr(0, 2) == "<!")
        skip_declaration();
      else if (rest.substr(0, 2) == "</")
        end_tag();
      else
        start_tag(scan);
    }
    if (error_.empty() && !open_.empty())
      error_ = {"element '" + open_.back() + "' is not closed",
                "元素“" + open_.back() + "”没有结束标签"};
    if (error_.empty() && scan.tags.empty()) error_ = {"no element found", "找不到任何元素"};
    scan.error = error_;
    return scan;
  }

 private:
  void fail(const i18n::Text& message) {
    if (!error_.empty()) return;
    const std::string at = std::to_string(pos_);
    error_ = {message.en + " (byte " + at + ")", message.zh_or_en() + "（第 " + at + " 字节）"};
  }

  void skip_past(std::string_view terminator) {
    const auto end = text_.find(terminator, pos_ + 2);
    if (end == std::string_view::npos) return fail({"unterminated markup", "标记没有结束"});
    pos_ = end + terminator.size();
  }

  void skip_declaration() {  // <!DOCTYPE ... [ ... ]>
    int brackets = 0;
    for (std::size_t i = pos_ + 2; i < text_.size(); ++i) {
      const char c = text_[i];
      if (c == '[')
        ++brackets;
      else if (c == ']')
        --brackets;
      else if (c == '>' && brackets <= 0) {
        pos_ = i + 1;
        return;
      }
    }
    fail({"unterminated declaration", "声明没有结束"});
  }

  std::string name_at(std::size_t& i) const {
    const std::size_t start = i;
    while (i < text_.size() && !ends_name(text_[i])) ++i;
    return std::string(text_.substr(start, i - start));
  }

  void skip_spaces(std::size_t& i) const {
    while (i < text_.size() && is_space(text_[i])) ++i;
  }

  void end_tag() {
    std::size_t i = pos_ + 2;
    const std::string name = name_at(i);
    const auto gt = text_.find('>', i);
    if (gt == std::string_view::npos) return fail({"unterminated end tag", "结束标签没有结束"});
    if (open_.empty() || open_.back() != name)
      return fail({"unexpected end tag '" + name + "'", "意外的结束标签“" + name + "”"});
    open_.pop_back();
    scopes_.resize(scope_marks_.back());
    scope_marks_.pop_back();
    pos_ = gt + 1;
  }

  std::string resolve(std::string_view prefix, bool element) const {
    if (prefix == "xml") return std::string(xml_uri);
    if (prefix == "xmlns") return std::string(xmlns_uri);
    if (prefix.empty() && !element) return "";
    for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it)
      if (it->first == prefix) return it->second;
    return prefix.empty() ? "" : "\x01unbound";
  }

  void start_tag(Scan& scan) {
    std::size_t i = pos_ + 1;
    const std::string qname = name_at(i);
    if (qname.empty()) return fail({"malformed start tag", "开始标签格式错误"});
    StartTag tag;
    tag.depth = open_.size();
    tag.attributes_end = i;
    std::vector<std::string> qnames;
    while (true) {
      skip_spaces(i);
      if (i >= text_.size()) return fail({"unterminated start tag", "开始标签没有结束"});
      if (text_[i] == '>' || text_.substr(i, 2) == "/>") break;
      const std::string aname = name_at(i);
      skip_spaces(i);
      if (aname.empty() || i >= text_.size() || text_[i] != '=')
        return fail({"malformed attribute in '" + qname + "'", "“" + qname + "”中的属性格式错误"});
      ++i;
      skip_spaces(i);
      if (i >= text_.size() || (text_[i] != '"' && text_[i] != '\''))
        return fail(
            {"unquoted attribute value in '" + qname + "'", "“" + qname + "”中的属性值没有引号"});
      const char quote = text_[i];
      const auto close = text_.find(quote, i + 1);
      if (close == std::string_view::npos)
        return fail({"unterminated attribute value", "属性值没有结束"});
      Attribute a;
      a.qname = aname;
      a.value_begin = i + 1;
      a.value_end = close;
      a.value = decode(text_.substr(i + 1, close - i - 1));
      i = close + 1;
      tag.attributes_end = i;
      tag.attributes.push_back(std::move(a));
    }
    const bool self_closing = text_[i] == '/';
    pos_ = i + (self_closing ? 2 : 1);
    // Declarations first: they apply to the element's own name and attributes.
    scope_marks_.push_back(scopes_.size());
    for (const Attribute& a : tag.attributes) {
      if (a.qname == "xmlns")
        tag.declarations.push_back({"", a.value});
      else if (a.qname.rfind("xmlns:", 0) == 0)
        tag.declarations.push_back({a.qname.substr(6), a.value});
    }
    scopes_.insert(scopes_.end(), tag.declarations.begin(), tag.declarations.end());
    auto split = [&](const std::string& q, bool element, std::string& uri, std::string& local) {
      const auto colon = q.find(':');
      const std::string prefix = colon == std::string::npos ? "" : q.substr(0, colon);
      local = colon == std::string::npos ? q : q.substr(colon + 1);
      uri = resolve(prefix, element);
      if (uri == "\x01unbound")
        fail({"unbound namespace prefix '" + prefix + "'", "未声明的命名空间前缀“" + prefix + "”"});
    };
    split(qname, true, tag.uri, tag.local);
    for (Attribute& a : tag.attributes) {
      if (a.qname == "xmlns" || a.qname.rfind("xmlns:", 0) == 0) continue;
      split(a.qname, false, a.uri, a.local);
    }
    scan.tags.push_back(std::move(tag));
    if (self_closing) {
      scopes_.resize(scope_marks_.back());
      scope_marks_.pop_back();
    } else {
      open_.push_back(qname);
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  i18n::Text error_;
  std::vector<std::string> open_;
  std::vector<std::pair<std::string, std::string>> scopes_;
  std::vector<std::size_t> scope_marks_;
};

}  // namespace

const Attribute* StartTag::find(std::string_view in_uri, std::string_view in_local) const {
  for (const Attribute& a : attributes)
    if (a.uri == in_uri && a.local == in_local) return &a;
  return nullptr;
}

Scan scan_tags(std::string_view text) {
  return Scanner(text).run();
}

}  // namespace seamless::report::xml
