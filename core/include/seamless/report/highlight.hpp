// What a finding marks in the model's diagram: the elements of its counterexample run, the
// sequence and message flows between consecutive steps, the seam, and (for findings without a
// run) the element the finding is about. The HTML report draws it; --annotate colours it.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "seamless/check/check.hpp"
#include "seamless/model/model.hpp"

namespace seamless::report {

struct Highlight {
  std::set<std::string, std::less<>> path;     // step nodes and the flows between them
  std::set<std::string, std::less<>> seam;     // seam elements (documents as their references)
  std::set<std::string, std::less<>> subject;  // the finding's element when it has no run
  std::map<std::string, std::vector<std::size_t>, std::less<>> steps;  // id -> 1-based numbers

  bool empty() const { return path.empty() && seam.empty() && subject.empty(); }
  // Adds another highlight's elements (step numbers are not merged: they belong to one run).
  void merge(const Highlight& other);
};

Highlight highlight_of(const model::Model& model, const check::Finding& finding);

// The ids a marked element is drawn as: itself; for a document (a data object or store) the
// references to it that the diagram shows; for a process, its pool.
std::vector<std::string> drawn_ids(const model::Model& model, const std::string& id);

}  // namespace seamless::report
