// Cells of guard atoms for exploration (data_setup.hpp).
#include "seamless/analysis/data_setup.hpp"

namespace seamless::analysis {

using semantics::none;

DataSetup set_up_data(const semantics::Net& net, const guards::ModelGuards* guards,
                      const explore::CaseSolver* solver, unsigned timeout_ms) {
  DataSetup setup;
  const std::size_t processes = net.model->processes.size();
  setup.process_atoms.resize(processes);
  for (std::uint32_t a = 0; a < net.atoms.size(); ++a)
    setup.process_atoms[net.atoms[a].process].push_back(a);
  if (net.atoms.empty()) {
    setup.digits.push_back(std::vector<std::uint32_t>(processes, 0));
    return setup;
  }
  if (solver == nullptr || guards == nullptr) {
    setup.ok = false;
    setup.reason = {"the guards need the case solver (plugin 'smt'), which is not available",
                    "条件需要办件数据求解器（插件“smt”），但它不可用"};
    return setup;
  }
  // Per process with atoms: its cells and, per setter of that process, the successors.
  struct Local {
    model::Index process;
    explore::CellsAnswer answer;
    std::vector<std::uint32_t> setters;  // Net setter indices, in query order
  };
  std::vector<Local> locals;
  std::uint64_t product = 1;
  for (model::Index p = 0; p < processes; ++p) {
    if (setup.process_atoms[p].empty()) continue;
    explore::CellsQuery query;
    query.environment = &guards->processes[p].environment;
    for (std::uint32_t a : setup.process_atoms[p]) query.atoms.push_back(net.atoms[a].expr);
    Local local{p, {}, {}};
    for (std::uint32_t s = 0; s < net.setters.size(); ++s)
      if (net.setters[s].process == p) {
        local.setters.push_back(s);
        query.setters.push_back(net.setters[s].slots);
      }
    query.timeout_ms = timeout_ms;
    local.answer = solver->cells(query);
    if (!local.answer.complete) {
      setup.ok = false;
      const explore::CellsAnswer& a = local.answer;
      setup.reason = {
          "the combinations of guard values could not be computed: " + a.reason,
          "无法算出条件取值的组合：" + i18n::pick(i18n::Language::zh, a.reason, a.reason_zh)};
      return setup;
    }
    product *= std::max<std::size_t>(1, local.answer.cells.size());
    if (local.answer.cells.empty()) product = 0;
    if (product > 65536) {
      setup.ok = false;
      setup.reason = {"more than 65536 combinations of guard values (try --abstract-guards)",
                      "条件取值组合超过 65536 种（可试用 --abstract-guards）"};
      return setup;
    }
    locals.push_back(std::move(local));
  }
  const auto count = static_cast<std::uint32_t>(product);
  setup.cells = explore::DataCells(static_cast<std::uint32_t>(net.atoms.size()), count);
  setup.digits.assign(count, std::vector<std::uint32_t>(processes, 0));
  for (std::uint32_t c = 0; c < count; ++c) {
    std::uint32_t rest = c;
    for (const Local& local : locals) {
      const auto n = static_cast<std::uint32_t>(local.answer.cells.size());
      const std::uint32_t digit = rest % n;
      rest /= n;
      setup.digits[c][local.process] = digit;
      const auto& atoms = setup.process_atoms[local.process];
      for (std::size_t i = 0; i < atoms.size(); ++i)
        setup.cells.set(c, atoms[i], local.answer.cells[digit].truth[i]);
    }
  }
  // Setter successors: change only the setter's process digit.
  setup.cells.successors.assign(net.setters.size(), {});
  for (const Local& local : locals) {
    std::uint32_t radix = 1;
    for (const Local& other : locals) {
      if (&other == &local) break;
      radix *= static_cast<std::uint32_t>(other.answer.cells.size());
    }
    for (std::size_t i = 0; i < local.setters.size(); ++i) {
      auto& table = setup.cells.successors[local.setters[i]];
      table.assign(count, {});
      for (std::uint32_t c = 0; c < count; ++c) {
        const std::uint32_t digit = setup.digits[c][local.process];
        for (std::uint32_t d : local.answer.successors[i][digit])
          table[c].push_back(c - digit * radix + d * radix);
      }
    }
  }
  // Setters of processes without atoms keep the cell (no entry needed): make them identity.
  for (std::uint32_t s = 0; s < net.setters.size(); ++s)
    if (setup.cells.successors[s].empty()) {
      setup.cells.successors[s].resize(count);
      for (std::uint32_t c = 0; c < count; ++c) setup.cells.successors[s][c] = {c};
    }
  return setup;
}

}  // namespace seamless::analysis
