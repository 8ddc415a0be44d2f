// The rule engine on its own: the file format's validation and the pattern matcher.
#include "extract/rules/rules.h"
#include "extract/text/token_filter.h"

#include <gtest/gtest.h>
#include <chrono>
#include <fstream>

#include "core/text_util.h"

namespace demarche {
namespace {

// A small regular inflector for these tests (the real one is Morphology).
std::vector<std::string> TestInflect(const std::string& lemma, char pos) {
  std::string head = lemma.substr(0, lemma.find(' '));
  std::string tail = lemma.size() > head.size() ? lemma.substr(head.size()) : "";
  if (pos == 'n') return {lemma, head + "s" + tail};
  return {lemma, head + "s" + tail, head + "ed" + tail, head + "ing" + tail};
}

const std::vector<ActionSpec> kActions = {
    {"demand", {{"frame", {"direct", "that"}}}, {"trigger"}},
    {"note", {{"kind", {}}}, {}},
};

const char* kGood = R"(# a comment
rule a.one
  priority 5
  pattern  who=:Actor trigger=@ask (that)? what=(_ _?)
  action   demand frame=that
  cameo    100
  example  Russia asked that NATO leave.
    expect Russia | demands | leave
  counter  Nobody asked.
end
)";

class RulesTest : public testing::Test {
 protected:
  void SetUp() override {
    classes_.Add("ask", "ask", 'v', "", TestInflect);
    classes_.Add("ask", "call for", 'v', "", TestInflect);
  }
  Result<RuleSet> Parse(const std::string& text) { return RuleSet::Parse(text, "t.rules", &classes_, kActions, TestInflect); }
  std::string ErrorOf(const std::string& text) {
    auto r = Parse(text);
    return r ? std::string("(loaded)") : r.error().message;
  }
  // Rule text with one line replaced.
  static std::string With(const std::string& from, const std::string& to) {
    std::string s = kGood;
    auto at = s.find(from);
    return at == std::string::npos ? s : s.replace(at, from.size(), to);
  }
  WordClasses classes_;
};

TEST_F(RulesTest, LoadsAWellFormedRule) {
  auto r = Parse(kGood);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->rules().size(), 1u);
  const Rule& rule = r->rules()[0];
  EXPECT_EQ(rule.id, "a.one");
  EXPECT_EQ(rule.priority, 5);
  EXPECT_EQ(rule.stage, "frames");
  EXPECT_EQ(rule.cameo, "100");
  EXPECT_EQ(rule.Arg("frame"), "that");
  EXPECT_EQ(rule.capture_names, (std::vector<std::string>{"who", "trigger", "what"}));
  ASSERT_EQ(rule.examples.size(), 1u);
  EXPECT_EQ(rule.examples[0].edges.size(), 1u);
  EXPECT_EQ(rule.counters.size(), 1u);
}

TEST_F(RulesTest, ErrorsNameTheLineAndTheNearestName) {
  EXPECT_EQ(ErrorOf(With("@ask", "@asc")), "t.rules:4: unknown word class '@asc' (nearest: @ask)");
  EXPECT_EQ(ErrorOf(With("action   demand", "action   demnd")), "t.rules:5: unknown action 'demnd' (nearest: demand)");
  EXPECT_EQ(ErrorOf(With("frame=that", "frme=that")),
            "t.rules:5: action 'demand' takes no argument 'frme' (nearest: frame)");
  EXPECT_EQ(ErrorOf(With("frame=that", "frame=tht")),
            "t.rules:5: argument frame='tht' of action 'demand' is not one of its values (nearest: that)");
  EXPECT_EQ(ErrorOf(With(":Actor", ":Actr")), "t.rules:4: unknown mention type ':Actr' (nearest: :Actor)");
  EXPECT_EQ(ErrorOf(With("priority 5", "prority 5")), "t.rules:3: unknown key 'prority' (nearest: priority)");
  EXPECT_EQ(ErrorOf(With("priority 5", "priority high")), "t.rules:3: priority must be an integer, got 'high'");
  EXPECT_EQ(ErrorOf(With("(that)?", "(that")), "t.rules:4: unbalanced '(': missing ')'");
  EXPECT_EQ(ErrorOf(With("(that)?", "that{3,1}")), "t.rules:4: bad quantifier '{3,1}' (0 <= m <= n, 1 <= n <= 1000)");
  EXPECT_EQ(ErrorOf(With("trigger=@ask", "@ask")),
            "t.rules:2: rule 'a.one': action 'demand' needs a capture 'trigger=' in the pattern");
  EXPECT_EQ(ErrorOf(With("  counter  Nobody asked.\n", "")),
            "t.rules:2: rule 'a.one' has no counter-example (every rule shows a near miss it must leave alone)");
  EXPECT_EQ(ErrorOf(With("    expect Russia | demands | leave\n", "")),
            "t.rules:7: example of rule 'a.one' expects no edge (add 'expect A | relation | B')");
  EXPECT_EQ(ErrorOf(With("demands | leave", "demandz | leave")),
            "t.rules:8: unknown relation 'demandz' (nearest: demands)");
  EXPECT_EQ(ErrorOf(With("end\n", "")), "t.rules:2: rule 'a.one' has no 'end'");
  EXPECT_EQ(ErrorOf(std::string(kGood) + kGood), "t.rules:12: duplicate rule id 'a.one' (first at line 2)");
  EXPECT_EQ(ErrorOf("pattern x\n"), "t.rules:1: 'pattern' outside a rule (expected 'rule ID')");
  EXPECT_EQ(ErrorOf(With("cameo    100", "cameo    1x")), "t.rules:6: CAMEO code must be digits, got '1x'");
  EXPECT_EQ(ErrorOf(With("rule a.one", "rule A One")), "t.rules:2: bad rule id 'A One' (lower-case letters, digits, '.', '-', '_')");
}

TEST_F(RulesTest, RefusesInvalidUtf8WithItsLine) {
  EXPECT_EQ(ErrorOf(std::string("# ok\n\xff\n")), "t.rules:2: invalid UTF-8 at column 1");
}

// A sentence: words, lower case and mentions.
struct Sentence {
  std::vector<std::string> words, lower;
  std::vector<MatchMention> mentions;
  MatchInput In() const { return {&words, &lower, &mentions}; }
};
Sentence Make(const std::string& text, std::vector<MatchMention> mentions = {}) {
  Sentence s;
  for (auto w : Split(text, ' ')) {
    s.words.emplace_back(w);
    s.lower.push_back(AsciiLower(std::string(w)));
  }
  s.mentions = std::move(mentions);
  return s;
}

std::string RuleText(const std::string& pattern) {
  return "rule r\n pattern " + pattern + "\n action note\n example x\n expect a | demands | b\n counter y\nend\n";
}

class MatchTest : public RulesTest {
 protected:
  // The span [first, last) of capture `cap` (or of the whole match) at token `at`, or "none".
  std::string Run(const std::string& pattern, const Sentence& s, int at, const std::string& cap = "") {
    auto set = Parse(RuleText(pattern));
    if (!set) return "error: " + set.error().message;
    auto m = set->MatchAt(set->rules()[0], s.In(), at);
    if (!m) return "none";
    auto span = cap.empty() ? std::pair(m->first, m->last) : m->Capture(cap);
    return std::to_string(span.first) + "-" + std::to_string(span.second);
  }
};

TEST_F(MatchTest, WordsClassesAndMultiWordForms) {
  Sentence s = Make("Russia called for talks at once");
  EXPECT_EQ(Run("@ask", s, 1), "1-3");  // "called for": the longest form of the class
  EXPECT_EQ(Run("lemma:call for", s, 1), "1-3");  // the forms of "call", then the word "for"
  EXPECT_EQ(Run("lemma:call talks", s, 1), "none");
  EXPECT_EQ(Run("called/asked for talks", s, 1), "1-4");
  EXPECT_EQ(Run("\"called\" for", s, 1), "1-3");
  EXPECT_EQ(Run("@ask", s, 0), "none");
}

TEST_F(MatchTest, QuantifiersBacktrack) {
  Sentence s = Make("a b b b c");
  EXPECT_EQ(Run("a b* c", s, 0), "0-5");
  EXPECT_EQ(Run("a b+ b c", s, 0), "0-5");  // greedy, then gives one back
  EXPECT_EQ(Run("a b{1,2} c", s, 0), "none");
  EXPECT_EQ(Run("a b{1,2}", s, 0), "0-3");
  EXPECT_EQ(Run("a x? b", s, 0), "0-2");
  EXPECT_EQ(Run("a (b | c)+ ", s, 0), "0-5");
  EXPECT_EQ(Run("a mid=(b b) b c", s, 0, "mid"), "1-3");
  EXPECT_EQ(Run("a !c", s, 0), "0-2");
  EXPECT_EQ(Run("a !b", s, 0), "none");
  EXPECT_EQ(Run("a _ _ _ c", s, 0), "0-5");
}

TEST_F(MatchTest, AQuantifierAfterAQuotedWordApplies) {
  // '"x"?' used to keep the '?' as part of the word "x?", a rule that silently never matched.
  Sentence s = Make("a b b b c");
  EXPECT_EQ(Run("a \"x\"? b", s, 0), "0-2");
  EXPECT_EQ(Run("a \"b\"+ c", s, 0), "0-5");
  EXPECT_EQ(Run("a \"b\"{3} c", s, 0), "0-5");
  Sentence q = Make("a ? b");
  EXPECT_EQ(Run("a \"?\" b", q, 0), "0-3");  // a quoted "?" is still a word
}

TEST_F(MatchTest, CatastrophicBacktrackingGivesUpQuickly) {
  // "(_*)* z" on 400 tokens without a "z" tries every way to cut the sentence (2^399): the
  // matcher stops after a fixed budget of steps and reports no match.
  std::string text = "a";
  for (int i = 0; i < 399; ++i) text += " b";
  Sentence s = Make(text);
  for (const char* p : {"a (_*)* z", "a (_?)* z", "a (b | _)* z", "a _{0,1000} _{0,1000} _{0,1000} _{0,1000} z"}) {
    auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(Run(p, s, 0), "none") << p;
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2)) << p;
  }
  EXPECT_EQ(Run("a (_*)*", s, 0), "0-400");  // a match found early is still found
  EXPECT_EQ(Run("a (b b)* b", s, 0), "0-400");
}

TEST_F(MatchTest, MentionsCoverTheirTokens) {
  // "the United States urged Iran" with mentions [1,3) State and [4,5) State.
  Sentence s = Make("the United States urged Iran", {{1, 3, NodeType::kState}, {4, 5, NodeType::kState}});
  EXPECT_EQ(Run("the who=:State urged", s, 0, "who"), "1-3");
  EXPECT_EQ(Run(":Actor urged :Actor", s, 1), "1-5");
  EXPECT_EQ(Run(":Person urged", s, 1), "none");
  EXPECT_EQ(Run(":State", s, 2), "none");  // not at the mention's first token
  EXPECT_EQ(Run("Cap Cap", s, 1), "1-3");
}

TEST_F(MatchTest, CandidatesAreIndexedByFirstWordAndOrderedByPriority) {
  std::string text = "rule low\n priority 1\n pattern @ask\n action note\n example x\n expect a | demands | b\n counter y\nend\n"
                     "rule high\n priority 9\n pattern asked that\n action note\n example x\n expect a | demands | b\n counter y\nend\n"
                     "rule other\n stage meetings\n pattern asked\n action note\n example x\n expect a | demands | b\n counter y\nend\n";
  auto set = Parse(text);
  ASSERT_TRUE(set) << set.error().message;
  Sentence s = Make("Iran asked that");
  std::vector<const Rule*> c;
  set->Candidates("frames", s.In(), 1, &c);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0]->id, "high");
  EXPECT_EQ(c[1]->id, "low");
  set->Candidates("frames", s.In(), 0, &c);
  EXPECT_TRUE(c.empty());
  set->Candidates("meetings", s.In(), 1, &c);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->id, "other");
}

// Which rules are tried at a token of "Iran asked that NATO go": their ids, in order.
std::string CandidateIds(const RuleSet& set, const Sentence& s, int at) {
  std::vector<const Rule*> c;
  set.Candidates("frames", s.In(), at, &c);
  std::string out;
  for (const Rule* r : c) out += (out.empty() ? "" : ",") + r->id;
  return out.empty() ? "-" : out;
}

TEST_F(MatchTest, CandidatesLookThroughGroupsAndOptionalElements) {
  // A rule is tried only where its first token can match: groups give the first words of
  // every alternative, an optional element adds what follows it; "_" or a pattern that can
  // match nothing is tried everywhere. The index must never leave out a token where the
  // rule matches.
  auto rule = [](const std::string& id, const std::string& pattern) {
    return "rule " + id + "\n pattern " + pattern + "\n action note\n example x\n expect a | demands | b\n counter y\nend\n";
  };
  auto set = Parse(rule("group", "(asked | @ask) that") + rule("optional", "(iran)? asked") +
                   rule("mention", "(:State | go)") + rule("any", "_ that") + rule("empty", "x?"));
  ASSERT_TRUE(set) << set.error().message;
  Sentence s = Make("Iran asked that NATO go", {{0, 1, NodeType::kState}, {3, 4, NodeType::kOrganization}});
  EXPECT_EQ(CandidateIds(*set, s, 0), "optional,mention,any,empty");  // "iran", a State mention
  EXPECT_EQ(CandidateIds(*set, s, 1), "group,optional,any,empty");   // "asked" (word and class)
  EXPECT_EQ(CandidateIds(*set, s, 2), "any,empty");
  EXPECT_EQ(CandidateIds(*set, s, 3), "mention,any,empty");  // a mention starts here (type checked when matching)
  EXPECT_EQ(CandidateIds(*set, s, 4), "mention,any,empty");  // "go"
  // Every rule that matches at a token is among its candidates.
  for (int at = 0; at < 5; ++at) {
    std::string ids = CandidateIds(*set, s, at);
    for (const Rule& r : set->rules()) {
      if (set->MatchAt(r, s.In(), at)) {
        EXPECT_NE(("," + ids + ",").find("," + r.id + ","), std::string::npos) << r.id << " at " << at;
      }
    }
  }
}

TEST(TokenFilterTest, NeverMissesAnAddedWordAndPassesFewOthers) {
  TokenFilter f;
  EXPECT_FALSE(f.MayContain("anything"));  // empty: nothing may be in it
  f.Reserve(1000);
  for (int i = 0; i < 1000; ++i) f.Add("word" + std::to_string(i));
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(f.MayContain("word" + std::to_string(i))) << i;
  int passed = 0;
  for (int i = 0; i < 10000; ++i) passed += f.MayContain("other" + std::to_string(i));
  EXPECT_LT(passed, 1500);  // ~1 in 16 expected at 16 bits a word
}

TEST_F(RulesTest, RefusesDeeplyNestedGroupsWithoutCrashing) {
  // Groups nested 100,000 deep used to overflow the stack (the parser, the matcher and the
  // destructor recurse per level); such a line is now too long, and a shorter one too deep.
  std::string deep = std::string(100000, '(') + "x" + std::string(100000, ')');
  EXPECT_EQ(ErrorOf(With("what=(_ _?)", deep)), "t.rules:4: line is 200044 bytes long (at most 10000)");
  deep = std::string(4000, '(') + "x" + std::string(4000, ')');
  EXPECT_EQ(ErrorOf(With("what=(_ _?)", deep)), "t.rules:4: groups nested more than 16 deep");
  std::string ok = std::string(16, '(') + "x" + std::string(16, ')');
  EXPECT_EQ(ErrorOf(With("what=(_ _?)", ok)), "(loaded)");
}

TEST_F(RulesTest, RefusesOverlongLinesAndPatterns) {
  // A 5 MB line used to be compared letter by letter with every name for "nearest: ...".
  EXPECT_EQ(ErrorOf(With("@ask", "@" + std::string(200000, 'a'))), "t.rules:4: line is 200051 bytes long (at most 10000)");
  std::string many;
  for (int i = 0; i < 300; ++i) many += " x";
  EXPECT_EQ(ErrorOf(With("what=(_ _?)", many)), "t.rules:4: pattern has more than 256 elements");
}

TEST(WordClassesTest, LoadRefusesBadLines) {
  WordClasses w;
  std::string path = testing::TempDir() + "/classes.tsv";
  for (auto [line, error] : std::vector<std::pair<std::string, std::string>>{
           {"ask\task\tq\n", ":1: unknown part of speech 'q' (v verb, n noun, x as written)"},
           {"ask ask v\n", ":1: expected class<TAB>lemma<TAB>pos[<TAB>value], got 1 columns (spaces instead of tabs?)"},
           {"Ask\task\tv\n", ":1: bad class name 'Ask' (lower-case letters, digits and _)"},
           {"# c\nask\t\tv\n", ":2: empty lemma"}}) {
    {
      std::ofstream(path) << line;
    }
    auto s = w.Load(path, TestInflect);
    ASSERT_FALSE(s) << line;
    EXPECT_EQ(s.error().message, path + error);
  }
}

TEST(WordClassesTest, AClassIsDefinedInOneFileOnly) {
  WordClasses w;
  std::string a = testing::TempDir() + "/a.tsv", b = testing::TempDir() + "/b.tsv";
  std::ofstream(a) << "ask\task\tv\nask\tbeg\tv\n";
  std::ofstream(b) << "# other\nask\tplead\tv\n";
  ASSERT_TRUE(w.Load(a, TestInflect));
  auto s = w.Load(b, TestInflect);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message, b + ":2: class 'ask' is already defined at " + a +
                                   ":1 (one definition per class: add the entry there)");
  EXPECT_TRUE(w.Contains(w.Id("ask"), "begs"));
  EXPECT_FALSE(w.Contains(w.Id("ask"), "plead"));
  EXPECT_FALSE(w.Contains(-1, "ask"));
}

// Contains turns most words away by their shape (first byte, length) before hashing: every
// form is still found, a word of the same shape that is no form is not, nor is an unknown id.
TEST(WordClassesTest, ContainsEveryFormAndNothingElse) {
  WordClasses w;
  for (const char* word : {"the", "a", "an", "their"}) w.Add("determiner", word, 'x', "", TestInflect);
  w.Add("ask", "ask", 'v', "", TestInflect);
  w.Add("ask", "call for", 'v', "", TestInflect);
  for (int id : {w.Id("determiner"), w.Id("ask")}) {
    for (const auto& [phrase, value] : w.Phrases(id)) EXPECT_TRUE(w.Contains(id, phrase)) << phrase;
  }
  EXPECT_TRUE(w.Contains(w.Id("ask"), "called for"));
  EXPECT_FALSE(w.Contains(w.Id("determiner"), "tho"));
  EXPECT_FALSE(w.Contains(w.Id("determiner"), "asks"));
  EXPECT_FALSE(w.Contains(w.Id("ask"), "the"));
  EXPECT_FALSE(w.Contains(w.Id("determiner"), ""));
  EXPECT_FALSE(w.Contains(2, "the"));
  EXPECT_FALSE(w.Contains(-1, "the"));
}

TEST(WordClassesTest, ValueIsTheEntrysValueOrItsLemma) {
  WordClasses w;
  std::string a = testing::TempDir() + "/values.tsv";
  std::ofstream(a) << "number_word\tthree\tx\t3\ncompass\teastward\tx\teast\nask\tbeg\tv\n";
  ASSERT_TRUE(w.Load(a, TestInflect));
  ASSERT_NE(w.Value(w.Id("number_word"), "three"), nullptr);
  EXPECT_EQ(*w.Value(w.Id("number_word"), "three"), "3");
  EXPECT_EQ(*w.Value(w.Id("compass"), "eastward"), "east");
  ASSERT_NE(w.Value(w.Id("ask"), "begs"), nullptr);
  EXPECT_EQ(*w.Value(w.Id("ask"), "begs"), "beg");
  EXPECT_EQ(w.Value(w.Id("ask"), "three"), nullptr);
  EXPECT_EQ(w.Value(-1, "three"), nullptr);
}

TEST(WordClassesTest, ValuesExactPhrasesAndTheClassesAWordStarts) {
  WordClasses w;
  w.Add("month", "Jan", 'x', "1", TestInflect);
  w.Add("week", "next week", 'x', "1", TestInflect);
  w.Add("week", "next week's", 'x', "1", TestInflect);  // tokenized: "next week 's"
  w.Add("cancel", "called off", 'x', "", TestInflect);
  const int month = w.Id("month"), week = w.Id("week"), cancel = w.Id("cancel");
  ASSERT_NE(w.Value(month, "jan"), nullptr);
  EXPECT_EQ(*w.Value(month, "jan"), "1");
  EXPECT_EQ(w.Value(month, "Jan"), nullptr);  // phrases are lower case
  EXPECT_EQ(w.Value(month, "feb"), nullptr);
  EXPECT_EQ(w.Value(-1, "jan"), nullptr);
  ASSERT_NE(w.Value(cancel, "called off"), nullptr);
  EXPECT_EQ(*w.Value(cancel, "called off"), "called off");  // no value: the lemma
  EXPECT_NE(w.Value(week, "next week 's"), nullptr);

  std::vector<std::string> toks = {"met", "next", "week", "'s", "\"", "called", "\"", "off"};
  std::string value;
  EXPECT_EQ(w.LongestExactAt(week, toks, 1, 8, &value), 3);
  EXPECT_EQ(value, "1");
  EXPECT_EQ(w.LongestExactAt(week, toks, 1, 3), 2);  // bounded by `end`
  EXPECT_EQ(w.LongestExactAt(week, toks, 2, 8), 0);
  EXPECT_EQ(w.LongestExactAt(cancel, toks, 5, 8), 0);  // a quotation mark inside: not exact
  EXPECT_EQ(w.LongestAt(cancel, toks, 5), 3);           // where LongestAt skips it
  EXPECT_EQ(w.LongestExactAt(-1, toks, 1, 8), 0);
  EXPECT_EQ(w.LongestExactAt(week, toks, 8, 8), 0);

  EXPECT_EQ(w.ClassesStartingWith("next"), std::vector<int>{week});
  EXPECT_EQ(w.ClassesStartingWith("called"), std::vector<int>{cancel});
  EXPECT_TRUE(w.ClassesStartingWith("week").empty());

  auto first_bytes = w.FirstBytes(week) | w.FirstBytes(month);
  EXPECT_EQ(first_bytes.count(), 2u);
  EXPECT_TRUE(first_bytes['n'] && first_bytes['j']);  // lower case, as the phrases
  EXPECT_TRUE(w.FirstBytes(-1).none());
}

}  // namespace
}  // namespace demarche
