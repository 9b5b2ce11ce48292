// The JUEL lexer (see lexer.hpp): its rules for the lexemes the languages share (strings in either
// quote with JUEL's escapes), `${`, the EL operators (also those the parser rejects: `?`, `=`,
// `+=`, `;`, `->`), and errors for characters JUEL does not have.
#include "lexer.hpp"

#include <string>

namespace seamless::plugins::juel {
namespace {

using expr::parsing::Escape;
using expr::parsing::Source;

// JUEL strings escape only the backslash and their own quote.
Escape escape(const Source& source, std::size_t i, char32_t quote, std::string& value) {
  const char32_t e = source.at(i + 1);
  if (e != '\\' && e != quote) {
    const std::string written = source.slice(i, i + 2);
    return {0,
            i18n::Text{"invalid escape '" + written +
                           "' in a string: JUEL strings escape only \\\\ and their own quote",
                       "字符串中的转义“" + written + "”无效：JUEL 字符串只转义 \\\\ 和自身的引号"}};
  }
  value += static_cast<char>(e);
  return {2, std::nullopt};
}

i18n::Text unterminated(char32_t quote) {
  const std::string q = quote == '"' ? "\"" : "'";
  return {"unterminated string: " + q + " without its closing " + q,
          "字符串没有结束：“" + q + "”缺少与之配对的“" + q + "”"};
}

constexpr expr::parsing::LexicalRules rules{
    .numbers = {.trailing_dot = true},  // `1.` as in EL
    .quotes = U"\"'",
    .strings = {unterminated, escape},
};

}  // namespace

std::optional<std::uint32_t> Lexer::next_visible_column() {
  pos_ = source_.skip_space(pos_);
  if (at_end()) return std::nullopt;
  return static_cast<std::uint32_t>(pos_ + 1);
}

bool Lexer::contains_eval() const {
  for (std::size_t i = 0; i + 1 < source_.size(); ++i)
    if (eval_at(i)) return true;
  return false;
}

Token Lexer::next() {
  pos_ = source_.skip_space(pos_);
  if (at_end()) return make(TokenKind::end, pos_, pos_);
  if (eval_at(pos_)) return advance(TokenKind::open_eval, pos_, 2);  // before names: `$` is one
  if (std::optional<Token> shared = shared_lexeme(pos_, rules)) return finish(*shared);
  return finish(punctuation(pos_));
}

Token Lexer::punctuation(std::size_t start) {
  const char32_t n = at(start + 1);
  auto token = [&](TokenKind kind, std::size_t length) { return advance(kind, start, length); };
  switch (at(start)) {
    case '{':
      return token(TokenKind::lbrace, 1);
    case '}':
      return token(TokenKind::rbrace, 1);
    case '.':
      return token(TokenKind::dot, 1);
    case '?':
      return token(TokenKind::question, 1);
    case ':':
      return token(TokenKind::colon, 1);
    case ';':
      return token(TokenKind::semicolon, 1);
    case '+':
      return n == '=' ? token(TokenKind::plus_assign, 2) : token(TokenKind::plus, 1);
    case '-':
      return n == '>' ? token(TokenKind::arrow, 2) : token(TokenKind::minus, 1);
    case '*':
      return token(TokenKind::star, 1);
    case '%':
      return token(TokenKind::percent, 1);
    case '=':
      return n == '=' ? token(TokenKind::equal, 2) : token(TokenKind::assign, 1);
    case '!':  // `!=` is common punctuation
      return token(TokenKind::bang, 1);
    case '&':
      if (n == '&') return token(TokenKind::and_and, 2);
      return error(start,
                   {"'&' is not an operator: use '&&' or 'and'", "“&”不是运算符：请用“&&”或“and”"});
    case '|':
      if (n == '|') return token(TokenKind::or_or, 2);
      return error(start,
                   {"'|' is not an operator: use '||' or 'or'", "“|”不是运算符：请用“||”或“or”"});
    default:
      break;
  }
  return unexpected_character(start);
}

}  // namespace seamless::plugins::juel
