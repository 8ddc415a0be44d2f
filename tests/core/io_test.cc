#include "core/io.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <vector>

namespace demarche {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fresh directory per test, removed afterwards.
class WriteOutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = fs::temp_directory_path() / ("demarche-io-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Names in `d` that look like our temporary files.
  static std::vector<std::string> Temporaries(const fs::path& d) {
    std::vector<std::string> found;
    for (const auto& e : fs::directory_iterator(d)) {
      std::string n = e.path().filename().string();
      if (n.find(".tmp-") != std::string::npos) found.push_back(n);
    }
    return found;
  }

  fs::path dir_;
};

// Reads everything written into `fd` (a FIFO or a connected socket, non-blocking) until the
// writer closes it, or gives up after `timeout` without data: a test that cannot hang.
std::string ReadUntilClosed(int fd, std::chrono::milliseconds timeout, bool* timed_out) {
  std::string got;
  char buf[65536];
  *timed_out = false;
  for (;;) {
    pollfd p{fd, POLLIN, 0};
    int r = ::poll(&p, 1, static_cast<int>(timeout.count()));
    if (r == 0) {
      *timed_out = true;
      return got;
    }
    if (r < 0) continue;
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n > 0) got.append(buf, static_cast<std::size_t>(n));
    if (n == 0) return got;
  }
}

std::string Big() {
  std::string s;
  for (int i = 0; s.size() < 1'000'000; ++i) s += "line " + std::to_string(i) + "\n";
  return s;  // larger than a pipe's buffer: the write is done in several parts
}

TEST_F(WriteOutputTest, ReplacesTheWholeFileAndLeavesNoTemporary) {
  fs::path file = dir_ / "graph.json";
  ASSERT_TRUE(WriteOutput(file.string(), "old"));
  ASSERT_TRUE(WriteOutput(file.string(), "new contents"));
  EXPECT_EQ(Slurp(file), "new contents");
  int entries = 0;
  for (const auto& e : fs::directory_iterator(dir_)) entries += e.is_regular_file();
  EXPECT_EQ(entries, 1);
}

// A streamed output: small and large pieces (past the 1 MiB buffer) arrive whole and in
// order, atomically, with no temporary left.
TEST_F(WriteOutputTest, AStreamedOutputIsWrittenWholeAndInOrder) {
  fs::path file = dir_ / "graph.nq";
  ASSERT_TRUE(WriteOutput(file.string(), "old"));
  std::string expected;
  auto produce = [&](OutputSink& sink) {
    for (int i = 0; i < 50000; ++i) {
      std::string line = "<urn:x:" + std::to_string(i) + "> <urn:p> \"o\" .\n";
      sink.Write(line);
      expected += line;
      if (i == 20000) {
        std::string big(3 << 20, 'b');  // larger than the buffer: written through
        sink.Write(big);
        expected += big;
      }
    }
  };
  ASSERT_TRUE(WriteOutput(file.string(), produce));
  EXPECT_EQ(Slurp(file), expected);
  EXPECT_TRUE(Temporaries(dir_).empty());
  StringSink s;
  s.Write("a");
  s.Write("bc");
  EXPECT_EQ(s.text, "abc");
}

TEST(WriteOutputDeviceTest, AFullDeviceIsAnErrorForAStreamToo) {
  struct stat st;
  if (::lstat("/dev/full", &st) != 0 || !S_ISCHR(st.st_mode)) GTEST_SKIP() << "no /dev/full here";
  int pieces = 0;
  auto s = WriteOutput("/dev/full", [&](OutputSink& sink) {
    for (int i = 0; i < 100; ++i, ++pieces) sink.Write(std::string(100000, 'x'));
  });
  ASSERT_FALSE(s);
  EXPECT_EQ(pieces, 100);  // the producer runs to its end; what follows the error is dropped
  EXPECT_NE(s.error().message.find("disk is full"), std::string::npos) << s.error().message;
}

TEST_F(WriteOutputTest, ANewPathBecomesARegularFile) {
  fs::path file = dir_ / "new.jsonl";
  ASSERT_TRUE(WriteOutput(file.string(), "contents\n"));
  EXPECT_TRUE(fs::is_regular_file(fs::symlink_status(file)));
  EXPECT_EQ(Slurp(file), "contents\n");
  EXPECT_TRUE(Temporaries(dir_).empty());
}

TEST(WriteOutputErrorsTest, MissingDirectoryIsAnErrorNamingThePath) {
  auto s = WriteOutput("/nonexistent-demarche/x/graph.json", "x");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("/nonexistent-demarche/x/graph.json"), std::string::npos);
}

TEST_F(WriteOutputTest, MissingDirectoryLeavesNoTemporary) {
  fs::path file = dir_ / "missing" / "graph.json";
  auto s = WriteOutput(file.string(), "x");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find(file.string()), std::string::npos) << s.error().message;
  EXPECT_NE(s.error().message.find("directory exists"), std::string::npos) << s.error().message;
  EXPECT_TRUE(fs::is_empty(dir_));
}

TEST_F(WriteOutputTest, ADirectoryIsRefusedAndKept) {
  fs::create_directory(dir_ / "out");
  auto s = WriteOutput((dir_ / "out").string(), "x");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("is a directory"), std::string::npos) << s.error().message;
  EXPECT_TRUE(fs::is_directory(dir_ / "out"));
  EXPECT_TRUE(Temporaries(dir_).empty());
}

TEST_F(WriteOutputTest, ASymlinkStaysALinkAndItsTargetIsWrittenInItsOwnDirectory) {
  fs::create_directories(dir_ / "a");
  fs::create_directories(dir_ / "b");
  {
    std::ofstream(dir_ / "b" / "target.json") << "old";
  }
  fs::create_symlink("../b/target.json", dir_ / "a" / "link.json");  // relative to the link
  ASSERT_TRUE(WriteOutput((dir_ / "a" / "link.json").string(), "new"));
  EXPECT_TRUE(fs::is_symlink(dir_ / "a" / "link.json"));
  EXPECT_EQ(fs::read_symlink(dir_ / "a" / "link.json"), "../b/target.json");
  EXPECT_EQ(Slurp(dir_ / "b" / "target.json"), "new");
  EXPECT_TRUE(fs::is_regular_file(fs::symlink_status(dir_ / "b" / "target.json")));
  EXPECT_TRUE(Temporaries(dir_ / "a").empty());
  EXPECT_TRUE(Temporaries(dir_ / "b").empty());
}

TEST_F(WriteOutputTest, AChainOfLinksIsFollowedToTheEnd) {
  { std::ofstream(dir_ / "file") << "old"; }
  fs::create_symlink(dir_ / "file", dir_ / "one");  // absolute
  fs::create_symlink("one", dir_ / "two");
  ASSERT_TRUE(WriteOutput((dir_ / "two").string(), "new"));
  EXPECT_TRUE(fs::is_symlink(dir_ / "two"));
  EXPECT_TRUE(fs::is_symlink(dir_ / "one"));
  EXPECT_EQ(Slurp(dir_ / "file"), "new");
}

TEST_F(WriteOutputTest, ADanglingLinkCreatesItsTarget) {
  fs::create_symlink("made.json", dir_ / "link.json");
  ASSERT_TRUE(WriteOutput((dir_ / "link.json").string(), "made"));
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.json"));
  EXPECT_EQ(Slurp(dir_ / "made.json"), "made");
  EXPECT_TRUE(Temporaries(dir_).empty());
}

TEST_F(WriteOutputTest, ADanglingLinkIntoAMissingDirectoryIsAnErrorNamingBoth) {
  fs::create_symlink("nowhere/made.json", dir_ / "link.json");
  auto s = WriteOutput((dir_ / "link.json").string(), "x");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("link.json -> "), std::string::npos) << s.error().message;
  EXPECT_NE(s.error().message.find("nowhere/made.json"), std::string::npos) << s.error().message;
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.json"));
  EXPECT_TRUE(Temporaries(dir_).empty());
}

TEST_F(WriteOutputTest, ALinkLoopIsAnError) {
  fs::create_symlink("b", dir_ / "a");
  fs::create_symlink("a", dir_ / "b");
  auto s = WriteOutput((dir_ / "a").string(), "x");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("loop"), std::string::npos) << s.error().message;
  EXPECT_TRUE(fs::is_symlink(dir_ / "a"));
  EXPECT_TRUE(fs::is_symlink(dir_ / "b"));
}

TEST_F(WriteOutputTest, AFifoIsWrittenAndStaysAFifo) {
  fs::path fifo = dir_ / "fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
  // Open the reading end first, without blocking, so that the writer finds a reader.
  int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(fd, 0) << std::strerror(errno);
  const std::string text = Big();
  auto writer = std::async(std::launch::async, [&] { return WriteOutput(fifo.string(), text); });
  bool timed_out = false;
  std::string got = ReadUntilClosed(fd, std::chrono::seconds(10), &timed_out);
  ::close(fd);
  Status s = writer.get();
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_FALSE(timed_out) << "nothing arrived through the FIFO";
  EXPECT_EQ(got.size(), text.size());
  EXPECT_TRUE(got == text);
  EXPECT_TRUE(fs::is_fifo(fs::symlink_status(fifo)));
  EXPECT_TRUE(Temporaries(dir_).empty());
}

TEST_F(WriteOutputTest, ALinkToAFifoWritesTheFifo) {
  fs::path fifo = dir_ / "fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
  fs::create_symlink("fifo", dir_ / "link");
  int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(fd, 0) << std::strerror(errno);
  auto writer = std::async(std::launch::async, [&] { return WriteOutput((dir_ / "link").string(), "through"); });
  bool timed_out = false;
  std::string got = ReadUntilClosed(fd, std::chrono::seconds(10), &timed_out);
  ::close(fd);
  ASSERT_TRUE(writer.get());
  EXPECT_EQ(got, "through");
  EXPECT_TRUE(fs::is_symlink(dir_ / "link"));
  EXPECT_TRUE(fs::is_fifo(fs::symlink_status(fifo)));
}

TEST_F(WriteOutputTest, AUnixSocketIsWrittenAndStaysASocket) {
  fs::path sock = dir_ / "sock";
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (sock.string().size() >= sizeof addr.sun_path) GTEST_SKIP() << "temporary directory path too long";
  std::strcpy(addr.sun_path, sock.c_str());
  int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(listener, 0);
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0) << std::strerror(errno);
  ASSERT_EQ(::listen(listener, 1), 0);
  const std::string text = Big();
  auto writer = std::async(std::launch::async, [&] { return WriteOutput(sock.string(), text); });
  pollfd p{listener, POLLIN, 0};
  std::string got;
  bool timed_out = true;
  if (::poll(&p, 1, 10000) == 1) {
    int conn = ::accept(listener, nullptr, nullptr);
    ASSERT_GE(conn, 0);
    got = ReadUntilClosed(conn, std::chrono::seconds(10), &timed_out);
    ::close(conn);
  }
  ::close(listener);
  Status s = writer.get();
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_FALSE(timed_out) << "nobody connected to the socket";
  EXPECT_TRUE(got == text);
  EXPECT_TRUE(fs::is_socket(fs::symlink_status(sock)));
}

TEST(WriteOutputDeviceTest, DevNullStaysACharacterDevice) {
  struct stat before;
  if (::lstat("/dev/null", &before) != 0 || !S_ISCHR(before.st_mode)) GTEST_SKIP() << "no /dev/null here";
  ASSERT_TRUE(WriteOutput("/dev/null", "discarded"));
  struct stat after;
  ASSERT_EQ(::lstat("/dev/null", &after), 0);
  EXPECT_TRUE(S_ISCHR(after.st_mode));
  EXPECT_EQ(after.st_rdev, before.st_rdev);
  EXPECT_EQ(after.st_ino, before.st_ino);
}

TEST(WriteOutputDeviceTest, AFullDeviceIsAnErrorAndStaysADevice) {
  struct stat st;
  if (::lstat("/dev/full", &st) != 0 || !S_ISCHR(st.st_mode)) GTEST_SKIP() << "no /dev/full here";
  auto s = WriteOutput("/dev/full", "x");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("/dev/full: write failed"), std::string::npos) << s.error().message;
  EXPECT_NE(s.error().message.find("disk is full"), std::string::npos) << s.error().message;
  ASSERT_EQ(::lstat("/dev/full", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST_F(WriteOutputTest, DashIsStandardOutput) {
  fs::path captured = dir_ / "stdout";
  fs::path cwd = fs::current_path();
  fs::current_path(dir_);  // so that a file called "-" would be made where we look
  std::fflush(stdout);
  int saved = ::dup(STDOUT_FILENO);
  int fd = ::open(captured.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ASSERT_GE(fd, 0);
  ::dup2(fd, STDOUT_FILENO);
  ::close(fd);
  Status s = WriteOutput("-", "to standard output\n");
  std::fflush(stdout);
  ::dup2(saved, STDOUT_FILENO);
  ::close(saved);
  fs::current_path(cwd);
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(Slurp(captured), "to standard output\n");
  EXPECT_FALSE(fs::exists(dir_ / "-"));
}

TEST_F(WriteOutputTest, MakeDirectoriesRefusesAFileWithAnAdvice) {
  { std::ofstream(dir_ / "file") << "keep"; }
  auto s = MakeDirectories((dir_ / "file").string());
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("exists and is not a directory"), std::string::npos) << s.error().message;
  EXPECT_NE(s.error().message.find("give a directory"), std::string::npos) << s.error().message;
  EXPECT_EQ(Slurp(dir_ / "file"), "keep");
  fs::create_directory(dir_ / "real");
  fs::create_directory_symlink("real", dir_ / "dirlink");
  EXPECT_TRUE(MakeDirectories((dir_ / "dirlink").string()));  // a link to a directory is one
  EXPECT_TRUE(MakeDirectories((dir_ / "new" / "sub").string()));
  EXPECT_TRUE(fs::is_directory(dir_ / "new" / "sub"));
}

}  // namespace
}  // namespace demarche
