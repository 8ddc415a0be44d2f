#include "extract/text/morphology.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/text_util.h"

namespace demarche {
namespace {

namespace fs = std::filesystem;

const Morphology& M() {
  static const Morphology* m = [] {
    auto r = Morphology::Load(DEMARCHE_DATA_DIR "/lexicons/irregular.tsv");
    if (!r) {
      ADD_FAILURE() << r.error().message;
      std::abort();
    }
    return new Morphology(std::move(*r));
  }();
  return *m;
}

using Forms = std::vector<std::string>;

TEST(MorphologyTest, RegularVerbs) {
  EXPECT_EQ(M().Forms("demand", 'v'), (Forms{"demand", "demanded", "demanding", "demands"}));
  EXPECT_EQ(M().Forms("urge", 'v'), (Forms{"urge", "urged", "urges", "urging"}));
  EXPECT_EQ(M().Forms("press", 'v'), (Forms{"press", "pressed", "presses", "pressing"}));
  EXPECT_EQ(M().Forms("reject", 'v'), (Forms{"reject", "rejected", "rejecting", "rejects"}));
  EXPECT_EQ(M().Forms("refuse", 'v'), (Forms{"refuse", "refused", "refuses", "refusing"}));
  // Two syllables: no doubling.
  EXPECT_EQ(M().Forms("visit", 'v'), (Forms{"visit", "visited", "visiting", "visits"}));
  // A final e after e stays before -ing.
  EXPECT_EQ(M().Forms("agree", 'v'), (Forms{"agree", "agreed", "agreeing", "agrees"}));
  EXPECT_EQ(M().Forms("deny", 'v'), (Forms{"deny", "denied", "denies", "denying"}));
  EXPECT_EQ(M().Forms("veto", 'v'), (Forms{"veto", "vetoed", "vetoes", "vetoing"}));
  EXPECT_EQ(M().Forms("play", 'v'), (Forms{"play", "played", "playing", "plays"}));
}

TEST(MorphologyTest, DoublingOneSyllableVerbs) {
  // ban and bar are in WordNet's lists too; stop, plan, quit's -ing and squat are the rule's.
  EXPECT_EQ(M().Forms("ban", 'v'), (Forms{"ban", "banned", "banning", "bans"}));
  EXPECT_EQ(M().Forms("bar", 'v'), (Forms{"bar", "barred", "barring", "bars"}));
  EXPECT_EQ(M().Forms("squat", 'v'), (Forms{"squat", "squats", "squatted", "squatting"}));
  // Not after two vowels, not w, x, y.
  EXPECT_EQ(M().Forms("fix", 'v'), (Forms{"fix", "fixed", "fixes", "fixing"}));
  EXPECT_EQ(M().Forms("row", 'v'), (Forms{"row", "rowed", "rowing", "rows"}));
  EXPECT_EQ(M().Forms("rain", 'v'), (Forms{"rain", "rained", "raining", "rains"}));
}

TEST(MorphologyTest, IrregularVerbsReplaceTheRegularPast) {
  EXPECT_EQ(M().Forms("seek", 'v'), (Forms{"seek", "seeking", "seeks", "sought"}));
  EXPECT_EQ(M().Forms("meet", 'v'), (Forms{"meet", "meeting", "meets", "met"}));
  EXPECT_EQ(M().Forms("hold", 'v'), (Forms{"hold", "held", "holding", "holds"}));
  // WordNet's lying is the regular -ing; its lay and lain are "recline"; "lied" is lost.
  EXPECT_EQ(M().Forms("lie", 'v'), (Forms{"lie", "lain", "lay", "lies", "lying"}));
  // The past is the lemma itself; WordNet lists only the doubled -ing.
  EXPECT_EQ(M().Forms("put", 'v'), (Forms{"put", "puts", "putting"}));
  EXPECT_EQ(M().Forms("cut", 'v'), (Forms{"cut", "cuts", "cutting"}));
  // WordNet lists dying, tying only to undo ie -> y: the past is regular.
  EXPECT_EQ(M().Forms("die", 'v'), (Forms{"die", "died", "dies", "dying"}));
  EXPECT_EQ(M().Forms("tie", 'v'), (Forms{"tie", "tied", "ties", "tying"}));
  // WordNet's is and has stand for the regular -s.
  EXPECT_EQ(M().Forms("be", 'v'), (Forms{"be", "am", "are", "been", "being", "is", "was", "were"}));
  EXPECT_EQ(M().Forms("have", 'v'), (Forms{"have", "had", "has", "having"}));
  // Doubled by stress, which only WordNet knows; no "commiting".
  EXPECT_EQ(M().Forms("commit", 'v'), (Forms{"commit", "commits", "committed", "committing"}));
  // WordNet lists only the hyphenated spelling: the plain one is made by rule.
  EXPECT_EQ(M().Forms("coordinate", 'v'),
            (Forms{"coordinate", "co-ordinate", "co-ordinated", "co-ordinates", "co-ordinating", "coordinated",
                   "coordinates", "coordinating"}));
  // British and American spellings.
  EXPECT_EQ(M().Forms("cancel", 'v'),
            (Forms{"cancel", "canceled", "canceling", "cancelled", "cancelling", "cancels"}));
}

TEST(MorphologyTest, MultiWordVerbsInflectTheirFirstWord) {
  EXPECT_EQ(M().Forms("call for", 'v'), (Forms{"call for", "called for", "calling for", "calls for"}));
  EXPECT_EQ(M().Forms("rule out", 'v'), (Forms{"rule out", "ruled out", "rules out", "ruling out"}));
  EXPECT_EQ(M().Forms("say no", 'v'), (Forms{"say no", "said no", "saying no", "says no"}));
  EXPECT_EQ(M().Forms("turn down", 'v'), (Forms{"turn down", "turned down", "turning down", "turns down"}));
  EXPECT_EQ(M().Forms("insist on", 'v'), (Forms{"insist on", "insisted on", "insisting on", "insists on"}));
  EXPECT_EQ(M().Forms("meet with", 'v'), (Forms{"meet with", "meeting with", "meets with", "met with"}));
  // WordNet lists the whole phrase.
  EXPECT_EQ(M().Forms("join forces", 'v'),
            (Forms{"join forces", "joined forces", "joining forces", "joins forces"}));
}

TEST(MorphologyTest, InputIsNormalized) {
  EXPECT_EQ(M().Forms("  Rule   OUT ", 'v'), M().Forms("rule out", 'v'));
  EXPECT_EQ(M().Forms("rule_out", 'v'), M().Forms("rule out", 'v'));
  EXPECT_TRUE(M().Forms("", 'v').empty());
  EXPECT_TRUE(M().Forms("   ", 'n').empty());
  EXPECT_EQ(M().Forms("quickly", 'r'), (Forms{"quickly"}));
}

TEST(MorphologyTest, ExtraFormsFromALexicon) {
  // cameo-verbs.tsv: "+DRAG_OUT {+DRAGGED_OUT +DRAGGING_OUT +DRAGS_OUT +DRUG_OUT }".
  Forms f = M().Forms("drag out", 'v', {"dragged_out", "dragging_out", "drags_out", "drug_out"});
  EXPECT_EQ(f, (Forms{"drag out", "dragged out", "dragging out", "drags out", "drug out"}));
  // What WordNet's list hides, a lexicon can add back.
  f = M().Forms("work", 'v', {"worked"});
  EXPECT_EQ(f, (Forms{"work", "worked", "working", "works", "wrought"}));
}

TEST(MorphologyTest, Nouns) {
  EXPECT_EQ(M().Forms("talk", 'n'), (Forms{"talk", "talks"}));
  EXPECT_EQ(M().Forms("summit", 'n'), (Forms{"summit", "summits"}));
  EXPECT_EQ(M().Forms("ally", 'n'), (Forms{"ally", "allies"}));
  EXPECT_EQ(M().Forms("day", 'n'), (Forms{"day", "days"}));
  EXPECT_EQ(M().Forms("church", 'n'), (Forms{"church", "churches"}));
  // WordNet's plurals come beside the regular one: English uses both "ultimata" and
  // "ultimatums"; "bans" must not give way to the Romanian coin's "bani".
  Forms crisis = M().Forms("crisis", 'n');
  EXPECT_EQ(crisis.front(), "crisis");
  EXPECT_NE(std::find(crisis.begin(), crisis.end(), "crises"), crisis.end());
  EXPECT_EQ(M().Forms("ultimatum", 'n'), (Forms{"ultimatum", "ultimata", "ultimatums"}));
  EXPECT_EQ(M().Forms("ban", 'n'), (Forms{"ban", "bani", "bans"}));
  EXPECT_EQ(M().Forms("peace talk", 'n'), (Forms{"peace talk", "peace talks"}));
  Forms pm = M().Forms("foreign policy crisis", 'n');
  EXPECT_NE(std::find(pm.begin(), pm.end(), "foreign policy crises"), pm.end());
}

TEST(MorphologyTest, IrregularLookup) {
  const auto* sought = M().Irregular("seek", 'v');
  ASSERT_NE(sought, nullptr);
  EXPECT_EQ(*sought, (Forms{"sought"}));
  EXPECT_EQ(M().Irregular("demand", 'v'), nullptr);
  EXPECT_EQ(M().Irregular("seek", 'x'), nullptr);
  EXPECT_GT(M().size(), 3000u);
}

fs::path TempFile(const std::string& name, const std::string& text) {
  fs::path p = fs::temp_directory_path() / ("demarche-morph-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

TEST(MorphologyTest, MalformedFilesAreRefusedWithFileAndLine) {
  struct Case {
    std::string text, expect;
  };
  const std::vector<Case> cases = {
      {"# comment\nseek\tv\tsought\nmeet v met\n", ":3: expected 3 tab-separated columns"},
      {"seek\tv\tsought\tnoinflect\n", ":1: expected 3 tab-separated columns (lemma, pos, forms), got 4"},
      {"seek\tx\tsought\n", ":1: part of speech must be 'v' or 'n', got 'x'"},
      {"Seek\tv\tsought\n", ":1: lemma 'Seek'"},
      {"seek\tv\t\n", ":1: no forms for 'seek'"},
      {"seek\tv\tSought\n", ":1: form 'Sought'"},
      {"seek\tv\tsought\n\nseek\tv\tsoughten\n", ":3: 'seek' (v) again; first at line 1"},
      {"# only a comment\n", ": no entries"},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    fs::path p = TempFile(std::to_string(i) + ".tsv", cases[i].text);
    auto r = Morphology::Load(p.string());
    fs::remove(p);
    ASSERT_FALSE(r) << cases[i].text;
    EXPECT_EQ(r.error().message.rfind(p.string() + cases[i].expect, 0), 0u) << r.error().message;
  }
  auto missing = Morphology::Load("/nonexistent/irregular.tsv");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("/nonexistent/irregular.tsv: cannot open"), std::string::npos);
  // The same lemma as verb and noun is two entries.
  fs::path both = TempFile("both.tsv", "ban\tv\tbanned banning\nban\tn\tbani\n");
  auto ok = Morphology::Load(both.string());
  fs::remove(both);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->size(), 2u);
}

// The generated CAMEO lexicon: every line has its five columns, and the verbs the frames
// will use are where the lead expects them.
TEST(MorphologyTest, GeneratedCameoVerbsParse) {
  const std::string path = DEMARCHE_DATA_DIR "/lexicons/cameo-verbs.tsv";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::map<std::string, std::vector<std::vector<std::string>>> by_lemma;
  std::string line;
  int lineno = 0;
  int rows = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    for (auto part : Split(line, '\t')) f.emplace_back(part);
    ASSERT_EQ(f.size(), 5u) << path << ":" << lineno;
    EXPECT_FALSE(f[0].empty()) << path << ":" << lineno;
    EXPECT_TRUE(f[1] == "-" || f[1].find_first_not_of("0123456789") == std::string::npos) << path << ":" << lineno;
    EXPECT_TRUE(f[4] == "regular" || f[4] == "listed" || f[4] == "noinflect") << path << ":" << lineno;
    EXPECT_EQ(f[4] == "listed", !f[3].empty()) << path << ":" << lineno;
    // Every verb inflects; its listed forms normalize to words.
    EXPECT_FALSE(M().Forms(f[0], 'v', {}).empty()) << path << ":" << lineno;
    by_lemma[f[0]].push_back(f);
    ++rows;
  }
  EXPECT_GT(rows, 1500);
  auto find = [&](const std::string& lemma, const std::string& synset) -> const std::vector<std::string>* {
    for (const auto& f : by_lemma[lemma]) {
      if (f[2] == synset) return &f;
    }
    return nullptr;
  };
  const auto* demand = find("demand", "DEMAND");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ((*demand)[1], "100");
  const auto* reject = find("reject", "REFUSE");
  ASSERT_NE(reject, nullptr);
  const auto* meet = find("meet", "MEET_PEOPLE");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ((*meet)[3], "meeting meets met");
  const auto* meet_with = find("meet with", "MEET_PEOPLE");
  ASSERT_NE(meet_with, nullptr);
  EXPECT_EQ((*meet_with)[3], "meeting_with meets_with met_with");
  const auto* rule_out = find("rule out", "REFUSE");
  ASSERT_NE(rule_out, nullptr);
  EXPECT_EQ((*rule_out)[4], "regular");
  // A member's own code wins over the block's ("DECLINE [120]" in REFUSE [---]).
  const auto* decline = find("decline", "REFUSE");
  ASSERT_NE(decline, nullptr);
  EXPECT_EQ((*decline)[1], "120");
  EXPECT_EQ((*reject)[1], "-");
}

}  // namespace
}  // namespace demarche
