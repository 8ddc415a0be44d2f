#include "core/io.h"

#include <fcntl.h>
#include <sys/stat.h>
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

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  std::string tmp = path + ".tmp-XXXXXX";
  int fd = mkstemp(tmp.data());
  if (fd < 0) {
    return Error{path + ": cannot create a file there: " + std::strerror(errno) +
                 " (check that the directory exists and is writable)"};
  }
  const char* p = contents.data();
  std::size_t left = contents.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      std::remove(tmp.c_str());
      return Error{path + ": write failed: " + std::strerror(err) +
                   (err == ENOSPC ? " (the disk is full: free space and run again)" : "")};
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    std::remove(tmp.c_str());
    return Error{path + ": cannot flush: " + std::strerror(err)};
  }
  if (::close(fd) != 0) {
    int err = errno;
    std::remove(tmp.c_str());
    return Error{path + ": close failed: " + std::strerror(err)};
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    std::remove(tmp.c_str());
    return Error{path + ": cannot rename into place: " + std::strerror(err)};
  }
  return Ok{};
}

Status MakeDirectories(const std::string& path) {
  std::error_code ec;
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
