// A value or a human-readable error: how runtime failures travel in Unknot.
// Errors are values, never exceptions, so a failure can't escape a boundary by accident.
#pragma once
#include <optional>
#include <string>
#include <utility>

namespace unknot {

template <class T>
class Result {
 public:
  static Result ok(T value) { return Result(std::move(value), {}); }
  static Result fail(std::string error) { return Result(std::nullopt, std::move(error)); }

  bool has_value() const noexcept { return value_.has_value(); }
  explicit operator bool() const noexcept { return has_value(); }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  const std::string& error() const noexcept { return error_; }

 private:
  Result(std::optional<T> value, std::string error) : value_(std::move(value)), error_(std::move(error)) {}
  std::optional<T> value_;
  std::string error_;
};

}  // namespace unknot
