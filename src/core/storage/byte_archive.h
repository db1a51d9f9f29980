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

// Reading past the end throws cereal::Exception, like cereal's own archives: the record codec
// catches it and reports the record as malformed.
class ByteInputArchive : public cereal::InputArchive<ByteInputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit ByteInputArchive(std::string_view in) : InputArchive(this), in_(in) {
    std::uint8_t little_endian = 0;
    load_bytes(&little_endian, 1);
    if (little_endian != 1) throw cereal::Exception("the record is not little-endian");
  }
  void load_bytes(void* data, std::size_t size) {
    if (size > in_.size()) throw cereal::Exception("the record ends early");
    std::memcpy(data, in_.data(), size);
    in_.remove_prefix(size);
  }
  bool at_end() const noexcept { return in_.empty(); }

 private:
  std::string_view in_;
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
