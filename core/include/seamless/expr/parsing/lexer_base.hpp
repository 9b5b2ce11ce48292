// What every guard-language lexer shares: the decoded text and the position in it, making tokens
// (columns from character indices, the text as written) and error tokens, and the lexemes the
// languages write alike (numbers, strings, names, common punctuation) by the language's rules.
// A language's lexer derives from it and adds what it skips and its own punctuation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "seamless/expr/characters.hpp"
#include "seamless/expr/parsing/lexical_rules.hpp"
#include "seamless/expr/parsing/punctuation.hpp"
#include "seamless/expr/parsing/source.hpp"
#include "seamless/expr/parsing/token.hpp"

namespace seamless::expr::parsing {

template <PunctuationKinds Kind>
class LexerBase {
 public:
  using Token = parsing::Token<Kind>;

  // The text of columns [begin, end), for messages.
  std::string text_of(std::uint32_t begin, std::uint32_t end) const {
    return source_.text_of(begin, end);
  }

 protected:
  explicit LexerBase(std::string_view text) : source_(text) {}

  char32_t at(std::size_t i) const { return source_.at(i); }
  bool at_end() const { return pos_ >= source_.size(); }

  // The token of the characters [begin, end); the position does not move.
  Token make(Kind kind, std::size_t begin, std::size_t end) const {
    Token t;
    t.kind = kind;
    t.begin = static_cast<std::uint32_t>(begin + 1);
    t.end = static_cast<std::uint32_t>(end + 1);
    if (end > begin) t.text = source_.text_of(t.begin, t.end);
    return t;
  }
  // The token of `length` characters from `start`; the position moves past it.
  Token advance(Kind kind, std::size_t start, std::size_t length) {
    pos_ = start + length;
    return make(kind, start, pos_);
  }
  Token error(std::size_t index, i18n::Text message) const {
    Token t;
    t.kind = Kind::error;
    t.begin = static_cast<std::uint32_t>(index + 1);
    t.end = t.begin + 1;
    t.text = std::move(message.en);
    t.text_zh = std::move(message.zh);
    return t;
  }
  Token error(const LexError& e) const { return error(e.index, e.message); }
  // Hands out a token; after an error nothing more is lexed (so it is the first error reported).
  Token finish(Token t) {
    if (t.kind == Kind::error) pos_ = source_.size();
    return t;
  }
  // The character at i, which is no punctuation of the language: "unexpected character '#'".
  Token unexpected_character(std::size_t i) const {
    const i18n::Text what = source_.describe_text(i);
    return error(i, {"unexpected character " + what.en, "意外的字符" + what.zh});
  }

  // The lexeme at `start` if the languages share it: an invalid byte (an error), a number, a
  // string, a name, or common punctuation (see punctuation.hpp); else nothing.
  std::optional<Token> shared_lexeme(std::size_t start, const LexicalRules& rules) {
    const char32_t c = at(start);
    if (!source_.valid_at(start)) {
      const i18n::Text what = source_.describe_text(start);
      return error(start, {"unexpected " + what.en, "意外的" + what.zh});
    }
    if (starts_number(source_, start)) return number(start, rules.numbers);
    if (rules.quotes.find(c) != std::u32string_view::npos) return string(start, rules.strings);
    if (text::is_name_start(c)) return name(start, rules.also_in_names);
    if (const auto p = common_punctuation<Kind>(source_, start)) {
      return advance(p->kind, start, p->length);
    }
    return std::nullopt;
  }

  Source source_;
  std::size_t pos_ = 0;

 private:
  Token number(std::size_t start, const NumberRules& rules) {
    const ScannedNumber n = scan_number(source_, start, rules);
    if (n.error) return error(*n.error);
    return advance(n.decimal ? Kind::decimal : Kind::integer, start, n.end - start);
  }
  Token string(std::size_t start, const StringRules& rules) {
    ScannedString s = scan_string(source_, start, rules);
    if (s.error) return error(*s.error);
    Token t = advance(Kind::string, start, s.end - start);
    t.text = std::move(s.value);
    return t;
  }
  Token name(std::size_t start, bool (*also)(char32_t)) {
    std::size_t i = start + 1;
    while (source_.valid_at(i) && (text::is_name_part(at(i)) || (also && also(at(i))))) ++i;
    return advance(Kind::name, start, i - start);
  }
};

}  // namespace seamless::expr::parsing
