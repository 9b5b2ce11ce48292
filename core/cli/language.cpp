// The language of the commands' output and the command line's own errors (language.hpp).
#include "language.hpp"

#include <cstdlib>
#include <iostream>
#include <string_view>

namespace seamless::cli {

i18n::Language language_from_command_line(int argc, const char* const* argv) {
  std::optional<i18n::Language> chosen;
  if (const char* env = std::getenv("SEAMLESS_LANG")) chosen = i18n::parse_language(env);
  std::optional<i18n::Language> given;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) {
      given = i18n::parse_language(argv[++i]);
    } else if (arg.rfind("--lang=", 0) == 0) {
      given = i18n::parse_language(arg.substr(7));
    }
  }
  if (given) return *given;
  return chosen.value_or(i18n::Language::en);
}

void print_error(i18n::Language language, const i18n::Text& message) {
  std::cerr << "seamless: error: " << message.in(language) << '\n';
}

void print_usage_error_zh(const std::string& what) {
  std::cerr << "seamless: error: 命令行有误：" << what
            << "\n用 --help 查看用法（帮助文字为英文）\n";
}

}  // namespace seamless::cli
