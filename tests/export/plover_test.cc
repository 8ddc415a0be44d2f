// PLOVER-style event records of the sample's graph (tests/golden/geneva-2022.jsonl, read
// against the article), checked field by field against what the article says.
#include "export/plover.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <set>
#include <sstream>

#include "tests/golden_sample.h"

namespace demarche {
namespace {

std::vector<rapidjson::Document> Records(const std::string& lines) {
  std::vector<rapidjson::Document> out;
  std::istringstream in(lines);
  for (std::string line; std::getline(in, line);) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    EXPECT_FALSE(d.HasParseError()) << line;
    out.push_back(std::move(d));
  }
  return out;
}

const rapidjson::Document* Find(const std::vector<rapidjson::Document>& records, const std::string& id) {
  for (const auto& r : records) {
    if (r["id"].GetString() == id) return &r;
  }
  return nullptr;
}

std::string Codes(const rapidjson::Value& actors) {
  std::string out;
  for (const auto& a : actors.GetArray()) out += std::string(out.empty() ? "" : ",") + a["actorText"].GetString() + "/" + a["code"].GetString();
  return out;
}

TEST(PloverTest, OneRecordPerEventAndSentenceWithCodes) {
  KnowledgeGraph g = GoldenSample();
  std::string lines = WritePloverEvents(g);
  EXPECT_EQ(lines, WritePloverEvents(g));  // deterministic
  auto records = Records(lines);
  ASSERT_FALSE(records.empty());
  std::set<std::string> ids, events;
  for (const auto& r : records) {
    EXPECT_TRUE(ids.insert(r["id"].GetString()).second) << "duplicate id " << r["id"].GetString();
    events.insert(r["event"].GetString());
    EXPECT_EQ(std::string(r["doc"].GetString()), "geneva-2022");
  }
  EXPECT_EQ(events, (std::set<std::string>{"CONSULT", "DEMAND", "REJECT"}));

  // "the United States keeps insisting on unilateral concessions from Moscow"
  const auto* demand = Find(records, "geneva-2022#6#DEMAND#1");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(Codes((*demand)["source"]), "United States/USA");
  EXPECT_EQ(Codes((*demand)["target"]), "Russia/RUS");
  EXPECT_EQ(std::string((*demand)["object"]["text"].GetString()), "unilateral concessions");
  EXPECT_EQ(std::string((*demand)["cameo"].GetString()), "100");
  EXPECT_EQ(std::string((*demand)["date"].GetString()), "2022-01-09");

  // "Russia won't make any concessions": the target is who demanded them, named elsewhere.
  const auto* reject = Find(records, "geneva-2022#12#REJECT#1");
  ASSERT_NE(reject, nullptr);
  EXPECT_EQ(Codes((*reject)["source"]), "Russia/RUS");
  EXPECT_EQ(Codes((*reject)["target"]), "United States/USA");
  EXPECT_EQ(std::string((*reject)["cameo"].GetString()), "120");

  // "Biden is saying no": a person is coded by the state he represents.
  bool biden = false;
  for (const auto& r : records) {
    if (std::string(r["event"].GetString()) == "REJECT" && Codes(r["source"]) == "Joe Biden/USA") biden = true;
  }
  EXPECT_TRUE(biden);

  // "On January 10, Russian-American negotiations ... will take place in Geneva."
  const auto* consult = Find(records, "geneva-2022#0#CONSULT#1");
  ASSERT_NE(consult, nullptr);
  EXPECT_EQ(Codes((*consult)["source"]), "Russia/RUS");  // named first
  EXPECT_EQ(Codes((*consult)["target"]), "United States/USA");
  EXPECT_EQ(std::string((*consult)["date"].GetString()), "2022-01-10");  // the meeting's, not the article's
  EXPECT_EQ(std::string((*consult)["mode"].GetString()), "planned");
  EXPECT_EQ(std::string((*consult)["eventLoc"]["placeText"].GetString()), "Geneva");
  EXPECT_EQ(std::string((*consult)["eventLoc"]["country"].GetString()), "CHE");
}

TEST(PloverTest, OrganisationCodesAndProposals) {
  KnowledgeGraph g;
  Evidence ev;
  ev.doc_id = "d";
  ev.sentence = 0;
  ev.quote = "q";
  ev.rule = "r";
  g.AddNode(Node{"org:osce", NodeType::kOrganization, "OSCE", {{"kind", "igo"}}, {}});
  g.AddNode(Node{"org:hrw", NodeType::kOrganization, "Human Rights Watch", {{"kind", "ngo"}}, {}});
  g.AddNode(Node{"org:party", NodeType::kOrganization, "Some Party", {{"kind", "party"}}, {}});
  g.AddNode(Node{"proposal:x", NodeType::kProposal, "a ceasefire", {}, {}});
  g.AddEdge("org:osce", Relation::kProposes, "proposal:x", ev);
  g.AddEdge("org:hrw", Relation::kRejects, "proposal:x", ev);
  g.AddEdge("org:party", Relation::kRejects, "proposal:x", ev);
  auto records = Records(WritePloverEvents(g));
  ASSERT_EQ(records.size(), 3u);
  std::vector<std::string> seen;
  for (const auto& r : records) {
    std::string mode = r.HasMember("mode") ? r["mode"].GetString() : "";
    seen.push_back(std::string(r["event"].GetString()) + " " + Codes(r["source"]) + " -> " + Codes(r["target"]) +
                   (mode.empty() ? "" : " (" + mode + ")"));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"DEMAND OSCE/IGO ->  (proposal)",
                                            "REJECT Human Rights Watch/NGO -> OSCE/IGO",
                                            "REJECT Some Party/ -> OSCE/IGO"}));
}

}  // namespace
}  // namespace demarche
