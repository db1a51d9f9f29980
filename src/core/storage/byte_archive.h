// A cereal archive over plain bytes: it writes into a std::string and reads from a
// std::string_view. The bytes are exactly those of cereal's PortableBinary archive writing
// little-endian (a leading 1, then each value's bytes, least significant first), so every
// stored record and golden fixture reads as before. Why not PortableBinary itself: it works on
// std::ostream / std::istream, and iostreams bring the C++ locale machinery into the wasm,
// 16 KB of brotli loaded before the first frame for nothing the app shows.
#pragma once

#include <cereal/cereal.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

// Values are copied in the machine's byte order: every platform this builds for (wasm, x86-64,
// arm64) is little-endian, as the stored format is.
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the stored record format is little-endian; this platform is not"
#endif

namespace unknot {

class ByteOutputArchive : public cereal::OutputArchive<ByteOutputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit ByteOutputArchive(std::string& out) : OutputArchive(this), out_(out) {
    out_.push_back('\x01');  // PortableBinary's byte-order mark: little-endian
  }
  void save_bytes(const void* data, std::size_t size) { out_.append(static_cast<const char*>(data), size); }

 private:
  std::string& out_;
};

// Reading past the end, or a byte-order mark other than little-endian, marks the archive
// failed: the value reads as zero and so does everything after. The record codec then refuses
// the record as malformed (it marks failures of its own the same way). Nothing throws, so the
// wasm carries no exception support.
class ByteInputArchive : public cereal::InputArchive<ByteInputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit ByteInputArchive(std::string_view in) : InputArchive(this), in_(in) {
    std::uint8_t little_endian = 0;
    load_bytes(&little_endian, 1);
    if (little_endian != 1) fail();
  }
  void load_bytes(void* data, std::size_t size) {
    if (failed_ || size > in_.size()) {
      fail();
      std::memset(data, 0, size);
      return;
    }
    std::memcpy(data, in_.data(), size);
    in_.remove_prefix(size);
  }
  void fail() noexcept { failed_ = true; }
  bool failed() const noexcept { return failed_; }
  bool at_end() const noexcept { return in_.empty(); }

 private:
  std::string_view in_;
  bool failed_ = false;
};

// What cereal needs to know of an archive: how it saves and loads numbers, raw bytes, size tags
// and named values (the names are dropped, as in every binary archive).
template <class T>
std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_SAVE_FUNCTION_NAME(ByteOutputArchive& ar, const T& value) {
  ar.save_bytes(&value, sizeof value);
}
template <class T>
std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_LOAD_FUNCTION_NAME(ByteInputArchive& ar, T& value) {
  ar.load_bytes(&value, sizeof value);
}
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(ByteOutputArchive& ar, const cereal::BinaryData<T>& bytes) {
  ar.save_bytes(bytes.data, static_cast<std::size_t>(bytes.size));
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(ByteInputArchive& ar, cereal::BinaryData<T>& bytes) {
  ar.load_bytes(bytes.data, static_cast<std::size_t>(bytes.size));
}
template <class Archive, class T>
CEREAL_ARCHIVE_RESTRICT(ByteInputArchive, ByteOutputArchive)
CEREAL_SERIALIZE_FUNCTION_NAME(Archive& ar, cereal::SizeTag<T>& tag) {
  ar(tag.size);
}
template <class Archive, class T>
CEREAL_ARCHIVE_RESTRICT(ByteInputArchive, ByteOutputArchive)
CEREAL_SERIALIZE_FUNCTION_NAME(Archive& ar, cereal::NameValuePair<T>& named) {
  ar(named.value);
}

}  // namespace unknot

CEREAL_REGISTER_ARCHIVE(unknot::ByteOutputArchive)
CEREAL_REGISTER_ARCHIVE(unknot::ByteInputArchive)
CEREAL_SETUP_ARCHIVE_TRAITS(unknot::ByteInputArchive, unknot::ByteOutputArchive)
