// How records cross between C++ and the page's storage script in one buffer:
//   count (u32 LE), then per record: key length (u32 LE), key (UTF-8), blob length (u32 LE), blob.
// web/src/storage_bridge.js writes and reads the same layout.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/flow/action.h"

namespace unknot::platform {

inline void put_u32(std::string& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

inline std::string pack_records(const std::vector<StoredRecord>& records) {
  std::string out;
  put_u32(out, static_cast<std::uint32_t>(records.size()));
  for (const StoredRecord& r : records) {
    put_u32(out, static_cast<std::uint32_t>(r.key.size()));
    out += r.key;
    put_u32(out, static_cast<std::uint32_t>(r.blob.size()));
    out += r.blob;
  }
  return out;
}

// Stops at the first inconsistency (the buffer comes from our own script, so that is a bug).
inline std::vector<StoredRecord> unpack_records(std::string_view in) {
  std::size_t at = 0;
  auto u32 = [&](std::uint32_t& value) {
    if (in.size() - at < 4) return false;
    value = 0;
    for (int i = 0; i < 4; ++i)
      value |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
    at += 4;
    return true;
  };
  auto bytes = [&](std::string& into) {
    std::uint32_t size = 0;
    if (!u32(size) || in.size() - at < size) return false;
    into.assign(in.substr(at, size));
    at += size;
    return true;
  };
  std::vector<StoredRecord> records;
  std::uint32_t count = 0;
  if (!u32(count)) return records;
  for (std::uint32_t i = 0; i < count; ++i) {
    StoredRecord r;
    if (!bytes(r.key) || !bytes(r.blob)) break;
    records.push_back(std::move(r));
  }
  return records;
}

}  // namespace unknot::platform
