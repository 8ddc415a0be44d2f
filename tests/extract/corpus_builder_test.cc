#include "extract/corpus_builder.h"

#include <gtest/gtest.h>

#include "tests/extract/test_resources.h"

#include "export/apoc.h"

namespace demarche {
namespace {

class CorpusBuilderTest : public ::testing::Test {
 protected:

  static KnowledgeGraph Build(const std::vector<std::string>& inputs, unsigned jobs, std::size_t batch) {
    auto reader = CorpusReader::Open(inputs, CorpusOptions{"2021-03-01"});
    EXPECT_TRUE(reader);
    Extractor extractor(TestResources());
    auto g = CorpusBuilder(extractor, BuildOptions{jobs, batch}).Build(*reader, nullptr);
    EXPECT_TRUE(g);
    return g ? std::move(*g) : KnowledgeGraph();
  }
  static std::string Dir() { return std::string(DEMARCHE_TEST_DIR) + "/data/corpus"; }
  static std::string Sample() { return std::string(DEMARCHE_DATA_DIR) + "/samples/geneva-2022.txt"; }
};

TEST_F(CorpusBuilderTest, SameGraphForAnyNumberOfJobsAndBatchSize) {
  std::string one = WriteApocJsonLines(Build({Dir(), Sample()}, 1, 256));
  EXPECT_EQ(one, WriteApocJsonLines(Build({Dir(), Sample()}, 2, 1)));
  EXPECT_EQ(one, WriteApocJsonLines(Build({Dir(), Sample()}, 4, 2)));
  EXPECT_NE(one.find("Busan"), std::string::npos);
}

TEST_F(CorpusBuilderTest, GraphsBuiltApartMergeToTheGraphBuiltTogether) {
  KnowledgeGraph a = Build({Dir()}, 2, 3);
  KnowledgeGraph b = Build({Sample()}, 1, 3);
  a.Merge(b);
  EXPECT_EQ(WriteApocJsonLines(a), WriteApocJsonLines(Build({Dir(), Sample()}, 2, 3)));
}

TEST_F(CorpusBuilderTest, ReportsProgressAndCounts) {
  auto reader = CorpusReader::Open({Dir()}, CorpusOptions{"2021-03-01"});
  ASSERT_TRUE(reader);
  Extractor extractor(TestResources());
  int calls = 0;
  BuildProgress last;
  auto g = CorpusBuilder(extractor, BuildOptions{2, 2}).Build(*reader, [&](const BuildProgress& p) {
    ++calls;
    last = p;
  });
  ASSERT_TRUE(g);
  EXPECT_GE(calls, 2);
  EXPECT_TRUE(last.done);
  EXPECT_EQ(last.documents, 5u);
  EXPECT_GE(last.sentences, 8u);
  EXPECT_EQ(last.input_bytes, reader->bytes_read());
}

}  // namespace
}  // namespace demarche
