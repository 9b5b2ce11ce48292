// The visited-state set (state_store.hpp).
#include "state_store.hpp"

#include <cstring>

#include <xxhash.h>

namespace seamless::explore::detail {

StateStore::StateStore(std::uint32_t words) : words_(words) {
  table_.assign(1u << 12, 0);
  mask_ = table_.size() - 1;
}

std::uint64_t StateStore::hash(const Word* s) const {
  return XXH3_64bits(s, std::size_t(words_) * sizeof(Word));
}

std::uint32_t StateStore::find(const Word* s) const {
  for (std::uint64_t i = hash(s) & mask_;; i = (i + 1) & mask_) {
    const std::uint32_t slot = table_[i];
    if (slot == 0) return UINT32_MAX;
    if (std::memcmp(state(slot - 1), s, std::size_t(words_) * sizeof(Word)) == 0) return slot - 1;
  }
}

std::uint32_t StateStore::insert(const Word* s, bool& inserted) {
  if ((std::uint64_t(size_) + 1) * 10 > table_.size() * 7) grow();
  std::uint64_t i = hash(s) & mask_;
  for (;; i = (i + 1) & mask_) {
    const std::uint32_t slot = table_[i];
    if (slot == 0) break;
    if (std::memcmp(state(slot - 1), s, std::size_t(words_) * sizeof(Word)) == 0) {
      inserted = false;
      return slot - 1;
    }
  }
  const std::uint32_t id = size_++;
  if ((id >> chunk_bits) >= chunks_.size())
    chunks_.emplace_back(new Word[std::size_t(chunk_mask + 1) * words_]);
  std::memcpy(const_cast<Word*>(state(id)), s, std::size_t(words_) * sizeof(Word));
  table_[i] = id + 1;
  inserted = true;
  return id;
}

void StateStore::grow() {
  std::vector<std::uint32_t> bigger(table_.size() * 2, 0);
  const std::uint64_t mask = bigger.size() - 1;
  for (std::uint32_t id = 0; id < size_; ++id) {
    std::uint64_t i = hash(state(id)) & mask;
    while (bigger[i] != 0) i = (i + 1) & mask;
    bigger[i] = id + 1;
  }
  table_.swap(bigger);
  mask_ = mask;
}

std::uint64_t StateStore::bytes() const {
  // Pages of a chunk are touched only as states fill it.
  return std::uint64_t(size_) * words_ * sizeof(Word) + table_.size() * sizeof(std::uint32_t);
}

}  // namespace seamless::explore::detail
