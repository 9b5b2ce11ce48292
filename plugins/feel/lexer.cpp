// The FEEL lexer (see lexer.hpp): its rules for the lexemes the languages share, comments, FEEL's
// own punctuation and the errors for characters and operators FEEL does not have.
#include "lexer.hpp"

#include "strings.hpp"

namespace seamless::plugins::feel {
namespace {

bool is_question_mark(char32_t c) {
  return c == U'?';  // FEEL allows '?' in names
}

constexpr expr::parsing::LexicalRules rules{
    .numbers = {.trailing_dot = false},  // `1.` is `1` and a '.'
    .quotes = U"\"",
    .strings = {unterminated_string, read_escape},
    .also_in_names = is_question_mark,
};

}  // namespace

Token Lexer::next() {
  if (std::optional<Token> failure = skip_space_and_comments()) return finish(*failure);
  if (at_end()) return make(TokenKind::end, pos_, pos_);
  if (std::optional<Token> shared = shared_lexeme(pos_, rules)) return finish(*shared);
  return finish(punctuation(pos_));
}

std::optional<Token> Lexer::skip_space_and_comments() {
  for (;;) {
    pos_ = source_.skip_space(pos_);
    if (at(pos_) == '/' && at(pos_ + 1) == '/') {
      while (!at_end() && at(pos_) != '\n') ++pos_;
    } else if (at(pos_) == '/' && at(pos_ + 1) == '*') {
      const std::size_t start = pos_;
      pos_ += 2;
      while (!at_end() && !(at(pos_) == '*' && at(pos_ + 1) == '/')) ++pos_;
      if (at_end())
        return error(start,
                     {"unterminated comment: '/*' without '*/'", "注释没有结束：有“/*”而没有“*/”"});
      pos_ += 2;
    } else {
      return std::nullopt;
    }
  }
}

Token Lexer::punctuation(std::size_t start) {
  const char32_t n = at(start + 1);
  auto token = [&](TokenKind kind, std::size_t length) { return advance(kind, start, length); };
  switch (at(start)) {
    case '.':
      return n == '.' ? token(TokenKind::dotdot, 2) : token(TokenKind::dot, 1);
    case '+':
      return token(TokenKind::plus, 1);
    case '-':
      return token(TokenKind::minus, 1);
    case '*':
      if (n == '*')
        return error(start, {"'**' (exponentiation) is not supported", "不支持“**”（乘方）"});
      return token(TokenKind::star, 1);
    case '=':
      if (n == '=')
        return error(start,
                     {"'==' is not FEEL: compare with '='", "“==”不是 FEEL 写法：请用“=”比较"});
      return token(TokenKind::equal, 1);
    case '!':  // `!=` is common punctuation
      return error(start, {"'!' is not FEEL: negate with not(...)",
                           "“!”不是 FEEL 写法：请用 not(...) 取反"});
    case '&':
      if (n == '&')
        return error(start, {"'&&' is not FEEL: use 'and'", "“&&”不是 FEEL 写法：请用“and”"});
      break;
    case '|':
      if (n == '|')
        return error(start, {"'||' is not FEEL: use 'or'", "“||”不是 FEEL 写法：请用“or”"});
      break;
    case '%':
      return error(start, {"'%' (modulo) is not supported", "不支持“%”（取模）"});
    case '{':
      return error(
          start, {"context literals ('{...}') are not supported", "不支持上下文字面量（“{...}”）"});
    case '@':
      return error(start, {"date/time literals ('@\"...\"') are not supported",
                           "不支持日期时间字面量（“@\"...\"”）"});
    case '`':
      return error(start, {"names in backquotes are not supported", "不支持反引号中的名称"});
    case '?':
      return error(start, {"'?' (the input value of unary tests) is not supported",
                           "不支持“?”（一元测试的输入值）"});
    case '\'':
      return error(start, {"FEEL strings are written in double quotes, not single quotes",
                           "FEEL 字符串用双引号书写，不用单引号"});
    default:
      break;
  }
  return unexpected_character(start);
}

}  // namespace seamless::plugins::feel
