// demarche/core/io.h: reading inputs and writing outputs without ever destroying what the
// output path names.
//
//   Status s = WriteOutput(path_from_user, text);   // "-", a file, a link, a FIFO, /dev/null
//   if (!s) { std::cerr << "demarche: " << s.error().message << "\n"; return 1; }
//
//   if (auto s = MakeDirectories("out"); !s) ...;   // refuses "out" if it is a regular file
//   auto bytes = ReadFileBytes("article.txt", 64 << 20);
//
// Every command that writes a file goes through WriteOutput, so "-o PATH" means the same
// everywhere: a file is replaced atomically, while a device, pipe, socket or link given as
// PATH stays what it is.
#ifndef DEMARCHE_CORE_IO_H_
#define DEMARCHE_CORE_IO_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace demarche {

// The bytes of a file ("-": standard input, read to its end). Refuses files above
// `max_bytes` before reading them, with the size, the limit and what to do.
Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes);

// Writes all of `contents` to `path`. What happens depends on what `path` names:
//
//   "-"                       standard output (stdio `stdout`), then flushed.
//   nothing (a new path)      written atomically: a temporary file `PATH.tmp-XXXXXX` in the
//   a regular file            same directory is written, fsynced, given mode 0644 and renamed
//                             over PATH. Readers see the old file or the whole new one, never
//                             a part; on any error (a full disk included) the temporary file
//                             is removed and PATH is untouched. Replacing a file gives it a
//                             new inode: other hard links to the old one keep the old bytes.
//   a symbolic link           followed (chains too, up to 40 links; a relative target is read
//                             against the link's directory) to the path it finally names, and
//                             that path is written as above, its temporary file in the
//                             target's directory. The link stays a link. A dangling link
//                             creates its target (the target's directory must exist).
//   a character or block      opened (O_WRONLY, no O_TRUNC, no O_CREAT) and written in place,
//   device, a FIFO            never renamed over: /dev/null stays /dev/null. Opening a FIFO
//                             waits for a reader, as the shell's `> fifo` does. No atomicity:
//                             an error part-way leaves what was written.
//   a Unix socket             connected to (SOCK_STREAM) and written, then shut down.
//   a directory               an error ("is a directory"); nothing is written.
//
// Errors name the path as given (and the link's target when there was one), the system's
// reason, and what to do: a missing or read-only directory, a full disk (ENOSPC), a link
// loop, a FIFO whose reader went away (EPIPE: only if SIGPIPE is ignored, as cli/main.cc
// does; otherwise the signal ends the process, as for any writer).
//
// The type of PATH is read once, before writing (lstat): if another process swaps PATH for
// something else in between, that new thing is not inspected.
//
// Thread safety: calls for different paths are independent. Concurrent calls for the same
// regular path each write their own temporary file; the last rename wins and the file is
// always one whole output. Concurrent writes to "-" or to a device may interleave.
Status WriteOutput(const std::string& path, std::string_view contents);

// Where a streaming writer puts its bytes, piece by piece (export/rdf.h writes N-Quads and
// Turtle this way, so that no output is ever whole in memory). Write never fails: a sink
// that hits an error remembers it and drops what follows; WriteOutput reports it.
class OutputSink {
 public:
  virtual ~OutputSink() = default;
  virtual void Write(std::string_view bytes) = 0;
};

// A sink that appends to a string (for tests, and for writers asked for a string).
class StringSink : public OutputSink {
 public:
  void Write(std::string_view bytes) override { text.append(bytes); }
  std::string text;
};

// WriteOutput, the contents produced by `produce` as it writes them: the pieces go through a
// 1 MiB buffer straight into the temporary file (or the device, socket, standard output),
// with the same atomicity, links and errors as above. `produce` runs once, on this thread.
Status WriteOutput(const std::string& path, const std::function<void(OutputSink&)>& produce);

// Creates a directory and its parents if missing. A path that exists and is not a directory
// (after following links) is an error that says so and what to do; so is "-". Thread-safe.
Status MakeDirectories(const std::string& path);

}  // namespace demarche

#endif  // DEMARCHE_CORE_IO_H_
