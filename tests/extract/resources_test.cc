#include "extract/resources.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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

}  // namespace
}  // namespace demarche
