// Replay's per-case evaluation: the guard atoms of the presence Net as functions of a case's
// variable slots (JIT batch functions, or the reference interpreter), and the table from the atoms'
// truth values to the data cell a case starts in.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "seamless/analysis/data_setup.hpp"
#include "seamless/diag/diagnostics.hpp"
#include "seamless/expr/interpreter.hpp"
#include "seamless/plugin/host.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::cli {

// The guard atoms as functions of their process's slots.
class Atoms {
 public:
  explicit Atoms(const semantics::Net& net) : net_(net) {}
  bool compile_jit(plugin::Host& host, diag::Diagnostics& diagnostics, std::string& error) {
    if (net_.atoms.empty()) return true;
    if (!host.load_on_demand("jit", diagnostics) || !host.registry().guard_compiler()) {
      error = "the jit backend is not available (plugin 'jit'); use --backend interp";
      return false;
    }
    std::vector<const expr::Expr*> exprs;
    for (const semantics::Atom& a : net_.atoms) exprs.push_back(a.expr);
    compiled_ = host.registry().guard_compiler()->compile(exprs, error);
    return compiled_ != nullptr;
  }
  // Bit a of keys[r] is set when atom a holds for row r (slots of its process at rows[p] +
  // r * width[p]).
  void evaluate(const std::vector<std::vector<std::int64_t>>& rows,
                const std::vector<std::size_t>& width, std::size_t count,
                std::vector<std::uint64_t>& keys) const {
    keys.assign(count, 0);
    for (std::uint32_t a = 0; a < net_.atoms.size(); ++a) {
      const model::Index p = net_.atoms[a].process;
      const std::int64_t* base = rows[p].data();
      const std::size_t w = width[p];
      const std::uint64_t bit = std::uint64_t{1} << a;
      if (compiled_) {
        compiled_->batch_function(a)(base, w, count, bit, keys.data());
      } else {
        const expr::Expr& e = *net_.atoms[a].expr;
        for (std::size_t r = 0; r < count; ++r)
          if (expr::evaluate_truth(e, base + r * w) == expr::Truth::true_) keys[r] |= bit;
      }
    }
  }

 private:
  const semantics::Net& net_;
  std::unique_ptr<plugin::CompiledGuards> compiled_;
};

// Atom truth values -> cell.
class CellTable {
 public:
  explicit CellTable(const analysis::DataSetup& data) {
    const std::uint32_t atoms = data.cells.atom_count();
    dense_ = atoms <= 20;
    if (dense_) table_.assign(std::size_t{1} << atoms, -1);
    for (std::uint32_t c = 0; c < data.cells.cell_count(); ++c) {
      std::uint64_t key = 0;
      for (std::uint32_t a = 0; a < atoms; ++a)
        if (data.cells.holds(c, a)) key |= std::uint64_t{1} << a;
      if (dense_) {
        table_[key] = std::int32_t(c);
      } else {
        map_.emplace(key, c);
      }
    }
  }
  std::int64_t find(std::uint64_t key) const {
    if (dense_) return table_[key];
    const auto it = map_.find(key);
    return it == map_.end() ? -1 : std::int64_t(it->second);
  }

 private:
  bool dense_ = true;
  std::vector<std::int32_t> table_;
  std::unordered_map<std::uint64_t, std::uint32_t> map_;
};

}  // namespace seamless::cli
