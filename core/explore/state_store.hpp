// The set of visited states: fixed-width states stored in chunks (addresses never move, no
// allocation per state), found through an open-addressing hash table (linear probing, xxHash3
// of the state's words) whose slots hold a state id and 32 more bits of its hash, so a probe
// reads the state itself (mostly a cache miss) only when those bits match. Ids are dense in
// insertion order, so the store doubles as the breadth-first queue.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "compiled_net.hpp"

namespace seamless::explore::detail {

class StateStore {
 public:
  explicit StateStore(std::uint32_t words);

  std::uint32_t size() const { return size_; }
  const Word* state(std::uint32_t id) const {
    return chunks_[id >> chunk_bits].get() + std::size_t(id & chunk_mask) * words_;
  }
  // The id of `s`, inserting it when new (`inserted` says which).
  std::uint32_t insert(const Word* s, bool& inserted);
  // The id of `s`, or UINT32_MAX when absent.
  std::uint32_t find(const Word* s) const;
  std::uint64_t bytes() const;

 private:
  static constexpr std::uint32_t chunk_bits = 16;
  static constexpr std::uint32_t chunk_mask = (1u << chunk_bits) - 1;
  std::uint64_t hash(const Word* s) const;
  void grow();

  std::uint32_t words_;
  std::uint32_t size_ = 0;
  std::vector<std::unique_ptr<Word[]>> chunks_;
  // (high 32 bits of the hash) << 32 | (id + 1); 0 is empty.
  std::vector<std::uint64_t> table_;
  std::uint64_t mask_ = 0;
};

}  // namespace seamless::explore::detail
