// The language of what the commands print (`--lang en|zh`, else the SEAMLESS_LANG environment
// variable, else English), and the command line's own error messages in it.
#pragma once

#include <string>

#include "seamless/i18n/text.hpp"

namespace seamless::cli {

// The language the command line asks for, read before (or without) CLI11: the last `--lang X`
// or `--lang=X`, else SEAMLESS_LANG; English when neither names a known language. Used for the
// messages about a command line that does not parse.
i18n::Language language_from_command_line(int argc, const char* const* argv);

// "seamless: error: MESSAGE" on standard error, the message in `language` (the word `error`
// stays English in every language, as in diagnostics).
void print_error(i18n::Language language, const i18n::Text& message);

// A command line that does not parse, as CLI11 describes it (`what`), in Chinese.
void print_usage_error_zh(const std::string& what);

}  // namespace seamless::cli
