// Loading BPMN 2.0 files into the Model (tinyxml2 underneath).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "seamless/diag/diagnostics.hpp"
#include "seamless/model/model.hpp"

namespace seamless::bpmn {

// Reads and loads one file. Returns nullptr when nothing usable could be read (unreadable file,
// unsupported encoding, malformed XML, not a BPMN document); then `diagnostics` has an error.
// Otherwise returns the Model, possibly with error diagnostics (duplicate ids, dangling
// references) that make the Model unfit for analysis: check `diagnostics.has_errors()`.
std::shared_ptr<const model::Model> load_file(const std::string& path,
                                              diag::Diagnostics& diagnostics);

// The same for bytes already in memory; `file` is the name used in diagnostics and the Model.
std::shared_ptr<const model::Model> load_bytes(std::string_view bytes, const std::string& file,
                                               diag::Diagnostics& diagnostics);

}  // namespace seamless::bpmn
