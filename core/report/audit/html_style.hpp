// The stylesheet of the HTML report: screen and print (@media print: one model per page, no
// diagram or table split across pages), fonts from the reader's system with Noto Sans CJK SC
// first among the CJK fonts, nothing loaded from the network.
#pragma once

#include <string_view>

namespace seamless::report::audit {

std::string_view html_style();

}  // namespace seamless::report::audit
