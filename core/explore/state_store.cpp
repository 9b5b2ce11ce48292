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

namespace {
constexpr std::uint64_t id_bits = 0xffffffffull;
std::uint64_t tag_of(std::uint64_t hash) {
  return hash & ~id_bits;
}
}  // namespace

std::uint32_t StateStore::find(const Word* s) const {
  const std::uint64_t h = hash(s), tag = tag_of(h);
  for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
    const std::uint64_t slot = table_[i];
    if (slot == 0) return UINT32_MAX;
    const auto id = std::uint32_t((slot & id_bits) - 1);
    if ((slot & ~id_bits) == tag &&
        std::memcmp(state(id), s, std::size_t(words_) * sizeof(Word)) == 0)
      return id;
  }
}

std::uint32_t StateStore::insert(const Word* s, bool& inserted) {
  if ((std::uint64_t(size_) + 1) * 10 > table_.size() * 7) grow();
  const std::uint64_t h = hash(s), tag = tag_of(h);
  std::uint64_t i = h & mask_;
  for (;; i = (i + 1) & mask_) {
    const std::uint64_t slot = table_[i];
    if (slot == 0) break;
    const auto id = std::uint32_t((slot & id_bits) - 1);
    if ((slot & ~id_bits) == tag &&
        std::memcmp(state(id), s, std::size_t(words_) * sizeof(Word)) == 0) {
      inserted = false;
      return id;
    }
  }
  const std::uint32_t id = size_++;
  if ((id >> chunk_bits) >= chunks_.size())
    chunks_.emplace_back(new Word[std::size_t(chunk_mask + 1) * words_]);
  std::memcpy(const_cast<Word*>(state(id)), s, std::size_t(words_) * sizeof(Word));
  table_[i] = tag | (std::uint64_t(id) + 1);
  inserted = true;
  return id;
}

void StateStore::grow() {
  std::vector<std::uint64_t> bigger(table_.size() * 2, 0);
  const std::uint64_t mask = bigger.size() - 1;
  for (std::uint32_t id = 0; id < size_; ++id) {
    const std::uint64_t h = hash(state(id));
    std::uint64_t i = h & mask;
    while (bigger[i] != 0) i = (i + 1) & mask;
    bigger[i] = tag_of(h) | (std::uint64_t(id) + 1);
  }
  table_.swap(bigger);
  mask_ = mask;
}

std::uint64_t StateStore::bytes() const {
  // Pages of a chunk are touched only as states fill it.
  return std::uint64_t(size_) * words_ * sizeof(Word) + table_.size() * sizeof(std::uint64_t);
}

}  // namespace seamless::explore::detail
