// The sample's graph (tests/golden/geneva-2022.jsonl, read line by line against the article),
// for unit tests that ask questions of it or export it. A read failure fails the calling test
// and gives an empty graph.
#ifndef DEMARCHE_TESTS_GOLDEN_SAMPLE_H_
#define DEMARCHE_TESTS_GOLDEN_SAMPLE_H_

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "export/apoc.h"

namespace demarche {

inline KnowledgeGraph GoldenSample() {
  std::ifstream in(std::string(DEMARCHE_TEST_DIR) + "/golden/geneva-2022.jsonl");
  std::stringstream ss;
  ss << in.rdbuf();
  auto g = ReadApocJsonLines(ss.str(), "geneva-2022.jsonl");
  EXPECT_TRUE(g.ok()) << (g ? "" : g.error().message);
  return g ? std::move(*g) : KnowledgeGraph();
}

}  // namespace demarche

#endif  // DEMARCHE_TESTS_GOLDEN_SAMPLE_H_
