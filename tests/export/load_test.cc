// Reading our own exports back: lossless on the sample and on a graph whose text carries
// everything that needs escaping; clear refusals of what is not ours or is broken.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "export/apoc.h"
#include "export/jsonld.h"
#include "export/load.h"

namespace demarche {
namespace {

std::string Golden() {
  std::ifstream in(std::string(DEMARCHE_TEST_DIR) + "/golden/geneva-2022.jsonl");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Names and quotes with quotes, backslashes, markup, controls and non-ASCII text; one edge
// without evidence; a node with none.
KnowledgeGraph Awkward() {
  KnowledgeGraph g;
  Evidence ev{.doc_id = "doc \"1\"/ä",
              .sentence = 2,
              .begin = 11,
              .end = 17,
              .char_begin = 10,
              .char_end = 16,
              .sentence_begin = 4,
              .quote = "Genève \"talks\" <b>&\\ \n\x01 end",
              .rule = "test",
              .date = "2022-01-09"};
  g.AddNode(Node{StateKey("RUS"), NodeType::kState, "Russia", {{"iso3", "RUS"}}, {ev}});
  g.AddNode(Node{"demand:rus:x", NodeType::kDemand, "refusal \"to\" <east> & \\", {{"maker", "state:RUS"}}, {ev}});
  g.AddNode(Node{"org:a b", NodeType::kOrganization, "Odd key", {}, {}});
  g.AddEdge(StateKey("RUS"), Relation::kDemands, "demand:rus:x", ev);
  g.AddEdge("demand:rus:x", Relation::kDemandsOf, "org:a b", std::vector<Evidence>{});
  return g;
}

// What `demarche build` streams into graph.jsonl: the same bytes as the string, in pieces of
// whole lines (a graph of a few hundred KiB, so that the writer's buffer fills many times).
TEST(LoadTest, ApocLinesStreamInPiecesOfWholeLines) {
  KnowledgeGraph g;
  for (int i = 0; i < 2000; ++i) {
    Evidence ev{.doc_id = "doc" + std::to_string(i),
                .sentence = 1,
                .begin = 0,
                .end = 6,
                .char_begin = 0,
                .char_end = 6,
                .sentence_begin = 0,
                .quote = "Russia demanded \"guarantees\" again, sentence " + std::to_string(i) + std::string(80, 'x'),
                .rule = "test",
                .date = "2022-01-09"};
    g.AddNode(Node{"person:p" + std::to_string(i), NodeType::kPerson, "P " + std::to_string(i), {}, {ev}});
  }
  struct Pieces : OutputSink {
    void Write(std::string_view bytes) override { pieces.emplace_back(bytes); }
    std::vector<std::string> pieces;
  } sink;
  WriteApocJsonLines(g, sink);
  ASSERT_GT(sink.pieces.size(), 2u);
  std::string joined;
  std::size_t lines = 0;
  for (const auto& p : sink.pieces) {
    ASSERT_FALSE(p.empty());
    EXPECT_EQ(p.back(), '\n');
    joined += p;
  }
  for (char c : joined) lines += c == '\n';
  EXPECT_EQ(lines, 2000u);
  EXPECT_EQ(joined, WriteApocJsonLines(g));
  auto back = ReadApocJsonLines(joined, "streamed");
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(WriteApocJsonLines(*back), joined);
}

TEST(LoadTest, ApocLinesRoundTripByteForByte) {
  std::string text = Golden();
  ASSERT_FALSE(text.empty());
  auto g = ReadApocJsonLines(text, "golden");
  ASSERT_TRUE(g.ok()) << g.error().message;
  EXPECT_EQ(WriteApocJsonLines(*g), text);
  std::string awkward = WriteApocJsonLines(Awkward());
  auto back = ReadApocJsonLines(awkward, "awkward");
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(WriteApocJsonLines(*back), awkward);
  EXPECT_TRUE(back->HasEdge("demand:rus:x", Relation::kDemandsOf, "org:a b"));
}

TEST(LoadTest, JsonLdRoundTripsAndAgreesWithTheLines) {
  auto golden = ReadApocJsonLines(Golden(), "golden");
  ASSERT_TRUE(golden.ok());
  KnowledgeGraph awkward = Awkward();
  for (const KnowledgeGraph* graph : {&*golden, &awkward}) {
    std::string jsonld = WriteJsonLd(*graph);
    auto back = ReadJsonLd(jsonld, "x.jsonld");
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(WriteJsonLd(*back), jsonld);
    EXPECT_EQ(WriteApocJsonLines(*back), WriteApocJsonLines(*graph));
  }
}

// Two versions of one document merged: the same (document, sentence) with another quote,
// sentence start and date. The sentence resource keeps the first; the annotations of the
// others say their own, so the JSON-LD stays lossless.
TEST(LoadTest, JsonLdKeepsEvidenceThatDisagreesWithItsSentence) {
  KnowledgeGraph g = Awkward();
  Evidence other = g.node(*g.Find(StateKey("RUS"))).evidence[0];
  other.quote = "xx" + other.quote.str();
  other.sentence_begin -= 2;
  other.rule = "other";
  other.date = "";
  g.AddNode(Node{StateKey("RUS"), NodeType::kState, "Russia", {{"iso3", "RUS"}}, {other}});
  std::string jsonld = WriteJsonLd(g);
  EXPECT_NE(jsonld.find("\"sentenceText\":"), std::string::npos) << jsonld;
  EXPECT_NE(jsonld.find("\"sentenceByteStart\":"), std::string::npos);
  EXPECT_NE(jsonld.find("\"documentDate\":"), std::string::npos);
  auto back = ReadJsonLd(jsonld, "x.jsonld");
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(WriteJsonLd(*back), jsonld);
  EXPECT_EQ(WriteApocJsonLines(*back), WriteApocJsonLines(g));
  // An annotation whose sentence is missing is refused, naming it.
  const std::string sentence = "\"@type\":\"dm:Sentence\"";
  std::size_t at = jsonld.find(sentence);
  ASSERT_NE(at, std::string::npos);
  auto bad = ReadJsonLd(jsonld.replace(at, sentence.size(), "\"@type\":\"dm:Sentencf\""), "y.jsonld");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("is no dm:Sentence of the graph"), std::string::npos) << bad.error().message;
  // A file of the older form (target objects with selectors) says what to do.
  auto old = ReadJsonLd(
      "{\"@context\":{\"dm\":\"urn:demarche:vocab:\"},\"@graph\":[{\"@id\":\"urn:demarche:state:RUS\","
      "\"@type\":\"schema:Country\",\"key\":\"state:RUS\",\"wasDerivedFrom\":[{\"@type\":\"oa:Annotation\","
      "\"hasTarget\":{\"hasSource\":\"urn:demarche:doc:d\",\"hasSelector\":[]}}]}]}",
      "old.jsonld");
  ASSERT_FALSE(old.ok());
  EXPECT_NE(old.error().message.find("written by an older demarche"), std::string::npos) << old.error().message;
}

TEST(LoadTest, LinesInAnyOrderAndWithoutEvidence) {
  std::string text =
      "{\"type\":\"relationship\",\"label\":\"demands\",\"start\":{\"id\":\"state:RUS\"},\"end\":{\"id\":\"demand:x\"}}\n"
      "\n"
      "{\"type\":\"node\",\"id\":\"state:RUS\",\"labels\":[\"State\"],\"properties\":{\"name\":\"Russia\"}}\r\n"
      "{\"type\":\"node\",\"id\":\"demand:x\",\"labels\":[\"Demand\"],\"properties\":{\"name\":\"x\"}}\n";
  auto g = ReadApocJsonLines(text, "hand.jsonl");
  ASSERT_TRUE(g.ok()) << g.error().message;
  EXPECT_EQ(g->num_nodes(), 2u);
  EXPECT_TRUE(g->HasEdge("state:RUS", Relation::kDemands, "demand:x"));
}

std::string ApocError(const std::string& text) {
  auto g = ReadApocJsonLines(text, "g.jsonl");
  return g ? "(loaded)" : g.error().message;
}

TEST(LoadTest, BrokenLinesAreRefusedWithTheLineAndTheReason) {
  const std::string node = "{\"type\":\"node\",\"id\":\"state:RUS\",\"labels\":[\"State\"],\"properties\":{}}\n";
  EXPECT_NE(ApocError(node + "{\"type\":\"node\",").find("g.jsonl:2: not JSON"), std::string::npos);
  EXPECT_NE(ApocError("[1,2]\n").find("g.jsonl:1: expected a JSON object"), std::string::npos);
  EXPECT_NE(ApocError("{\"type\":\"edge\"}\n").find("\"type\" must be"), std::string::npos);
  EXPECT_NE(ApocError("{\"type\":\"node\",\"id\":\"x\",\"labels\":[\"Planet\"]}\n").find("unknown label 'Planet'"),
            std::string::npos);
  EXPECT_NE(ApocError(node + "{\"type\":\"relationship\",\"label\":\"LIKES\",\"start\":{\"id\":\"state:RUS\"},"
                             "\"end\":{\"id\":\"state:RUS\"}}\n")
                .find("g.jsonl:2: unknown relationship label 'LIKES'"),
            std::string::npos);
  EXPECT_NE(ApocError(node + "{\"type\":\"relationship\",\"label\":\"REJECTS\",\"start\":{\"id\":\"state:RUS\"},"
                             "\"end\":{\"id\":\"demand:gone\"}}\n")
                .find("g.jsonl:2: the edge refers to 'demand:gone'"),
            std::string::npos);
  EXPECT_NE(ApocError("{\"type\":\"node\",\"id\":\"a\",\"labels\":[\"City\"],\"properties\":{\"evidence_doc\":[\"d\"]}}")
                .find("evidence arrays are incomplete"),
            std::string::npos);
  EXPECT_NE(ApocError("{\"type\":\"node\",\"id\":\"a\",\"labels\":[\"City\"],\"properties\":{\"pop\":7}}")
                .find("property 'pop' must be a string"),
            std::string::npos);
  EXPECT_NE(ApocError("{\"type\":\"node\",\"id\":\"a\",\"labels\":[\"City\"],\"properties\":{\"name\":\"\xff\"}}")
                .find("not JSON"),
            std::string::npos);
  // Found by fuzz_graph_readers: RapidJSON 1.1 decodes a lone low surrogate escape to bytes
  // that are not UTF-8; the readers refuse it (a proper pair is fine).
  EXPECT_NE(ApocError("{\"type\":\"node\",\"id\":\"a\",\"labels\":[\"City\"],\"properties\":{\"name\":\"x\\udddd\"}}")
                .find("lone surrogate"),
            std::string::npos);
  EXPECT_EQ(ApocError("{\"type\":\"node\",\"id\":\"a\",\"labels\":[\"City\"],\"properties\":{\"name\":\"\\ud83d\\ude00 \\\\udddd\"}}"),
            "(loaded)");
  EXPECT_FALSE(ReadJsonLd("{\"@context\":{\"dm\":\"urn:demarche:vocab:\"},\"@graph\":[],\"x\":\"\\udc00\"}", "s.jsonld").ok());
  // Found by fuzz_graph_readers: an empty property name has no IRI in the JSON-LD.
  EXPECT_NE(ApocError("{\"type\":\"node\",\"id\":\"a\",\"labels\":[\"City\"],\"properties\":{\"\":\"x\"}}")
                .find("a property has an empty name"),
            std::string::npos);
  // Offsets outside the quote would make every export of the span wrong.
  std::string line = WriteApocJsonLines(Awkward());
  std::size_t at = line.find("\"evidence_byte_end\":[17]");
  ASSERT_NE(at, std::string::npos);
  line.replace(at, 24, "\"evidence_byte_end\":[99]");
  EXPECT_NE(ApocError(line).find("lies outside its quote"), std::string::npos);
  // Found by fuzz_graph_readers: a span that starts inside a multi-byte character (the "è"
  // of "Genève" is quote bytes 3-4; the quote starts at document byte 4, so byte 8 cuts it).
  std::string cut = WriteApocJsonLines(Awkward());
  std::size_t b = cut.find("\"evidence_byte_start\":[11]");
  ASSERT_NE(b, std::string::npos);
  cut.replace(b, 26, "\"evidence_byte_start\":[8]");
  EXPECT_NE(ApocError(cut).find("cuts a UTF-8 character"), std::string::npos) << ApocError(cut);
  // A file from before the byte offsets were written says how to get a readable one.
  std::string old = WriteApocJsonLines(Awkward());
  old = old.substr(0, old.find(",\"evidence_byte_start\"")) + "}}\n";
  EXPECT_NE(ApocError(old).find("written by an older demarche"), std::string::npos) << ApocError(old);
  // Deep nesting is refused, not a stack overflow.
  EXPECT_NE(ApocError(std::string(100000, '[') + "\n").find("not JSON"), std::string::npos);
}

TEST(LoadTest, JsonThatIsNotAnObjectIsRefused) {
  // Found by fuzz_graph_readers: "8" reached RapidJSON's MemberEnd() on a number.
  for (const char* text : {"8", "[]", "\"x\"", "null", "{\"@context\": 3}", "{\"@context\": []}"}) {
    auto g = ReadJsonLd(text, "x.jsonld");
    ASSERT_FALSE(g.ok()) << text;
    EXPECT_NE(g.error().message.find("not a demarche JSON-LD graph"), std::string::npos) << g.error().message;
  }
  EXPECT_NE(ApocError("8\n").find("g.jsonl:1: expected a JSON object"), std::string::npos);
}

TEST(LoadTest, JsonLdThatIsNotOursIsRefused) {
  auto other = ReadJsonLd("{\"@context\":{\"schema\":\"https://schema.org/\"},\"@graph\":[]}", "x.jsonld");
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message.find("not a demarche JSON-LD graph"), std::string::npos);
  std::string ours = WriteJsonLd(Awkward());
  std::size_t at = ours.find("\"@type\":\"schema:Country\"");
  ASSERT_NE(at, std::string::npos);
  auto bad = ReadJsonLd(ours.replace(at, 24, "\"@type\":\"schema:Planet\""), "y.jsonld");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("unknown @type 'schema:Planet'"), std::string::npos);
  auto truncated = ReadJsonLd(WriteJsonLd(Awkward()).substr(0, 300), "z.jsonld");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.error().message.find("z.jsonld: not JSON"), std::string::npos);
}

TEST(LoadTest, FormatIsJudgedByContent) {
  EXPECT_EQ(SniffGraphFormat(Golden()), GraphFormat::kApocJsonLines);
  EXPECT_EQ(SniffGraphFormat(WriteJsonLd(Awkward())), GraphFormat::kJsonLd);
  EXPECT_EQ(SniffGraphFormat("{\"id\":\"a1\",\"text\":\"Talks in Geneva.\"}\n"), GraphFormat::kNone);
  EXPECT_EQ(SniffGraphFormat("Russia demanded guarantees."), GraphFormat::kNone);
  EXPECT_EQ(SniffGraphFormat(""), GraphFormat::kNone);
  // A first line longer than the head that is read.
  EXPECT_EQ(SniffGraphFormat("{\"type\":\"node\",\"id\":\"x\",\"labels\":[\"State\"],\"properties\":{\"name\":\""),
            GraphFormat::kApocJsonLines);
  EXPECT_FALSE(ReadGraphFile(std::string(DEMARCHE_DATA_DIR) + "/samples/geneva-2022.txt").ok());
}

}  // namespace
}  // namespace demarche
