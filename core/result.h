// demarche/core/result.h: errors as values at library boundaries.
//
//   Result<Document> doc = ReadDocumentFile("a.txt");
//   if (!doc) { std::cerr << doc.error().message << "\n"; return 1; }
//   Use(*doc);
//
// Messages locate and advise: "data/x.tsv:17: expected 7 columns, got 5 (tabs?)".
// Extraction itself never fails; only I/O and parsing of user-supplied files do.
#ifndef DEMARCHE_CORE_RESULT_H_
#define DEMARCHE_CORE_RESULT_H_

#include <string>
#include <utility>
#include <variant>

namespace demarche {

struct Error {
  std::string message;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(v_); }
  const T& value() const { return std::get<T>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<Error>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result of an operation with no value.
struct Ok {};
using Status = Result<Ok>;

}  // namespace demarche

#endif  // DEMARCHE_CORE_RESULT_H_
