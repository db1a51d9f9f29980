// Putting user text into the printed HTML summary safely: every character that could start
// markup or end an attribute is escaped, so a note can never become a tag or a script.
#pragma once
#include <string>
#include <string_view>

namespace unknot {

inline std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace unknot
