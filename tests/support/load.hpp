// Test support: loading BPMN text given inline, wrapped in a definitions element with the usual
// namespaces when asked.
#pragma once

#include <memory>
#include <string>

#include "seamless/bpmn/loader.hpp"

namespace seamless::test {

struct Loaded {
  std::shared_ptr<const model::Model> model;
  diag::Diagnostics diagnostics;
  // Text of all diagnostics, one per line, for assertions with Contains().
  std::string messages() const {
    std::string out;
    for (const auto& d : diagnostics.all()) out += diag::format(d) + "\n";
    return out;
  }
};

inline Loaded load_text(const std::string& xml, const std::string& file = "test.bpmn") {
  Loaded result;
  result.model = bpmn::load_bytes(xml, file, result.diagnostics);
  return result;
}

// Wraps `body` in <bpmn:definitions> with bpmn:, bpmndi:, dc:, di:, xsi: and reform: bound.
inline std::string definitions(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:reform="urn:seamless:reform:1" id="defs">
)" + body +
         "\n</bpmn:definitions>\n";
}

}  // namespace seamless::test
