// CRC-32 (IEEE 802.3, the one zlib and PNG use) over bytes: the stored blobs' checksum.
// Written here because no zlib is available to the wasm build without a network download.
#pragma once
#include <cstdint>
#include <string_view>

namespace unknot {

std::uint32_t crc32(std::string_view bytes) noexcept;

}  // namespace unknot
