// Questions over the sample's graph (tests/golden/geneva-2022.jsonl, whose every line was
// read against the article), with answers written by hand from the article's text.
#include "core/query.h"

#include <gtest/gtest.h>


#include "tests/golden_sample.h"

namespace demarche {
namespace {

const KnowledgeGraph& Sample() {
  static const KnowledgeGraph graph = GoldenSample();
  return graph;
}

// Rows as "cell | cell | cell" text; the first_seen and last_seen columns only with `dates`
// (the sample is one article: every row has its date; QueryTest.Dated* test the columns).
std::vector<std::string> Lines(const QueryEngine& q, const Result<Answer>& a, bool dates = false) {
  EXPECT_TRUE(a.ok()) << (a ? "" : a.error().message);
  std::vector<std::string> out;
  if (!a) return out;
  for (const Row& r : a->rows) {
    std::string line;
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
      const std::string& column = a->columns[i];
      if (!dates && (column == "first_seen" || column == "last_seen")) continue;
      line += (line.empty() ? "" : " | ") + q.Text(r.cells[i]);
    }
    out.push_back(line);
  }
  return out;
}

NameIndex Aliases() {
  NameIndex names;  // what the gazetteers give the CLI, for the names used here
  names.Add("US", "state:USA");
  names.Add("Washington", "state:USA");
  names.Add("Moscow", "state:RUS");
  names.Add("Kremlin", "state:RUS");
  names.Add("Atlantic Alliance", "org:nato");
  names.Add("Austria", "state:AUT");  // no node in the sample: Vienna is its only trace
  return names;
}

TEST(QueryTest, DemandsByRussiaUnderAnyName) {
  NameIndex names = Aliases();
  QueryEngine q(Sample(), &names);
  const std::vector<std::string> want = {
      "Russia | NATO refusal to deploy weapons next to the Russian borders | NATO",
      "Russia | NATO refusal to expand to the east | NATO",
      "Russia | legally enforceable security guarantees | NATO",
      "Russia | legally enforceable security guarantees | United States",
      "Russia | promise never to accept Ukraine into NATO | NATO",
      "Russia | withdrawal of alliance troops from the Baltic States | NATO",
  };
  for (const char* name : {"Russia", "russia", "RUS", "state:RUS", "Moscow", "the Kremlin"}) {
    EXPECT_EQ(Lines(q, q.Demands({.by = name, .of = "", .when = {}, .about = ""})), want) << name;
  }
}

TEST(QueryTest, DemandsOfAnAddressee) {
  NameIndex names = Aliases();
  QueryEngine q(Sample(), &names);
  const std::vector<std::string> want = {"Russia | legally enforceable security guarantees | United States"};
  for (const char* name : {"United States", "the United States", "US", "Washington", "usa"}) {
    EXPECT_EQ(Lines(q, q.Demands({.by = "", .of = name, .when = {}, .about = ""})), want) << name;
  }
  // The United States' own demand is of Russia.
  EXPECT_EQ(Lines(q, q.Demands({.by = "US", .of = "", .when = {}, .about = ""})),
            std::vector<std::string>{"United States | unilateral concessions | Russia"});
  // By a person: his surname is enough.
  EXPECT_EQ(Lines(q, q.Demands({.by = "Ryabkov", .of = "Atlantic Alliance", .when = {}, .about = ""})),
            (std::vector<std::string>{
                "Sergei Ryabkov | NATO refusal to deploy weapons next to the Russian borders | NATO",
                "Sergei Ryabkov | NATO refusal to expand to the east | NATO"}));
}

TEST(QueryTest, UnknownActorIsAnErrorThatSaysWhatToTry) {
  QueryEngine q(Sample());
  auto a = q.Demands({.by = "Atlantis", .of = "", .when = {}, .about = ""});
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.error().message.find("no actor called 'Atlantis'"), std::string::npos);
  // A city is not an actor: "Geneva" names no maker.
  EXPECT_FALSE(q.Demands({.by = "Geneva", .of = "", .when = {}, .about = ""}).ok());
}

TEST(QueryTest, RejectionsWithTheirMakers) {
  QueryEngine q(Sample());
  EXPECT_EQ(Lines(q, q.Rejections({.by = "Biden", .when = {}})),
            (std::vector<std::string>{
                "Joe Biden | NATO refusal to expand to the east | Demand | Sergei Ryabkov, Vladimir Putin, Russia",
                "Joe Biden | promise never to accept Ukraine into NATO | Demand | Vladimir Putin, Russia",
                "Joe Biden | withdrawal of alliance troops from the Baltic States | Demand | Vladimir Putin, Russia"}));
  auto all = q.Rejections({.by = "", .when = {}});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->rows.size(), 7u);  // Biden 3, the United States 3, Russia 1
}

TEST(QueryTest, MeetingsByPlaceParticipantAndDate) {
  NameIndex names = Aliases();
  QueryEngine q(Sample(), &names);
  EXPECT_EQ(Lines(q, q.Meetings({.in = "Geneva", .with = "", .from = "", .to = ""})),
            std::vector<std::string>{
                "2022-01-10 | Russia–United States negotiations in Geneva | Geneva | planned | Russia, United States"});
  // A state as the place: meetings in its cities.
  EXPECT_EQ(Lines(q, q.Meetings({.in = "Austria", .with = "", .from = "", .to = ""})),
            std::vector<std::string>{"2022-01-13 | OSCE consultations in Vienna | Vienna | planned | OSCE"});
  // Dates: "2021-06" may fall after 2021-06-15; only the planned January meetings are in 2022.
  auto lines = Lines(q, q.Meetings({.in = "", .with = "Russia", .from = "2021-06-15", .to = "2021-12"}));
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "2021-06 | Russia–United States meeting of presidents |  | held | Russia, United States"}));
  auto jan = q.Meetings({.in = "", .with = "", .from = "2022", .to = "2022-01-12"});
  ASSERT_TRUE(jan.ok());
  EXPECT_EQ(jan->rows.size(), 2u);  // Geneva on the 10th, Brussels on the 12th
  EXPECT_FALSE(q.Meetings({.in = "", .with = "", .from = "January", .to = ""}).ok());
  EXPECT_FALSE(q.Meetings({.in = "Atlantis", .with = "", .from = "", .to = ""}).ok());
}

TEST(QueryTest, StanceOnOneDemand) {
  QueryEngine q(Sample());
  EXPECT_EQ(Lines(q, q.Stance("expand to the east")),
            (std::vector<std::string>{"NATO refusal to expand to the east | backs | Sergei Ryabkov",
                                      "NATO refusal to expand to the east | backs | Vladimir Putin",
                                      "NATO refusal to expand to the east | makes | Russia",
                                      "NATO refusal to expand to the east | of | NATO",
                                      "NATO refusal to expand to the east | rejects | Joe Biden",
                                      "NATO refusal to expand to the east | rejects | United States"}));
  EXPECT_EQ(Lines(q, q.Stance("demand:usa:concession-unilateral@rus")),
            (std::vector<std::string>{"unilateral concessions | makes | United States",
                                      "unilateral concessions | of | Russia",
                                      "unilateral concessions | rejects | Russia"}));
  EXPECT_FALSE(q.Stance("free pizza").ok());
}

TEST(QueryTest, ActorShowsTheNodeThenEveryEdge) {
  QueryEngine q(Sample());
  EXPECT_EQ(Lines(q, q.Actor("Ryabkov")),
            (std::vector<std::string>{
                "Sergei Ryabkov | (node) |  | person:sergei-ryabkov | Person",
                "Sergei Ryabkov | demands | out | NATO refusal to deploy weapons next to the Russian borders | Demand",
                "Sergei Ryabkov | demands | out | NATO refusal to expand to the east | Demand",
                "Sergei Ryabkov | represents | out | Russia | State"}));
}

TEST(QueryTest, PathIsShortestAndInOrder) {
  QueryEngine q(Sample());
  // Biden speaks for the United States, which takes part in the Geneva talks.
  EXPECT_EQ(Lines(q, q.Path("Biden", "Geneva")),
            (std::vector<std::string>{
                "1 | Joe Biden | represents | United States",
                "2 | United States | participates-in | Russia–United States negotiations in Geneva",
                "3 | Russia–United States negotiations in Geneva | hosted-in | Geneva"}));
  // The OSCE's meeting has only the OSCE: nothing links it to Biden.
  auto none = q.Path("Biden", "OSCE");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->rows.empty());
}

TEST(QueryTest, PathsListsChainsShortestFirst) {
  QueryEngine q(Sample());
  auto a = q.Paths("Biden", "Geneva", 3);
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_EQ(a->columns, (std::vector<std::string>{"path", "step", "from", "relation", "to"}));
  std::vector<std::string> lines = Lines(q, a);
  // The shortest chain first, as Path() gives it; then the longer ones, each whole.
  ASSERT_GE(lines.size(), 3u + 4u + 4u);
  EXPECT_EQ(lines[0], "1 | 1 | Joe Biden | represents | United States");
  EXPECT_EQ(lines[2], "1 | 3 | Russia–United States negotiations in Geneva | hosted-in | Geneva");
  EXPECT_EQ(lines[3].substr(0, 5), "2 | 1");
  EXPECT_EQ(lines.back().substr(0, 5), "3 | 4");
  std::size_t chains = 0;
  for (const Row& r : a->rows) chains = std::max<std::size_t>(chains, std::stoul(r.cells[0].text));
  EXPECT_EQ(chains, 3u);
  // No node twice in a chain, and the budget stops a search with a note.
  auto tight = q.Paths("Biden", "Geneva", 1000, 5);
  ASSERT_TRUE(tight.ok());
  ASSERT_FALSE(tight->notes.empty());
  EXPECT_NE(tight->notes.back().find("stopped after 5 partial chains"), std::string::npos);
  auto none = q.Paths("Biden", "OSCE", 5);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->rows.empty());
}

TEST(QueryTest, RowsCarryTheCameoCodesOfTheirEdges) {
  QueryEngine q(Sample());
  auto demands = q.Demands({.by = "United States", .of = "", .when = {}, .about = ""});
  ASSERT_TRUE(demands.ok());
  ASSERT_EQ(demands->rows.size(), 1u);
  EXPECT_EQ(demands->rows[0].cameo, "100");  // demands and demands-of: one code
  auto rejections = q.Rejections({.by = "Biden", .when = {}});
  ASSERT_TRUE(rejections.ok());
  ASSERT_FALSE(rejections->rows.empty());
  for (const Row& r : rejections->rows) EXPECT_EQ(r.cameo, "120");
  auto actor = q.Actor("Ryabkov");
  ASSERT_TRUE(actor.ok());
  EXPECT_EQ(actor->rows[0].cameo, "");  // the node row
}

TEST(QueryTest, DemandsAboutWordsInAnyForm) {
  QueryEngine q(Sample());
  EXPECT_EQ(Lines(q, q.Demands({.by = "Russia", .of = "", .when = {}, .about = "troops Baltic"})),
            (std::vector<std::string>{"Russia | withdrawal of alliance troops from the Baltic States | NATO"}));
  EXPECT_TRUE(Lines(q, q.Demands({.by = "", .of = "", .when = {}, .about = "pizza"})).empty());
}

TEST(QueryTest, PatternJoinsOnSharedVariables) {
  QueryEngine q(Sample());
  auto p = ParsePattern("?who:State demands ?d . ?d demands-of NATO . ?x rejects ?d");
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->variables, (std::vector<std::string>{"who", "d", "x"}));
  EXPECT_EQ(Lines(q, q.Run(*p)),
            (std::vector<std::string>{
                "Russia | NATO refusal to expand to the east | Joe Biden",
                "Russia | NATO refusal to expand to the east | United States",
                "Russia | promise never to accept Ukraine into NATO | Joe Biden",
                "Russia | promise never to accept Ukraine into NATO | United States",
                "Russia | withdrawal of alliance troops from the Baltic States | Joe Biden",
                "Russia | withdrawal of alliance troops from the Baltic States | United States"}));
  // A type constraint removes rows: no Person makes a demand that a State rejects... except
  // Ryabkov's and Putin's, which the United States rejects.
  auto persons = q.Run(*ParsePattern("?p:Person demands ?d . ?s:State rejects ?d"));
  ASSERT_TRUE(persons.ok());
  EXPECT_EQ(persons->rows.size(), 4u);  // Putin 3, Ryabkov 1
}

TEST(QueryTest, PatternRelationVariablesAndUnknownNames) {
  QueryEngine q(Sample());
  EXPECT_EQ(Lines(q, q.Run(*ParsePattern("\"Sergei Ryabkov\" ?r ?what:State"))),
            std::vector<std::string>{"represents | Russia"});
  auto bad = q.Run(*ParsePattern("?a demands Atlantis"));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("column 12: no node is called 'Atlantis'"), std::string::npos)
      << bad.error().message;
}

TEST(QueryTest, PatternsThatMultiplyStopWithAMessage) {
  QueryEngine q(Sample());
  // Four unrelated triples: 41^4 = 2.8 million solutions.
  auto p = ParsePattern("?a ?r ?b . ?c ?s ?d . ?e ?t ?f . ?g ?u ?h");
  ASSERT_TRUE(p.ok());
  auto a = q.Run(*p, {.max_rows = 1000, .max_steps = 1000000});
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.error().message.find("more than 1000 solutions"), std::string::npos) << a.error().message;
  auto b = q.Run(*p, {.max_rows = 100000000, .max_steps = 5000});
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.error().message.find("more than 5000 edge visits"), std::string::npos) << b.error().message;
  EXPECT_TRUE(q.Run(*ParsePattern("?a ?r ?b"), {.max_rows = 1000, .max_steps = 1000}).ok());
  // Found by fuzz_pattern (a 13 s timeout): five unrelated triples, stopped by the defaults.
  auto fuzzed = ParsePattern("?s rejects ?d. ?UA rejects ?d. ?Dws ?fDs ?dtecands. ?UYA rejects ?l. ?DwsSsSs ?fwsSs ?f");
  ASSERT_TRUE(fuzzed.ok());
  auto stopped = q.Run(*fuzzed);
  ASSERT_FALSE(stopped.ok());
  EXPECT_NE(stopped.error().message.find("solutions"), std::string::npos) << stopped.error().message;
}

TEST(QueryTest, AHandBuiltGraphJoinsWithoutDuplicates) {
  KnowledgeGraph g;
  auto add = [&](const std::string& key, NodeType t) { g.AddNode(Node{key, t, key, {}, {}}); };
  add("state:AAA", NodeType::kState);
  add("state:BBB", NodeType::kState);
  add("demand:x", NodeType::kDemand);
  g.AddEdge("state:AAA", Relation::kDemands, "demand:x", std::vector<Evidence>{});
  g.AddEdge("state:BBB", Relation::kRejects, "demand:x", std::vector<Evidence>{});
  g.AddEdge("state:AAA", Relation::kRejects, "demand:x", std::vector<Evidence>{});
  QueryEngine q(g);
  // ?a both demands and rejects: only AAA. The same variable twice in one triple.
  EXPECT_EQ(Lines(q, q.Run(*ParsePattern("?a demands ?d . ?a rejects ?d"))),
            std::vector<std::string>{"state:AAA | demand:x"});
  EXPECT_TRUE(Lines(q, q.Run(*ParsePattern("?a rejects ?a"))).empty());
  EXPECT_EQ(Lines(q, q.Run(*ParsePattern("?a ?r demand:x"))).size(), 3u);
}

// A graph of one demand seen in three documents of different dates, and two persons called
// Clinton: built by hand so that dates, windows and names are known exactly.
KnowledgeGraph DatedGraph() {
  KnowledgeGraph g;
  auto add = [&](const std::string& key, NodeType t, const std::string& name) {
    g.AddNode(Node{key, t, name, {}, {}});
  };
  add("state:AAA", NodeType::kState, "Aland");
  add("state:BBB", NodeType::kState, "Borduria");
  add("person:bill-clinton", NodeType::kPerson, "Bill Clinton");
  add("person:hillary-clinton", NodeType::kPerson, "Hillary Clinton");
  g.AddNode(Node{"demand:aaa:sanction-lift", NodeType::kDemand, "Sanctions Must Be Lifted", {{"maker", "state:AAA"}}, {}});
  add("demand:bbb:talks", NodeType::kDemand, "direct talks");
  auto ev = [](const std::string& doc, const std::string& date) {
    Evidence e;
    e.doc_id = doc;
    e.quote = "q";
    e.rule = "r";
    e.date = date;
    return e;
  };
  g.AddEdge("state:AAA", Relation::kDemands, "demand:aaa:sanction-lift",
            std::vector<Evidence>{ev("d1", "2019-03-02"), ev("d2", "2020-07-15"), ev("d3", "2021-01-09")});
  g.AddEdge("state:BBB", Relation::kDemands, "demand:bbb:talks", std::vector<Evidence>{ev("d4", "2018-05-01")});
  g.AddEdge("state:BBB", Relation::kRejects, "demand:aaa:sanction-lift", std::vector<Evidence>{ev("d5", "")});
  g.AddEdge("person:bill-clinton", Relation::kRepresents, "state:AAA", std::vector<Evidence>{ev("d1", "2019-03-02")});
  g.AddEdge("person:hillary-clinton", Relation::kRepresents, "state:BBB",
            std::vector<Evidence>{ev("d4", "2018-05-01")});
  return g;
}

TEST(QueryTest, DatedAnswersShowFirstAndLastSeen) {
  KnowledgeGraph g = DatedGraph();
  QueryEngine q(g);
  auto all = q.Demands({});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->columns, (std::vector<std::string>{"maker", "demand", "of", "first_seen", "last_seen"}));
  EXPECT_EQ(Lines(q, all, true), (std::vector<std::string>{"Aland | Sanctions Must Be Lifted |  | 2019-03-02 | 2021-01-09",
                                                           "Borduria | direct talks |  | 2018-05-01 | 2018-05-01"}));
  // Undated evidence: the row stays, its dates are empty.
  EXPECT_EQ(Lines(q, q.Rejections({}), true),
            (std::vector<std::string>{"Borduria | Sanctions Must Be Lifted | Demand | Aland |  | "}));
}

TEST(QueryTest, DatedWindowKeepsTheEvidenceInsideIt) {
  KnowledgeGraph g = DatedGraph();
  QueryEngine q(g);
  // 2020 only: the demand stays, seen once; Borduria's 2018 demand goes.
  auto in2020 = q.Demands({.by = "", .of = "", .when = {"2020", "2020"}, .about = ""});
  EXPECT_EQ(Lines(q, in2020, true),
            (std::vector<std::string>{"Aland | Sanctions Must Be Lifted |  | 2020-07-15 | 2020-07-15"}));
  ASSERT_TRUE(in2020.ok());
  EXPECT_EQ(in2020->rows[0].evidence.size(), 1u);
  // Open ends, month precision.
  EXPECT_EQ(Lines(q, q.Demands({.by = "", .of = "", .when = {"2020-07", ""}, .about = ""}), true),
            (std::vector<std::string>{"Aland | Sanctions Must Be Lifted |  | 2020-07-15 | 2021-01-09"}));
  EXPECT_EQ(Lines(q, q.Demands({.by = "", .of = "", .when = {"", "2018-05-01"}, .about = ""})),
            (std::vector<std::string>{"Borduria | direct talks | "}));
  // Undated evidence is outside every window.
  EXPECT_TRUE(Lines(q, q.Rejections({.by = "", .when = {"1900", ""}})).empty());
  // Bad dates and a reversed window are errors that say so.
  auto bad = q.Demands({.by = "", .of = "", .when = {"soon", ""}, .about = ""});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("--from takes a date"), std::string::npos) << bad.error().message;
  auto reversed = q.Stance("talks", {"2021", "2019"});
  ASSERT_FALSE(reversed.ok());
  EXPECT_NE(reversed.error().message.find("after --to"), std::string::npos) << reversed.error().message;
  EXPECT_EQ(Lines(q, q.Actor("Borduria", {"2018", "2018"})),
            (std::vector<std::string>{"Borduria | demands | out | direct talks | Demand",
                                      "Borduria | represents | in | Hillary Clinton | Person"}));
}

TEST(QueryTest, ArrangeSortsByDateEvidenceOrActorAndLimits) {
  KnowledgeGraph g = DatedGraph();
  QueryEngine q(g);
  auto a = q.Demands({});
  ASSERT_TRUE(a.ok());
  q.Arrange(&*a, AnswerSort::kDate, 0);
  EXPECT_EQ(Lines(q, a), (std::vector<std::string>{"Borduria | direct talks | ", "Aland | Sanctions Must Be Lifted | "}));
  q.Arrange(&*a, AnswerSort::kEvidence, 0);  // three items before one
  EXPECT_EQ(Lines(q, a), (std::vector<std::string>{"Aland | Sanctions Must Be Lifted | ", "Borduria | direct talks | "}));
  q.Arrange(&*a, AnswerSort::kDate, 1);
  EXPECT_EQ(Lines(q, a), (std::vector<std::string>{"Borduria | direct talks | "}));
  auto stance = q.Stance("demand:aaa:sanction-lift");
  ASSERT_TRUE(stance.ok());
  q.Arrange(&*stance, AnswerSort::kActor, 0);  // by the actor column, not the demand
  EXPECT_EQ(Lines(q, stance), (std::vector<std::string>{"Sanctions Must Be Lifted | makes | Aland",
                                                        "Sanctions Must Be Lifted | rejects | Borduria"}));
  q.Arrange(&*stance, AnswerSort::kDate, 0);  // the undated rejection last
  EXPECT_EQ(Lines(q, stance).back(), "Sanctions Must Be Lifted | rejects | Borduria");
  EXPECT_EQ(ParseAnswerSort("evidence"), AnswerSort::kEvidence);
  EXPECT_FALSE(ParseAnswerSort("size").has_value());
}

TEST(QueryTest, ANameOfSeveralNodesAnswersForAllAndSaysSo) {
  KnowledgeGraph g = DatedGraph();
  NameIndex aliases;
  aliases.Add("Clinton", "person:bill-clinton");  // as a dictionary alias may say
  QueryEngine q(g, &aliases);
  auto a = q.Actor("Clinton");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(Lines(q, a), (std::vector<std::string>{
                             "Bill Clinton | (node) |  | person:bill-clinton | Person",
                             "Bill Clinton | represents | out | Aland | State",
                             "Hillary Clinton | (node) |  | person:hillary-clinton | Person",
                             "Hillary Clinton | represents | out | Borduria | State"}));
  ASSERT_EQ(a->notes.size(), 1u);
  EXPECT_NE(a->notes[0].find("'Clinton' matches 2 nodes: Bill Clinton (person:bill-clinton), Hillary Clinton"),
            std::string::npos)
      << a->notes[0];
  auto one = q.Actor("Hillary Clinton");
  ASSERT_TRUE(one.ok());
  EXPECT_TRUE(one->notes.empty());
}

TEST(QueryTest, StanceMatchesWordsInAnyForm) {
  KnowledgeGraph g = DatedGraph();
  // What the CLI gives from the English morphology, for the words used here.
  QueryEngine q(g, nullptr, [](std::string_view w) {
    if (w == "lift") return std::vector<std::string>{"lift", "lifted", "lifting", "lifts"};
    if (w == "sanction") return std::vector<std::string>{"sanction", "sanctions"};
    return std::vector<std::string>{};
  });
  EXPECT_EQ(Lines(q, q.Stance("lift sanction")),
            (std::vector<std::string>{"Sanctions Must Be Lifted | makes | Aland",
                                      "Sanctions Must Be Lifted | rejects | Borduria"}));
  EXPECT_EQ(Lines(q, q.Stance("sanction lift")).size(), 2u);  // any order
  EXPECT_FALSE(q.Stance("lift embargo").ok());                // every word must match
  QueryEngine plain(g);                                       // without forms: as typed
  EXPECT_FALSE(plain.Stance("lift sanction").ok());
  EXPECT_TRUE(plain.Stance("lifted sanctions").ok());
}

TEST(QueryTest, PatternInequalityDropsSolutions) {
  QueryEngine q(Sample());
  // Which states met each other: without '!=' each state also pairs with itself.
  auto with_self = q.Run(*ParsePattern("?a:State participates-in ?m . ?b:State participates-in ?m"));
  auto pairs = q.Run(*ParsePattern("?a:State participates-in ?m . ?b:State participates-in ?m . ?a != ?b"));
  ASSERT_TRUE(with_self.ok() && pairs.ok());
  EXPECT_GT(with_self->rows.size(), pairs->rows.size());
  for (const std::string& line : Lines(q, pairs)) {
    EXPECT_NE(line.substr(0, line.find(" |")), line.substr(line.rfind("| ") + 2)) << line;
  }
  EXPECT_EQ(Lines(q, q.Run(*ParsePattern("?who demands ?d . ?d demands-of Russia . ?who != \"United States\""))),
            std::vector<std::string>{});
  EXPECT_EQ(Lines(q, q.Run(*ParsePattern("?who demands ?d . ?d demands-of Russia . ?who != Russia"))),
            std::vector<std::string>{"United States | unilateral concessions"});
}

}  // namespace
}  // namespace demarche
