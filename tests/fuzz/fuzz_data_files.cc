// libFuzzer target for the data-file loaders: the first byte picks one of the curated data
// files (9, 10, 11, 13: lexicons/classes/frames.tsv, rules/demands.rules, rules/meetings.rules,
// rules/rejections.rules; 5, 14: lexicons/classes/meetings.tsv, dates.tsv), the rest replaces it in a copy of data/ (the generated
// gazetteers are cut to their first rows so each run is quick). Resources::Load must return a
// value or an Error naming
// the file, never crash.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "tests/fuzz/fuzz_util.h"

namespace fs = std::filesystem;

namespace {

const char* kFiles[] = {"gazetteers/state_extra.tsv", "gazetteers/organizations.tsv", "gazetteers/persons.tsv",
                        "gazetteers/city_exonyms.tsv", "lexicons/titles.tsv",         "lexicons/classes/meetings.tsv",
                        "gazetteers/cities.tsv",       "gazetteers/states.tsv",       "gazetteers/venues.tsv",
                        "lexicons/classes/frames.tsv", "rules/demands.rules",         "rules/meetings.rules",
                        "lexicons/irregular.tsv",      "rules/rejections.rules",      "lexicons/classes/dates.tsv"};

// A private copy of data/ with cities.tsv cut short; its path.
const std::string& DataCopy() {
  static const std::string dir = [] {
    std::string d = fs::temp_directory_path() / ("demarche-fuzz-data-" + std::to_string(getpid()));
    fs::remove_all(d);
    fs::copy(DEMARCHE_DATA_DIR, d, fs::copy_options::recursive);
    std::ifstream in(d + "/gazetteers/cities.tsv");
    std::string all, line;
    for (int i = 0; i < 200 && std::getline(in, line); ++i) all += line + "\n";
    std::ofstream(d + "/gazetteers/cities.tsv") << all;
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string& dir = DataCopy();
  std::string file = dir + "/" + kFiles[data[0] % std::size(kFiles)];
  std::string original;
  {
    std::ifstream in(file, std::ios::binary);
    original.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(data) + 1, static_cast<long>(size - 1));
  auto r = demarche::Resources::Load(dir);
  if (!r) FUZZ_CHECK(r.error().message.find(dir) == 0, "a data error that does not name the file");
  std::ofstream(file, std::ios::binary) << original;
  return 0;
}
