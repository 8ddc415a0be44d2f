// demarche/extract/resources.h: gazetteers and lexicons, loaded once, read-only afterwards.
//
//   Result<Resources> res = Resources::Load("data");   // the project's data/ directory
//   if (!res) { std::cerr << res.error().message; return 1; }
//   Extractor extractor(*res);                          // share one Resources across threads
//
// Files (documented in data/README.md): gazetteers/states.tsv (generated), state_extra.tsv,
// cities.tsv (generated), organizations.tsv, phoenix-organizations.tsv (generated), persons.tsv,
// phoenix-persons.tsv (generated), phoenix-state-spellings.tsv (generated), given-names.tsv
// (generated),
// lexicons/titles.tsv, lexicons/irregular.tsv (generated), lexicons/classes/*.tsv, and the
// rules in rules/*.rules (data/rules/README.md). Every file is validated on load; errors name
// file and line.
// Phrases are matched case-sensitively on token sequences made by the same tokenizer as the
// text. After Load() the object is immutable and safe to share between threads.
#ifndef DEMARCHE_EXTRACT_RESOURCES_H_
#define DEMARCHE_EXTRACT_RESOURCES_H_

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/date.h"
#include "core/query.h"
#include "core/result.h"
#include "extract/text/token_filter.h"
#include "extract/text/word_hash.h"

namespace demarche {

class Morphology;
class RuleSet;
class WordClasses;

enum class EntryKind {
  kStateName,     // "Russia", "U.S."
  kStateDemonym,  // "Russian"
  kStateSeat,     // "Kremlin", "Washington", a capital: the government unless it is a venue
  kOrgName,       // "NATO"
  kPersonFull,    // "Vladimir Putin"
  kPersonShort,   // "Putin"
  kCity,          // "Geneva"
};

struct GazetteerEntry {
  EntryKind kind;
  std::string id;  // ISO3 for states, organisation key, person full name, city name + ISO3 key
};

struct StateInfo {
  std::string iso3;
  std::string name;
  bool independent = true;  // false for territories (Hong Kong, Puerto Rico)
  std::vector<std::string> official_names = {};  // "Kingdom of Saudi Arabia" (states.tsv aliases)
};

struct OrgInfo {
  std::string id;    // curated key, e.g. "NATO"
  std::string name;  // canonical name
  std::string kind;  // igo, alliance, council, government, agency, ...
  std::string country;               // ISO3 or empty
  std::vector<std::string> members;  // ISO3 codes or organisation ids
  std::string seat;                  // city name or empty
};

// An office a person holds from `from` to `to` (an unknown date is open).
struct PersonRole {
  std::string principal;  // ISO3 or organisation id the person acts for; empty: for no one
  Date from, to;
};

// A well-known person: curated (persons.tsv) or from the Phoenix dictionaries
// (phoenix-persons.tsv). Whom the person acts for depends on the date: see PrincipalOn().
struct PersonInfo {
  std::string name;        // canonical full name; PersonNodeKey(name) is the node key
  std::string represents;  // curated: ISO3 or organisation id; empty for Phoenix persons
  std::string country;     // ISO3 of the person's state (the nationality), or empty
  std::vector<PersonRole> roles;
  // Single names that stand for the person only after the full name in the same document
  // (Phoenix persons; curated short names match anywhere instead).
  std::vector<std::string> short_names;
  bool curated = false;
};

// The state or organisation (ISO3 or organisation id) `p` acts for on `date`: the principal of
// the role valid then (a dated role before an undated one), or with an unknown date of the
// latest role. When that role acts for no one and `in_office` (the text gives a present title:
// "President Obama"), the latest role that acts for someone (for a Phoenix person only one
// that has not ended). Empty if none.
std::string PrincipalOn(const PersonInfo& p, const Date& date, bool in_office = false);

struct CityInfo {
  std::string name;
  std::string iso3;
  long population = 0;
  bool capital = false;
};

// A cheap pre-test for set membership: remembers which (first byte, length) shapes occur, so
// most words are rejected without hashing.
class ShapeFilter {
 public:
  void Add(const std::string& w) {
    if (!w.empty()) bits_[static_cast<unsigned char>(w[0])] |= 1ull << std::min<std::size_t>(w.size(), 63);
  }
  bool Maybe(const std::string& w) const {
    return !w.empty() && (bits_[static_cast<unsigned char>(w[0])] >> std::min<std::size_t>(w.size(), 63) & 1);
  }

 private:
  unsigned long long bits_[256] = {};
};

// The word classes the C++ stages read (RequiredClasses(), extract/doc_state.h), resolved once
// by Resources::Load: a stage copies its ids from here instead of looking names up for every
// document. Each list holds the ids in the order of its stage's names.
struct StageClassIds {
  std::vector<int> mentions;  // MentionClassNames()
  std::vector<int> frames;    // FrameClassNames()
  std::vector<int> meetings;  // MeetingClassNames()
  std::vector<int> dates;     // DateClassNames() (extract/dates.h)
  int link_list_end = -1;
  int page_furniture = -1;
};

class Resources {
 public:
  static Result<Resources> Load(const std::string& data_dir);
  // Movable, not copyable: indexes point into its own tables.
  Resources() = default;
  Resources(Resources&&) = default;
  Resources& operator=(Resources&&) = default;
  Resources(const Resources&) = delete;
  Resources& operator=(const Resources&) = delete;

  // Entries for a phrase given as its tokens joined by a single space; empty if none.
  const std::vector<GazetteerEntry>* Lookup(const std::string& phrase) const;
  bool IsPhraseStart(const std::string& token) const {
    return first_token_filter_.MayContain(token) && first_tokens_.count(token) > 0;
  }
  // True when some phrase continues after these tokens (joined by one space).
  bool IsPhrasePrefix(const std::string& tokens) const {
    return (!gazetteer_filters_ || prefix_filter_.MayContain(tokens)) && prefixes_.count(tokens) > 0;
  }
  int max_phrase_tokens() const { return max_phrase_tokens_; }

  const StateInfo* State(std::string_view iso3) const;
  const OrgInfo* Org(std::string_view id) const;  // by curated id or its slug ("NATO", "nato")
  const PersonInfo* Person(std::string_view full_name) const;
  // The one dictionary person whose family name (the last word of the full name, accents
  // folded) is `family` and who holds a dated office on `date` ("Netanyahu" in 2015 ->
  // Benjamin Netanyahu); null when none or more than one does, or the date is unknown.
  const PersonInfo* OnlyPersonInOfficeNamed(const std::string& family, const Date& date) const;
  // Of the curated persons a short name stands for (`entries` of kind kPersonShort, e.g. the
  // Lookup() of "Clinton": Bill and Hillary Clinton), the one whose dated office is nearest
  // `date`: in office on it, else the fewest whole years from a tenure's start or end. Ties,
  // an unknown date and undated roles keep the file's order. Null when no entry is a short
  // name. Thread-safe (reads only).
  const GazetteerEntry* ShortNameHolderOn(const std::vector<GazetteerEntry>& entries, const Date& date) const;
  // The one dictionary person whose family name is `family` and whose given name the given-name
  // lists give the sex `sex` ('m' or 'f'): "Clinton", 'f' -> Hillary Clinton. Null when none
  // or more than one does. Thread-safe (reads only).
  const PersonInfo* OnlyPersonOfSexNamed(const std::string& family, char sex) const;
  const CityInfo* City(std::string_view city_id) const;
  // The city a seat of government lies in ("White House" -> Washington; gazetteers/
  // seat_venues.tsv), or nullptr: where the text places an event in the seat, the venue.
  const CityInfo* SeatVenue(std::string_view seat) const;
  // Organisations whose seat is the named city (for "Brussels" standing for NATO).
  std::vector<const OrgInfo*> OrgsSeatedIn(std::string_view city_name) const;
  // Organisations of a state (the country column of organizations.tsv: "USA" -> U.S. Congress,
  // U.S. Senate, ...), sorted by id; empty when none. Thread-safe (reads only).
  const std::vector<const OrgInfo*>& OrgsOfCountry(std::string_view iso3) const;

  // Lexicons. Phrases are token sequences joined by a single space.
  // Meeting nouns (the class meeting_noun of lexicons/classes/meetings.tsv, every form) -> kind.
  const std::unordered_map<std::string, std::string>& meeting_nouns() const { return meeting_nouns_; }
  bool IsTitleHead(const std::string& w) const { return title_heads_.count(w) > 0; }
  bool IsTitleWord(const std::string& w) const { return title_heads_.count(w) || title_mods_.count(w); }
  // Also in lower case ("finance minister"), as news often writes titles.
  bool IsTitleWordAnyCase(const std::string& w) const {
    return title_shape_.Maybe(w) && title_any_case_filter_.MayContain(w) && title_any_case_.count(w) > 0;
  }
  bool IsPersonAnaphor(const std::string& w) const { return anaphors_.count(w) > 0; }
  // A given name as written, capitalised ("Heather"; gazetteers/given-names.tsv, generated from
  // the npm package human-names and the Phoenix persons): 'm' or 'f' for the sex its lists give
  // it, '-' for both or unknown, 0 when the word is no given name.
  char GivenName(const std::string& w) const {
    if (!given_name_filter_.MayContain(w)) return '\0';
    auto it = given_names_.find(w);
    return it == given_names_.end() ? '\0' : it->second;
  }

  // A family name that its people write first ("Kim", "Park", "Wang", as written): the first
  // word of the names of three dictionary persons or more (gazetteers/phoenix-persons.tsv) of a
  // state of class family_name_first_state, and no given name. Thread-safe (reads only).
  bool FamilyFirstName(std::string_view w) const { return family_first_names_.count(w) > 0; }

  // English inflection (lexicons/irregular.tsv), the word classes by lemma
  // (lexicons/classes/*.tsv) and the extraction rules (rules/*.rules) compiled over them.
  const Morphology& morphology() const { return *morphology_; }
  const WordClasses& classes() const { return *classes_; }
  // Id of a word class for WordClasses::Contains / LongestAt; -1 if there is none (the
  // classes the C++ stages read, RequiredClasses(), are checked to exist at load). A hash
  // lookup by name: code that runs per document reads stage_classes() instead.
  int ClassId(std::string_view name) const;
  // The ids of RequiredClasses(), resolved at load (every one exists).
  const StageClassIds& stage_classes() const { return stage_classes_; }
  const RuleSet& rules() const { return *rules_; }

  // Every gazetteer name with the node key it stands for ("Washington" -> state:USA,
  // "Atlantic Alliance" -> org:nato, "Putin" -> person:vladimir-putin): for finding actors by
  // the names users type. Cities are added under their own names.
  void AddNamesTo(NameIndex* index) const;

  std::size_t num_states() const { return states_.size(); }
  std::size_t num_cities() const { return cities_.size(); }

 private:
  void AddPhrase(const std::string& text, EntryKind kind, const std::string& id);
  // The same with `key` = PhraseKey(text) already made.
  void AddPhrase(const std::string& text, std::string key, EntryKind kind, const std::string& id);
  Status LoadCuratedPersons(const std::string& path);
  Status LoadPhoenixPersons(const std::string& path);
  // Adds a full-name spelling of person `id` unless the phrase already names something.
  void AddPersonSpelling(const std::string& text, const std::string& id);

  // Hashes std::string and std::string_view alike, so that lookups by view allocate nothing;
  // and cheaply (WordHash): the mention stage asks these sets about every capitalised token.
  // None of these tables is iterated (their order would not be WordHash's to decide).
  using ViewHash = WordHash;
  using ViewSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;
  std::unordered_map<std::string, std::vector<GazetteerEntry>> phrases_;
  ViewSet first_tokens_;
  TokenFilter first_token_filter_;  // over first_tokens_: most capitalised words start no name
  ViewSet prefixes_;  // proper token prefixes of phrases
  // Bloom filters over the keys of phrases_ and prefixes_, and over given_names_ and
  // title_any_case_ below, made once their table is complete: the mention stage asks these
  // tables about most capitalised tokens and the phrases they start, mostly in vain, and a
  // probe that finds nothing in a table of tens of thousands of keys costs cache misses
  // (bucket, node, key) that one bit of a filter does not. gazetteer_filters_: the first two
  // are made (Load itself looks phrases up before they are; the filters then are not asked).
  TokenFilter phrase_filter_, prefix_filter_, given_name_filter_, title_any_case_filter_;
  bool gazetteer_filters_ = false;
  ShapeFilter title_shape_;
  int max_phrase_tokens_ = 1;
  std::unordered_map<std::string, StateInfo> states_;
  std::unordered_map<std::string, OrgInfo> orgs_;
  // orgs_ by seat (city name), each list sorted by id; points into orgs_ (node-based: the
  // pointers survive moves of the Resources).
  std::unordered_map<std::string, std::vector<const OrgInfo*>> orgs_by_seat_;
  std::unordered_map<std::string, std::vector<const OrgInfo*>> orgs_by_country_;
  std::unordered_map<std::string, PersonInfo> persons_;
  ViewSet family_first_names_;  // FamilyFirstName()
  // persons_ by family name (last word, accents folded); points into persons_ (node-based).
  std::unordered_map<std::string, std::vector<const PersonInfo*>> persons_by_family_;
  std::unordered_map<std::string, CityInfo> cities_;
  std::unordered_map<std::string, std::string> seat_venues_;  // seat phrase -> city id
  std::unordered_map<std::string, std::string> meeting_nouns_;
  ViewSet title_heads_, title_mods_, anaphors_;
  std::unordered_map<std::string, char, ViewHash, std::equal_to<>> given_names_;
  ViewSet title_any_case_;  // title words as listed and with a lower-case first letter
  // Shared so that Resources stays cheap to move; immutable after Load().
  std::shared_ptr<const Morphology> morphology_;
  std::shared_ptr<WordClasses> classes_;
  std::shared_ptr<const RuleSet> rules_;
  StageClassIds stage_classes_;
};

// Tokens of a phrase joined by one space, as Resources keys them ("NATO - Russia Council").
std::string PhraseKey(std::string_view text);

// The node key of a person's full name, accents folded: "Recep Tayyip Erdoğan" and "Recep Tayyip
// Erdogan" are one person ("person:recep-tayyip-erdogan").
std::string PersonNodeKey(std::string_view full_name);

}  // namespace demarche

#endif  // DEMARCHE_EXTRACT_RESOURCES_H_
