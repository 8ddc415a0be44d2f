#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include <random>
#include <set>
#include <sstream>

#include "export/apoc.h"
#include "export/dot.h"
#include "export/graphml.h"
#include "export/json_util.h"
#include "export/jsonld.h"
#include "export/rdf.h"
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
  int sentences = 0, documents = 0;
  for (const auto& item : graph.GetArray()) {
    std::string id = item["@id"].GetString();
    if (id == "urn:demarche:state:RUS") {
      saw_state = true;
      EXPECT_STREQ(item["@type"].GetString(), "schema:Country");
      EXPECT_STREQ(item["demands"][0].GetString(), "urn:demarche:demand:rus:x");
      const auto& a = item["wasDerivedFrom"][0];
      EXPECT_STREQ(a["@type"].GetString(), "oa:Annotation");
      EXPECT_EQ(std::string(a["@id"].GetString()).rfind("urn:demarche:ev:", 0), 0u);
      EXPECT_EQ(std::string(a["@id"].GetString()).size(), 27u);  // 11 base64url digits
      EXPECT_STREQ(a["hasTarget"].GetString(), "urn:demarche:sentence:doc%20%221%22/2");
      EXPECT_STREQ(a["start"].GetString(), "9");  // integers as strings
      EXPECT_STREQ(a["end"].GetString(), "15");
      EXPECT_FALSE(a.HasMember("sentenceText"));  // the sentence says it, once
      // Bytes [10, 16) follow from code points [9, 15): the sentence starts at byte 4 and
      // code point 4 (9 less the 5 code points of "Genèv"), so they are not written.
      EXPECT_FALSE(a.HasMember("byteStart"));
    }
    std::string type = item["@type"].GetString();
    if (type == "rdf:Statement") saw_statement = true;
    if (type == "dm:Sentence") {
      ++sentences;
      EXPECT_STREQ(item["@id"].GetString(), "urn:demarche:sentence:doc%20%221%22/2");
      EXPECT_STREQ(item["document"].GetString(), "urn:demarche:doc:doc%20%221%22");
      EXPECT_STREQ(item["index"].GetString(), "2");
      EXPECT_STREQ(item["byteStart"].GetString(), "4");
      EXPECT_STREQ(item["start"].GetString(), "4");
      EXPECT_STREQ(item["text"].GetString(), "Genève \"talks\" <b>&\\ \n\x01 end");
    }
    if (type == "dm:Document") ++documents;
  }
  EXPECT_TRUE(saw_state);
  EXPECT_TRUE(saw_statement);
  EXPECT_EQ(sentences, 1);  // seven items of evidence, one sentence
  EXPECT_EQ(documents, 1);
}

TEST(JsonLdTest, IrisEscapeWhatIsNotSafe) {
  EXPECT_EQ(EntityIri("doc:a b/c"), "urn:demarche:doc:a%20b%2Fc");
  EXPECT_EQ(RelationTerm(Relation::kDemandsOf), "addressedTo");
}

// The writers copy the bytes that need no escape in runs (export/json_util.h): the strings
// they write must be those of RapidJSON's escapes one byte at a time, wherever a byte to
// escape falls in the eight-byte words the scan tests, and the JSON-LD writer's own stream
// must read back the text it was given.
TEST(JsonStringsTest, RunsOfPlainBytesAreWrittenAsRapidJsonEscapesThem) {
  auto reference = [](const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
      static const char* kHex = "0123456789ABCDEF";
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            out += "\\u00";
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
          } else {
            out.push_back(static_cast<char>(c));
          }
      }
    }
    return out + "\"";
  };
  // Bytes next to the ones escaped (0x1F/0x20, 0x21/0x23 around '"', 0x5B/0x5D around '\\'),
  // UTF-8 bytes, DEL.
  const std::string alphabet = std::string("a /\x1f\x20\x21\x23\x5b\x5d\x7f\xc3\xa9\"\\\n\t\x01", 17) + std::string(1, '\0');
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 40, 'x');
    for (char& c : text) {
      // Mostly plain text, as sentences are, with a byte to escape here and there.
      if (random() % 4 == 0) c = alphabet[random() % alphabet.size()];
    }
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    Str(w, text);
    ASSERT_EQ(std::string(buf.GetString(), buf.GetSize()), reference(text)) << round;
    EXPECT_EQ(UnescapedRun(text.data(), text.size()), std::min(text.size(), text.find_first_of(std::string("\"\\\x01\x1f\n\t\0", 7))));
  }
  KnowledgeGraph g = Sample();
  std::string jsonld = WriteJsonLd(g);
  auto back = ReadJsonLd(jsonld, "x.jsonld");
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(WriteJsonLd(*back), jsonld);
  EXPECT_EQ(back->node(*back->Find("demand:rus:x")).name, "refusal \"to\" expand <east> & \\ more");
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

namespace demarche {
namespace {

// The sample with CAMEO codes on its demand edge, as two rules found it: 100 (demand) and
// 020 (appeal). The other edges have no code.
KnowledgeGraph WithCameo() {
  KnowledgeGraph g = Sample();
  Evidence ev = g.edge(g.SortedEdges()[0]).evidence[0];
  g.AddEdge(StateKey("RUS"), Relation::kDemands, "demand:rus:x", ev, {{"cameo", "100"}});
  ev.sentence = 3;
  ev.rule = "demand.verb.to";
  g.AddEdge(StateKey("RUS"), Relation::kDemands, "demand:rus:x", ev, {{"cameo", "020"}});
  return g;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(CameoTest, ApocRelationshipPropertiesCarryIt) {
  std::istringstream lines(WriteApocJsonLines(WithCameo()));
  std::string line;
  int with = 0;
  while (std::getline(lines, line)) {
    rapidjson::Document doc;
    ASSERT_FALSE(doc.Parse(line.c_str()).HasParseError()) << line;
    if (std::string(doc["type"].GetString()) != "relationship") continue;
    const auto& props = doc["properties"];
    if (std::string(doc["label"].GetString()) == "DEMANDS") {
      ASSERT_TRUE(props.HasMember("cameo")) << line;
      EXPECT_STREQ(props["cameo"].GetString(), "020;100");
      ++with;
    } else {
      EXPECT_FALSE(props.HasMember("cameo")) << line;  // no code, no (empty) property
    }
  }
  EXPECT_EQ(with, 1);
}

TEST(CameoTest, JsonLdStatementCarriesItAsATermOfTheContext) {
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(WriteJsonLd(WithCameo()).c_str()).HasParseError());
  EXPECT_STREQ(doc["@context"]["cameo"].GetString(), "dm:cameo");
  int statements = 0;
  for (const auto& item : doc["@graph"].GetArray()) {
    if (std::string(item["@type"].GetString()) != "rdf:Statement") continue;
    ++statements;
    if (std::string(item["predicate"].GetString()) == "dm:demands") {
      ASSERT_TRUE(item.HasMember("cameo"));
      ASSERT_TRUE(item["cameo"].IsArray());  // one value per code
      ASSERT_EQ(item["cameo"].Size(), 2u);
      EXPECT_STREQ(item["cameo"][0].GetString(), "020");
      EXPECT_STREQ(item["cameo"][1].GetString(), "100");
    } else {
      EXPECT_FALSE(item.HasMember("cameo"));
    }
  }
  EXPECT_EQ(statements, 3);
  // A single code is a plain string.
  KnowledgeGraph one = Sample();
  one.AddEdge(StateKey("RUS"), Relation::kDemands, "demand:rus:x", std::vector<Evidence>{}, {{"cameo", "100"}});
  EXPECT_NE(WriteJsonLd(one).find("\"object\":\"urn:demarche:demand:rus:x\",\"cameo\":\"100\","), std::string::npos);
}

TEST(CameoTest, NQuadsAndTurtleGiveOneTriplePerCode) {
  KnowledgeGraph g = WithCameo();
  const std::string st = "<" + StatementIri(StateKey("RUS"), Relation::kDemands, "demand:rus:x") + ">";
  std::string nq = WriteNQuads(g);
  EXPECT_NE(nq.find(st + " <urn:demarche:vocab:cameo> \"020\" .\n"), std::string::npos) << nq;
  EXPECT_NE(nq.find(st + " <urn:demarche:vocab:cameo> \"100\" .\n"), std::string::npos);
  EXPECT_EQ(Count(nq, "<urn:demarche:vocab:cameo>"), 2u);
  std::string ttl = WriteTurtle(g);
  EXPECT_NE(ttl.find("dm:cameo \"020\", \"100\""), std::string::npos) << ttl;
  EXPECT_EQ(Count(ttl, "dm:cameo"), 1u);
}

TEST(RdfTest, ProvenanceIsCompactAndEveryTripleIsWrittenOnce) {
  KnowledgeGraph g = WithCameo();  // 8 evidence items, in two sentences of one document
  std::string nq = WriteNQuads(g);
  std::istringstream in(nq);
  std::set<std::string> seen;
  std::size_t lines = 0;
  for (std::string line; std::getline(in, line); ++lines) {
    EXPECT_TRUE(seen.insert(line).second) << "twice: " << line;
  }
  EXPECT_EQ(lines, seen.size());
  const std::string annotation = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/oa#Annotation>";
  EXPECT_EQ(Count(nq, annotation), 8u);
  EXPECT_EQ(Count(nq, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:demarche:vocab:Sentence>"), 2u);
  EXPECT_EQ(Count(nq, "<urn:demarche:vocab:text> \"Gen"), 2u);  // the sentence text once per sentence
  EXPECT_EQ(Count(nq, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:demarche:vocab:Document>"), 1u);
  EXPECT_NE(nq.find("<urn:demarche:sentence:doc%20%221%22/3> <urn:demarche:vocab:document> "
                    "<urn:demarche:doc:doc%20%221%22> .\n"),
            std::string::npos);
  EXPECT_EQ(nq.find("sentenceText"), std::string::npos);
  // Streaming into a sink gives the same bytes as the string.
  StringSink sink;
  WriteNQuads(g, sink);
  EXPECT_EQ(sink.text, nq);
  // Turtle: the same subjects, each once.
  std::string ttl = WriteTurtle(g);
  EXPECT_EQ(Count(ttl, "\n<urn:demarche:sentence:"), 2u) << ttl;
  EXPECT_EQ(Count(ttl, "a oa:Annotation"), 8u);
}

TEST(CameoTest, GraphMlHasAnEdgeKeyAndNeo4jCsvAColumn) {
  KnowledgeGraph g = WithCameo();
  std::string xml = WriteGraphMl(g);
  EXPECT_NE(xml.find("<key id=\"eprop_cameo\" for=\"edge\" attr.name=\"cameo\" attr.type=\"string\"/>"),
            std::string::npos)
      << xml;
  EXPECT_EQ(Count(xml, "<data key=\"eprop_cameo\">020;100</data>"), 1u);
  EXPECT_EQ(Count(xml, "<data key=\"eprop_cameo\">"), 1u);
  EXPECT_EQ(WriteGraphMl(Sample()).find("cameo"), std::string::npos);  // no code, no key

  NeoCsv csv = WriteNeo4jCsv(g);
  std::istringstream rows(csv.relationships);
  std::string header, row;
  std::getline(rows, header);
  EXPECT_EQ(header.rfind(":START_ID,:END_ID,:TYPE,cameo,evidence_count:int,", 0), 0u) << header;
  int with = 0, without = 0;
  while (std::getline(rows, row)) {
    // :START_ID,:END_ID,:TYPE,cameo (the keys hold no comma)
    std::vector<std::string> cells;
    std::istringstream fields(row);
    for (std::string cell; cells.size() < 4 && std::getline(fields, cell, ',');) cells.push_back(cell);
    ASSERT_EQ(cells.size(), 4u) << row;
    if (cells[2] == "DEMANDS") {
      EXPECT_EQ(cells[3], "020;100") << row;
      ++with;
    } else {
      EXPECT_EQ(cells[3], "") << row;  // an empty cell: no property in neo4j-admin
      ++without;
    }
  }
  EXPECT_EQ(with, 1);
  EXPECT_EQ(without, 2);
  EXPECT_EQ(csv.nodes.find("cameo"), std::string::npos);
}

TEST(CameoTest, DotEdgeHasTheAttribute) {
  std::string dot = WriteDot(WithCameo());
  EXPECT_EQ(Count(dot, "cameo=\"020;100\""), 1u) << dot;
  EXPECT_EQ(Count(dot, "cameo="), 1u);
  EXPECT_EQ(WriteDot(Sample()).find("cameo"), std::string::npos);
}

TEST(CameoTest, ReadersKeepIt) {
  KnowledgeGraph g = WithCameo();
  auto cameo_of = [](const KnowledgeGraph& graph) {
    for (auto e : graph.SortedEdges()) {
      if (graph.edge(e).relation == Relation::kDemands) {
        auto it = graph.edge(e).props.find("cameo");
        return it == graph.edge(e).props.end() ? std::string("(none)") : it->second;
      }
    }
    return std::string("(no edge)");
  };
  std::string lines = WriteApocJsonLines(g);
  auto from_lines = ReadApocJsonLines(lines, "x.jsonl");
  ASSERT_TRUE(from_lines.ok()) << from_lines.error().message;
  EXPECT_EQ(cameo_of(*from_lines), "020;100");
  EXPECT_EQ(WriteApocJsonLines(*from_lines), lines);
  std::string jsonld = WriteJsonLd(g);
  auto from_ld = ReadJsonLd(jsonld, "x.jsonld");
  ASSERT_TRUE(from_ld.ok()) << from_ld.error().message;
  EXPECT_EQ(cameo_of(*from_ld), "020;100");
  EXPECT_EQ(WriteJsonLd(*from_ld), jsonld);
  EXPECT_EQ(WriteApocJsonLines(*from_ld), lines);
  // Hand-written: codes in any order, as one string or an array, merge into one sorted set.
  auto hand = ReadApocJsonLines(
      "{\"type\":\"node\",\"id\":\"state:RUS\",\"labels\":[\"State\"],\"properties\":{\"name\":\"Russia\"}}\n"
      "{\"type\":\"node\",\"id\":\"demand:x\",\"labels\":[\"Demand\"],\"properties\":{\"name\":\"x\"}}\n"
      "{\"type\":\"relationship\",\"label\":\"DEMANDS\",\"start\":{\"id\":\"state:RUS\"},\"end\":{\"id\":\"demand:x\"},"
      "\"properties\":{\"cameo\":\"100;020\"}}\n"
      "{\"type\":\"relationship\",\"label\":\"DEMANDS\",\"start\":{\"id\":\"state:RUS\"},\"end\":{\"id\":\"demand:x\"},"
      "\"properties\":{\"cameo\":\"120\"}}\n",
      "hand.jsonl");
  ASSERT_TRUE(hand.ok()) << hand.error().message;
  EXPECT_EQ(cameo_of(*hand), "020;100;120");
  auto bad = ReadApocJsonLines(
      "{\"type\":\"node\",\"id\":\"state:RUS\",\"labels\":[\"State\"],\"properties\":{\"name\":\"Russia\"}}\n"
      "{\"type\":\"relationship\",\"label\":\"REPRESENTS\",\"start\":{\"id\":\"state:RUS\"},\"end\":{\"id\":\"state:RUS\"},"
      "\"properties\":{\"cameo\":100}}\n",
      "bad.jsonl");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "bad.jsonl:2: property 'cameo' must be a string");
}

}  // namespace
}  // namespace demarche

namespace demarche {
namespace {

// neo4j-admin splits a string[] cell at ';' (its default array delimiter): a document id
// holding ';' makes the CSV files use another delimiter, which they report.
TEST(Neo4jCsvTest, ADocumentIdWithASemicolonChangesTheArrayDelimiter) {
  auto graph = [](const std::vector<std::string>& docs) {
    KnowledgeGraph g;
    Node s{StateKey("RUS"), NodeType::kState, "Russia", {}, {}};
    for (const auto& d : docs) {
      Evidence ev;
      ev.doc_id = d;
      ev.quote = "Russia.";
      ev.rule = "test";
      s.evidence.push_back(ev);
    }
    g.AddNode(s);
    return g;
  };
  NeoCsv plain = WriteNeo4jCsv(graph({"a", "b"}));
  EXPECT_EQ(plain.array_delimiter, ';');
  EXPECT_NE(plain.nodes.find(",a;b,"), std::string::npos) << plain.nodes;
  NeoCsv semi = WriteNeo4jCsv(graph({"x;1", "y"}));
  EXPECT_EQ(semi.array_delimiter, '|');
  EXPECT_NE(semi.nodes.find(",x;1|y,"), std::string::npos) << semi.nodes;
  NeoCsv both = WriteNeo4jCsv(graph({"x;1", "y|2", "z^3"}));
  EXPECT_EQ(both.array_delimiter, '~');
  EXPECT_NE(both.nodes.find(",x;1~y|2~z^3,"), std::string::npos) << both.nodes;
  // Every printable candidate taken: the unit separator, U+001F.
  NeoCsv all = WriteNeo4jCsv(graph({"a;|^~!"}));
  EXPECT_EQ(all.array_delimiter, '\x1F');
}

}  // namespace
}  // namespace demarche
