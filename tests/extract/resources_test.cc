#include "extract/resources.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "extract/dates.h"
#include "extract/doc_state.h"

namespace demarche {
namespace {

namespace fs = std::filesystem;

TEST(ResourcesTest, LoadsTheProjectData) {
  auto r = Resources::Load(DEMARCHE_DATA_DIR);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_GT(r->num_states(), 200u);
  EXPECT_GT(r->num_cities(), 1000u);
  ASSERT_NE(r->State("RUS"), nullptr);
  EXPECT_EQ(r->State("RUS")->name, "Russia");
  ASSERT_NE(r->Org("nato"), nullptr);
  EXPECT_EQ(r->Org("NATO")->kind, "alliance");
  const auto* russian = r->Lookup("Russian");
  ASSERT_NE(russian, nullptr);
  EXPECT_EQ(russian->front().kind, EntryKind::kStateDemonym);
  // "American" belongs to the United States, not to a territory that shares the demonym.
  const auto* american = r->Lookup("American");
  ASSERT_NE(american, nullptr);
  ASSERT_EQ(american->size(), 1u);
  EXPECT_EQ(american->front().id, "USA");
  EXPECT_NE(r->Lookup(PhraseKey("NATO-Russia Council")), nullptr);
}

// The C++ stages read word classes by name (RequiredClasses: meeting_noun and the classes of
// mentions.tsv): a data folder without one is refused, naming it.
TEST(ResourcesTest, RefusesDataWithoutAClassTheStagesRead) {
  fs::path dir = fs::temp_directory_path() / ("demarche-classes-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy(DEMARCHE_DATA_DIR, dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  fs::path file = dir / "lexicons" / "classes" / "mentions.tsv";
  std::string kept, line;
  {
    std::ifstream in(file);
    while (std::getline(in, line)) {
      if (line.rfind("determiner\t", 0) != 0) kept += line + "\n";
    }
  }
  std::ofstream(file) << kept;
  auto r = Resources::Load(dir.string());
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("no word class 'determiner'"), std::string::npos) << r.error().message;
  fs::remove_all(dir);
}

TEST(ResourcesTest, BadFilesGiveLocatedMessages) {
  fs::path dir = fs::temp_directory_path() / ("demarche-res-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy(DEMARCHE_DATA_DIR, dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  {
    std::ofstream out(dir / "gazetteers" / "organizations.tsv", std::ios::app);
    out << "BROKEN NATO with spaces not tabs\n";
  }
  auto r = Resources::Load(dir.string());
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("organizations.tsv:"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("got 1"), std::string::npos) << r.error().message;
  // A venue with a country code that is no ISO3 code.
  fs::copy(DEMARCHE_DATA_DIR "/gazetteers/organizations.tsv", dir / "gazetteers" / "organizations.tsv",
           fs::copy_options::overwrite_existing);
  {
    std::ofstream out(dir / "gazetteers" / "venues.tsv", std::ios::app);
    out << "Atlantis\tATLANTIS\n";
  }
  auto venue = Resources::Load(dir.string());
  ASSERT_FALSE(venue);
  EXPECT_NE(venue.error().message.find("venues.tsv:"), std::string::npos) << venue.error().message;
  EXPECT_NE(venue.error().message.find("ATLANTIS"), std::string::npos) << venue.error().message;
  auto missing = Resources::Load((dir / "nowhere").string());
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("states.tsv: cannot open"), std::string::npos);
  fs::remove_all(dir);
}

// The rule data: a misspelt class, an empty rule file, and a leftover triggers.tsv are refused
// with where they are and what to do; a class the extractor reads must exist.
TEST(ResourcesTest, RuleDataMistakesAreRefused) {
  fs::path dir = fs::temp_directory_path() / ("demarche-rules-" + std::to_string(::getpid()));
  auto fresh = [&] {
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(DEMARCHE_DATA_DIR, dir, fs::copy_options::recursive);
  };
  auto error = [&] {
    auto r = Resources::Load(dir.string());
    return r ? std::string("(loaded)") : r.error().message;
  };
  fresh();
  ASSERT_EQ(error(), "(loaded)");
  {
    std::ofstream out(dir / "lexicons" / "classes" / "frames.tsv", std::ios::app);
    out << "demand_dirct\tbeseech\tv\n";
  }
  std::string e = error();
  EXPECT_NE(e.find("frames.tsv:"), std::string::npos) << e;
  EXPECT_NE(e.find("class 'demand_dirct' is named by no rule and read by no stage (nearest: demand_direct"),
            std::string::npos) << e;
  fresh();
  std::ofstream(dir / "rules" / "meetings.rules") << "# nothing here\n";
  EXPECT_NE(error().find("meetings.rules: holds no rule"), std::string::npos) << error();
  fresh();
  std::ofstream(dir / "lexicons" / "triggers.tsv") << "modal-block\tmay\n";
  EXPECT_NE(error().find("triggers.tsv: this file is no longer read"), std::string::npos) << error();
  fresh();
  fs::remove(dir / "lexicons" / "classes" / "meetings.tsv");  // meeting_noun is read by the C++
  EXPECT_NE(error().find("no word class 'meeting_noun' (the extractor reads it"), std::string::npos) << error();
  fresh();
  fs::remove(dir / "lexicons" / "classes" / "dates.tsv");  // the date finder's words
  EXPECT_NE(error().find("no word class 'month_name' (the extractor reads it"), std::string::npos) << error();
  fs::remove_all(dir);
}

// The classes the mention, meeting and date stages read by name are required, so a data
// folder that lacks one is refused at load rather than silently matching nothing.
TEST(ResourcesTest, TheClassesTheStagesReadAreRequired) {
  const auto& required = RequiredClasses();
  for (const auto* names : {&MentionClassNames(), &MeetingClassNames(), &DateClassNames()}) {
    for (const auto& name : *names) {
      EXPECT_NE(std::find(required.begin(), required.end(), name), required.end()) << name;
    }
  }
}

}  // namespace
}  // namespace demarche
