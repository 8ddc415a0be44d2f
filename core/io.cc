#include "core/io.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

namespace demarche {

namespace {

// The system's words for `err`; unlike strerror, safe from several threads at once.
std::string Reason(int err) { return std::system_category().message(err); }

// Writes all of `contents` to `fd`, retrying short writes and EINTR. 0 or the errno. A socket
// is written with send(MSG_NOSIGNAL): a reader that went away is EPIPE, not a signal.
int WriteAll(int fd, std::string_view contents, bool socket = false) {
  const char* p = contents.data();
  std::size_t left = contents.size();
  while (left > 0) {
    ssize_t n = socket ? ::send(fd, p, left, MSG_NOSIGNAL) : ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return 0;
}

std::string WriteFailed(const std::string& name, int err) {
  return name + ": write failed: " + Reason(err) +
         (err == ENOSPC  ? " (the disk is full: free space and run again)"
          : err == EPIPE ? " (the reader went away)"
                         : "");
}

using Producer = std::function<void(OutputSink&)>;

// Buffers what a producer writes and drains it through `drain` (0 or an errno); after the
// first error, drops the rest and keeps the errno.
class BufferedSink : public OutputSink {
 public:
  explicit BufferedSink(std::function<int(std::string_view)> drain) : drain_(std::move(drain)) {
    buf_.reserve(kSize);
  }
  void Write(std::string_view bytes) override {
    if (err_) return;
    if (buf_.size() + bytes.size() > kSize) {
      Flush();
      if (err_) return;
      if (bytes.size() >= kSize) {
        err_ = drain_(bytes);
        return;
      }
    }
    buf_.append(bytes);
  }
  // Drains the buffer; 0 or the first errno.
  int Finish() {
    Flush();
    return err_;
  }

 private:
  static constexpr std::size_t kSize = 1 << 20;
  void Flush() {
    if (!err_ && !buf_.empty()) err_ = drain_(buf_);
    buf_.clear();
  }
  std::function<int(std::string_view)> drain_;
  std::string buf_;
  int err_ = 0;
};

// Runs `produce` into `fd` through a buffer: 0 or the errno.
int ProduceInto(int fd, const Producer& produce) {
  BufferedSink sink([fd](std::string_view b) { return WriteAll(fd, b); });
  produce(sink);
  return sink.Finish();
}

// `path` is a regular file or does not exist: temporary file beside it, then rename.
// `name` is how errors refer to it (the path the user gave, and the link's target).
Status WriteRegularAtomically(const std::string& path, const std::string& name, const Producer& produce) {
  std::string tmp = path + ".tmp-XXXXXX";
  int fd = mkstemp(tmp.data());
  if (fd < 0) {
    return Error{name + ": cannot create a file there: " + Reason(errno) +
                 " (check that the directory exists and is writable)"};
  }
  auto fail = [&](std::string message) {
    ::close(fd);
    std::remove(tmp.c_str());
    return Error{std::move(message)};
  };
  if (int err = ProduceInto(fd, produce)) return fail(WriteFailed(name, err));
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) return fail(name + ": cannot flush: " + Reason(errno));
  if (::close(fd) != 0) {
    int err = errno;
    std::remove(tmp.c_str());
    return Error{name + ": close failed: " + Reason(err)};
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    std::remove(tmp.c_str());
    return Error{name + ": cannot rename into place: " + Reason(err)};
  }
  return Ok{};
}

// A device or FIFO: written where it is, never replaced.
Status WriteInPlace(const std::string& path, const std::string& name, const Producer& produce) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return Error{name + ": cannot open for writing: " + Reason(errno) + " (check its permissions)"};
  if (int err = ProduceInto(fd, produce)) {
    ::close(fd);
    return Error{WriteFailed(name, err)};
  }
  if (::close(fd) != 0) return Error{name + ": close failed: " + Reason(errno)};
  return Ok{};
}

// A Unix socket: connect and send.
Status WriteToSocket(const std::string& path, const std::string& name, const Producer& produce) {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path.size() >= sizeof addr.sun_path) {
    return Error{name + ": the socket's path is longer than " + std::to_string(sizeof addr.sun_path - 1) +
                 " bytes (give a shorter path to it)"};
  }
  std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
  int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return Error{name + ": cannot make a socket: " + Reason(errno)};
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
    int err = errno;
    ::close(fd);
    return Error{name + ": cannot connect to the socket: " + Reason(err) +
                 (err == EPROTOTYPE ? " (it is not a stream socket)" : " (is anything listening?)")};
  }
  BufferedSink sink([fd](std::string_view contents) { return WriteAll(fd, contents, /*socket=*/true); });
  produce(sink);
  if (int err = sink.Finish()) {
    ::close(fd);
    return Error{WriteFailed(name, err)};
  }
  ::shutdown(fd, SHUT_WR);
  if (::close(fd) != 0) return Error{name + ": close failed: " + Reason(errno)};
  return Ok{};
}

Status WriteStandardOutput(const Producer& produce) {
  BufferedSink sink([](std::string_view b) {
    return std::fwrite(b.data(), 1, b.size(), stdout) == b.size() ? 0 : (errno ? errno : EIO);
  });
  produce(sink);
  int err = sink.Finish();
  if (!err && std::fflush(stdout) != 0) err = errno ? errno : EIO;
  if (err) {
    return Error{"cannot write to standard output: " + Reason(err) +
                 (err == ENOSPC ? " (the disk is full: free space and run again)" : "")};
  }
  return Ok{};
}

constexpr int kMaxLinks = 40;  // Linux's own limit when it follows links (ELOOP)

}  // namespace

Status WriteOutput(const std::string& path, std::string_view contents) {
  return WriteOutput(path, [contents](OutputSink& sink) { sink.Write(contents); });
}

Status WriteOutput(const std::string& path, const Producer& contents) {
  if (path == "-") return WriteStandardOutput(contents);
  if (path.empty()) return Error{"an empty output path (give a file, or - for standard output)"};
  // Follow links ourselves, so that a dangling one names the file to create and the
  // temporary file goes beside the target, not beside the link.
  std::string target = path;
  std::string name = path;
  struct stat st;
  for (int links = 0;; ++links) {
    if (::lstat(target.c_str(), &st) != 0) {
      if (errno == ENOENT) return WriteRegularAtomically(target, name, contents);
      return Error{name + ": cannot inspect: " + Reason(errno) + " (check the path and its permissions)"};
    }
    if (!S_ISLNK(st.st_mode)) break;
    if (links == kMaxLinks) {
      return Error{path + ": more than " + std::to_string(kMaxLinks) + " symbolic links (a loop?): fix the link"};
    }
    std::string link(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : 255) + 1, '\0');
    ssize_t n;
    while ((n = ::readlink(target.c_str(), link.data(), link.size())) >= static_cast<ssize_t>(link.size())) {
      link.resize(link.size() * 2);  // the link changed size since lstat
    }
    if (n < 0) return Error{name + ": cannot read the link: " + Reason(errno)};
    link.resize(static_cast<std::size_t>(n));
    if (link.empty()) return Error{name + ": an empty symbolic link (fix the link)"};
    std::filesystem::path next(link);
    if (next.is_relative()) next = std::filesystem::path(target).parent_path() / next;
    target = next.string();
    name = path + " -> " + target;
  }
  if (S_ISREG(st.st_mode)) return WriteRegularAtomically(target, name, contents);
  if (S_ISDIR(st.st_mode)) return Error{name + ": is a directory (give a file name)"};
  if (S_ISSOCK(st.st_mode)) return WriteToSocket(target, name, contents);
  return WriteInPlace(target, name, contents);  // character or block device, FIFO
}

Status MakeDirectories(const std::string& path) {
  if (path == "-") {
    return Error{"-: standard output cannot hold a directory of files (give a directory)"};
  }
  std::error_code ec;
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_directory(path, ec)) {
    return Error{path + ": exists and is not a directory (give a directory, or move the file away)"};
  }
  std::filesystem::create_directories(path, ec);
  if (ec) return Error{path + ": cannot create directory: " + ec.message()};
  if (!std::filesystem::is_directory(path, ec)) return Error{path + ": not a directory"};
  return Ok{};
}

Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes) {
  std::string bytes;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    bytes = ss.str();
    if (bytes.size() > max_bytes) {
      return Error{"<stdin>: more than " + std::to_string(max_bytes) + " bytes (raise the limit with --max-bytes)"};
    }
    return bytes;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open: " + std::strerror(errno) + " (check the path)"};
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Error{path + ": cannot read (is it a directory?)"};
  if (static_cast<std::size_t>(size) > max_bytes) {
    return Error{path + ": " + std::to_string(size) + " bytes is larger than the limit of " + std::to_string(max_bytes) +
                 " bytes (raise it with --max-bytes, or split the file)"};
  }
  in.seekg(0);
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{path + ": read error"};
  return bytes;
}

}  // namespace demarche
