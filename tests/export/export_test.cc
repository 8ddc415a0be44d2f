#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include <sstream>

#include "export/apoc.h"
#include "export/dot.h"
#include "export/jsonld.h"
#include "export/table.h"

namespace demarche {
namespace {

// A small graph whose names carry characters every format must escape.
KnowledgeGraph Sample() {
  KnowledgeGraph g;
  Evidence ev;
  ev.doc_id = "doc \"1\"";
  ev.sentence = 2;
  ev.begin = 10;
  ev.end = 16;
  ev.char_begin = 9;
  ev.char_end = 15;
  ev.sentence_begin = 4;
  ev.quote = "Genève \"talks\" <b>&\\ \n\x01 end";
  ev.rule = "test";
  Node s{StateKey("RUS"), NodeType::kState, "Russia", {{"iso3", "RUS"}}, {ev}};
  Node d{"demand:rus:x", NodeType::kDemand, "refusal \"to\" expand <east> & \\ more", {{"maker", "state:RUS"}}, {ev}};
  Node m{"meeting:2022-01-10:geneva-che:rus", NodeType::kMeeting, "talks in Genève", {{"date", "2022-01-10"}}, {ev}};
  Node c{CityKey("Geneva", "CHE"), NodeType::kCity, "Geneva", {{"country", "CHE"}}, {ev}};
  for (const Node* n : {&s, &d, &m, &c}) g.AddNode(*n);
  g.AddEdge(s.key, Relation::kDemands, d.key, ev);
  g.AddEdge(s.key, Relation::kParticipatesIn, m.key, ev);
  g.AddEdge(m.key, Relation::kHostedIn, c.key, ev);
  return g;
}

TEST(ApocTest, EveryLineIsJsonWithKeysAsIdsAndNeo4jLabels) {
  std::string out = WriteApocJsonLines(Sample());
  std::istringstream lines(out);
  std::string line;
  int nodes = 0, rels = 0;
  while (std::getline(lines, line)) {
    rapidjson::Document doc;
    ASSERT_FALSE(doc.Parse(line.c_str()).HasParseError()) << line;
    std::string type = doc["type"].GetString();
    if (type == "node") {
      ++nodes;
      EXPECT_EQ(std::string(doc["id"].GetString()), doc["properties"]["key"].GetString());
      EXPECT_EQ(doc["properties"]["evidence_start"][0].GetUint(), 9u);
    } else {
      ++rels;
      EXPECT_TRUE(doc["start"]["labels"].IsArray());
    }
  }
  EXPECT_EQ(nodes, 4);
  EXPECT_EQ(rels, 3);
  EXPECT_NE(out.find("\"label\":\"HOSTED_IN\""), std::string::npos);
  EXPECT_NE(out.find("\"labels\":[\"State\"],\"properties\":{\"name\":\"Russia\",\"key\":\"state:RUS\",\"iso3\":\"RUS\""),
            std::string::npos);
}

TEST(JsonLdTest, ParsesAndUsesSchemaOrgAndTheProjectVocabulary) {
  std::string out = WriteJsonLd(Sample());
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(out.c_str()).HasParseError());
  ASSERT_TRUE(doc["@context"].IsObject());
  EXPECT_STREQ(doc["@context"]["schema"].GetString(), "https://schema.org/");
  const auto& graph = doc["@graph"];
  ASSERT_TRUE(graph.IsArray());
  bool saw_state = false, saw_statement = false;
  for (const auto& item : graph.GetArray()) {
    std::string id = item["@id"].GetString();
    if (id == "urn:demarche:state:RUS") {
      saw_state = true;
      EXPECT_STREQ(item["@type"].GetString(), "schema:Country");
      EXPECT_STREQ(item["demands"][0].GetString(), "urn:demarche:demand:rus:x");
      const auto& sel = item["wasDerivedFrom"][0]["hasTarget"]["hasSelector"];
      EXPECT_STREQ(sel[1]["start"].GetString(), "9");  // integers as strings
      // Bytes [10, 16) of the text = bytes [6, 12) of the quote, which starts at byte 4.
      EXPECT_STREQ(sel[0]["exact"].GetString(), "e \"tal");
    }
    if (std::string(item["@type"].GetString()) == "rdf:Statement") saw_statement = true;
  }
  EXPECT_TRUE(saw_state);
  EXPECT_TRUE(saw_statement);
}

TEST(JsonLdTest, IrisEscapeWhatIsNotSafe) {
  EXPECT_EQ(EntityIri("doc:a b/c"), "urn:demarche:doc:a%20b%2Fc");
  EXPECT_EQ(RelationTerm(Relation::kDemandsOf), "addressedTo");
}

TEST(DotTest, QuotesAndEscapesLabelsAndIsDeterministic) {
  std::string dot = WriteDot(Sample());
  EXPECT_EQ(dot.rfind("digraph demarche {", 0), 0u) << dot.substr(0, 40);
  EXPECT_NE(dot.find("\"state:RUS\""), std::string::npos);
  EXPECT_NE(dot.find("refusal \\\"to\\\" expand <east> & \\\\ more"), std::string::npos) << dot;
  EXPECT_NE(dot.find("label=demands"), std::string::npos);
  EXPECT_EQ(dot, WriteDot(Sample()));
}

TEST(DotTest, RendersSvg) {
  auto svg = RenderSvg(Sample());
  ASSERT_TRUE(svg) << svg.error().message;
  EXPECT_NE(svg->find("<svg"), std::string::npos);
  EXPECT_NE(svg->find("Russia"), std::string::npos);
  auto bad = RenderSvg(Sample(), "no-such-layout");
  EXPECT_FALSE(bad);
}

TEST(TableTest, ListsDemandsAndMeetings) {
  std::string t = WriteSummaryTable(Sample());
  EXPECT_NE(t.find("Russia"), std::string::npos);
  EXPECT_NE(t.find("2022-01-10"), std::string::npos);
  EXPECT_NE(t.find("Geneva"), std::string::npos);
}

}  // namespace
}  // namespace demarche

namespace demarche {
namespace {

TEST(TableTest, ProposalsHaveTheirOwnSection) {
  KnowledgeGraph g = Sample();
  Evidence ev;
  ev.doc_id = "d";
  g.AddNode(Node{"proposal:rus:x", NodeType::kProposal, "a compromise", {}, {ev}});
  g.AddNode(Node{StateKey("USA"), NodeType::kState, "United States", {}, {ev}});
  g.AddEdge(StateKey("RUS"), Relation::kProposes, "proposal:rus:x", ev);
  g.AddEdge(StateKey("USA"), Relation::kRejects, "proposal:rus:x", ev);
  std::string t = WriteSummaryTable(g);
  auto section = t.find("Proposals");
  ASSERT_NE(section, std::string::npos) << t;
  EXPECT_NE(t.find("Russia", section), std::string::npos);
  EXPECT_NE(t.find("a compromise", section), std::string::npos);
  EXPECT_NE(t.find("United States", section), std::string::npos);
}

}  // namespace
}  // namespace demarche
