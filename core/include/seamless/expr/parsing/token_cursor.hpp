// A guard parser's view of its tokens: lookahead as far as it needs, taking tokens, expecting
// one, and describing a token for a message. A lexer's error token fails the parse when the
// parser looks at it, so the first error in the text is the first reported.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>

#include "seamless/expr/parsing/failure.hpp"
#include "seamless/expr/syntax.hpp"

namespace seamless::expr::parsing {

// Lexer: a LexerBase with `Token next()`.
template <class Lexer>
class TokenCursor {
 public:
  using Token = typename Lexer::Token;
  using Kind = decltype(Token::kind);

  // `end_name` names the end of the text in messages: "the end of the expression".
  TokenCursor(std::string_view text, i18n::Text end_name)
      : lexer_(text), end_name_(std::move(end_name)) {}

  const Token& peek(std::size_t ahead = 0) {
    while (ahead_.size() <= ahead) ahead_.push_back(lexer_.next());
    const Token& t = ahead_[ahead];
    if (t.kind == Kind::error) fail(t.begin, {t.text, t.text_zh});
    return t;
  }
  Token take() {
    peek();
    previous_ = std::move(ahead_.front());
    has_previous_ = true;
    ahead_.pop_front();
    return previous_;
  }
  bool at(Kind kind, std::size_t ahead = 0) { return peek(ahead).kind == kind; }
  bool at_word(std::string_view word, std::size_t ahead = 0) {
    const Token& t = peek(ahead);
    return t.kind == Kind::name && t.text == word;
  }
  // Takes a token of the kind, or fails with "expected <what> but found ...".
  Token expect(Kind kind, const i18n::Text& what) {
    const Token& t = peek();
    if (t.kind != kind) {
      const i18n::Text found = describe(t);
      fail(t.begin, {"expected " + what.en + " but found " + found.en,
                     "此处应为" + what.zh_or_en() + "，实际为" + found.zh});
    }
    return take();
  }

  // The token for a message: "'and'", "the string \"abc\"", "the end of the expression"; in
  // Chinese "“and”", "字符串 \"abc\"", "表达式末尾".
  i18n::Text describe(const Token& t) const {
    if (t.kind == Kind::end) return {end_name_.en, end_name_.zh_or_en()};
    if (t.kind != Kind::string) return {"'" + t.text + "'", "“" + t.text + "”"};
    const std::string text = t.end - t.begin > 24 ? lexer_.text_of(t.begin, t.begin + 20) + "..."
                                                  : lexer_.text_of(t.begin, t.end);
    return {"the string " + text, "字符串 " + text};
  }
  std::string text_of(const Span& span) const { return lexer_.text_of(span.begin, span.end); }

  // The token taken last, if any.
  const Token& previous() const { return previous_; }
  bool has_previous() const { return has_previous_; }
  // The tokens lexed but not taken, and the lexer (for what the language asks of its text).
  const std::deque<Token>& lookahead() const { return ahead_; }
  Lexer& lexer() { return lexer_; }
  const Lexer& lexer() const { return lexer_; }

 private:
  Lexer lexer_;
  i18n::Text end_name_;
  std::deque<Token> ahead_;
  Token previous_;
  bool has_previous_ = false;
};

}  // namespace seamless::expr::parsing
