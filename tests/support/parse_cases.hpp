// Test helper: tables of guards with the tree each must give, or the error (column and message),
// checked against one guard language's parse function.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <initializer_list>

#include "seamless/expr/syntax.hpp"
#include "support/chinese_text.hpp"
#include "support/parse_function.hpp"
#include "support/print_tree.hpp"

namespace seamless::test {

struct TreeCase {
  const char* text;
  const char* tree;  // as `parsed` prints it
};

struct ErrorCase {
  const char* text;
  std::uint32_t column;
  const char* message;
};

// Checks tables of guards and the trees they give: `check_all({{"=a", "a"}, ...})`.
class TreeChecks {
 public:
  explicit TreeChecks(ParseFunction parse) : parse_(parse) {}
  void operator()(std::initializer_list<TreeCase> cases) const {
    for (const TreeCase& c : cases) {
      INFO(c.text);
      CHECK(parsed(parse_(c.text)) == c.tree);
    }
  }

 private:
  ParseFunction parse_;
};

// Checks tables of guards and the errors they give: `check_all({{"=", 2, "the ..."}, ...})`.
class ErrorChecks {
 public:
  explicit ErrorChecks(ParseFunction parse) : parse_(parse) {}
  void operator()(std::initializer_list<ErrorCase> cases) const {
    for (const ErrorCase& c : cases) {
      INFO(c.text);
      const expr::ParseResult r = parse_(c.text);
      REQUIRE_FALSE(r.tree);
      REQUIRE(r.error);
      CHECK(r.error->message == c.message);
      CHECK(r.error->column == c.column);
      INFO(r.error->message_zh);
      CHECK(has_chinese(r.error->message_zh));  // every message has its Chinese text
    }
  }

 private:
  ParseFunction parse_;
};

}  // namespace seamless::test
