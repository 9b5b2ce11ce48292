// The data part of a state: which cell (combination of guard-atom truth values) the case is in.
// A model without guards has one cell in which no atom exists. Cells of several processes
// combine as a product (their variables are separate).
#pragma once

#include <cstdint>
#include <vector>

namespace seamless::explore {

class DataCells {
 public:
  // One cell, no atoms.
  DataCells() = default;
  DataCells(std::uint32_t atoms, std::uint32_t cells) : atoms_(atoms), cells_(cells) {
    words_ = (atoms + 63) / 64;
    truth_.assign(std::size_t{words_} * cells, 0);
  }

  std::uint32_t atom_count() const { return atoms_; }
  std::uint32_t cell_count() const { return cells_; }
  bool holds(std::uint32_t cell, std::uint32_t atom) const {
    return (truth_[std::size_t{cell} * words_ + atom / 64] >> (atom % 64)) & 1u;
  }
  void set(std::uint32_t cell, std::uint32_t atom, bool value) {
    std::uint64_t& w = truth_[std::size_t{cell} * words_ + atom / 64];
    const std::uint64_t bit = std::uint64_t{1} << (atom % 64);
    w = value ? (w | bit) : (w & ~bit);
  }

  // setter -> cell -> cells the data may be in after the setter's step (ascending). A setter
  // without an entry leaves the cell unchanged.
  std::vector<std::vector<std::vector<std::uint32_t>>> successors;

  // The cells a run may start in (all of them, unless restricted).
  std::vector<std::uint32_t> initial;

 private:
  std::uint32_t atoms_ = 0;
  std::uint32_t cells_ = 1;
  std::uint32_t words_ = 0;
  std::vector<std::uint64_t> truth_;
};

}  // namespace seamless::explore
