// demarche/extract/rules/rules.h: extraction rules as data — word classes, token patterns,
// and the named actions they call. Internal to extract/ (frames include it); the formats are
// documented in data/rules/README.md and data/README.md.
//
//   WordClasses classes;
//   classes.Load("data/lexicons/classes/frames.tsv", inflect);   // lemma -> every inflected form
//   Result<RuleSet> rules = RuleSet::Load({"data/rules/demands.rules"}, classes, kActionSpecs);
//   if (!rules) { std::cerr << rules.error().message; }     // "demands.rules:12: unknown class ..."
//   for (const Rule* r : rules->Candidates(sentence_tokens, i)) {
//     if (auto m = rules->MatchAt(*r, sentence_tokens, i)) { ... m->Capture("trigger") ... }
//   }
//
// Model (after spaCy's Matcher, CoreNLP TokensRegex and clulab Odin): a rule has an id, a
// stage, a priority, a token pattern with named captures, an action (a named C++ frame
// builder) with arguments, an optional CAMEO code, and examples with the edges they must
// produce and counter-examples that must produce none. Rules are parsed and validated once,
// compiled (indexed by what their first element can match), immutable and safe to share
// between threads. Token positions are indices into the sentence's tokens; every range is
// half-open [first, last).
//
// Errors name file:line, what was expected and, for a misspelt name, the nearest valid one.
#ifndef DEMARCHE_EXTRACT_RULES_RULES_H_
#define DEMARCHE_EXTRACT_RULES_RULES_H_

#include <array>
#include <bitset>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.h"
#include "core/result.h"
#include "extract/text/token_filter.h"
#include "extract/text/word_hash.h"

namespace demarche {

// Every form of a lemma of a part of speech ('v' verb, 'n' noun, 'x' as written), lower case,
// the lemma included. Multi-word lemmas inflect their first word ("call for" -> "called for").
using InflectFn = std::function<std::vector<std::string>(const std::string& lemma, char pos)>;

// Named sets of words and phrases (by lemma), each entry with an optional value ("talks" in
// the class meeting_noun has the value "talks", "phone call" the value "telephone call").
// Phrases are lower-case tokens joined by one space.
class WordClasses {
 public:
  // Reads `class<TAB>lemma<TAB>pos[<TAB>value]` lines (a file of data/lexicons/classes/);
  // '#' starts a comment line. Errors: unknown pos, missing columns, a bad class name, a
  // class already defined in another file (one definition per class).
  Status Load(const std::string& path, const InflectFn& inflect);
  // Adds one lemma to a class (what Load does for each line).
  void Add(const std::string& cls, const std::string& lemma, char pos, const std::string& value,
           const InflectFn& inflect);

  // Id of a class, or -1: a hash lookup by name (resolve ids once, not for every document).
  int Id(std::string_view name) const;
  const std::vector<std::string>& names() const { return names_; }
  // The longest phrase of class `id` starting at tokens[at] (lower case); 0 if none. `value`
  // receives the entry's value. Quotation marks inside a phrase are skipped.
  int LongestAt(int id, const std::vector<std::string>& lower, int at, std::string* value = nullptr) const;
  // True when `phrase` (lower-case tokens joined by one space) is a form of an entry of
  // class `id`; false for id -1. Inline: stages ask it tens of millions of times on a large
  // corpus, and the (first byte, length) test turns nearly every word away before any hashing.
  bool Contains(int id, std::string_view phrase) const {
    if (id < 0 || static_cast<std::size_t>(id) >= shapes_.size() || phrase.empty()) return false;
    const unsigned bit = ShapeBit(phrase);
    if (!(shapes_[static_cast<std::size_t>(id)][bit >> 6] >> (bit & 63) & 1)) return false;
    return Listed(id, phrase);
  }
  // The (first byte, length) test of Contains for several classes at once: a stage that tries
  // a word against a run of classes keeps the union of their shapes and skips the run when
  // MaybeAny() is false (the word is then in none of them).
  using Shape = std::array<std::uint64_t, 4>;
  Shape ShapeOf(std::initializer_list<int> ids) const {
    Shape s{};
    for (int id : ids) {
      if (id < 0 || static_cast<std::size_t>(id) >= shapes_.size()) continue;
      for (std::size_t k = 0; k < s.size(); ++k) s[k] |= shapes_[static_cast<std::size_t>(id)][k];
    }
    return s;
  }
  static bool MaybeAny(const Shape& shape, std::string_view phrase) {
    if (phrase.empty()) return false;
    const unsigned bit = ShapeBit(phrase);
    return shape[bit >> 6] >> (bit & 63) & 1;
  }
  // The value of `phrase`'s entry in class `id` (its lemma when the line gives none), or
  // nullptr when `phrase` is no form of an entry of the class (or id is -1).
  const std::string* Value(int id, std::string_view phrase) const;
  // As LongestAt, but exactly: the phrase is the tokens [at, at + length) as they stand (no
  // quotation mark skipped) and ends by `end`. For a stage that reads a class at a position.
  int LongestExactAt(int id, const std::vector<std::string>& lower, int at, int end,
                     std::string* value = nullptr) const;
  // True when the word starts some phrase of class `id`.
  bool StartsPhrase(int id, const std::string& lower_word) const;
  // Ids of the classes with a phrase that starts with the word (empty if none): one lookup
  // for a stage that tries several classes at every token.
  const std::vector<int>& ClassesStartingWith(const std::string& lower_word) const;
  // StartsPhrase for up to 64 classes at once: bit k is set when the word starts some phrase
  // of class ids[k] (never for id -1; ids past the 64th are not asked). The word is hashed
  // once and most words are turned away by the filter for every class, without a table
  // lookup: for a stage that asks a few classes about most tokens (the date stage).
  std::uint64_t StartsPhraseOf(std::span<const int> ids, std::string_view lower_word) const;
  // The first bytes of the phrases of class `id` (lower case; none for id -1): a stage that
  // tries a class at every token can skip, without a lookup, the words no phrase starts with.
  std::bitset<256> FirstBytes(int id) const;
  // "file:line" of the first entry of class `id` ("" for classes added by Add or LemmaClass).
  std::string DefinedAt(int id) const;
  // Every phrase of class `id` with its value, sorted by phrase.
  std::vector<std::pair<std::string, std::string>> Phrases(int id) const;
  // First words of every phrase of class `id` (for indexing rules).
  std::vector<std::string> FirstWords(int id) const;
  // Creates (or returns) an anonymous class holding the forms of one lemma ("lemma:meet").
  int LemmaClass(const std::string& lemma, char pos, const InflectFn& inflect);

 private:
  int Intern(const std::string& name);
  // Contains() past its shape test: the hash lookup.
  bool Listed(int id, std::string_view phrase) const;
  // Hashes std::string and std::string_view alike, so lookups by view allocate nothing; and
  // cheaply (WordHash): Contains, LongestAt and ClassesStartingWith look words up at nearly
  // every token. The tables are iterated only to sort (Phrases, FirstWords).
  using ViewHash = WordHash;
  std::vector<std::string> names_;
  std::unordered_map<std::string, int, ViewHash, std::equal_to<>> ids_;
  // Per class, one bit for each (first byte, length) of its phrases, so that Contains turns
  // most words away without hashing them (a class has a few dozen phrases; a word is tested
  // against many classes).
  static unsigned ShapeBit(std::string_view phrase) {
    return (static_cast<unsigned char>(phrase[0]) * 31u + static_cast<unsigned>(phrase.size())) & 255u;
  }
  std::vector<Shape> shapes_;  // by class id
  // A one-hash Bloom filter over the (class id, phrase) pairs of every class: Contains (past
  // its shape test), Value and LongestAt ask it before the phrase table, and a phrase that is
  // no entry of the class is turned away, mostly, for one WordHash and one bit, instead of a
  // hash-table probe, a key comparison and a search of the phrase's classes. No false
  // negatives (every pair added sets its bit); a false positive only costs the table lookup
  // it would have cost anyway. 2^20 bits (128 KiB): the data's few tens of thousands of pairs
  // leave a small share of others through.
  static constexpr std::uint64_t kMemberBits = std::uint64_t{1} << 20;
  static std::uint64_t MemberBit(int id, std::string_view phrase) { return MemberBitHashed(id, WordHash{}(phrase)); }
  // MemberBit with the phrase's WordHash computed by the caller (one hash for several classes).
  static std::uint64_t MemberBitHashed(int id, std::uint64_t phrase_hash) {
    std::uint64_t h = phrase_hash ^ (static_cast<std::uint64_t>(id) + 1) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 31;
    h *= 0x9E3779B97F4A7C15ull;
    return (h >> 32) & (kMemberBits - 1);
  }
  bool MaybeMember(int id, std::string_view phrase) const {
    const std::uint64_t b = MemberBit(id, phrase);
    return members_[b >> 6] >> (b & 63) & 1;
  }
  // The same filter holds (class, first word of a phrase) pairs under another salt of the
  // id, for LongestAt and StartsPhrase: most words start no phrase of the class asked.
  static constexpr int kFirstWordSalt = 1 << 30;
  bool MaybeStartsPhrase(int id, std::string_view word) const { return MaybeMember(id ^ kFirstWordSalt, word); }
  // And (kAnyClass, first word) for every phrase of every class: ClassesStartingWith, asked
  // by the date stage about most tokens, turns a word that starts no phrase away with it.
  static constexpr int kAnyClass = -1;
  std::vector<std::uint64_t> members_ = std::vector<std::uint64_t>(kMemberBits / 64);
  // phrase -> (class id -> value)
  std::unordered_map<std::string, std::map<int, std::string>, ViewHash, std::equal_to<>> phrases_;
  std::unordered_map<std::string, std::vector<int>, ViewHash, std::equal_to<>> first_words_;  // first word -> classes
  std::unordered_map<int, std::string> defined_in_;  // class id -> "file:line" of its first entry
  int max_tokens_ = 1;
  std::vector<int> class_max_tokens_;  // class id -> tokens of its longest phrase
  std::vector<std::bitset<256>> class_first_bytes_;  // class id -> first bytes of its phrases
  // class id -> first words of its phrases, each once, in the order added: FirstWords sorts a
  // copy (rather than scanning all of first_words_ for every class the rules name, which
  // cost ~80 ms of start-up).
  std::vector<std::vector<std::string>> class_first_words_;
};

// The sentence as the matcher sees it.
struct MatchMention {
  int first = 0, last = 0;
  NodeType type = NodeType::kState;
};
struct MatchInput {
  const std::vector<std::string>* words = nullptr;   // as in the text
  const std::vector<std::string>* lower = nullptr;   // ASCII lower case
  const std::vector<MatchMention>* mentions = nullptr;  // sorted by first, non-overlapping
  // Optional, per token: RuleSet::StartMasks of `lower`, a bit per stage that some rule of it
  // may start there. MatchesAt then turns the other tokens away without a call or a hash
  // (most tokens of a sentence start no rule of any stage). Null: every token is tried.
  const std::vector<std::uint32_t>* starts = nullptr;
};

// One element of a token pattern.
struct PatternElement {
  enum class Kind { kWord, kClass, kMention, kCapitalized, kAny, kQuote, kGroup };
  Kind kind = Kind::kAny;
  std::vector<std::string> words;  // kWord: alternatives, lower case
  int cls = -1;                    // kClass (also lemma:X, compiled to an anonymous class)
  unsigned mention_types = 0;      // kMention: bit per NodeType
  bool negated = false;            // !x: one token that x does not match
  std::vector<std::vector<PatternElement>> alternatives;  // kGroup
  int min = 1, max = 1;            // quantifier: ? * + {m,n}
  int capture = -1;                // index into Rule::capture_names, or -1
};

// What an action accepts: argument names with their allowed values (empty: any value) and
// the captures it needs.
struct ActionSpec {
  std::string name;
  std::map<std::string, std::vector<std::string>> args;
  std::vector<std::string> required_captures;
};

struct RuleExample {
  std::string text;
  std::string date;  // document date for the example (ISO), may be empty
  int line = 0;
  // Expected edges: (from name, relation, to name); names match as case-blind substrings.
  std::vector<std::tuple<std::string, Relation, std::string>> edges;
};

struct Rule {
  std::string id;
  std::string file;
  int line = 0;
  std::string stage;
  int priority = 0;
  int order = 0;  // position across all files: ties in priority keep file order
  std::vector<PatternElement> pattern;
  std::vector<std::string> capture_names;
  std::string action;
  std::map<std::string, std::string> args;
  std::string cameo;  // CAMEO event code of what the rule finds, or empty
  std::vector<RuleExample> examples;
  std::vector<RuleExample> counters;

  const std::string& Arg(const std::string& key) const;  // "" when absent
};

struct RuleMatch {
  const Rule* rule = nullptr;
  int first = 0, last = 0;
  std::vector<std::pair<int, int>> captures;  // per capture name; {-1, -1} when unset
  std::pair<int, int> Capture(std::string_view name) const;  // {-1, -1} when absent
  // Tokens in the capture "trigger", else in the whole match.
  int TriggerLength() const;
};

class RuleSet {
 public:
  // Parses and validates the rule files against the classes and the actions. Errors name the
  // file and line: an unknown key, class, mention type, action, action argument or value, a
  // capture the action needs that the pattern lacks, a duplicate id, a rule without an
  // example or without a counter-example, an unbalanced group, a bad quantifier.
  static Result<RuleSet> Load(const std::vector<std::string>& files, WordClasses* classes,
                              const std::vector<ActionSpec>& actions, const InflectFn& inflect);
  // Parses rule text as if read from `file_name` (for tests and fuzzing).
  static Result<RuleSet> Parse(const std::string& text, const std::string& file_name, WordClasses* classes,
                               const std::vector<ActionSpec>& actions, const InflectFn& inflect);

  // The id of a stage for the calls below (-1 when no rule has that stage): resolve it once,
  // not for every token; the calls that take the stage's name look it up each time.
  int StageId(std::string_view stage) const;
  // Rules of `stage` whose first element can match at token `at`, by priority (highest
  // first), then file order. None for stage id -1.
  void Candidates(std::string_view stage, const MatchInput& in, int at, std::vector<const Rule*>* out) const;
  void Candidates(int stage, const MatchInput& in, int at, std::vector<const Rule*>* out) const;
  // Every rule of `stage` that matches at token `at`, in the order actions try them: highest
  // priority first, then the longer trigger ("insisted on" before "insisted"), then file
  // order. `candidates` is scratch space (reused between calls to save allocations).
  void MatchesAt(std::string_view stage, const MatchInput& in, int at, std::vector<const Rule*>* candidates,
                 std::vector<RuleMatch>* out) const;
  void MatchesAt(int stage, const MatchInput& in, int at, std::vector<const Rule*>* candidates,
                 std::vector<RuleMatch>* out) const {
    // Inline: the stage loops call this at every token, and with in.starts nearly all of
    // them ("the", "said", "Reuters") end here, on one load and a bit test.
    if (in.starts && stage >= 0 && stage < 32 && static_cast<std::size_t>(at) < in.starts->size() &&
        !((*in.starts)[static_cast<std::size_t>(at)] >> stage & 1u)) {
      candidates->clear();
      out->clear();
      return;
    }
    MatchesAtTried(stage, in, at, candidates, out);
  }
  // For each token of `lower` (a sentence, lower case), a bit per stage id below 32: set when
  // some rule of that stage may start at the token (surely so for a stage with rules that
  // start with a mention or any token; by the stage's word filter otherwise, so a few tokens
  // that start none are set too). Bits of stages 32 and up are not kept: MatchesAt tries them
  // everywhere. One hash per token serves every stage. For MatchInput::starts.
  void StartMasks(const std::vector<std::string>& lower, std::vector<std::uint32_t>* out) const;
  // The match of `rule` anchored at token `at` (greedy, with backtracking), if any.
  std::optional<RuleMatch> MatchAt(const Rule& rule, const MatchInput& in, int at) const;

  const std::vector<Rule>& rules() const { return rules_; }
  // Ids of the word classes the patterns name (@class), sorted.
  std::vector<int> UsedClasses() const;
  const Rule* Find(std::string_view id) const;
  const WordClasses& classes() const { return *classes_; }

 private:
  // MatchesAt past its StartMasks test.
  void MatchesAtTried(int stage, const MatchInput& in, int at, std::vector<const Rule*>* candidates,
                      std::vector<RuleMatch>* out) const;
  void Index();
  // The words (lower case) one of which starts every match of the pattern on `stack` (a
  // sequence and the element reached in it, innermost last), and whether a mention may start
  // one instead; false when any token may (a leading `_`, `Cap`, `Quote`, `!x`, or a pattern
  // that can match no token). `first_words` memoises WordClasses::FirstWords by class id
  // across the calls of one Index(): each call walks every first word of every class, and
  // the rules name the same classes many times.
  bool FirstTokens(std::vector<std::pair<const std::vector<PatternElement>*, std::size_t>> stack,
                   std::vector<std::string>* words, bool* mention,
                   std::map<int, std::vector<std::string>>* first_words) const;
  std::vector<Rule> rules_;
  const WordClasses* classes_ = nullptr;
  // stage -> index of rules by first word; rules whose first element is not a word or class
  struct StageIndex {
    // The candidates of a token, as indices into rules_ in Candidates' order (priority, then
    // file order), merged once by Index(): a token's rules by its word, or none, with the
    // rules that start anywhere, and without or with those that start at a mention.
    struct Lists {
      std::vector<int> plain, at_mention;
    };
    std::string stage;
    std::unordered_map<std::string, std::vector<int>, WordHash, std::equal_to<>> by_word;
    TokenFilter word_filter;      // over by_word's keys: most tokens start no rule
    std::vector<int> by_mention;  // first element is a mention
    std::vector<int> anywhere;    // first element can match any token
    std::unordered_map<std::string, Lists, WordHash, std::equal_to<>> lists_by_word;  // by_word's keys
    Lists lists_no_word;          // for a word that starts no rule of the stage
  };
  // Sorts rule indices (unique) into Candidates' order.
  void SortCandidates(std::vector<int>* ids) const;
  std::vector<StageIndex> index_;  // a handful of stages: found by comparing names
  // First bytes of every stage's by_word keys: StartMasks need not hash a token that starts
  // with none of them ("," "." "1987", most of a sentence's punctuation and numbers).
  std::bitset<256> word_start_bytes_;
};

// Edit distance, for "did you mean" in error messages.
std::string NearestName(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace demarche

#endif  // DEMARCHE_EXTRACT_RULES_RULES_H_
