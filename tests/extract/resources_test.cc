#include "extract/resources.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "tests/extract/test_resources.h"

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

TEST(ResourcesTest, CuratedPersonsWinOverPhoenixOnes) {
  const Resources& r = TestResources();
  // Phoenix's SERGEY_LAVROV_ is the curated Sergei Lavrov: its spellings name him.
  const auto* e = r.Lookup("Sergey Lavrov");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->front().kind, EntryKind::kPersonFull);
  EXPECT_EQ(e->front().id, "Sergei Lavrov");
  EXPECT_EQ(r.Person("Sergey Lavrov"), nullptr);
  ASSERT_NE(r.Person("Sergei Lavrov"), nullptr);
  EXPECT_TRUE(r.Person("Sergei Lavrov")->curated);
  // Phoenix holds Obama's presidency open-ended; the curated years (2009-2017) decide.
  const PersonInfo* obama = r.Person("Barack Obama");
  ASSERT_NE(obama, nullptr);
  EXPECT_EQ(PrincipalOn(*obama, Date{2012, 5, 1}), "USA");
  EXPECT_EQ(PrincipalOn(*obama, Date{2022, 3, 1}), "");
  EXPECT_EQ(obama->country, "USA");
  // A person only Phoenix knows.
  const PersonInfo* amano = r.Person("Yukiya Amano");
  ASSERT_NE(amano, nullptr);
  EXPECT_FALSE(amano->curated);
  EXPECT_EQ(PrincipalOn(*amano, Date{2015, 1, 1}), "IAEA");
  EXPECT_EQ(PersonNodeKey("Recep Tayyip Erdoğan"), PersonNodeKey("Recep Tayyip Erdogan"));
}

TEST(ResourcesTest, ShortNameOfSeveralGoesToTheHolderNearestTheDate) {
  const Resources& r = TestResources();
  const auto* e = r.Lookup("Clinton");
  ASSERT_NE(e, nullptr);
  auto holder = [&](Date d) {
    const GazetteerEntry* h = r.ShortNameHolderOn(*e, d);
    return h ? h->id : std::string("(none)");
  };
  EXPECT_EQ(holder(Date{1998, 6, 1}), "Bill Clinton");     // in office
  EXPECT_EQ(holder(Date{2011, 6, 1}), "Hillary Clinton");  // in office
  EXPECT_EQ(holder(Date{2016, 6, 1}), "Hillary Clinton");  // 3 years after her office, 15 after his
  EXPECT_EQ(holder(Date{2005, 6, 1}), "Bill Clinton");     // a tie (4 years each): the file's order
  EXPECT_EQ(holder(Date{}), "Bill Clinton");               // no date: the file's order
  const std::vector<GazetteerEntry> none = {{EntryKind::kPersonFull, "Bill Clinton"}};
  EXPECT_EQ(r.ShortNameHolderOn(none, Date{1998, 1, 1}), nullptr);
}

TEST(ResourcesTest, PrincipalOnPicksTheRoleValidOnTheDate) {
  PersonInfo p;
  p.roles = {{"", Date{}, Date{}},                       // undated default: an elite, for no one
             {"AFG", Date{2001, 12, 22}, Date{2014, 9, 29}},  // dated: president
             {"", Date{1975, 1, 1}, Date{2000, 1, 1}}};
  EXPECT_EQ(PrincipalOn(p, Date{2010, 6, 1}), "AFG");
  EXPECT_EQ(PrincipalOn(p, Date{2010, 0, 0}), "AFG");  // a year stands for its whole span
  EXPECT_EQ(PrincipalOn(p, Date{2016, 1, 1}), "");      // only the undated role holds
  EXPECT_EQ(PrincipalOn(p, Date{}), "AFG");             // no date: the latest dated role
  // A present title ("President X") in 2016: a generated person's ended office is not the one
  // the title names; a curated person's latest office is (as before dates counted).
  EXPECT_EQ(PrincipalOn(p, Date{2016, 1, 1}, /*in_office=*/true), "");
  p.curated = true;
  EXPECT_EQ(PrincipalOn(p, Date{2016, 1, 1}, /*in_office=*/true), "AFG");
  p.roles.push_back({"", Date{2014, 9, 29}, Date{}});  // a later role that acts for no one
  EXPECT_EQ(PrincipalOn(p, Date{}), "");
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
  fs::copy(DEMARCHE_DATA_DIR "/gazetteers/venues.tsv", dir / "gazetteers" / "venues.tsv",
           fs::copy_options::overwrite_existing);
  // A generated Phoenix person with a month 13, and a curated person with unreadable years.
  auto lines_of = [](const fs::path& f) {
    std::ifstream in(f);
    return static_cast<int>(std::count(std::istreambuf_iterator<char>(in), {}, '\n'));
  };
  const fs::path phoenix = dir / "gazetteers" / "phoenix-persons.tsv";
  const int phoenix_line = lines_of(phoenix) + 1;
  std::ofstream(phoenix, std::ios::app) << "Jane Roe\t\t\tUSA\tUSAGOV:USA:2009-13-01:\n";
  auto bad_role = Resources::Load(dir.string());
  ASSERT_FALSE(bad_role);
  EXPECT_NE(bad_role.error().message.find("phoenix-persons.tsv:" + std::to_string(phoenix_line) + ": role"),
            std::string::npos)
      << bad_role.error().message;
  fs::copy(DEMARCHE_DATA_DIR "/gazetteers/phoenix-persons.tsv", phoenix, fs::copy_options::overwrite_existing);
  const fs::path curated = dir / "gazetteers" / "persons.tsv";
  const int curated_line = lines_of(curated) + 1;
  std::ofstream(curated, std::ios::app) << "Jane Roe\t\tUSA\tSecretary of Things (2009-20l2)\n";
  auto bad_years = Resources::Load(dir.string());
  ASSERT_FALSE(bad_years);
  EXPECT_NE(bad_years.error().message.find("persons.tsv:" + std::to_string(curated_line) + ": bad years"),
            std::string::npos)
      << bad_years.error().message;
  fs::copy(DEMARCHE_DATA_DIR "/gazetteers/persons.tsv", curated, fs::copy_options::overwrite_existing);
  // A given name whose sex is none of m, f, -.
  const fs::path given = dir / "gazetteers" / "given-names.tsv";
  const int given_line = lines_of(given) + 1;
  std::ofstream(given, std::ios::app) << "Jane\tfemale\n";
  auto bad_sex = Resources::Load(dir.string());
  ASSERT_FALSE(bad_sex);
  EXPECT_NE(bad_sex.error().message.find("given-names.tsv:" + std::to_string(given_line) + ": sex 'female'"),
            std::string::npos)
      << bad_sex.error().message;
  fs::copy(DEMARCHE_DATA_DIR "/gazetteers/given-names.tsv", given, fs::copy_options::overwrite_existing);
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
