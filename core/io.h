// demarche/core/io.h: writing output files atomically.
//
//   Status s = WriteFileAtomically("out/graph.json", text);
//   if (!s) std::cerr << s.error().message << "\n";
//
// Writes to a temporary file in the same directory, flushes, then renames it over the
// target: readers see the old file or the whole new one, never a partial file. On any error
// the temporary file is removed and the target is untouched.
#ifndef DEMARCHE_CORE_IO_H_
#define DEMARCHE_CORE_IO_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace demarche {

// The bytes of a file ("-": standard input, read to its end). Refuses files above
// `max_bytes` before reading them, with the size, the limit and what to do.
Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes);

Status WriteFileAtomically(const std::string& path, std::string_view contents);

// Creates a directory and its parents if missing.
Status MakeDirectories(const std::string& path);

}  // namespace demarche

#endif  // DEMARCHE_CORE_IO_H_
