// A model's path as a URI reference, as SARIF's `artifactLocation.uri` wants it: a relative
// path stays relative to the working directory (without a leading "./"), an absolute one becomes
// a `file:` URI, and every byte outside the unreserved characters and '/' is percent-encoded
// (Chinese names too), so any path gives a valid URI.
#pragma once

#include <string>
#include <string_view>

namespace seamless::report {

std::string artifact_uri(std::string_view path);

}  // namespace seamless::report
