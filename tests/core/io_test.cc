#include "core/io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace demarche {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(WriteFileAtomicallyTest, ReplacesTheWholeFileAndLeavesNoTemporary) {
  fs::path dir = fs::temp_directory_path() / ("demarche-io-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path file = dir / "graph.json";
  ASSERT_TRUE(WriteFileAtomically(file.string(), "old"));
  ASSERT_TRUE(WriteFileAtomically(file.string(), "new contents"));
  EXPECT_EQ(Slurp(file), "new contents");
  int entries = 0;
  for (const auto& e : fs::directory_iterator(dir)) entries += e.is_regular_file();
  EXPECT_EQ(entries, 1);
  fs::remove_all(dir);
}

TEST(WriteFileAtomicallyTest, MissingDirectoryIsAnErrorNamingThePath) {
  auto s = WriteFileAtomically("/nonexistent-demarche/x/graph.json", "x");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("/nonexistent-demarche/x/graph.json"), std::string::npos);
}

}  // namespace
}  // namespace demarche
