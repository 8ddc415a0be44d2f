// Actor and place mentions: gazetteer matches, titled persons, later short names, pronouns,
// nominal anaphors, and the venue-or-government decision for capitals and seats.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include "core/text_util.h"
#include "extract/doc_state.h"
#include "extract/rules/rules.h"

namespace demarche {
namespace {

// The word classes this file and SubjectBefore (extractor.cc) read, from
// data/lexicons/classes/mentions.tsv, where each is described with an example. Every name is
// in MentionClassNames(), so the loader refuses a data folder that lacks one.
enum MentionClass : int {
  // Function words.
  kDeterminer,
  kPreposition,
  kArticle,
  kDefiniteArticle,
  kGenitivePreposition,
  kGroupPlacePreposition,
  kCoordinatingConjunction,
  kComitativePhrase,
  kRelativePronoun,
  kComplementizer,
  kNeuterPronoun,
  // Subjects (SubjectBefore, IsGroupNoun).
  kGroupNoun,
  kCollectiveNoun,
  kAuxiliaryOrAdverb,
  kAppositionOpenMark,
  kSubjectStopMark,
  kAppositionDashMark,
  kSubordinateTitleModifier,
  kLeaderTitleWord,
  kPairOpener,
  // Venues.
  kLocativePreposition,
  kNameListJoiner,
  kVisitVerb,
  kJourneyWord,
  kJourneyPreposition,
  kHostVerb,
  kHostAuxiliary,
  kVenueParticiple,
  // Persons.
  kNotNameWord,
  kInstitutionWord,
  kInstitutionAcronym,
  kNameParticle,
  kNameCompoundSuffix,
  kHonorific,
  kRegnalTitle,
  kNameSuffix,
  kFormerMarker,
  kSayVerb,
  kSpeakerVerb,
  kPossessedSpeakerVerb,
  kPronounSpeakerVerb,
  kSpeechGapWord,
  kPersonPronoun,
  kSubjectPersonPronoun,
  kFemalePronoun,
  kMaleTitle,
  kFemaleTitle,
  kPluralSubjectPronoun,
  kPartyInitial,
  kTitleRecipientPreposition,
  kCompassWord,
  kAppositivePersonNoun,
  kAllianceAnaphor,
  // Groups and bodies of a state.
  kNonStateGroup,
  kGroupModifier,
  kPeopleName,
  kGroupHeadNoun,
  kRegionWord,
  kStanceNoun,
  kStancePreposition,
  kStancePrefix,
  kStateBodyHead,
  kStateBodyModifier,
  kStateBodyHeadNeedingModifier,
  kCentralBankHead,
  kCentralBankModifier,
  kOfficeLessTitle,
  kPastOfficeMarker,
  kAllegiancePrefix,
  kNamedAfterPersonWord,
  kShipPrefix,
  kNameAlsoMonth,
  kStateForceHead,
  kPartyOffice,
  kStatelessRole,
  kEnvoyToBodyTitle,
  kEnvoySendingBody,
  kPlaceNamedAgreement,
  kDividedStateAnaphor,
  kStateFormAnaphor,
  kRegionDemonymPrefix,
  kAppositiveOfficeNoun,
  kSexedPersonNoun,
  kBodyAdjective,
  kObjectPersonPronoun,
  kObjectPronounNext,
  kForceObjectNext,
  kGovernmentAnaphorNoun,
  kLegislatorNoun,
  kLegislatureHead,
  kLegislatorSubsetWord,
  kStateDescriptionNoun,
  kModalAuxiliary,
  kFamilyNameFirstState,
  kLeadSubordinator,
  kNumMentionClasses
};

constexpr const char* kMentionClassNames[kNumMentionClasses] = {
    "determiner",
    "preposition",
    "article",
    "definite_article",
    "genitive_preposition",
    "group_place_preposition",
    "coordinating_conjunction",
    "comitative_phrase",
    "relative_pronoun",
    "complementizer",
    "neuter_pronoun",
    "group_noun",
    "collective_noun",
    "auxiliary_or_adverb",
    "apposition_open_mark",
    "subject_stop_mark",
    "apposition_dash_mark",
    "subordinate_title_modifier",
    "leader_title_word",
    "pair_opener",
    "locative_preposition",
    "name_list_joiner",
    "visit_verb",
    "journey_word",
    "journey_preposition",
    "host_verb",
    "host_auxiliary",
    "venue_participle",
    "not_name_word",
    "institution_word",
    "institution_acronym",
    "name_particle",
    "name_compound_suffix",
    "honorific",
    "regnal_title",
    "name_suffix",
    "former_marker",
    "say_verb",
    "speaker_verb",
    "possessed_speaker_verb",
    "pronoun_speaker_verb",
    "speech_gap_word",
    "person_pronoun",
    "subject_person_pronoun",
    "female_pronoun",
    "male_title",
    "female_title",
    "plural_subject_pronoun",
    "party_initial",
    "title_recipient_preposition",
    "compass_word",
    "appositive_person_noun",
    "alliance_anaphor",
    "non_state_group",
    "group_modifier",
    "people_name",
    "group_head_noun",
    "region_word",
    "stance_noun",
    "stance_preposition",
    "stance_prefix",
    "state_body_head",
    "state_body_modifier",
    "state_body_head_needing_modifier",
    "central_bank_head",
    "central_bank_modifier",
    "office_less_title",
    "past_office_marker",
    "allegiance_prefix",
    "named_after_person_word",
    "ship_prefix",
    "name_also_month",
    "state_force_head",
    "party_office",
    "stateless_role",
    "envoy_to_body_title",
    "envoy_sending_body",
    "place_named_agreement",
    "divided_state_anaphor",
    "state_form_anaphor",
    "region_demonym_prefix",
    "appositive_office_noun",
    "sexed_person_noun",
    "body_adjective",
    "object_person_pronoun",
    "object_pronoun_next",
    "force_object_next",
    "government_anaphor_noun",
    "legislator_noun",
    "legislature_head",
    "legislator_subset_word",
    "state_description_noun",
    "modal_auxiliary",
    "family_name_first_state",
    "lead_subordinator",
};
static_assert(std::none_of(std::begin(kMentionClassNames), std::end(kMentionClassNames),
                           [](const char* name) { return name == nullptr; }),
              "every MentionClass needs its name in kMentionClassNames");

// A capital first letter and no other capital: "Monday", "Jan.", not "MONDAY" or "monday".
bool IsTitleCase(std::string_view w) {
  if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  return std::none_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// No lower-case letter: "PLC".
bool IsAllCaps(std::string_view w) {
  return std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The classes above, resolved once in a Resources. How a token is matched (mentions.tsv's
// header): Is() takes the token in lower case ([lower]) or as written ([exact]: then only a
// lower-case token can match); IsCap() a token written capitalised as the class lists it
// ([Cap]); IsCaps() one written in capitals ([CAPS]).
class MentionClasses {
 public:
  explicit MentionClasses(const Resources& res) : classes_(res.classes()) {
    const std::vector<int>& ids = res.stage_classes().mentions;  // kMentionClassNames order
    std::copy(ids.begin(), ids.end(), ids_);
  }
  bool Is(MentionClass c, std::string_view token) const { return classes_.Contains(ids_[c], token); }
  bool IsCap(MentionClass c, std::string_view word, std::string_view lower) const {
    return IsTitleCase(word) && Is(c, lower);
  }
  bool IsCaps(MentionClass c, std::string_view word, std::string_view lower) const {
    return IsAllCaps(word) && Is(c, lower);
  }
  // The value column of the class's entry for the token, or null.
  const std::string* Value(MentionClass c, std::string_view token) const { return classes_.Value(ids_[c], token); }
  // Length of the longest phrase of the class written by tokens [at, end) (lower case); 0 if none.
  int PhraseAt(MentionClass c, const std::vector<std::string>& lower, int at, int end) const {
    return classes_.LongestExactAt(ids_[c], lower, at, end);
  }
  // The union of the classes' shapes, for WordClasses::MaybeAny.
  WordClasses::Shape ShapeOf(std::initializer_list<MentionClass> cs) const {
    WordClasses::Shape s{};
    for (MentionClass c : cs) {
      const WordClasses::Shape one = classes_.ShapeOf({ids_[c]});
      for (std::size_t k = 0; k < s.size(); ++k) s[k] |= one[k];
    }
    return s;
  }

 private:
  const WordClasses& classes_;
  int ids_[kNumMentionClasses];
};

// A headline or caption in title case ("After Brexit Vote, Labour Leader Faces Open Revolt"):
// most words of four letters or more are capitalised, so capitals say nothing of names there.
bool IsTitleCaseLine(const SentenceView& sv) {
  int long_words = 0, capitalised = 0;
  for (const auto& w : sv.words) {
    if (w.size() < 4 || !std::isalpha(static_cast<unsigned char>(w[0]))) continue;
    ++long_words;
    capitalised += w[0] >= 'A' && w[0] <= 'Z';
  }
  return long_words >= 4 && capitalised * 10 > long_words * 8;
}

// "minister" -> "Minister": titles are listed capitalised, news often writes them in lower case.
std::string Capitalized(const std::string& w) {
  std::string out = w;
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

bool IsVenuePosition(const SentenceView& sv, int first, int last, const Resources& res, const MentionClasses& cls) {
  const auto& lw = sv.lower;
  const int n = static_cast<int>(lw.size());
  // in Geneva; in Geneva, Brussels and Vienna; in an elegant Moscow mansion
  int k = first - 1;
  for (int skipped = 0; k >= 1 && skipped < 3 && !cls.Is(kLocativePreposition, lw[k]) && sv.words[k] == lw[k] &&
                        !cls.Is(kNameListJoiner, lw[k]) && (cls.Is(kDeterminer, lw[k]) || lw[k].size() > 2) &&
                        !cls.Is(kPreposition, lw[k]);
       ++skipped) {
    --k;
  }
  if (k >= 0 && k != first - 1 && !cls.Is(kLocativePreposition, lw[k])) k = first - 1;
  while (k >= 0) {
    if (cls.Is(kLocativePreposition, lw[k])) return true;
    if (cls.Is(kNameListJoiner, lw[k])) {
      // Walk back over a list of capitalised names.
      int j = k - 1;
      if (j < 0 || !IsCapitalized(sv.words[j])) return false;
      while (j >= 0 && IsCapitalized(sv.words[j])) --j;
      k = j;
      continue;
    }
    break;
  }
  // visited Moscow / a visit to Tokyo / arrived in (handled above) / a trip to Beijing
  if (first > 0) {
    const std::string& prev = lw[first - 1];
    if (cls.Is(kVisitVerb, prev)) return true;
    // "arrived from Helsinki": where a journey starts is a place too.
    if (cls.Is(kJourneyPreposition, prev) && first > 1 && cls.Is(kJourneyWord, lw[first - 2])) return true;
  }
  // Geneva talks / the Geneva consultations / Geneva-hosted
  if (last < n) {
    std::string next = lw[last];
    if (res.meeting_nouns().count(next)) return true;
    if (last + 1 < n && res.meeting_nouns().count(next + " " + lw[last + 1])) return true;
    if (next == "-" && last + 1 < n && cls.Is(kVenueParticiple, lw[last + 1])) return true;
    if (cls.Is(kHostVerb, next)) return true;
    if (cls.Is(kHostAuxiliary, next) && last + 1 < n && cls.Is(kHostVerb, lw[last + 1])) return true;
  }
  return false;
}

std::string JoinWords(const SentenceView& sv, int first, int last) {
  std::string out;
  for (int k = first; k < last; ++k) {
    bool glue = sv.words[k] == "-" || (k > first && sv.words[k - 1] == "-") || IsPossessive(sv.words[k]);
    if (!out.empty() && !glue) out.push_back(' ');
    out += sv.words[k];
  }
  return out;
}

// The tokens [first, last) in lower case, one space between: "foreign minister".
std::string JoinLower(const SentenceView& sv, int first, int last) {
  std::string out;
  for (int k = first; k < last; ++k) {
    if (k > first) out.push_back(' ');
    out += sv.lower[k];
  }
  return out;
}

// "John F. Kerry" -> "John Kerry", "George H. W. Bush" -> "George Bush": initials between the
// first and the last word dropped.
std::string WithoutMiddleInitials(const std::string& full) {
  std::size_t first_end = full.find(' '), last_begin = full.rfind(' ');
  if (first_end == std::string::npos || first_end == last_begin) return full;
  std::string out = full.substr(0, first_end);
  for (std::size_t b = first_end + 1; b <= last_begin;) {
    std::size_t e = full.find(' ', b);
    std::string_view w(full.data() + b, e - b);
    bool initials = !w.empty();
    for (std::size_t c = 0; c < w.size() && initials; ++c) {
      initials = (c % 2 == 0) ? (w[c] >= 'A' && w[c] <= 'Z') : w[c] == '.';
    }
    if (!initials || (w.size() > 1 && w.back() != '.')) {
      out += ' ';
      out += w;
    }
    b = e + 1;
  }
  return out + full.substr(last_begin);
}

std::string LastName(const std::string& full) {
  std::size_t sp = full.find_last_of(' ');
  return sp == std::string::npos ? full : full.substr(sp + 1);
}

// Whether a word holds a Latin letter with a diacritic (U+00C0 to U+017F), which FoldLatin removes.
bool HasAccent(const std::string& w) {
  // Lead bytes 0xC3, 0xC4 and 0xC5: one unsigned compare per byte (below 0xC3 wraps around).
  return std::any_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) - 0xC3u < 3u; });
}

// True when HasAccent is false for every part of `text`: no byte is 0xC3, 0xC4 or 0xC5.
// Eight bytes at a time, looking at one block's bytes only when some has its high bit set: a
// sentence of plain ASCII ("Iran and Iraq met in Geneva.", most of Reuters) costs a few
// instructions per eight bytes instead of a call per word.
bool NoAccentIn(std::string_view text) {
  std::size_t at = 0;
  for (; at + 8 <= text.size(); at += 8) {
    std::uint64_t block = 0;
    std::memcpy(&block, text.data() + at, 8);
    if (!(block & 0x8080808080808080ull)) continue;
    for (std::size_t k = at; k < at + 8; ++k) {
      if (static_cast<unsigned char>(text[k]) - 0xC3u < 3u) return false;
    }
  }
  for (; at < text.size(); ++at) {
    if (static_cast<unsigned char>(text[at]) - 0xC3u < 3u) return false;
  }
  return true;
}

std::string WithoutPeriods(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

// The name a person node shows: the text's spelling ("Sergei Lavrov", "Recep Tayyip Erdoğan"),
// or the dictionary's name where the text only drops its periods or accents ("George W Bush").
std::string DisplayName(const std::string& dictionary_name, const std::string& text) {
  bool same = PersonNodeKey(WithoutPeriods(text)) == PersonNodeKey(WithoutPeriods(dictionary_name));
  return same && !(HasAccent(text) && !HasAccent(dictionary_name)) ? dictionary_name : text;
}

class MentionFinder {
 public:
  explicit MentionFinder(DocState* st) : st_(st), res_(st->res), cls_(st->res) {}

  void Run() {
    BuildMemo();
    std::map<std::string, int> state_counts;  // names of each state (ISO3)
    // Pass 1: which organisations the document names (seat and "the alliance" resolution).
    for (auto& sv : st_->views) {
      for (int i = 0; i < static_cast<int>(sv.words.size()); ++i) {
        int len = 0;
        if (auto* entries = Match(sv, i, &len)) {
          for (const auto& e : *entries) {
            if (e.kind == EntryKind::kOrgName) named_orgs_.insert(e.id);
            if (e.kind == EntryKind::kStateName || e.kind == EntryKind::kStateDemonym || e.kind == EntryKind::kStateSeat) {
              named_states_.insert(e.id);
              ++state_counts[e.id];
            }
            if (e.kind == EntryKind::kCity) named_states_.insert(e.id.substr(e.id.find('|') + 1));
          }
          i += len - 1;
        }
      }
    }
    // The state the document is about: named at least three times, and twice as often as any other.
    int best = 0, second = 0;
    for (const auto& [iso3, count] : state_counts) {
      if (count > best) {
        second = best;
        best = count;
        home_state_ = iso3;
      } else if (count > second) {
        second = count;
      }
    }
    if (best < 3 || best < 2 * second) home_state_.clear();
    // A legislature of another state named ("Congress" in a document about Iran): "lawmakers"
    // alone may be its members, not the home state's (HomeStateLegislators).
    for (const std::string& id : named_orgs_) {
      const OrgInfo* o = res_.Org(id);
      if (!o || o->kind != "government" || o->country.empty() || o->country == home_state_) continue;
      const std::string last_word = o->name.substr(o->name.rfind(' ') + 1);
      if (cls_.IsCap(kLegislatureHead, last_word, AsciiLower(last_word)) || last_word == "Senate") foreign_legislature_named_ = true;
    }
    for (auto& sv : st_->views) Sentence(sv);
  }

 private:
  // The longest gazetteer phrase at token i (*len: its tokens); accented words also match a
  // person's plain spelling ("Aleksandar Vučić" finds "Aleksandar Vucic"), though no other
  // plain names ("Rodríguez" is no town called Rodriguez).
  // Memoised per token of the document's views (the words do not change while mentions are
  // found): the first pass and the stages below ask for the same tokens again and again.
  const std::vector<GazetteerEntry>* Match(const SentenceView& sv, int i, int* len) const {
    // No phrase starts with a lower-case ASCII letter, folded or not: most tokens stop here,
    // before the call below (kept out of line: its prologue cost more than this test).
    if (unsigned char c0 = static_cast<unsigned char>(sv.words[i][0]); c0 >= 'a' && c0 <= 'z') return nullptr;
    return MatchMemoised(sv, i, len);
  }
  [[gnu::noinline]] const std::vector<GazetteerEntry>* MatchMemoised(const SentenceView& sv, int i, int* len) const {
    MatchMemo* memo = MemoAt(sv, i);
    if (memo && memo->len >= 0) {
      if (memo->entries) *len = memo->len;  // no match leaves *len as it was
      return memo->entries;
    }
    int found_len = 0;
    const auto* found = MatchUncached(sv, i, &found_len);
    if (memo) *memo = {found, found ? found_len : 0};
    if (found) *len = found_len;
    return found;
  }

  struct MatchMemo {
    const std::vector<GazetteerEntry>* entries = nullptr;
    int len = -1;  // -1: not looked up yet
  };
  // The memo slot of token i of `sv`, or nullptr when `sv` is not one of the document's views.
  // Small enough to inline: Match asks it for every capitalised token, more than once.
  MatchMemo* MemoAt(const SentenceView& sv, int i) const {
    const auto& views = st_->views;
    if (views.empty() || &sv < views.data() || &sv >= views.data() + views.size()) return nullptr;
    std::size_t at = memo_start_[static_cast<std::size_t>(&sv - views.data())] + static_cast<std::size_t>(i);
    return at < memo_.size() ? &memo_[at] : nullptr;
  }
  // Sizes the memo for the document's views, all slots not looked up yet, and finds their
  // accents. Once, before the first Match: the views and their words do not change while
  // mentions are found.
  void BuildMemo() {
    const auto& views = st_->views;
    memo_start_.assign(1, 0);
    for (const auto& v : views) memo_start_.push_back(memo_start_.back() + v.words.size());
    memo_.assign(memo_start_.back(), MatchMemo{});
    // Per token, the first accented token at or after it in its sentence (or the sentence's length).
    next_accent_.assign(memo_start_.back(), 0);
    for (std::size_t v = 0; v < views.size(); ++v) {
      const auto& words = views[v].words;
      int next = static_cast<int>(words.size());
      // The words are the text of the sentence's tokens: when the text from the first token
      // to the end of the last has no accent, no word has one (every slot keeps the length).
      if (const demarche::Sentence* s = views[v].sentence;
          s && !s->tokens.empty() && s->tokens.size() == words.size() &&
          NoAccentIn(std::string_view(st_->doc.text)
                         .substr(s->tokens.front().begin, s->tokens.back().end - s->tokens.front().begin))) {
        std::fill_n(next_accent_.begin() + static_cast<std::ptrdiff_t>(memo_start_[v]), words.size(), next);
        continue;
      }
      for (int k = next - 1; k >= 0; --k) {
        if (HasAccent(words[static_cast<std::size_t>(k)])) next = k;
        next_accent_[memo_start_[v] + static_cast<std::size_t>(k)] = next;
      }
    }
  }
  std::vector<std::size_t> memo_start_;  // per view, its first slot in memo_
  mutable std::vector<MatchMemo> memo_;
  std::vector<int> next_accent_;  // by memo slot

  const std::vector<GazetteerEntry>* MatchUncached(const SentenceView& sv, int i, int* len) const {
    const std::vector<GazetteerEntry>* best = MatchWords(sv, i, len, /*fold=*/false);
    const int end = std::min(static_cast<int>(sv.words.size()), i + res_.max_phrase_tokens());
    bool accents = false;
    if (const MatchMemo* memo = MemoAt(sv, i)) {
      accents = next_accent_[static_cast<std::size_t>(memo - memo_.data())] < end;
    } else {
      for (int k = i; k < end && !accents; ++k) accents = HasAccent(sv.words[k]);
    }
    int folded_len = 0;
    const auto* folded = accents ? MatchWords(sv, i, &folded_len, /*fold=*/true) : nullptr;
    bool person = folded && std::any_of(folded->begin(), folded->end(), [](const GazetteerEntry& x) {
                    return x.kind == EntryKind::kPersonFull || x.kind == EntryKind::kPersonShort;
                  });
    if (person && (!best || folded_len > *len)) {
      best = folded;
      *len = folded_len;
    }
    return best;
  }

  const std::vector<GazetteerEntry>* MatchWords(const SentenceView& sv, int i, int* len, bool fold) const {
    auto word = [&](int k) { return fold ? FoldLatin(sv.words[k]) : sv.words[k]; };
    // Every gazetteer phrase starts with a capital letter, a digit or a non-ASCII letter:
    // skip the lower-case majority of tokens without a hash lookup.
    unsigned char c0 = static_cast<unsigned char>(sv.words[i][0]);
    if (c0 >= 'a' && c0 <= 'z') return nullptr;  // (before the word is copied or folded)
    // Most capitalised words start no phrase either: ask before copying the word.
    if (!fold && !res_.IsPhraseStart(sv.words[i])) return nullptr;
    std::string key = word(i);
    if (fold && !res_.IsPhraseStart(key)) return nullptr;
    // Grow the key while it is a prefix of some phrase; keep the longest full phrase.
    const int n = static_cast<int>(sv.words.size());
    const std::vector<GazetteerEntry>* best = nullptr;
    for (int l = 1; i + l <= n; ++l) {
      if (l > 1) {
        key += ' ';
        key += word(i + l - 1);
      }
      if (auto* e = res_.Lookup(key)) {
        best = e;
        *len = l;
      }
      if (!res_.IsPhrasePrefix(key)) break;
    }
    return best;
  }

  void Add(SentenceView& sv, Mention m) {
    NoteGovernment(sv, m);
    std::optional<Mention> party_after;  // "Ted Cruz, R-Texas": the party the initial names
    // A possessor ("Mr Brown's plan") is rarely what a later "he" refers to.
    bool possessor = m.last < static_cast<int>(sv.words.size()) &&
                     IsPossessive(sv.words[m.last]);
    if (m.type == NodeType::kPerson && !m.pronoun && !possessor) last_persons_.push_back(m.key);
    if (m.type == NodeType::kState && !m.pronoun) last_states_.emplace_back(m.key, sv.index);
    // ("To his credit, Mr. Lee has ...": a possessive or object pronoun is not what the sentence
    // is about.)
    const bool non_subject_pronoun = m.pronoun && m.last - m.first == 1 && cls_.Is(kPersonPronoun, sv.lower[m.first]) &&
                                     !cls_.Is(kSubjectPersonPronoun, sv.lower[m.first]);
    // (A person named in an introductory phrase or clause, "Despite talks with Abe, Putin's
    // position ...", "While Trump waits, Bolton ...", is the sentence's first person only when
    // no other is named after it.)
    if (m.type == NodeType::kPerson && !possessor && !non_subject_pronoun && sentence_first_person_.empty() && !m.minor) {
      if (m.first >= lead_end_) sentence_first_person_ = m.key;
      else if (lead_first_person_.empty()) lead_first_person_ = m.key;
    }
    // "Kerry's meetings Monday included Erekat and Elaraby. He met ...": the possessor of the
    // meeting noun that opens the sentence is whose meetings they are, the one a "he" that
    // opens the next sentence goes on with.
    if (m.type == NodeType::kPerson && possessor && !m.pronoun && m.first == 0 && sentence_first_person_.empty() &&
        m.last + 1 < static_cast<int>(sv.words.size()) && res_.meeting_nouns().count(sv.lower[m.last + 1]))
      sentence_first_person_ = m.key;
    if (m.type == NodeType::kPerson && !m.pronoun) {
      // "The former education and interior minister, Gideon Saar,": an office named past in
      // apposition before the name (class past_office_marker among the five lower-case words
      // before the comma) is held by no one now; a dictionary role still open for him gives
      // only his country.
      if (int t = m.first - 2; t >= 1 && sv.words[m.first - 1] == "," &&
                               (res_.IsTitleHead(Capitalized(sv.lower[t])) || cls_.Is(kAppositiveOfficeNoun, sv.lower[t]))) {
        for (int b = t - 1; b >= 0 && b >= t - 5 && sv.words[b] == sv.lower[b] && std::isalpha(static_cast<unsigned char>(sv.words[b][0])); --b) {
          if (!cls_.Is(kPastOfficeMarker, sv.lower[b])) continue;
          formers_.insert(m.key);
          if (auto p = st_->principal.find(m.key); p != st_->principal.end()) {
            if (p->second.starts_with("state:")) st_->nationality[m.key] = p->second.substr(6);
            st_->principal.erase(p);
          }
          break;
        }
      }
    }
    if (m.type == NodeType::kPerson && !m.pronoun && !st_->principal.count(m.key)) {
      // "Sen. Ted Cruz, R-Texas,", "Rep. Jim Banks (R-Ind.)": a party's initial and a state's.
      const int n = static_cast<int>(sv.words.size());
      int k = m.last;
      if (k < n && (sv.words[k] == "," || sv.words[k] == "(")) ++k;
      // "Qatar's emir, Sheikh Hamad", "Jordan's king, Abdullah": a state's office named in
      // apposition before the name.
      // (After an indefinite article, below, also a noun of a public role: "a Hamas spokesman, ...".)
      if (int t = m.first - 2; t >= 2 && sv.words[m.first - 1] == "," && !sv.mentions.empty() &&
                               (cls_.Is(kAppositivePersonNoun, sv.lower[t]) || res_.IsTitleHead(Capitalized(sv.lower[t])) ||
                                (cls_.Is(kAppositiveOfficeNoun, sv.lower[t]) && sv.words[t] == sv.lower[t]))) {
        const bool office = cls_.Is(kAppositivePersonNoun, sv.lower[t]) || res_.IsTitleHead(Capitalized(sv.lower[t]));
        while (t - 1 >= 2 && t > m.first - 5 && res_.IsTitleWordAnyCase(sv.lower[t - 1]) && sv.lower[t - 1] == sv.words[t - 1]) --t;
        const Mention& owner = sv.mentions.back();
        if (IsPossessive(sv.words[t - 1]) && owner.last == t - 1 && owner.type == NodeType::kState && !owner.demonym) {
          if (office) st_->principal[m.key] = owner.key;
        } else if (owner.last == t && !owner.pronoun && owner.type != NodeType::kPerson && owner.first >= 1) {
          // "an Iranian lawmaker, Ali Motahari,", "a Hamas spokesman, Fawzi Barhoum,", "a local
          // BJP politician, Kapil Mishra,": an indefinite article (and one lower-case modifier)
          // before a state, its demonym or a body, then the office: the person holds it for that
          // state or body (a party's member is affiliated with it).
          int a = owner.first - 1;
          if (a >= 1 && sv.words[a] == sv.lower[a] && !cls_.Is(kArticle, sv.lower[a])) --a;
          // (Not a role the sentence opens with: "as an IRA commander, McGuinness was ...".)
          const bool indefinite = cls_.Is(kArticle, sv.lower[a]) && !cls_.Is(kDefiniteArticle, sv.lower[a]);
          if (indefinite && !(a >= 1 && sv.lower[a - 1] == "as")) {
            const OrgInfo* o = owner.type == NodeType::kOrganization ? res_.Org(owner.key.substr(owner.key.find(':') + 1)) : nullptr;
            (o && o->kind == "party" ? st_->affiliation : st_->principal)[m.key] = owner.key;
          }
        }
      }
      if (k + 2 < n && sv.words[k + 1] == "-" && IsCapitalized(sv.words[k + 2])) {
        const std::string* party = IsAllCaps(sv.words[k]) ? cls_.Value(kPartyInitial, sv.lower[k]) : nullptr;
        if (party && res_.Org(*party)) {
          st_->affiliation[m.key] = OrganizationKey(*party);
          party_after = Mention{k, k + 3, NodeType::kOrganization, OrganizationKey(*party), "org.party-initial"};
        }
      }
    }
    if (m.type == NodeType::kPerson) {
      // A person named with a title, or by a dictionary, anywhere in the document is an actor.
      if (!m.pronoun && m.rule != "person.given-name" && m.rule != "person.short-name") minor_persons_.erase(m.key);
      m.minor = minor_persons_.count(m.key) > 0 && !st_->principal.count(m.key) && !st_->affiliation.count(m.key);
    }
    if (m.type == NodeType::kPerson && !m.pronoun && !sex_.count(m.key)) {
      // The sex the first name's lists give: "Catherine Colonna" f, "James Cleverly" m.
      const std::string& shown = m.name.empty() ? m.key : m.name;
      if (char c = res_.GivenName(shown.substr(0, shown.find(' '))); c == 'm' || c == 'f') sex_[m.key] = c;
    }
    // "Mrs. Ortiz", "Ms Lam", "Mr. Tan", "Queen Sonja": a title that tells the sex tells it
    // rather than the first name's lists ("Mr. Graham" for Lindsey Graham), the title opening the
    // mention or standing before it.
    if (m.type == NodeType::kPerson && !m.pronoun) {
      for (int k = m.first; k >= 0 && k >= m.first - 1 && k < m.last; --k) {
        if (!IsCapitalized(sv.words[k])) break;
        std::string_view w = sv.lower[k];
        if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);  // "Mr." as "Mr"
        if (cls_.Is(kFemaleTitle, w)) sex_[m.key] = 'f';
        else if (cls_.Is(kMaleTitle, w)) sex_[m.key] = 'm';
        else continue;
        break;
      }
    }
    // A new person named in a spelling of a dictionary name ("Moammar Gadhafi" for Muammar
    // Gaddafi): that spelling's family name stands for him too.
    if (m.type == NodeType::kPerson && !m.pronoun && !st_->nodes.count(m.key) && m.name.find(' ') != std::string::npos) {
      if (auto it = full_names_.find(m.key); it != full_names_.end() && it->second != m.name) {
        RememberShortName(LastName(m.name), it->second);
      }
    }
    if (!unnamed_.count(m.key)) st_->AddEntity(m, sv.index);
    sv.mentions.push_back(std::move(m));
    // The party's node, for the represents edge; no mention, so that the person stays the
    // subject of what follows ("Rep. Adam Schiff (D-Calif.) urged").
    if (party_after) st_->AddEntity(*party_after, sv.index);
  }

  // former: "former president Carlos Menem" acts for nobody now, though he keeps his country.
  // in_office: a present title ("President Obama") says the person holds an office now.
  std::string PersonKeyFor(const std::string& full_name, const std::string& principal, bool former = false,
                           bool in_office = false) {
    std::string key = KeyOfFullName(full_name);
    full_names_.emplace(key, full_name);
    if (!st_->nodes.count(key)) RememberShortNames(full_name);
    if (former) formers_.insert(key);
    if (!principal.empty() && !st_->principal.count(key)) st_->principal[key] = principal;
    if (const PersonInfo* p = KnownPerson(full_name); p && !st_->principal.count(key)) {
      // A known person acts for whom the role valid on the document's date says; out of
      // office, he keeps his country.
      std::string on = formers_.count(key) ? "" : PrincipalOn(*p, st_->doc_date, in_office);
      if (!on.empty()) {
        st_->principal[key] = res_.State(on) ? StateKey(on) : OrganizationKey(on);
      } else if (!p->country.empty()) {
        st_->nationality[key] = p->country;
      }
    }
    RememberFamilyName(key, full_name);
    return key;
  }

  // "North Korean leader Kim Jong Un", then "Kim"; "Prime Minister Lee Hsien Loong", then
  // "Lee": a person of a state whose names put the family name first (class
  // family_name_first_state), or found by FamilyFirstPerson, is named again by the first word
  // of the name, however many words follow, unless another person of the document has that
  // first word (see RememberShortNames: "Kim Dae-jung" and "Kim Jong Un" make "Kim" stand for
  // neither) or the word names something else.
  void RememberFamilyName(const std::string& key, const std::string& full_name) {
    std::size_t sp = full_name.find(' ');
    if (sp == std::string::npos) return;
    std::string first = full_name.substr(0, sp);
    if (by_first_word_.count(first) || doc_persons_.count(first)) return;
    auto it = first_words_.find(first);
    if (it == first_words_.end() || KeyOfFullName(it->second) != key || res_.Lookup(first)) return;
    std::string state;
    if (auto pr = st_->principal.find(key); pr != st_->principal.end() && pr->second.rfind("state:", 0) == 0) {
      state = pr->second.substr(6);
    } else if (auto na = st_->nationality.find(key); na != st_->nationality.end()) {
      state = na->second;
    }
    if (!family_first_names_.count(full_name) && (state.empty() || !cls_.Is(kFamilyNameFirstState, AsciiLower(state)))) return;
    RememberShortName(first, full_name);
    by_first_word_.insert(first);
  }

  // A person's node key: "John F. Kerry" and "John Kerry" are one node; a dictionary name
  // keeps its initials ("George W. Bush").
  std::string KeyOfFullName(const std::string& full_name) const {
    return PersonNodeKey(KnownPerson(full_name) ? full_name : WithoutMiddleInitials(full_name));
  }

  // The single names that stand for a person named in full from now on: the last word, and a
  // known person's short names ("Xi" for Xi Jinping), each also without accents.
  void RememberShortNames(const std::string& full_name) {
    RememberShortName(LastName(full_name), full_name);
    // "Vice Premier Liu He", then "Liu": a two-word name whose first word is no given name we
    // know (family name first) stands for the person too, unless it names something else.
    // Two persons of that first word ("Kim Dae-jung", "Kim Jong Un") make it stand for neither,
    // unless only the first is a dictionary person.
    if (std::size_t sp = full_name.find(' '); sp != std::string::npos) {
      std::string first = full_name.substr(0, sp);
      auto [it, added] = first_words_.emplace(first, full_name);
      // (A dictionary person named first keeps the word against a namesake no dictionary
      // knows: "North Korean leader Kim Jong Un ... his sister Kim Yo Jong ... Kim said".)
      if (!added && KeyOfFullName(it->second) != KeyOfFullName(full_name) &&
          !(KnownPerson(it->second) && !KnownPerson(full_name))) {
        if (auto d = doc_persons_.find(first); d != doc_persons_.end() && d->second == it->second && by_first_word_.count(first))
          doc_persons_.erase(d);
      } else if (added && sp == full_name.rfind(' ') && !res_.GivenName(first) && !doc_persons_.count(first) &&
                 !res_.Lookup(first)) {
        RememberShortName(first, full_name);
        by_first_word_.insert(first);
      }
    }
    // The given name too, for "Sir Tim" after "Tim Barrow"; two persons of that given name
    // make it stand for neither.
    if (std::size_t sp = full_name.find(' '); sp != std::string::npos) {
      std::string given = full_name.substr(0, sp);
      auto [it, added] = doc_given_.emplace(given, full_name);
      if (!added && it->second != full_name && PersonNodeKey(it->second) != PersonNodeKey(full_name)) it->second.clear();
    }
    if (const PersonInfo* p = KnownPerson(full_name)) {
      for (const auto& s : p->short_names) RememberShortName(s, full_name);
    }
  }
  void RememberShortName(const std::string& w, const std::string& full_name) {
    if (cls_.Is(kPersonPronoun, AsciiLower(w))) return;  // "He" of "Liu He" is still a pronoun
    doc_persons_[w] = full_name;
    if (std::string plain = FoldLatin(w); plain != w) doc_persons_[plain] = full_name;
  }

  // The full name a single name stands for in this document ("Erdoğan" or "Erdogan"), or null.
  const std::string* DocPerson(const std::string& w) const {
    auto it = doc_persons_.find(w);
    if (it == doc_persons_.end() && HasAccent(w)) it = doc_persons_.find(FoldLatin(w));
    return it == doc_persons_.end() ? nullptr : &it->second;
  }

  // The full name a single name after a title stands for when the document gives none by that
  // family name: the document's one person of that given name ("Sir Tim" after "Tim Barrow"),
  // else the dictionary's one person of that family name in office on the article's date whose
  // state the document names ("Mr. Netanyahu"). Empty when no one or several fit.
  std::string FullNameOfSingleName(const std::string& w) const {
    if (res_.GivenName(w)) {
      if (auto it = doc_given_.find(w); it != doc_given_.end() && !it->second.empty()) return it->second;
    }
    const PersonInfo* p = res_.OnlyPersonInOfficeNamed(w, st_->doc_date);
    return p && KnownPerson(p->name) ? p->name : "";
  }

  // The person a regnal title and one name stand for: the document's one person of that
  // given name, else the title and the name ("King Salman").
  std::string RegnalName(const std::string& title, const std::string& name) const {
    if (auto it = doc_given_.find(name); it != doc_given_.end() && !it->second.empty()) return it->second;
    return title + " " + name;
  }

  // Principal named right before a title: "Russian", "Russia's", "NATO".
  std::string PrincipalBefore(const SentenceView& sv, int i) {
    int k = i - 1;
    // "Iran's religious leader", "the Russian chief negotiator": up to two lower-case
    // modifiers between the owner and the title.
    for (int skipped = 0; skipped < 2 && k >= 1 && sv.lower[k] == sv.words[k] && sv.words[k].size() > 2 &&
                          !cls_.Is(kPreposition, sv.lower[k]) && !cls_.Is(kDeterminer, sv.lower[k]) &&
                          !cls_.Is(kCoordinatingConjunction, sv.lower[k]) && !cls_.Is(kSayVerb, sv.lower[k]);
         ++skipped) {
      --k;
    }
    // The skipped words follow a possessive or a demonym, or qualify the title after an
    // organisation's name ("U.N. human rights chief"; not "Iran hawk Sen. Tom Cotton"); no verb
    // stands between ("KCNA quoted leader Kim", "Russia has cemented President Assad's power"),
    // and no "former" before the name ("former State Department legal adviser Harold Koh").
    bool modifiers = true;
    for (int t = k + 1; t < i; ++t) {
      const std::string& w = sv.lower[t];
      modifiers = modifiers && !cls_.Is(kAuxiliaryOrAdverb, w) && !cls_.Is(kSpeakerVerb, w) &&
                  !(w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0);
    }
    bool named_owner = !sv.mentions.empty() && sv.mentions.back().last == k + 1 && modifiers &&
                       sv.mentions.back().type == NodeType::kOrganization &&
                       !(sv.mentions.back().first > 0 && cls_.Is(kPastOfficeMarker, sv.lower[sv.mentions.back().first - 1]));
    if (k != i - 1 && !(IsPossessive(sv.words[k]) ||
                        (!sv.mentions.empty() && sv.mentions.back().demonym && sv.mentions.back().last == k + 1) ||
                        named_owner))
      k = i - 1;
    if (k >= 0 && IsPossessive(sv.words[k])) --k;
    if (k < 0 || sv.mentions.empty()) return "";
    const Mention& m = sv.mentions.back();
    if (m.last == k + 1 && m.type == NodeType::kOrganization && sv.mentions.size() >= 2) {
      // "North Korea's U.N. ambassador", "the Russian NATO envoy": a state's officer at an
      // intergovernmental body acts for the state.
      const Mention& owner = sv.mentions[sv.mentions.size() - 2];
      const OrgInfo* o = res_.Org(std::string_view(m.key).substr(m.key.find(':') + 1));
      bool adjacent = owner.last == m.first || (owner.last + 1 == m.first && IsPossessive(sv.words[owner.last]));
      if (o && (o->kind == "igo" || o->kind == "alliance") && owner.type == NodeType::kState && adjacent) return owner.key;
    }
    if (m.last == k + 1 && (m.type == NodeType::kState || m.type == NodeType::kOrganization)) return m.key;
    return "";
  }

  // Whether the word at k ends a name that started at `first` ("Minister Lavrov On Monday"). A
  // month name that is also a family name, after a capitalised word of the name and with no day
  // number after it, is part of the name: "Theresa May said", "Brian May", not "on May 5".
  bool EndsName(const SentenceView& sv, int k, int first) const {
    const std::string& w = sv.words[k];
    if (!cls_.IsCap(kNotNameWord, w, sv.lower[k])) return false;
    if (k > first && cls_.IsCap(kNameAlsoMonth, w, sv.lower[k]) && IsCapitalized(sv.words[k - 1]) &&
        !cls_.IsCap(kNotNameWord, sv.words[k - 1], sv.lower[k - 1])) {
      const int n = static_cast<int>(sv.words.size());
      return k + 1 < n && sv.words[k + 1][0] >= '0' && sv.words[k + 1][0] <= '9';
    }
    return true;
  }

  // A particle or hyphen inside a name, before its next capitalised word: "Jan de Wit",
  // "Bashar al-Assad", "Adel al-Jubeir" (particle, hyphen, name).
  bool NameGlue(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    const std::string& w = sv.words[k];
    if (w != "-" && !cls_.Is(kNameParticle, w)) return false;
    if (k + 1 < n && IsCapitalized(sv.words[k + 1])) return true;
    return w != "-" && k + 2 < n && sv.words[k + 1] == "-" && IsCapitalized(sv.words[k + 2]);
  }

  // Whether tokens a and b are written with no space between ("Jong-un", not "Trump - who").
  bool Touching(const SentenceView& sv, int a, int b) const {
    return sv.sentence->tokens[a].end == sv.sentence->tokens[b].begin;
  }

  // "Moon Jae-in", "Leung Chun-ying", "Prayut Chan-o-cha": a hyphen between a capitalised name
  // word (or a syllable glued so) and a lower-case syllable of letters, all touching, is inside
  // a given name; not a compound suffix ("Johnson-led", "York-based", "President-elect", "Cold
  // War-era"; class name_compound_suffix, and any "-ed").
  bool HyphenSyllable(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    if (k < 1 || k + 1 >= n || sv.words[k] != "-" || !Touching(sv, k - 1, k) || !Touching(sv, k, k + 1)) return false;
    auto syllable = [&](int t, std::size_t min_size) {
      const std::string& s = sv.words[t];
      return s.size() >= min_size && s.size() <= 6 &&
             std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
             s.compare(s.size() - std::min<std::size_t>(2, s.size()), 2, "ed") != 0 &&
             !cls_.Is(kNameCompoundSuffix, s);
    };
    bool chained = k + 2 < n && sv.words[k + 2] == "-";
    if (!IsCapitalized(sv.words[k - 1]) && !(k >= 2 && sv.words[k - 2] == "-" && syllable(k - 1, 1))) return false;
    return syllable(k + 1, chained ? 1 : 2) && !(chained && (k + 3 >= n || !syllable(k + 3, 1)));
  }

  // "deGravelles", "vanDyke", "McCain" aside: a lower-case particle glued to a capitalised name.
  static bool ParticleGlued(const std::string& w) {
    for (std::string_view p : {"de", "da", "di", "du", "del", "van", "von", "le", "la"}) {
      if (w.size() > p.size() + 2 && w.compare(0, p.size(), p) == 0 && w[p.size()] >= 'A' && w[p.size()] <= 'Z') return true;
    }
    return false;
  }

  // "Deputy Foreign Minister Sergei Ryabkov": returns tokens consumed, 0 if no match.
  int TitledPerson(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    int j = i;
    bool head = false;
    bool office = false;  // a title that names an office, not only "Mr." or "Dr."
    bool recipient = false;  // "ambassador to the United Nations": the title names whom it is sent to
    auto title_word = [&](const std::string& w) { return res_.IsTitleWordAnyCase(w); };
    while (j < n) {
      // The function words as written: "The" may open a name.
      if (title_word(sv.words[j]) && !cls_.Is(kDefiniteArticle, sv.words[j])) {
        bool is_head = res_.IsTitleHead(Capitalized(sv.words[j]));
        head = head || is_head;
        office = office || (is_head && !cls_.Is(kOfficeLessTitle, sv.lower[j]));
        ++j;
      } else if ((cls_.Is(kGenitivePreposition, sv.words[j]) || sv.words[j] == "-") && j + 1 < n &&
                 title_word(sv.words[j + 1])) {
        ++j;
      } else if (cls_.Is(kGenitivePreposition, sv.words[j]) && j + 3 < n &&
                 cls_.Is(kDefiniteArticle, sv.words[j + 1]) && IsCapitalized(sv.words[j + 2]) &&
                 IsCapitalized(sv.words[j + 3]) && head) {
        j += 3;  // Chancellor of the Exchequer Nigel Lawson
      } else if (head && j > i && cls_.Is(kTitleRecipientPreposition, sv.words[j]) && j + 2 < n) {
        // "North Korean ambassador to the United Nations Kim Song": the body or state the title
        // is sent to is no principal; a name must follow it.
        int t = j + 1;
        if (cls_.Is(kDefiniteArticle, sv.lower[t])) ++t;
        int len = 0;
        const auto* e = t < n ? Match(sv, t, &len) : nullptr;
        bool body = e && std::any_of(e->begin(), e->end(), [](const GazetteerEntry& x) {
                      return x.kind == EntryKind::kStateName || x.kind == EntryKind::kStateSeat || x.kind == EntryKind::kOrgName;
                    });
        if (!body || t + len >= n || !IsCapitalized(sv.words[t + len]) || Match(sv, t + len, &len)) break;
        j = t + len;
        recipient = true;
        break;
      } else {
        break;
      }
    }
    if (!head || j == i) return 0;
    int k = j;
    int glue = 0;  // hyphens and particles do not count towards the four words
    std::string inserted_name;  // given and family name around a bracket or a nickname
    while (k < n && k - j - glue < 4) {
      const std::string& w = sv.words[k];
      bool initial = w.size() == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z';
      if (k > j && NameGlue(sv, k)) {
        ++k;  // "Jan de Wit", "Bashar al-Assad", "Mohammad Zia-Ul-Haq"
        ++glue;
        continue;
      }
      if (k > j && HyphenSyllable(sv, k)) {
        k += 2;  // "Kim Jong-un", "Leung Chun-ying": a lower-case syllable after a hyphen
        glue += 2;
        continue;
      }
      int len = 0;
      if (k == j) {
        // A known full name is the name, whatever its words ("Theresa May"), and may go on.
        const auto* e = Match(sv, k, &len);
        if (e && len > 1 &&
            std::any_of(e->begin(), e->end(), [](const GazetteerEntry& x) { return x.kind == EntryKind::kPersonFull; })) {
          k += len;
          continue;
        }
      }
      if (k == j + 1 && res_.GivenName(sv.words[j])) {
        // "[German Chancellor Angela] Merkel", "Joaquin \"El Chapo\" Guzman": a bracket or a
        // nickname in quotes between the given and the family name.
        int f = k;
        if (w == "]") {
          f = k + 1;
        } else if (IsQuote(w)) {
          for (int q = k + 1; q < n && q <= k + 3 && IsCapitalized(sv.words[q]); ++q) {
            if (q + 1 < n && IsQuote(sv.words[q + 1])) f = q + 2;
          }
        }
        if (f > k && f < n && IsCapitalized(sv.words[f]) && !EndsName(sv, f, j) && !res_.IsTitleWord(sv.words[f]) &&
            !Match(sv, f, &len)) {
          inserted_name = sv.words[j] + " " + sv.words[f];
          k = f + 1;
          break;
        }
        // "Rep. Pete King, who ...", "Rep. Steve Israel said": after a given name, a title's or
        // a state's word that ends the name is the family name.
        if (IsCapitalized(w) && !EndsName(sv, k, j) && (k + 1 >= n || !IsCapitalized(sv.words[k + 1])) &&
            (res_.IsTitleWord(w) || (Match(sv, k, &len) && len == 1 && !(k + 1 < n && IsPossessive(sv.words[k + 1]))))) {
          ++k;
          break;
        }
      }
      // "Vice Premier Liu He said": a capitalised "He" inside the sentence is a name's.
      if (k == j + 1 && w.size() <= 3 && IsCapitalized(w) && cls_.Is(kPersonPronoun, sv.lower[k]) && k + 1 < n &&
          !IsCapitalized(sv.words[k + 1])) {
        ++k;
        break;
      }
      // "Judge John deGravelles": a family name after a lower-case particle glued to it.
      if (k > j && ParticleGlued(w)) {
        ++k;
        continue;
      }
      // "Rep. Peter T. King said": after a middle initial, a title's or a state's word that ends
      // the name is the family name (an initial never ends a name).
      if (k > j + 1 && sv.words[k - 1].size() == 2 && sv.words[k - 1][1] == '.' && IsCapitalized(w) && !EndsName(sv, k, j) &&
          (k + 1 >= n || !IsCapitalized(sv.words[k + 1])) &&
          (res_.IsTitleWord(w) || (Match(sv, k, &len) && len == 1 && !(k + 1 < n && IsPossessive(sv.words[k + 1]))))) {
        ++k;
        break;
      }
      if (!IsCapitalized(w) || EndsName(sv, k, j) || res_.IsTitleWord(w)) break;
      // "Israeli Official Says Most Of Those ...": in a headline a verb of saying ends the name.
      if (title_case_line_ && cls_.Is(kSayVerb, sv.lower[k])) break;
      if (!initial && w.find('.') != std::string::npos) break;
      if (auto* e = Match(sv, k, &len)) {
        // After a title, a name that is also a town's ("Nigel", "Victoria") is still a name.
        bool person_or_place = false;
        for (const auto& x : *e) {
          person_or_place = person_or_place || x.kind == EntryKind::kPersonFull ||
                            x.kind == EntryKind::kPersonShort || (x.kind == EntryKind::kCity && k > j);
        }
        if (k == j) {
          bool only_city = true;  // a town or a capital ("Victoria"), not a state's or body's name
          for (const auto& x : *e) only_city = only_city && (x.kind == EntryKind::kCity || x.kind == EntryKind::kStateSeat);
          person_or_place = person_or_place || (only_city && k + 1 < n && IsCapitalized(sv.words[k + 1]) &&
                                                !Match(sv, k + 1, &len));
        }
        if (!person_or_place) break;
      }
      ++k;
    }
    if (k == j) return 0;
    for (int t = j; t < std::min(n, k + 1); ++t) {
      if (IsInstitutionWord(sv, t)) return 0;  // "General Accident", "Director Acquisition Corp"
    }
    std::string name = inserted_name.empty() ? JoinWords(sv, j, k) : inserted_name;
    // "former South African president Nelson Mandela" no longer acts for the state.
    bool former = false;
    // So does one "then-", "ousted", "late" ...: the text speaks of an office held in the past.
    for (int b = j - 1; b >= 0 && b >= i - 3; --b) former = former || cls_.Is(kPastOfficeMarker, sv.lower[b]);
    std::string principal = former ? std::string() : PrincipalBefore(sv, i);
    // "U.N. Ambassador Kim Song", "NATO ambassador Kay Bailey Hutchison": a state's envoy to an
    // intergovernmental body or alliance, not the body's officer ("EU Ambassador to the U.S."
    // names whom it is sent to, and is the body's; so does a body that sends envoys of its own:
    // "European Union Ambassador David O'Sullivan").
    if (!recipient && principal.rfind("org:", 0) == 0) {
      const OrgInfo* o = res_.Org(std::string_view(principal).substr(4));
      bool envoy = false;
      for (int t = i; t < j && !envoy; ++t) envoy = cls_.Is(kEnvoyToBodyTitle, sv.lower[t]);
      if (o && envoy && (o->kind == "igo" || o->kind == "alliance") && !cls_.Is(kEnvoySendingBody, principal.substr(4)))
        principal.clear();
    }
    // After "King", "Prince", "Sheikh" one name is a given (regnal) name, never a family name:
    // "Prince Mohammed" is the document's Mohammed bin Salman, "King Salman" is not him.
    bool regnal = j > i && k == j + 1 && cls_.IsCap(kRegnalTitle, sv.words[j - 1], sv.lower[j - 1]);
    std::string full = regnal ? RegnalName(sv.words[j - 1], name) : ResolveName(name);
    // "Mrs. Clinton": a title that tells the sex picks the dictionary's namesake of that sex
    // over the first choice of the dictionary's short names when that one's sex is not the
    // title's ("Mrs. Clinton" is Hillary, not Bill Clinton). A person the document named in
    // full stays ("Mr. Graham" after "Lindsey Graham": the given-name lists are not sure of
    // every name), and nobody is switched to a namesake the lists do not show of that sex or,
    // when the first choice's sex is unknown, to one the curated persons do not hold.
    auto sex_of = [&](const std::string& f) -> char {
      const auto sp = f.find(' ');
      return sp == std::string::npos ? 0 : res_.GivenName(f.substr(0, sp));
    };
    if (j > i && !regnal && name.find(' ') == std::string::npos && full.find(' ') != std::string::npos && !DocPerson(name)) {
      std::string_view t = sv.lower[j - 1];
      if (t.size() > 1 && t.back() == '.') t.remove_suffix(1);
      const char sex = cls_.Is(kFemaleTitle, t) ? 'f' : cls_.Is(kMaleTitle, t) ? 'm' : 0;
      if (const char found = sex_of(full); sex && found != sex) {
        const PersonInfo* p = res_.OnlyPersonOfSexNamed(name, sex);
        if (p && p->name != full && KnownPerson(p->name) && (found || p->curated)) full = p->name;
      }
    }
    std::string shown = full;
    int plen = 0;
    if (const auto* e = Match(sv, j, &plen); e && plen == k - j) {
      for (const auto& x : *e) {
        if (x.kind == EntryKind::kPersonFull) {  // "George W Bush" = "George W. Bush"; "Sergey Lavrov" shown as written
          full = x.id;
          shown = DisplayName(full, name);
        }
      }
    }
    // "Mr. Emwazi", "director of the Europe Program": a single name that no full name of the
    // document or dictionary stands behind names no one a reader can tell. The mention stays
    // (a later "he" is that person, and no other actor takes its place) but gives no node.
    bool unnamed = false;
    if (full.find(' ') == std::string::npos) {
      if (std::string f = FullNameOfSingleName(full); !f.empty()) {
        full = shown = f;
      } else if (j > i && cls_.IsCap(kRegnalTitle, sv.words[j - 1], sv.lower[j - 1])) {
        full = shown = sv.words[j - 1] + " " + full;  // "King Salman", "Queen Sonja": known so
      } else {
        unnamed = true;
      }
    }
    // "Ambassador Stefan Johannesson of Iceland"
    if (principal.empty() && k + 1 < n && cls_.Is(kGenitivePreposition, sv.words[k])) {
      int slen = 0;
      if (const auto* e = Match(sv, k + 1, &slen)) {
        for (const auto& x : *e) {
          if (x.kind == EntryKind::kStateName) principal = StateKey(x.id);
          if (x.kind == EntryKind::kOrgName && principal.empty()) principal = OrganizationKey(x.id);
        }
      }
    }
    Mention m;
    m.first = i;
    m.last = k;
    m.type = NodeType::kPerson;
    m.key = PersonKeyFor(full, principal, former, /*in_office=*/office && !former);
    if (unnamed) unnamed_.insert(m.key);
    // The title as written, for a later "the Saudi foreign minister" (TitleAnaphor).
    if (office && !former && !titles_.count(m.key)) titles_[m.key] = JoinLower(sv, i, j);
    m.rule = "person.title";
    m.name = shown;
    Add(sv, std::move(m));
    return k - i;
  }

  // A personal name from `k`: capitalised words, with particles and hyphens inside ("Willy de
  // Clercq"); returns its end (k when there is none).
  int NameFrom(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    int e = k;
    while (e < n && e - k < 4) {
      const std::string& w = sv.words[e];
      if (e > k && HyphenSyllable(sv, e)) {
        e += 2;  // "Chung Eui-yong"
        continue;
      }
      if (e > k && NameGlue(sv, e)) {
        ++e;
        continue;
      }
      if (!IsCapitalized(w) || EndsName(sv, e, k) || res_.IsTitleWord(w) ||
          w.find('.') != std::string::npos)
        break;
      int len = 0;
      if (const auto* m = Match(sv, e, &len)) {
        bool place_or_person = true;
        for (const auto& x : *m) {
          place_or_person = place_or_person && (x.kind == EntryKind::kCity || x.kind == EntryKind::kPersonFull ||
                                                x.kind == EntryKind::kPersonShort);
        }
        if (!place_or_person) break;
      }
      ++e;
    }
    return e - k >= 2 ? e : k;  // two words at least: "Frans Andriessen"
  }

  // "U.S. Trade Representative Robert Lighthizer", "UN High Commissioner for Refugees Filippo
  // Grandi": an organisation named by its office (a title word in its name), then a personal
  // name right after it: the office's holder, who acts for it. Returns tokens used from k.
  int OfficeHolder(SentenceView& sv, int k) {
    const int n = static_cast<int>(sv.words.size());
    if (title_case_line_ || k >= n || sv.mentions.empty() || !res_.GivenName(sv.words[k])) return 0;
    const Mention& org = sv.mentions.back();
    if (org.type != NodeType::kOrganization || org.last != k) return 0;
    bool office = false;
    for (int t = org.first; t < org.last && !office; ++t) office = res_.IsTitleHead(Capitalized(sv.lower[t]));
    if (!office) return 0;
    int e = NameFrom(sv, k);
    if (e == k || (e < n && IsPossessive(sv.words[e]))) return 0;
    for (int t = k; t < std::min(n, e + 1); ++t) {
      if (IsInstitutionWord(sv, t)) return 0;
    }
    // "former U.S. Trade Representative Carla Hills" acts for it no longer.
    bool former = false;
    for (int b = org.first - 1; b >= 0 && b >= org.first - 2; --b) former = former || cls_.Is(kPastOfficeMarker, sv.lower[b]);
    std::string full = ResolveName(JoinWords(sv, k, e));
    Mention m{k, e, NodeType::kPerson, PersonKeyFor(full, former ? std::string() : org.key, former, /*in_office=*/!former),
              "person.office-holder"};
    m.name = full;
    Add(sv, std::move(m));
    return e - k;
  }

  // "EC Commissioners Willy de Clercq and Frans Andriessen": a plural title before two names
  // joined by "and"; both act for what precedes the title. Returns tokens used.
  int PluralTitledPersons(SentenceView& sv, int i) {
    const std::string& w = sv.words[i];
    if (w.size() < 4 || w.back() != 's') return 0;
    // The singular, capitalised, in a reused buffer; every title head is a title word, whose
    // shape test turns most plurals away before the lookup.
    plural_stem_.assign(w, 0, w.size() - 1);
    if (plural_stem_[0] >= 'a' && plural_stem_[0] <= 'z') plural_stem_[0] = static_cast<char>(plural_stem_[0] - 'a' + 'A');
    if (!res_.IsTitleWordAnyCase(plural_stem_) || !res_.IsTitleHead(plural_stem_)) return 0;
    const int n = static_cast<int>(sv.words.size());
    int a = i + 1, a_end = NameFrom(sv, a);
    if (a_end == a || a_end >= n || !cls_.Is(kCoordinatingConjunction, sv.lower[a_end])) return 0;
    int b = a_end + 1, b_end = NameFrom(sv, b);
    if (b_end == b) return 0;
    int t = i;  // the title's first word: "Foreign Ministers"
    while (t > 0 && res_.IsTitleWordAnyCase(sv.words[t - 1])) --t;
    std::string principal = PrincipalBefore(sv, t);
    for (auto [first, last] : {std::pair{a, a_end}, std::pair{b, b_end}}) {
      std::string full = ResolveName(JoinWords(sv, first, last));
      Mention m{first == a ? t : first, last, NodeType::kPerson, PersonKeyFor(full, principal, false, true),
                "person.title.plural"};
      m.name = full;
      Add(sv, std::move(m));
    }
    return b_end - i;
  }

  // True when `last_name` appears alone in a later sentence ("Mandela said").
  bool LaterShortMention(const SentenceView& here, const std::string& last_name) {
    if (!indexed_) IndexAloneWords();  // built on first need: most documents never ask
    indexed_ = true;
    auto it = last_alone_.find(last_name);
    return it != last_alone_.end() && it->second > here.index;
  }

  // For every capitalised word, the last sentence where it stands alone (not after another
  // capitalised word, or after Mr/Mrs/Ms): one pass, so the test above is a lookup.
  void IndexAloneWords() {
    for (const auto& sv : st_->views) {
      for (std::size_t k = 0; k < sv.words.size(); ++k) {
        const std::string& w = sv.words[k];
        if (!IsCapitalized(w)) continue;
        bool alone = k == 0 || !IsCapitalized(sv.words[k - 1]) || cls_.IsCap(kHonorific, sv.words[k - 1], sv.lower[k - 1]);
        if (alone) last_alone_[w] = sv.index;
      }
    }
  }

  // A word of a name with no title before it: capitalised, mixed case, no title word, and no
  // gazetteer phrase, or (known_ok) only a town's or a curated person's ("the BBC's Paul
  // Reynolds"; then no institution word either).
  bool UntitledNameWord(const SentenceView& sv, int k, int first, bool known_ok) const {
    const std::string& w = sv.words[k];
    if (!IsCapitalized(w) || w.size() < 2 || EndsName(sv, k, first) || res_.IsTitleWord(w)) return false;
    if (known_ok && IsInstitutionWord(sv, k)) return false;
    bool lower = false;
    for (char c : w) lower = lower || (c >= 'a' && c <= 'z');
    int len = 0;
    const auto* e = Match(sv, k, &len);
    if (!lower || IsPluralAcronym(w)) return false;
    if (!e) return true;
    // A person's name that was no mention of that person here (a namesake of a Phoenix office
    // holder: "said Efrain Rodriguez, a hotel employee") is still a name.
    if (std::all_of(e->begin(), e->end(), [](const GazetteerEntry& x) { return x.kind == EntryKind::kPersonFull; })) {
      return true;
    }
    return known_ok && std::all_of(e->begin(), e->end(), [](const GazetteerEntry& x) {
             return x.kind == EntryKind::kCity || x.kind == EntryKind::kPersonFull || x.kind == EntryKind::kPersonShort;
           });
  }

  // A plural of an acronym ("MPs", "CEOs", "NGOs"): two or more capitals and a final "s" make
  // a common noun ("told MPs Brexit will ...", "told CEOs Beijing ..."), never a name word.
  static bool IsPluralAcronym(const std::string& w) {
    if (w.size() < 3 || w.back() != 's') return false;
    return std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // An untitled full name next to a speech verb: "Nelson Mandela said", "said Yasser Arafat".
  // Two or three capitalised words in mixed case that no gazetteer knows. Returns tokens used.
  int SpeakerName(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    // Cheap test first: a speech verb right before, or within four tokens after.
    if (!IsCapitalized(sv.words[i])) return 0;
    bool near = i > 0 && cls_.Is(kSpeakerVerb, sv.lower[i - 1]);
    for (int k = i + 2; !near && k < n && k <= i + 4; ++k) near = cls_.Is(kSpeakerVerb, sv.lower[k]);
    if (!near) return 0;
    int k = i;
    while (k < n && k - i < 3) {
      if (k > i + 1 && HyphenSyllable(sv, k)) {
        k += 2;  // "said Heo Yong-beom"
        continue;
      }
      if (!UntitledNameWord(sv, k, i, /*known_ok=*/false)) break;
      ++k;
    }
    if (k - i < 2) return 0;
    // "Abbott Laboratories Inc said": a company or an institution, not a person.
    while (k < n && IsInstitutionWord(sv, k)) ++k;
    for (int t = i; t < k; ++t) {
      if (IsInstitutionWord(sv, t)) return 0;
    }
    bool before = i > 0 && cls_.Is(kSpeakerVerb, sv.lower[i - 1]);
    bool after = k < n && cls_.Is(kSpeakerVerb, sv.lower[k]);
    // "X Y said" also names companies ("Advanced Micro Devices said"): only "said X Y" counts alone;
    // "X Y said" needs a later short mention ("Mandela said") to confirm a person.
    if (!before && !(after && LaterShortMention(sv, sv.words[k - 1]))) return 0;
    std::string name = ResolveName(JoinWords(sv, i, k));
    Mention m{i, k, NodeType::kPerson, PersonKeyFor(name, ""), "person.speaker"};
    m.name = name;
    Add(sv, std::move(m));
    return k - i;
  }

  // "Heather Nauert", "Jamal Khashoggi": an untitled name whose first word is a given name
  // (gazetteers/given-names.tsv) and whose next one to three words are capitalised name words no
  // gazetteer knows, not a headline's and not an institution's ("Michael Hanna Foundation").
  // Returns tokens used.
  int GivenNamePerson(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    if (title_case_line_ || i + 1 >= n || !IsCapitalized(sv.words[i]) || !res_.GivenName(sv.words[i])) return 0;
    if (i > 0 && IsCapitalized(sv.words[i - 1]) && !cls_.IsCap(kNotNameWord, sv.words[i - 1], sv.lower[i - 1]) &&
        !cls_.IsCap(kHonorific, sv.words[i - 1], sv.lower[i - 1]))
      return 0;  // inside a longer capitalised name
    int k = i + 1;
    int glue = 0;  // hyphens and particles do not count towards the four words: "Jean-Yves Le Drian"
    while (k < n && k - i - glue < 4) {
      if (NameGlue(sv, k)) {
        ++k;
        ++glue;
        continue;
      }
      if (!UntitledNameWord(sv, k, i, /*known_ok=*/false) || IsInstitutionWord(sv, k)) break;
      ++k;
    }
    while (k > i + 1 && NameGlue(sv, k - 1)) --k;  // a name ends on a name word
    if (k - i < 2) return 0;
    // A photo credit ("REUTERS/Joshua Lott", "John Minchillo/AP") names no actor of the story.
    if ((i > 0 && sv.words[i - 1] == "/") || (k < n && sv.words[k] == "/")) return 0;
    if (k < n && (IsInstitutionWord(sv, k) || (IsCapitalized(sv.words[k]) && !EndsName(sv, k, i)))) return 0;
    // "Kenzo Oshima, the United Nations Emergency Relief Coordinator,": whom a title in
    // apposition names, unless another given name inside it owns the title ("Robert Siegel, the
    // Egyptian ambassador Mohamed Tawfik,").
    std::string principal = PrincipalAfter(sv, k);
    for (int t = k + 1; !principal.empty() && t + 1 < n && t < k + 12 && sv.words[t] != ","; ++t) {
      if (res_.GivenName(sv.words[t]) && IsCapitalized(sv.words[t + 1])) principal.clear();
    }
    auto [full, shown] = PersonNames(sv, i, k);
    // "Mercedes-Benz", "the Kennedy-Nixon race": words joined by hyphens are one word, not a
    // given and a family name.
    if (full.find(' ') == std::string::npos) return 0;
    std::string key = PersonKeyFor(full, principal, false, /*in_office=*/!principal.empty());
    if (!st_->nodes.count(key) && !st_->principal.count(key)) minor_persons_.insert(key);
    Mention m{i, k, NodeType::kPerson, key, "person.given-name"};
    m.name = shown;
    Add(sv, std::move(m));
    return k - i;
  }

  // "Kim Yo Jong", "Lee Jae Myung", "Wang Da Wei": an untitled name of three words whose first
  // is a family name its people write first (Resources::FamilyFirstName) and whose next two are
  // short capitalised name words (at most six letters) no gazetteer knows, not followed by
  // another name word. Who the person acts for is left to the text. Returns tokens used.
  int FamilyFirstPerson(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    if (title_case_line_ || i + 2 >= n || !res_.FamilyFirstName(sv.words[i]) || IsDeterminer(res_, sv.lower[i])) return 0;
    if (i > 0 && IsCapitalized(sv.words[i - 1]) && !cls_.IsCap(kNotNameWord, sv.words[i - 1], sv.lower[i - 1]) &&
        !cls_.IsCap(kHonorific, sv.words[i - 1], sv.lower[i - 1]))
      return 0;  // inside a longer capitalised name
    for (int k = i + 1; k <= i + 2; ++k) {
      const std::string& w = sv.words[k];
      if (w.size() > 6 || !std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
          !UntitledNameWord(sv, k, i, /*known_ok=*/false) || IsInstitutionWord(sv, k))
        return 0;
    }
    const int k = i + 3;
    if (k < n && (IsInstitutionWord(sv, k) || (IsCapitalized(sv.words[k]) && !EndsName(sv, k, i)) || sv.words[k] == "-")) return 0;
    auto [full, shown] = PersonNames(sv, i, k);
    // "Kim Jung Un" after "Kim Jong Un": a romanisation one letter off the name of a person
    // of the document with that family name is that person.
    if (auto it = first_words_.find(sv.words[i]); it != first_words_.end() && SpellingVariant(full, it->second)) {
      Mention m{i, k, NodeType::kPerson, KeyOfFullName(it->second), "person.family-name-first-variant"};
      m.name = it->second;
      Add(sv, std::move(m));
      return k - i;
    }
    family_first_names_.insert(full);  // (read by RememberFamilyName)
    std::string key = PersonKeyFor(full, PrincipalAfter(sv, k), false, /*in_office=*/false);
    if (!st_->nodes.count(key) && !st_->principal.count(key)) minor_persons_.insert(key);
    Mention m{i, k, NodeType::kPerson, key, "person.family-name-first"};
    m.name = shown;
    Add(sv, std::move(m));
    return k - i;
  }

  // Whether two names of as many words differ in one word only, by one letter changed, added
  // or dropped ("Kim Jung Un", "Kim Jong Eun", "Kim Jong Un"; bytes compared, ASCII case
  // ignored).
  static bool SpellingVariant(const std::string& a, const std::string& b) {
    auto words = [](const std::string& s) {
      std::vector<std::string> out;
      std::size_t from = 0;
      for (std::size_t sp; (sp = s.find(' ', from)) != std::string::npos; from = sp + 1) out.push_back(s.substr(from, sp - from));
      out.push_back(s.substr(from));
      return out;
    };
    auto one_edit = [](std::string x, std::string y) {
      x = AsciiLower(x);
      y = AsciiLower(y);
      if (x.size() == y.size()) {
        int diff = 0;
        for (std::size_t c = 0; c < x.size(); ++c) diff += x[c] != y[c];
        return diff == 1;
      }
      const std::string& l = x.size() > y.size() ? x : y;
      const std::string& r = x.size() > y.size() ? y : x;
      if (l.size() != r.size() + 1) return false;
      std::size_t c = 0;
      while (c < r.size() && l[c] == r[c]) ++c;
      return l.compare(c + 1, std::string::npos, r, c, std::string::npos) == 0;
    };
    std::vector<std::string> wa = words(a), wb = words(b);
    if (wa.size() != wb.size()) return false;
    int differing = 0;
    for (std::size_t w = 0; w < wa.size(); ++w) {
      if (wa[w] == wb[w]) continue;
      if (++differing > 1 || !one_edit(wa[w], wb[w])) return false;
    }
    return differing == 1;
  }

  // "Sergei Ryabkov, Russia's deputy foreign minister, said", "Choe Son Hui, the North Korean
  // vice foreign minister": an untitled name of two to four words, a comma, then a title whose
  // owner is named (PrincipalAfter); the person acts for that owner. Returns tokens used.
  int AppositionTitledPerson(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    if (title_case_line_) return 0;
    // Cheap tests first: a capital here, none before, and a comma two to five tokens ahead.
    if (!IsCapitalized(sv.words[i])) return 0;
    if (i > 0 && IsCapitalized(sv.words[i - 1]) && !cls_.IsCap(kNotNameWord, sv.words[i - 1], sv.lower[i - 1])) return 0;
    bool comma = false;
    for (int k = i + 2; k < n && k <= i + 5 && !comma; ++k) comma = sv.words[k] == ",";
    if (!comma) return 0;
    int k = i;
    while (k < n && k - i < 5) {
      if (k > i && HyphenSyllable(sv, k)) {
        k += 2;  // "Kang Kyung-wha, South Korea's foreign minister"
        continue;
      }
      if (k > i && NameGlue(sv, k)) {
        ++k;
        continue;
      }
      if (!UntitledNameWord(sv, k, i, /*known_ok=*/true)) break;
      ++k;
    }
    if (k - i < 2 || k >= n || sv.words[k] != ",") return 0;
    // "of North Carolina, chairman of ...": a place, not a person.
    if (i > 0 && cls_.Is(kGenitivePreposition, sv.lower[i - 1])) return 0;
    std::string principal = PrincipalAfter(sv, k);
    if (principal.empty()) return 0;
    // "Robert Siegel, the Egyptian ambassador to the United States Mohamed Tawfik, said": the
    // title is another name's when a name follows it before the apposition closes.
    for (int t = k + 1, run = 0; t < n && t < k + 12 && sv.words[t] != ","; ++t) {
      int len = 0;
      if (Match(sv, t, &len)) {  // a known name: "the Democratic Unionist Party"
        t += len - 1;
        run = 0;
        continue;
      }
      run = UntitledNameWord(sv, t, t - run, /*known_ok=*/false) && !IsInstitutionWord(sv, t) ? run + 1 : 0;
      if (run == 2) return 0;
    }
    auto [full, shown] = PersonNames(sv, i, k);
    Mention m{i, k, NodeType::kPerson, PersonKeyFor(full, principal, false, /*in_office=*/true), "person.apposition-title"};
    m.name = shown;
    Add(sv, std::move(m));
    return k - i;
  }

  // The canonical full name and the name as shown of the person words [i, k): a dictionary
  // person written exactly so gives its canonical name, else the name as resolved.
  std::pair<std::string, std::string> PersonNames(const SentenceView& sv, int i, int k) {
    std::string text = JoinWords(sv, i, k);
    std::string full = ResolveName(text);
    std::string shown = full;
    int plen = 0;
    if (const auto* e = Match(sv, i, &plen); e && plen == k - i) {
      for (const auto& x : *e) {
        if (x.kind == EntryKind::kPersonFull) {
          full = x.id;
          shown = DisplayName(full, text);
        }
      }
    }
    return {full, shown};
  }

  // "the BBC's Paul Reynolds", "Chile's Ana Soto": two or three name words after a proper
  // noun's possessive; the person acts for the possessor when it is a state or organisation.
  int PossessedPerson(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    if (i < 2 || !IsPossessive(sv.words[i - 1]) || !IsCapitalized(sv.words[i - 2]))
      return 0;
    if (cls_.IsCap(kCompassWord, sv.words[i], sv.lower[i])) return 0;  // "Norway's North Sea field"
    int k = i;
    while (k < n && k - i < 3 && UntitledNameWord(sv, k, i, /*known_ok=*/true)) ++k;
    if (k - i < 2 || (k < n && IsCapitalized(sv.words[k]))) return 0;
    if (k < n && IsInstitutionWord(sv, k)) return 0;
    // Products, divisions and airports take this shape too: a person speaks right after, or is
    // named again by the surname alone.
    bool speaks = k < n && (cls_.Is(kPossessedSpeakerVerb, sv.lower[k]) ||
                            (sv.words[k] == "," && k + 1 < n && cls_.Is(kPossessedSpeakerVerb, sv.lower[k + 1])));
    if (!speaks && !LaterShortMention(sv, sv.words[k - 1])) return 0;
    // ... and the possessor is a state or organisation we know ("Dreyer's Grand Ice Cream said").
    if (sv.mentions.empty() || sv.mentions.back().last != i - 1 ||
        (sv.mentions.back().type != NodeType::kState && sv.mentions.back().type != NodeType::kOrganization))
      return 0;
    std::string principal = sv.mentions.back().key;
    auto [full, shown] = PersonNames(sv, i, k);
    Mention m{i, k, NodeType::kPerson, PersonKeyFor(full, principal), "person.possessed"};
    m.name = shown;
    Add(sv, std::move(m));
    return k - i;
  }

  // "his Israeli counterpart, Ariel Sharon", "the Palestinian leader, Mahmoud Abbas", "his
  // Ukrainian counterpart Dmytro Kuleba": a demonym, a person noun, a comma or not, then the
  // name. Returns tokens used from the demonym.
  int AppositivePerson(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    // Cheap tests first: a capital here and a comma or a person noun one to five tokens ahead.
    if (!IsCapitalized(sv.words[i])) return 0;
    bool comma = false;
    for (int k = i + 1; k < n && k <= i + 5; ++k) {
      comma = comma || (k > i + 1 && sv.words[k] == ",") || cls_.Is(kAppositivePersonNoun, sv.lower[k]);
    }
    if (!comma) return 0;
    int dlen = 0;
    const auto* e = Match(sv, i, &dlen);
    if (!e) return 0;
    std::string principal;
    for (const auto& x : *e) {
      if (x.kind == EntryKind::kStateDemonym) principal = StateKey(x.id);
    }
    if (principal.empty()) return 0;
    int k = i + dlen;
    while (k < n && k < i + dlen + 3 && !cls_.Is(kAppositivePersonNoun, sv.lower[k]) && sv.lower[k] == sv.words[k]) ++k;
    if (k + 2 >= n || !cls_.Is(kAppositivePersonNoun, sv.lower[k])) return 0;
    // Without the comma only a person noun written in lower case, after title words at most:
    // not "President Moon Jae-in", "Russian opposition leader X" (no office of the state).
    const bool comma_before_name = sv.words[k + 1] == ",";
    if (!comma_before_name) {
      if (!IsCapitalized(sv.words[k + 1]) || sv.lower[k] != sv.words[k]) return 0;
      // "Ukraine's pro-Russian former president", "Former Kenyan president X", "the late
      // Venezuelan president X": not the state's office holder (left to the titled person).
      if (i > 0 && (sv.words[i - 1] == "-" || cls_.Is(kAllegiancePrefix, sv.lower[i - 1]) || cls_.Is(kPastOfficeMarker, sv.lower[i - 1])))
        return 0;
      for (int t = i + dlen; t < k; ++t) {
        if (!res_.IsTitleWordAnyCase(sv.lower[t])) return 0;
      }
    }
    int a = comma_before_name ? k + 2 : k + 1, b = a;
    int glue = 0;  // "Abdel Fattah al-Burhan": particles and hyphens inside the name do not count
    while (b < n && b - a - glue < 3) {
      // A lower-case particle, with its hyphen ("al-Burhan", "bin Salman"); a bare hyphen
      // ("Jean-Yves") is left to the test below.
      if (comma_before_name && b > a && HyphenSyllable(sv, b)) {
        b += 2;  // "his South Korean counterpart, Ri Yong-ho,"
        glue += 2;
        continue;
      }
      if (b > a && sv.words[b] != "-" && NameGlue(sv, b)) {
        ++b;
        ++glue;
        if (b < n && sv.words[b] == "-") {
          ++b;
          ++glue;
        }
        continue;
      }
      if (!IsCapitalized(sv.words[b]) || cls_.IsCap(kNotNameWord, sv.words[b], sv.lower[b])) break;
      ++b;
    }
    if (b - a - glue < 2) return 0;
    // "Kim Jong-un": a name that goes on after a hyphen is left to the gazetteers.
    if (!comma_before_name && b < n && (sv.words[b] == "-" || sv.words[b].rfind("-", 0) == 0)) return 0;
    // "his Russian counterpart Maj. Gen. Nikolai Bogdanovski": abbreviated ranks are no name.
    for (int t = a; !comma_before_name && t < b; ++t) {
      if (sv.words[t].back() == '.' || (t + 1 < n && sv.words[t + 1] == ".")) return 0;
    }
    // The demonym stays a mention of the state; the name becomes the person.
    Mention state{i, i + dlen, NodeType::kState, principal, "gazetteer.state.demonym"};
    state.demonym = true;
    Add(sv, std::move(state));
    std::string full = ResolveName(JoinWords(sv, a, b));
    Mention person{a, b, NodeType::kPerson, PersonKeyFor(full, principal), "person.appositive"};
    person.name = full;
    Add(sv, std::move(person));
    return b - i;
  }

  // "the Nigerian government", "Syria's regime", "the Trump administration", "the government
  // of Iraq": a government noun (class government_anaphor_noun) that a state or a person who
  // acts for one owns is that state's: a later "the government" alone means it
  // (GovernmentAnaphor).
  void NoteGovernment(const SentenceView& sv, const Mention& m) {
    if (m.pronoun || (m.type != NodeType::kState && m.type != NodeType::kPerson)) return;
    const int n = static_cast<int>(sv.words.size());
    std::string state = m.type == NodeType::kState ? m.key : st_->Principal(m.key);
    if (state.empty()) return;
    int k = m.last;
    if (k < n && IsPossessive(sv.words[k])) ++k;
    if (k < n && sv.words[k] == sv.lower[k] && cls_.Is(kGovernmentAnaphorNoun, sv.lower[k])) last_government_[sv.lower[k]] = state;
    if (int g = m.first - 2; g >= 0 && cls_.Is(kGenitivePreposition, sv.lower[m.first - 1]) && sv.words[g] == sv.lower[g] &&
                              cls_.Is(kGovernmentAnaphorNoun, sv.lower[g]))
      last_government_[sv.lower[g]] = state;
  }

  // "demands that the country turn over an inventory", "urged the communist nation to return
  // to talks", "demanded the rogue nation halt its tests": "the", up to three modifiers and a
  // noun of class state_description_noun, asked to act (after a lower-case word or "that",
  // before "to" and a verb, or before a bare verb that is no auxiliary or modal and not after
  // "said": "said the nation had asked" reports), is a state the text named before. With a
  // modifier, the state named last in this or the three sentences before; with none, only the
  // state the document is about (a leader "urged the country to unite" speaks of his own).
  // Never a state an actor before it in the sentence is or acts for. Returns tokens used.
  int StateDescription(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    if (!cls_.Is(kDefiniteArticle, sv.lower[i]) || i == 0) return 0;
    const std::string& before = sv.lower[i - 1];
    if (before != "that" && (sv.words[i - 1] != before || cls_.Is(kPreposition, before) || cls_.Is(kDeterminer, before) ||
                             !std::isalpha(static_cast<unsigned char>(before[0]))))
      return 0;
    int h = i + 1, modifiers = 0;  // (a hyphen joins two words of one modifier: "oil-rich")
    while (h < n && modifiers <= 3 && !cls_.Is(kStateDescriptionNoun, sv.lower[h])) {
      const std::string& w = sv.words[h];
      if (sv.MentionAt(h) || cls_.Is(kPreposition, sv.lower[h]) || cls_.Is(kDeterminer, sv.lower[h]) ||
          (!std::isalpha(static_cast<unsigned char>(w[0])) && w != "-"))
        return 0;
      if (w != "-" && (h == i + 1 || sv.words[h - 1] != "-")) ++modifiers;
      ++h;
    }
    if (h >= n || modifiers > 3 || sv.words[h] != sv.lower[h] || !cls_.Is(kStateDescriptionNoun, sv.lower[h])) return 0;
    const bool modified = h > i + 1;
    // Asked to act: "to" and a lower-case word, or a bare verb ("halt", "turn"), next.
    if (h + 1 >= n) return 0;
    const std::string& next = sv.words[h + 1];
    bool asked = next == "to" ? h + 2 < n && sv.words[h + 2] == sv.lower[h + 2] && std::isalpha(static_cast<unsigned char>(sv.words[h + 2][0]))
                              : next == sv.lower[h + 1] && std::isalpha(static_cast<unsigned char>(next[0])) && !next.ends_with("s") &&
                                    !next.ends_with("ed") && !next.ends_with("ing") && !cls_.Is(kPreposition, next) &&
                                    !cls_.Is(kDeterminer, next) && !cls_.Is(kCoordinatingConjunction, next) && !cls_.Is(kRelativePronoun, next) &&
                                    !cls_.Is(kAuxiliaryOrAdverb, next) && !cls_.Is(kModalAuxiliary, next) && !cls_.Is(kSayVerb, before);
    if (!asked) return 0;
    std::set<std::string> actors_here;
    for (const Mention& m : sv.mentions) {
      if (m.first >= i) continue;
      if (std::string st = StateOfActor(m); !st.empty()) actors_here.insert(StateKey(st));
    }
    std::string meant;
    if (!modified) {
      if (!home_state_.empty() && !actors_here.count(StateKey(home_state_))) meant = StateKey(home_state_);
    } else {
      for (auto it = last_states_.rbegin(); it != last_states_.rend() && it->second >= sv.index - 3; ++it) {
        if (actors_here.count(it->first)) continue;
        meant = it->first;
        break;
      }
    }
    if (meant.empty()) return 0;
    Mention m{i + 1, h + 1, NodeType::kState, meant, "state.description-anaphor"};
    m.pronoun = true;  // a description standing for a name: not itself a name
    Add(sv, std::move(m));
    return h + 1 - i;
  }

  // "called on the government to release them": a government noun alone after "the" (no name,
  // "of" or capitalised word after it) means the state whose government the document named last
  // with that noun, else (unless the class value says named-only: "the administration") the
  // state the document is about. Returns tokens used from the article at i, or 0.
  int GovernmentAnaphor(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    const int g = i + 1;
    if (g >= n || !cls_.Is(kDefiniteArticle, sv.lower[i]) || sv.words[g] != sv.lower[g] || sv.MentionAt(g)) return 0;
    const std::string* value = cls_.Value(kGovernmentAnaphorNoun, sv.lower[g]);
    if (!value) return 0;
    if (g + 1 < n && (IsCapitalized(sv.words[g + 1]) || cls_.Is(kGenitivePreposition, sv.lower[g + 1]))) return 0;
    std::string state;
    if (auto it = last_government_.find(sv.lower[g]); it != last_government_.end())
      state = it->second;
    else if (*value != "named-only" && !home_state_.empty())
      state = StateKey(home_state_);
    if (state.empty()) return 0;
    Add(sv, Mention{g, g + 1, NodeType::kState, state, "state.government-anaphor"});
    return 2;
  }

  // The legislature of the state `iso3` (ISO3) that `head` names (class legislator_noun's
  // value: "Senate"; "*" for the legislature itself): the state's body in organizations.tsv
  // whose name ends in that head, or for "*" in a word of class legislature_head ("U.S.
  // Congress" for "USA"); else, for "*", the body HomeStateBody makes of "Parliament"
  // (org:gbr-parliament), so that "MPs" and "Parliament" are one node. An empty key: none.
  Mention Legislature(const std::string& iso3, const std::string& head, int first, int last) const {
    for (const OrgInfo* o : res_.OrgsOfCountry(iso3)) {
      if (o->kind != "government") continue;
      std::string last_word = o->name.substr(o->name.rfind(' ') + 1);
      if (head == "*" ? cls_.IsCap(kLegislatureHead, last_word, AsciiLower(last_word)) : last_word == head) {
        Mention m{first, last, NodeType::kOrganization, OrganizationKey(o->id), "org.legislature-of-home-state"};
        return m;
      }
    }
    // ("senators" of a state whose Senate no list knows: those of the state the reporter
    // writes from, not of the state the document is about.)
    if (head != "*") return Mention{first, last, NodeType::kOrganization, "", ""};
    const std::string name = "Parliament";
    Mention m{first, last, NodeType::kOrganization, OrganizationKey(Slug(iso3 + "-" + AsciiLower(name))),
              "org.legislature-of-home-state"};
    m.name = name;
    m.country = iso3;
    m.kind = "government";
    return m;
  }

  // "Johnson urged MPs to back the deal", "appealed to lawmakers from across the political
  // divide": members of a legislature named by a common noun (class legislator_noun) with no
  // name, demonym, possessive or number before it, in a document about one state that names
  // no other state's legislature, stand for that state's legislature (Legislature). Not a part of them ("opposition lawmakers", "some
  // MPs", "dozens of lawmakers": class legislator_subset_word, or "of" before), nor members of
  // another place ("lawmakers in Kyiv", "MPs from Scotland"). Returns tokens used.
  int HomeStateLegislators(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    const std::string* head = cls_.Value(kLegislatorNoun, sv.lower[i]);
    if (!head || home_state_.empty() || foreign_legislature_named_) return 0;
    // As written in lower case ("lawmakers"), or an acronym's plural ("MPs").
    const std::string& w = sv.words[i];
    if (w != sv.lower[i] && !(w.size() >= 3 && w.back() == 's' && std::isupper(static_cast<unsigned char>(w[0])) && std::isupper(static_cast<unsigned char>(w[w.size() - 2]))) &&
        !(i == 0 && IsTitleCase(w)))
      return 0;
    if (i > 0) {
      const std::string& b = sv.words[i - 1];
      if (sv.MentionAt(i - 1) || IsPossessive(b) || cls_.Is(kLegislatorSubsetWord, sv.lower[i - 1]) ||
          cls_.Is(kGenitivePreposition, sv.lower[i - 1]) || std::isdigit(static_cast<unsigned char>(b[0])) ||
          (IsCapitalized(b) && !cls_.IsCap(kNotNameWord, b, sv.lower[i - 1])))
        return 0;
    }
    if (i + 2 < n && cls_.Is(kPreposition, sv.lower[i + 1]) && sv.lower[i + 1] != "to" && IsCapitalized(sv.words[i + 2]))
      return 0;
    // The body itself as a place ("protesters outside parliament", "seats in parliament").
    if (w == sv.lower[i] && !w.ends_with("s") && i > 0 && cls_.Is(kLocativePreposition, sv.lower[i - 1])) return 0;
    // An actor of another state before it in the sentence addresses his own legislature, or
    // one the text does not name ("Obama told the senators" in a document about Iran).
    for (auto it = sv.mentions.rbegin(); it != sv.mentions.rend(); ++it) {
      if (it->first >= i) continue;
      const std::string state = StateOfActor(*it);
      if (state.empty()) continue;
      if (state != home_state_) return 0;
      break;
    }
    Mention body = Legislature(home_state_, *head, i, i + 1);
    if (body.key.empty()) return 0;
    Add(sv, std::move(body));
    return 1;
  }

  // The ISO3 code of the state an actor mention is or acts for ("Obama" -> "USA", "the South
  // Korean Ministry" -> "KOR"), or "".
  std::string StateOfActor(const Mention& m) const {
    if (m.type == NodeType::kState) return m.key.substr(m.key.find(':') + 1);
    if (m.type == NodeType::kPerson) {
      const std::string p = st_->Principal(m.key);
      if (p.starts_with("state:")) return p.substr(6);
      if (p.starts_with("org:")) {
        const OrgInfo* o = res_.Org(p.substr(4));
        return o ? o->country : std::string();
      }
      return "";
    }
    if (m.type == NodeType::kOrganization) {
      if (!m.country.empty()) return m.country;
      const OrgInfo* o = res_.Org(m.key.substr(m.key.find(':') + 1));
      return o ? o->country : std::string();
    }
    return "";
  }

  // "after Parliament rejected her deal", "daring the military to act": a state's body named
  // alone is the body of the state the document is about (home_state_). A capitalised body
  // head that needs no modifier, not inside a longer name; or "the" and a state's force that
  // acts (StateForceFrom). Returns tokens used.
  int HomeStateBody(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    if ((home_state_.empty() && last_force_state_.empty()) || title_case_line_) return 0;
    const std::string& w = sv.words[i];
    bool body = !home_state_.empty() && cls_.IsCap(kStateBodyHead, w, sv.lower[i]) &&
                !cls_.IsCap(kStateBodyHeadNeedingModifier, w, sv.lower[i]) &&
                (i == 0 || !IsCapitalized(sv.words[i - 1]) || cls_.IsCap(kNotNameWord, sv.words[i - 1], sv.lower[i - 1])) &&
                (i + 1 >= n || (!IsCapitalized(sv.words[i + 1]) && !cls_.Is(kGenitivePreposition, sv.lower[i + 1])));
    const int force_end = !body && i > 0 && cls_.Is(kDefiniteArticle, sv.lower[i - 1]) ? StateForceFrom(sv, i) : i;
    if (!body && force_end == i) return 0;
    const int end = body ? i + 1 : force_end;
    const std::string head = body ? sv.lower[i] : ForceWord(sv, i, end);
    // (a force with no state the document is about: the state whose force it named last,
    // "Sudan's army ousted ... The African Union called on the armed forces to ...")
    const std::string& state = home_state_.empty() ? last_force_state_ : home_state_;
    Mention b{i, end, NodeType::kOrganization, OrganizationKey(Slug(state + "-" + head)), "org.body-of-home-state"};
    b.name = body ? w : JoinWords(sv, i, end);  // as written ("army"), whatever the key says
    b.country = state;
    b.kind = "government";
    Add(sv, std::move(b));
    return end - i;
  }

  // A short name seen before in the document, or a curated full or short name.
  std::string ResolveName(const std::string& name) {
    if (name.find(' ') == std::string::npos) {
      if (const std::string* full = DocPerson(name)) return *full;
      if (auto* e = res_.Lookup(name)) {
        if (const GazetteerEntry* holder = res_.ShortNameHolderOn(*e, st_->doc_date)) return holder->id;
      }
    }
    return name;
  }

  // "North Korea's Kim", "Iran's Rouhani": one name after a state's possessive is the last
  // person named in full with that word in the name who acts for that state, even where the
  // word alone would stand for several ("Kim Jong Un", "Sung Kim"). Returns tokens used.
  int StatePossessedShortName(SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    if (i < 2 || !IsCapitalized(sv.words[i]) || !IsPossessive(sv.words[i - 1]) || sv.mentions.empty()) return 0;
    const Mention& owner = sv.mentions.back();
    if (owner.last != i - 1 || owner.type != NodeType::kState || owner.demonym) return 0;
    if (i + 1 < n && (IsCapitalized(sv.words[i + 1]) || sv.words[i + 1] == "-")) return 0;
    const std::string& w = sv.words[i];
    for (auto it = last_persons_.rbegin(); it != last_persons_.rend(); ++it) {
      if (st_->Principal(*it) != owner.key) continue;
      auto f = full_names_.find(*it);
      if (f == full_names_.end()) continue;
      const std::string& full = f->second;
      bool has = false;
      for (std::size_t at = full.find(w); at != std::string::npos && !has; at = full.find(w, at + 1)) {
        std::size_t end = at + w.size();
        has = (at == 0 || full[at - 1] == ' ') && (end == full.size() || full[end] == ' ');
      }
      if (!has) continue;
      Add(sv, Mention{i, i + 1, NodeType::kPerson, *it, "person.possessed-short"});
      return 1;
    }
    return 0;
  }

  // "the Saudi foreign minister", "the crown prince" (from the article at i, title words from
  // k, after a demonym that gives `principal` or none): the last person named with that same
  // office title ("Foreign Minister Adel al-Jubeir"), when none acts for another state. The
  // demonym says whom that person acts for. Two title words at least, and no name after them
  // (then it is a titled name). Returns tokens used, 0 if none.
  int TitleAnaphor(SentenceView& sv, int i, int k, const std::string& principal) {
    const int n = static_cast<int>(sv.words.size());
    if (titles_.empty()) return 0;
    int t = k;
    while (t < n && t - k < 4 && res_.IsTitleWordAnyCase(sv.words[t]) && !cls_.Is(kDefiniteArticle, sv.lower[t])) ++t;
    if (t - k < 2 || !res_.IsTitleHead(Capitalized(sv.lower[t - 1]))) return 0;
    if (t < n && IsCapitalized(sv.words[t]) && !IsPossessive(sv.words[t])) return 0;
    if (t < n && cls_.Is(kGenitivePreposition, sv.lower[t])) return 0;  // "the foreign minister of Kosovo": another's
    std::string title = JoinLower(sv, k, t);
    for (auto it = last_persons_.rbegin(); it != last_persons_.rend(); ++it) {
      auto tt = titles_.find(*it);
      if (tt == titles_.end() || tt->second != title) continue;
      std::string p = st_->Principal(*it);
      if (!principal.empty() && p != *it && p != principal) continue;  // acts for another state
      if (!principal.empty()) {
        if (!st_->principal.count(*it)) st_->principal[*it] = principal;
        // The state the adjective names is named here: its node, for the represents edge (no
        // mention, so that the person stays the actor of the phrase).
        int a = i + 1;
        while (a < k && cls_.Is(kDefiniteArticle, sv.lower[a])) ++a;
        st_->AddEntity(Mention{a, k, NodeType::kState, principal, "gazetteer.state.demonym"}, sv.index);
      }
      Mention m{i, t, NodeType::kPerson, *it, "person.title-anaphor"};
      m.pronoun = true;
      Add(sv, std::move(m));
      return t - i;
    }
    return 0;
  }

  // The person "the (Russian) president" means, of those acting for `principal` (any when
  // empty): the last one whose office title as written before the name holds the word `office`
  // not after a subordinate modifier ("President Trump" for "the president", not "Vice
  // President Pence"); else the last one named. Empty if none.
  // A head of state or government ("President Obama", "Prime Minister May": a title with a word
  // of class leader_title_word) is no one's "the official" or "the spokesman": the last one
  // named is taken only when the anaphor's word may name such a leader too ("the president",
  // "the leader"); else no one.
  // (`any_last`: take the last one named whatever the title, as before a capitalised word: "the
  // official Brexit deadline" uses the word as an adjective; that reading is left as it was.)
  std::string LastPerson(const std::string& principal, const std::string& office, bool any_last = false) const {
    std::string last;
    bool seen = false;
    const bool leader_word = any_last || cls_.Is(kLeaderTitleWord, office) || cls_.Is(kLeaderTitleWord, AsciiLower(office));
    for (auto it = last_persons_.rbegin(); it != last_persons_.rend(); ++it) {
      if (!principal.empty() && st_->Principal(*it) != principal) continue;
      auto tt = titles_.find(*it);
      if (!seen) {
        seen = true;
        if (leader_word || tt == titles_.end() || !LeaderTitle(tt->second)) last = *it;
      }
      if (tt != titles_.end() && HoldsOffice(tt->second, office)) return *it;
    }
    return last;
  }

  // Calls visit(word, unmodified) for each word of a title (lower-case words joined by spaces),
  // `unmodified` being false after a word of class subordinate_title_modifier ("vice president",
  // "deputy foreign minister"), until it returns true; returns whether one did.
  template <class Visit>
  bool AnyTitleWord(const std::string& title, Visit visit) const {
    std::string_view previous;
    std::size_t at = 0;
    while (at < title.size()) {
      std::size_t space = title.find(' ', at);
      if (space == std::string::npos) space = title.size();
      std::string_view word = std::string_view(title).substr(at, space - at);
      if (visit(word, previous.empty() || !cls_.Is(kSubordinateTitleModifier, previous))) return true;
      previous = word;
      at = space + 1;
    }
    return false;
  }

  // Whether a title holds a word of class leader_title_word not after a subordinate modifier
  // ("president", "prime minister"; not "vice president").
  bool LeaderTitle(const std::string& title) const {
    return AnyTitleWord(title, [&](std::string_view word, bool unmodified) { return unmodified && cls_.Is(kLeaderTitleWord, word); });
  }

  // Whether a title names the office `office` itself: the word is in it (its first occurrence
  // decides), and not after a subordinate modifier.
  bool HoldsOffice(const std::string& title, const std::string& office) const {
    bool held = false;
    AnyTitleWord(title, [&](std::string_view word, bool unmodified) {
      if (word != office) return false;
      held = unmodified;
      return true;
    });
    return held;
  }

  // A person's sex as the first name's lists give it: 'm', 'f', or 0 when unknown.
  char SexOf(const std::string& key) const {
    auto it = sex_.find(key);
    return it == sex_.end() ? '\0' : it->second;
  }

  // The last person a pronoun of sex `sex` ('m' or 'f') can refer to: one not known to be of
  // the other sex. Empty when there is none.
  // "she" goes first to a woman known as one (by first name or title) that this sentence or
  // the two before name ("May met Merkel and Prime Minister Mark Rutte. She said she ..."):
  // the name lists miss more men's names than there are women among the persons of the news.
  std::string LastPersonOfSex(const SentenceView& sv, char sex) const {
    if (sex == 'f') {
      for (auto it = last_persons_.rbegin(); it != last_persons_.rend(); ++it) {
        if (SexOf(*it) == 'f' && NamedRecently(sv, *it)) return *it;
      }
    }
    for (auto it = last_persons_.rbegin(); it != last_persons_.rend(); ++it) {
      if (char s = SexOf(*it); s == 0 || s == sex) return *it;
    }
    return "";
  }

  // Whether a speech tag closes the sentence after token i: ", said X" or ", X said" (a comma,
  // then within five tokens a speech verb that ends the sentence within eight more).
  bool SpeechTagAfter(const SentenceView& sv, int i) const {
    const int n = static_cast<int>(sv.lower.size());
    for (int c = i + 2; c < n; ++c) {
      if (sv.words[c] != ",") continue;
      for (int k = c + 1; k < n && k <= c + 5; ++k) {
        if (cls_.Is(kSpeakerVerb, sv.lower[k]) && n - k <= 9) return true;
      }
    }
    return false;
  }

  // "She demanded ..., said French Foreign Minister Catherine Colonna": a pronoun that no
  // earlier person fits refers forward to the speaker this sentence names, when that speaker
  // is known to be of the pronoun's sex.
  // Also "She demanded ..., Colonna said" (the verb right after the name). True when resolved.
  // With `unknown_fits`, a speaker of unknown sex fits too (the speech tag overrides).
  bool ResolveForward(SentenceView& sv, int i, char sex, bool unknown_fits = false) {
    const int n = static_cast<int>(sv.lower.size());
    for (const Mention& m : sv.mentions) {
      if (m.first <= i || m.type != NodeType::kPerson || m.pronoun) continue;
      if (char s = SexOf(m.key); s != sex && !(unknown_fits && s == 0)) continue;
      bool speaker = false;
      for (int k = std::max(i + 1, m.first - 4); k < m.first && !speaker; ++k) speaker = cls_.Is(kSpeakerVerb, sv.lower[k]);
      if (!speaker && m.last < n && cls_.Is(kSpeakerVerb, sv.lower[m.last]) && m.first >= 1 && sv.words[m.first - 1] == ",")
        speaker = true;
      if (!speaker) continue;
      InsertPronoun(sv, i, m.key, "person.pronoun-forward", m.minor);
      return true;
    }
    return false;
  }

  // A pronoun at token i resolved after the sentence was read: its mention, in token order,
  // and its evidence on the person (unless the person gives no node).
  void InsertPronoun(SentenceView& sv, int i, const std::string& key, const char* rule, bool minor) {
    Mention p{i, i + 1, NodeType::kPerson, key, rule};
    p.minor = minor;
    p.pronoun = true;
    if (!unnamed_.count(p.key)) st_->AddEntity(p, sv.index);
    auto at = std::find_if(sv.mentions.begin(), sv.mentions.end(), [&](const Mention& x) { return x.first > i; });
    sv.mentions.insert(at, std::move(p));
  }

  // Whether token i opens its sentence's first clause: no actor named before it, and only a
  // few words ("And", "Last week", "On the one hand ,") or a quotation mark stand before it.
  bool OpensClause(const SentenceView& sv, int i) const {
    if (i > 5) return false;
    for (const Mention& m : sv.mentions) {
      if (m.first < i) return false;
    }
    for (int k = 0; k < i; ++k) {
      if (cls_.Is(kRelativePronoun, sv.lower[k]) || cls_.Is(kComplementizer, sv.lower[k])) return false;
    }
    return true;
  }

  // Whether a sentence is (part of) a quotation: it opens with a quotation mark, or closes one
  // it did not open ("And given the march of technology, ... harm.\"").
  static bool QuotedSentence(const SentenceView& v) {
    if (v.words.empty()) return false;
    if (IsQuote(v.words[0])) return true;
    int quotes = 0;
    for (const std::string& w : v.words) quotes += IsQuote(w) ? 1 : 0;
    const std::size_t n = v.words.size();
    return quotes % 2 == 1 && (IsQuote(v.words[n - 1]) || (n >= 2 && IsQuote(v.words[n - 2])));
  }

  // The subject of the sentence before `sv` (past a sentence of under four tokens, such as
  // "Advertisement"): the actor that opens it (after an introductory phrase closed by a comma;
  // for "Iran's supreme leader, Ayatollah Ali Khamenei," the person), or, for a quotation with
  // a speech tag, the speaker. unnamed_person: a person it names by office only ("The Afghan
  // president, who ..., has insisted"), or a quotation before a pronoun inside another one:
  // whom the pronoun means is not known.
  struct PreviousSubject {
    const Mention* actor = nullptr;
    bool unnamed_person = false;
    // "Despite talks with Abe, Putin's position has not changed.": the person whose thing is
    // the subject, when no other person is named after him in that sentence.
    const Mention* possessor = nullptr;
  };
  PreviousSubject PreviousSubjectOf(const SentenceView& sv) const {
    PreviousSubject out;
    int idx = sv.index - 1;
    while (idx >= 0 && idx >= sv.index - 2 && st_->views[static_cast<std::size_t>(idx)].words.size() < 4) --idx;
    if (idx < 0 || idx < sv.index - 2) return out;
    // A quotation goes on with its speaker: "\"Kenya has come so far,\" said Obama. \"Kenya is at
    // a crossroads ...\" He called for ...": the speaker of the closest speech tag among the
    // sentences of the quotation (up to five back; a sentence inside it may have no quotation
    // mark), and of the sentence before the one that opens it.
    if (QuotedSentence(st_->views[static_cast<std::size_t>(idx)])) {
      // (Not for a pronoun inside a quotation: the speaker says "I" of himself.)
      if (!sv.words.empty() && IsQuote(sv.words[0])) {
        out.unnamed_person = true;
        return out;
      }
      bool opened = false;
      for (int q = idx; q >= 0 && q >= idx - 4; --q) {
        const SentenceView& v = st_->views[static_cast<std::size_t>(q)];
        const int vn = static_cast<int>(v.words.size());
        int quotes = 0;
        for (const std::string& w : v.words) quotes += IsQuote(w) ? 1 : 0;
        if (opened && quotes == 0) break;
        for (const Mention& m : v.mentions) {
          if (!IsActor(&m) || m.type != NodeType::kPerson) continue;
          bool tag = m.last < vn && cls_.Is(kSpeakerVerb, v.lower[m.last]) && m.first >= 1 &&
                     (IsQuote(v.words[m.first - 1]) || v.words[m.first - 1] == ",");
          for (int j = std::max(1, m.first - 4); j < m.first && !tag; ++j)
            tag = cls_.Is(kSpeakerVerb, v.lower[j]) && (IsQuote(v.words[j - 1]) || v.words[j - 1] == ",");
          if (tag) {
            out.actor = &m;
            return out;
          }
        }
        if (opened) break;
        opened = !v.words.empty() && IsQuote(v.words[0]);
      }
      return out;
    }
    const SentenceView& pv = st_->views[static_cast<std::size_t>(idx)];
    const int n = static_cast<int>(pv.words.size());
    int k = 0;
    if (QuotedSentence(pv)) return out;
    // "And", "Meanwhile ,", "Last week ,", "In a statement ,", "— In Belgium , ...", "After a
    // call with Johnson , ...": past an introductory word, phrase or clause closed by a comma.
    if (pv.lower[0] == "and" || pv.lower[0] == "but" || (!pv.words[0].empty() && static_cast<unsigned char>(pv.words[0][0]) >= 0x80)) ++k;
    {
      const int past = PastLeadPhrase(pv, k);
      if (past != k) {
        k = past;
      } else {
        for (int c = k; c < n && c <= k + 3; ++c) {
          if (pv.MentionAt(c)) break;
          if (pv.words[c] != ",") continue;
          k = c + 1;
          break;
        }
      }
    }
    while (k < n && IsDeterminer(res_, pv.lower[k])) ++k;
    if (k >= n) return out;
    const Mention* m = pv.MentionAt(k);
    if (m && m->last < n && IsPossessive(pv.words[m->last])) {
      // "Kerry's meetings Monday included X and Y.": whose meetings they are (see Add); another
      // thing of a person's ("Rouhani's op-ed ... after Kerry praised it") names no subject.
      if (IsActor(m) && m->type == NodeType::kPerson) {
        if (m->last + 1 < n && res_.meeting_nouns().count(pv.lower[m->last + 1])) {
          out.actor = m;
        } else if (std::none_of(pv.mentions.begin(), pv.mentions.end(), [&](const Mention& x) {
                     return x.first > m->last && x.type == NodeType::kPerson && x.key != m->key;
                   })) {
          out.possessor = m;
        }
        return out;
      }
      // "Iran's supreme leader, Ayatollah Ali Khamenei, has": the person the office is named for.
      const Mention* next = nullptr;
      for (const Mention& x : pv.mentions) {
        // (a person of one word is a name read wrongly: "the EU's chief Brexit negotiator")
        if (x.first > m->last && x.first <= m->last + 8 && IsActor(&x) && x.type == NodeType::kPerson &&
            x.key.find('-') != std::string::npos) {
          next = &x;
          break;
        }
      }
      if (next) out.actor = next;
      else if (m->last + 1 < n && (res_.IsPersonAnaphor(pv.lower[m->last + 1]) || cls_.Is(kAppositivePersonNoun, pv.lower[m->last + 1])))
        out.unnamed_person = true;
      return out;
    }
    if (m && m->demonym) {
      // "Palestinian negotiator Nabil Shaath blamed", "Chinese Foreign Minister Xu Lan praised":
      // the person named after the office; "The Afghan president" names none.
      for (const Mention& x : pv.mentions) {
        if (x.first >= m->last && x.first <= m->last + 4 && IsActor(&x) && x.type == NodeType::kPerson) {
          out.actor = &x;
          return out;
        }
        if (x.first > m->last + 4) break;
      }
      if (m->last < n && !pv.MentionAt(m->last) &&
          (res_.IsPersonAnaphor(pv.lower[m->last]) || cls_.Is(kAppositivePersonNoun, pv.lower[m->last])))
        out.unnamed_person = true;
      return out;
    }
    if (IsActor(m) && !m->demonym) {
      out.actor = m;
      // "US national security adviser John Bolton disagrees.": the person whose office the
      // state's name right before it qualifies.
      for (const Mention& x : pv.mentions) {
        if (m->type == NodeType::kState && x.first == m->last && IsActor(&x) && x.type == NodeType::kPerson) out.actor = &x;
      }
      return out;
    }
    if (!m && (res_.IsPersonAnaphor(pv.lower[k]) || cls_.Is(kAppositivePersonNoun, pv.lower[k]))) out.unnamed_person = true;
    return out;
  }

  // Where the main clause of a sentence starts when an introductory phrase or clause led by a
  // preposition, an "-ly" adverb or a word of class lead_subordinator ("Despite talks with Abe
  // ,", "While Trump has said he would wait ,") closes with a comma within 12 tokens of word k:
  // the token after that comma; otherwise k.
  int PastLeadPhrase(const SentenceView& v, int k) const {
    const int n = static_cast<int>(v.words.size());
    if (k >= n || !(IsPreposition(res_, v.lower[k]) || v.lower[k].ends_with("ly") || cls_.Is(kLeadSubordinator, v.lower[k])))
      return k;
    for (int c = k; c < n && c <= k + 12; ++c) {
      if (v.words[c] == ",") return c + 1;
    }
    return k;
  }

  // Whether the sentence `sv` (so far) or one of the two before it names the person `key`
  // (or refers to them by a pronoun).
  bool NamedRecently(const SentenceView& sv, const std::string& key) const {
    for (int idx = sv.index; idx >= 0 && idx >= sv.index - 2; --idx) {
      const SentenceView& v = idx == sv.index ? sv : st_->views[static_cast<std::size_t>(idx)];
      for (const Mention& m : v.mentions) {
        if (m.key == key) return true;
      }
    }
    return false;
  }

  void Sentence(SentenceView& sv) {
    const int n = static_cast<int>(sv.words.size());
    title_case_line_ = IsTitleCaseLine(sv);
    // The person the last sentence was about: its first person named (its subject, mostly).
    if (sentence_first_person_.empty()) sentence_first_person_ = lead_first_person_;
    if (!sentence_first_person_.empty()) previous_first_person_ = sentence_first_person_;
    sentence_first_person_.clear();
    lead_first_person_.clear();
    lead_end_ = sv.lower.empty() ? 0 : PastLeadPhrase(sv, sv.lower[0] == "and" || sv.lower[0] == "but" ? 1 : 0);
    sv.venue.assign(static_cast<std::size_t>(n), false);
    for (int i = 0; i < n; ++i) {
      const std::string& w = sv.words[i];
      const std::string& lw = sv.lower[i];
      // Most tokens are not capitalised: the name stages that need a capital here (each
      // returns 0 without one) are not called for them.
      const bool cap = IsCapitalized(w);
      const bool title_word = res_.IsTitleWordAnyCase(w);  // (one lookup for the two tests below)
      int glen = 0;
      const auto* gz = title_word ? Match(sv, i, &glen) : nullptr;
      bool name_first = gz && glen >= 2 && gz->front().kind != EntryKind::kPersonFull;  // "General Agreement on ..."
      // "Labour leader Jeremy Corbyn": a party's name before a party office is its owner, not a title word.
      name_first = name_first || (gz && !title_case_line_ && i + glen < n && cls_.Is(kPartyOffice, sv.lower[i + glen]) &&
                                  std::any_of(gz->begin(), gz->end(), [&](const GazetteerEntry& x) {
                                    const OrgInfo* o = x.kind == EntryKind::kOrgName ? res_.Org(Slug(x.id)) : nullptr;
                                    return o && o->kind == "party";
                                  }));
      if (title_word && !name_first) {
        if (int used = TitledPerson(sv, i); used > 0) {
          i += used - 1;
          continue;
        }
      }
      if (int used = cap ? PossessedPerson(sv, i) : 0; used > 0) {
        i += used - 1;
        continue;
      }
      // (the first tests of PluralTitledPersons and HomeStateBody, here: most tokens fail
      // them, and a call to either cost more than the tests)
      if (int used = w.size() >= 4 && w.back() == 's' ? PluralTitledPersons(sv, i) : 0; used > 0) {
        i += used - 1;
        continue;
      }
      if (int used = cap ? AppositivePerson(sv, i) : 0; used > 0) {
        i += used - 1;
        continue;
      }
      int len = 0;
      const auto* entries = Match(sv, i, &len);
      if (entries && Gazetteer(sv, i, &len, *entries)) {
        i += len - 1;
        if (int used = OfficeHolder(sv, i + 1); used > 0) i += used;
        continue;
      }
      if (!entries && (!home_state_.empty() || !last_force_state_.empty()) && !title_case_line_ &&
          (HomeStateLegislators(sv, i) > 0 || HomeStateBody(sv, i) > 0))
        continue;
      if (int used = cap ? AppositionTitledPerson(sv, i) : 0; used > 0) {
        i += used - 1;
        continue;
      }
      if (int used = cap ? SpeakerName(sv, i) : 0; used > 0) {
        i += used - 1;
        continue;
      }
      if (int used = cap ? FamilyFirstPerson(sv, i) : 0; used > 0) {
        i += used - 1;
        continue;
      }
      if (int used = cap ? GivenNamePerson(sv, i) : 0; used > 0) {
        i += used - 1;
        continue;
      }
      if (int used = cap ? StatePossessedShortName(sv, i) : 0; used > 0) continue;
      if (const std::string* full = IsCapitalized(w) ? DocPerson(w) : nullptr) {
        Mention m{i, i + 1, NodeType::kPerson, KeyOfFullName(*full), "person.short-name"};
        Add(sv, std::move(m));
        continue;
      }
      // (the tests below are all of these classes: a word in none of them ends here)
      if (!WordClasses::MaybeAny(tail_lower_shape_, lw) && !WordClasses::MaybeAny(tail_word_shape_, w)) continue;
      if (cls_.Is(kNeuterPronoun, lw) && i >= 2) {
        // "Syria says it will not accept": "it" is the speaker.
        int k = i - 1;
        if (cls_.Is(kComplementizer, sv.lower[k])) --k;
        if (k >= 1 && cls_.Is(kPronounSpeakerVerb, sv.lower[k]) && !sv.mentions.empty() && sv.mentions.back().last == k &&
            IsActor(&sv.mentions.back()) && !sv.mentions.back().pronoun) {
          Mention m{i, i + 1, sv.mentions.back().type, sv.mentions.back().key, "actor.pronoun-speaker"};
          m.pronoun = true;
          Add(sv, std::move(m));
          continue;
        }
      }
      if (cls_.Is(kPluralSubjectPronoun, lw) && OpensClause(sv, i)) {
        // "Republicans pressed for strikes. They urged ...": a "they" that opens a sentence is the
        // subject of the sentence before when that is a group, a body or a state (not a person).
        PreviousSubject ps = PreviousSubjectOf(sv);
        if (ps.actor && ps.actor->type != NodeType::kPerson) {
          Mention m{i, i + 1, ps.actor->type, ps.actor->key, "actor.pronoun-they"};
          m.pronoun = true;
          m.name = ps.actor->name;
          m.country = ps.actor->country;
          m.kind = ps.actor->kind;
          Add(sv, std::move(m));
        }
        continue;
      }
      if (cls_.Is(kPersonPronoun, lw)) {
        const char sex = cls_.Is(kFemalePronoun, lw) ? 'f' : 'm';
        std::string p = LastPersonOfSex(sv, sex);
        // "She said she was seeking ...", "Lee insists that he ...": a subject pronoun right after
        // a speech verb (and "that") whose subject is a person right before it is that person,
        // when the sex does not contradict.
        if (int k = i - 1; cls_.Is(kSubjectPersonPronoun, lw) && k >= 1) {
          if (cls_.Is(kComplementizer, sv.lower[k])) --k;
          if (k >= 1 && cls_.Is(kPronounSpeakerVerb, sv.lower[k]) && !sv.mentions.empty() && sv.mentions.back().last == k &&
              sv.mentions.back().type == NodeType::kPerson && SexOf(sv.mentions.back().key) != (sex == 'm' ? 'f' : 'm'))
            p = sv.mentions.back().key;
        }
        // "Germany's foreign minister said on Tuesday that he is pushing for ...": a subject
        // pronoun after a speech verb (past "that" and words of class speech_gap_word) whose
        // subject is a person named by office only (a person anaphor or appositive person noun,
        // no name) is that person: a state or body that owns the office right before it
        // ("Germany's foreign minister", "the German foreign minister") stands for him, and no
        // person named earlier does.
        if (int k = i - 1; cls_.Is(kSubjectPersonPronoun, lw) && k >= 2) {
          if (cls_.Is(kComplementizer, sv.lower[k])) --k;
          for (int gap = 0; gap < 3 && k >= 2 && cls_.Is(kSpeechGapWord, sv.lower[k]); ++gap) --k;
          const int h = k - 1;
          if (k >= 2 && cls_.Is(kPronounSpeakerVerb, sv.lower[k]) && sv.words[h] == sv.lower[h] && !sv.MentionAt(h) &&
              (res_.IsPersonAnaphor(sv.lower[h]) || cls_.Is(kAppositivePersonNoun, sv.lower[h]))) {
            int o = h - 1;
            if (o >= 1 && sv.words[o] == sv.lower[o] && !sv.MentionAt(o) && !cls_.Is(kDeterminer, sv.lower[o])) --o;  // "foreign"
            if (o >= 0 && IsPossessive(sv.words[o])) --o;
            if (const Mention* owner = o >= 0 ? sv.MentionAt(o) : nullptr;
                owner && owner->last == o + 1 && IsActor(owner) && owner->type != NodeType::kPerson) {
              Mention m{i, i + 1, owner->type, owner->key, "actor.pronoun-office-speaker"};
              m.pronoun = true;
              m.name = owner->name;
              m.country = owner->country;
              m.kind = owner->kind;
              Add(sv, std::move(m));
            }
            continue;
          }
        }
        // "Kerry met Elaraby. He said ...": a pronoun that opens a sentence in which no person
        // was named yet refers to the subject of the sentence before, when its sex is known to fit.
        bool opens = i == 0 || (i == 1 && IsQuote(sv.words[0]));
        if (opens && sentence_first_person_.empty() && !previous_first_person_.empty()) {
          if (SexOf(previous_first_person_) == sex) p = previous_first_person_;  // known to fit
        }
        // "In the near term, Kim seeks ... And he seeks ...", "The Afghan president has insisted
        // ... He seeks ...": a subject pronoun that opens its clause (after "And", "Last week")
        // goes on with the previous sentence's subject: that person when the sex does not
        // contradict; no one when that subject is an unnamed person ("the Afghan president");
        // else the person chosen above only if one of the last two sentences names them.
        // "Speaker John Boehner backs the bill, which his ally Ryan shepherded, and he is pushing
        // for it": a subject pronoun that opens a clause joined by ", and" goes on with the
        // person who opens the sentence, when the sex does not contradict.
        if (cls_.Is(kSubjectPersonPronoun, lw) && i >= 2 && sv.words[i - 2] == "," && cls_.Is(kCoordinatingConjunction, sv.lower[i - 1]) &&
            !sentence_first_person_.empty() && !sv.mentions.empty() && sv.mentions.front().key == sentence_first_person_ &&
            sv.mentions.front().first <= 2 && sv.mentions.front().type == NodeType::kPerson &&
            SexOf(sentence_first_person_) != (sex == 'm' ? 'f' : 'm'))
          p = sentence_first_person_;
        if (cls_.Is(kSubjectPersonPronoun, lw) && sentence_first_person_.empty() && OpensClause(sv, i)) {
          PreviousSubject ps = PreviousSubjectOf(sv);
          const char subject_sex = ps.actor ? SexOf(ps.actor->key) : '\0';
          // ("Indian minister Subrahmanyam Jaishankar met Penny Wong. She demanded": a subject
          // takes "she" only when known to be a woman: the name lists miss more women's names
          // than there are women among the subjects of the news.)
          if (ps.actor && ps.actor->type == NodeType::kPerson && !ps.actor->minor &&
              (subject_sex == sex || (subject_sex == '\0' && sex == 'm'))) {
            p = ps.actor->key;
          } else if (ps.unnamed_person) {
            p.clear();
          } else if (ps.possessor && !ps.possessor->minor && (SexOf(ps.possessor->key) == sex || (SexOf(ps.possessor->key) == '\0' && sex == 'm'))) {
            // "Beyond pressure on Kim, Trump's trip has been a sales job. He has urged ...": the
            // possessor of the subject before, not a person named in an introductory phrase
            // (as for a subject, "she" only for a person known to be a woman).
            p = ps.possessor->key;
          } else if (!p.empty() && !NamedRecently(sv, p)) {
            p.clear();
          }
        }
        // "tried to comfort his little girl as she cried and begged ...": a noun of a person of
        // the pronoun's sex (class sexed_person_noun) after the person chosen, earlier in this
        // sentence, is whom a subject pronoun means: no one named. Another pronoun only right
        // after the noun ("the wife and her attorneys"; not "the son of a staff member can pat
        // his head").
        if (!p.empty()) {
          int from = cls_.Is(kSubjectPersonPronoun, lw) ? 0 : std::max(0, i - 3);
          for (const Mention& x : sv.mentions)
            if (x.key == p && !x.pronoun && x.first < i) from = std::max(from, x.last);
          for (int k = from; k < i && !p.empty(); ++k) {
            const std::string* of_sex = cls_.Value(kSexedPersonNoun, sv.lower[k]);
            if (of_sex && !of_sex->empty() && (*of_sex)[0] == sex && sv.words[k] == sv.lower[k]) p.clear();
          }
        }
        if (!p.empty() && !(opens && cls_.Is(kSubjectPersonPronoun, lw) && SpeechTagAfter(sv, i))) {
          Mention m{i, i + 1, NodeType::kPerson, p, "person.pronoun"};
          m.pronoun = true;
          Add(sv, std::move(m));
        } else {
          // "He demanded ..., said Foreign Minister X": the speech tag after the sentence names
          // whom the pronoun means when X fits it; else the earlier person, if one fits.
          forward_pronouns_.push_back({i, sex, p});
        }
        continue;
      }
      // "sought congressional approval", "congressional leaders urged": an adjective of a body
      // (class body_adjective: the value is the body's id, then the state the document must
      // have named) names that body as a demonym names its state.
      if (!cap && !sv.MentionAt(i)) {
        if (const std::string* value = cls_.Value(kBodyAdjective, lw)) {
          std::istringstream ids(*value);
          std::string body, state;
          ids >> body >> state;
          if (res_.Org(body) && (state.empty() || named_states_.count(state))) {
            Mention m{i, i + 1, NodeType::kOrganization, OrganizationKey(body), "gazetteer.org.adjective"};
            m.demonym = true;
            Add(sv, std::move(m));
            continue;
          }
          // ("*": the legislature of the state the document is about.)
          if (body == "*" && !home_state_.empty() && !title_case_line_) {
            Mention m = Legislature(home_state_, "*", i, i + 1);
            m.demonym = true;
            Add(sv, std::move(m));
            continue;
          }
        }
      }
      if (int used = StateDescription(sv, i); used > 0) {
        i += used - 1;
        continue;
      }
      if (int used = GovernmentAnaphor(sv, i); used > 0) {
        i += used - 1;
        continue;
      }
      if (cls_.Is(kDefiniteArticle, lw) && i + 1 < n && IsTitleCase(sv.words[i + 1]) && !sv.MentionAt(i + 1) &&
          (i + 2 >= n || !IsCapitalized(sv.words[i + 2]))) {
        // "the North" in a document that names North Korea ("urged the North to return to
        // talks", "the North's missiles"); "the South" when it names both Koreas. Class
        // divided_state_anaphor: the value is the ISO3 code of the state meant, then those of
        // the states the document must also have named. Not "the North Atlantic".
        if (const std::string* value = cls_.Value(kDividedStateAnaphor, sv.lower[i + 1])) {
          std::istringstream codes(*value);
          std::string meant, code;
          codes >> meant;
          bool named = !meant.empty() && named_states_.count(meant) > 0;
          while (named && codes >> code) named = named_states_.count(code) > 0;
          if (named) {
            Add(sv, Mention{i + 1, i + 2, NodeType::kState, StateKey(meant), "gazetteer.state.divided-anaphor"});
            i = i + 1;
            continue;
          }
        }
      }
      if (cls_.Is(kDefiniteArticle, lw) && i + 1 < n) {
        // "the kingdom", "the Islamic Republic", "the sultanate" (class state_form_anaphor): the
        // one state the document has named so far whose official name (states.tsv, from
        // world-countries) holds those words ("Kingdom of Saudi Arabia"); no one when two such
        // are named. Not before a capitalised word ("the Kingdom Tower").
        if (int form_len = cls_.PhraseAt(kStateFormAnaphor, sv.lower, i + 1, n);
            form_len > 0 && !sv.MentionAt(i + 1) && (i + 1 + form_len >= n || !IsCapitalized(sv.words[i + 1 + form_len]))) {
          std::string form;
          for (int k = i + 1; k < i + 1 + form_len; ++k) form += (form.empty() ? "" : " ") + sv.lower[k];
          std::string meant;
          bool unique = true;
          for (const std::string& iso : named_states_) {
            const StateInfo* info = res_.State(iso);
            if (!info) continue;
            const bool has = std::any_of(info->official_names.begin(), info->official_names.end(), [&](const std::string& o) {
              std::string lo = AsciiLower(o);
              std::size_t at = lo.find(form);
              return at != std::string::npos && (at == 0 || lo[at - 1] == ' ') &&
                     (at + form.size() == lo.size() || lo[at + form.size()] == ' ');
            });
            if (!has) continue;
            unique = unique && meant.empty();
            meant = iso;
          }
          if (unique && !meant.empty()) {
            Add(sv, Mention{i + 1, i + 1 + form_len, NodeType::kState, StateKey(meant), "gazetteer.state.form-anaphor"});
            i = i + form_len;
            continue;
          }
        }
      }
      if (cls_.Is(kDefiniteArticle, lw) && i + 1 < n) {
        // the diplomat / the Russian leader
        int k = i + 1;
        std::string principal, named;  // named: "the Saudi foreign minister" ("Saudi" names the state)
        int dlen = 0;
        if (auto* e = Match(sv, k, &dlen)) {
          for (const auto& x : *e) {
            if (x.kind == EntryKind::kStateDemonym) principal = StateKey(x.id);
            if (x.kind == EntryKind::kStateName) named = StateKey(x.id);
          }
          if (!principal.empty()) k += dlen;
        }
        if (int used = principal.empty() && !named.empty() ? TitleAnaphor(sv, i, k + dlen, named) : TitleAnaphor(sv, i, k, principal);
            used > 0) {
          i += used - 1;
          continue;
        }
        if (k < n && res_.IsPersonAnaphor(sv.words[k])) {
          std::string p = LastPerson(principal, sv.words[k], k + 1 < n && IsCapitalized(sv.words[k + 1]));
          if (!p.empty()) {
            Mention m{i, k + 1, NodeType::kPerson, p, "person.anaphor"};
            m.pronoun = true;
            Add(sv, std::move(m));
            i = k;
            continue;
          }
        }
      }
      if (cls_.Is(kAllianceAnaphor, w)) {
        // "the alliance", "alliance troops": the alliance the document names.
        std::string alliance;
        for (const auto& id : named_orgs_) {
          const OrgInfo* o = res_.Org(id);
          if (o && o->kind == "alliance") {
            if (!alliance.empty()) {
              alliance.clear();
              break;
            }
            alliance = id;
          }
        }
        if (!alliance.empty()) {
          Add(sv, Mention{i, i + 1, NodeType::kOrganization, OrganizationKey(alliance), "org.alliance-anaphor"});
        }
      }
    }
    for (const auto& f : forward_pronouns_) {
      if (ResolveForward(sv, f.token, f.sex, !f.fallback.empty()) || f.fallback.empty()) continue;
      InsertPronoun(sv, f.token, f.fallback, "person.pronoun", false);
    }
    forward_pronouns_.clear();
    DisjointSubjectPronouns(sv);
    DisjointObjectPronouns(sv);
    GroupActors(sv);
  }

  // The person other than the one pronoun mention `p` now means whom it can refer to instead:
  // a person of sex `sex` (or of unknown sex) that this sentence names or refers to before the
  // pronoun, else one of the last persons named before it, in this sentence or the two before.
  // Empty when there is none.
  std::string OtherPersonBefore(const SentenceView& sv, std::size_t p, char sex) const {
    const Mention& pr = sv.mentions[p];
    std::string other;
    // (first a person this sentence names or refers to before the pronoun, a possessor too:
    // "The President then called Lee and said he wanted Lee to ...", "Mr Tan's aides said he
    // phoned Sir Kim")
    for (std::size_t q = p; q-- > 0 && other.empty();) {
      const Mention& m = sv.mentions[q];
      if (m.type != NodeType::kPerson || m.key == pr.key) continue;
      if (char s = SexOf(m.key); s == 0 || s == sex) other = m.key;
    }
    // (not when a person this sentence names by office only comes first: "The President then
    // called Lee and said he wanted Lee to ..." when no president is known)
    bool unnamed = false;
    for (int k = 0; k < pr.first && !unnamed; ++k)
      unnamed = !sv.MentionAt(k) && (res_.IsPersonAnaphor(sv.words[k]) || cls_.Is(kAppositivePersonNoun, sv.lower[k]));
    for (auto it = last_persons_.rbegin(); it != last_persons_.rend() && other.empty() && !unnamed; ++it) {
      if (*it == pr.key) continue;
      if (char s = SexOf(*it); s != 0 && s != sex) continue;
      // named before the pronoun: in the two sentences before, or earlier in this one
      bool before = false;
      for (std::size_t q = 0; q < p && !before; ++q) before = !sv.mentions[q].pronoun && sv.mentions[q].key == *it;
      for (int idx = sv.index - 1; idx >= 0 && idx >= sv.index - 2 && !before; --idx) {
        for (const Mention& m : st_->views[static_cast<std::size_t>(idx)].mentions) {
          if (m.key == *it) before = true;
        }
      }
      if (before) other = *it;
    }
    return other;
  }

  // "In a letter to Lee, Tan urged him to ...", "After meeting Ana Lind, Ruiz asked her not to ...": an
  // object pronoun ("him", "her" before "to", "not" or "that") is never the subject of its own
  // clause, the person named right before its verb group. Such a pronoun refers to the other
  // person of its sex named before it (as a subject pronoun in DisjointSubjectPronouns).
  void DisjointObjectPronouns(SentenceView& sv) {
    const int n = static_cast<int>(sv.words.size());
    for (std::size_t p = 0; p < sv.mentions.size(); ++p) {
      Mention& pr = sv.mentions[p];
      if (pr.rule != "person.pronoun" || pr.last != pr.first + 1 || !cls_.Is(kObjectPersonPronoun, sv.lower[pr.first])) continue;
      // ("her" is an object only before "to", "not", "that" or punctuation: not "urged her aides")
      if (const std::string* need = cls_.Value(kObjectPersonPronoun, sv.lower[pr.first]); need && *need == "before-next") {
        const int k = pr.last;
        if (k < n && std::isalnum(static_cast<unsigned char>(sv.words[k][0])) && !cls_.Is(kObjectPronounNext, sv.lower[k])) continue;
      }
      // (the clause's subject: the same person, the mention right before a verb group of up to
      // three lower-case words)
      std::size_t q = p;
      while (q > 0 && sv.mentions[q - 1].last > pr.first) --q;
      if (q == 0) continue;
      const Mention& m = sv.mentions[q - 1];
      if (m.key != pr.key || m.last >= pr.first || m.last + 3 < pr.first) continue;
      bool verb_group = true;
      for (int k = m.last; k < pr.first && verb_group; ++k)
        verb_group = sv.words[k] == sv.lower[k] && std::isalpha(static_cast<unsigned char>(sv.words[k][0])) && !sv.MentionAt(k) &&
                     !cls_.Is(kRelativePronoun, sv.lower[k]) && !cls_.Is(kComplementizer, sv.lower[k]) && !cls_.Is(kDeterminer, sv.lower[k]) &&
                     !cls_.Is(kCoordinatingConjunction, sv.lower[k]) && !cls_.Is(kPreposition, sv.lower[k]);
      // ("a letter to Lee asking him to ...": a participle right after a name is no verb of
      // which the name is the subject)
      if (!verb_group || (sv.lower[m.last].size() > 4 && sv.lower[m.last].ends_with("ing"))) continue;
      const char sex = cls_.Is(kFemalePronoun, sv.lower[pr.first]) ? 'f' : 'm';
      const std::string other = OtherPersonBefore(sv, p, sex);
      if (other.empty()) continue;
      pr.key = other;
      pr.rule = "person.pronoun-disjoint";
      pr.minor = minor_persons_.count(other) > 0 && !st_->principal.count(other) && !st_->affiliation.count(other);
      if (!unnamed_.count(pr.key)) st_->AddEntity(pr, sv.index);
    }
  }

  // "He then phoned Kim Lee and said he wanted Lee to step down", "When she met Ana Ruiz, she
  // asked Ms. Ruiz to stay": a subject pronoun is never the person its own clause names after
  // it (by name, not as the speech tag that may close the sentence: "He demanded ..., said X").
  // Such a pronoun refers to the latest other person of its sex named before it (in this
  // sentence or the two before).
  void DisjointSubjectPronouns(SentenceView& sv) {
    const int n = static_cast<int>(sv.words.size());
    for (std::size_t p = 0; p < sv.mentions.size(); ++p) {
      Mention& pr = sv.mentions[p];
      if (pr.rule != "person.pronoun" || !cls_.Is(kSubjectPersonPronoun, sv.lower[pr.first])) continue;
      bool named_after = false;
      for (std::size_t q = p + 1; q < sv.mentions.size() && !named_after; ++q) {
        const Mention& m = sv.mentions[q];
        if (m.pronoun || m.key != pr.key) continue;
        // Only a name within four words of the pronoun, with no punctuation or relative pronoun
        // between ("he asked Mr. Moon to", "she then urged Lind to"): farther on, a name is
        // often the same person named again ("He asked X to ..., which is chaired by Putin";
        // "As he meets ..., John Kerry may sense").
        bool boundary = m.first - pr.last > 4;
        for (int k = pr.last; k < m.first && !boundary; ++k)
          boundary = !std::isalnum(static_cast<unsigned char>(sv.words[k][0])) || cls_.Is(kRelativePronoun, sv.lower[k]);
        if (boundary) break;
        // (the speech tag: ", said X" or ", X said")
        bool tag = m.last < n && cls_.Is(kSpeakerVerb, sv.lower[m.last]) && m.first >= 1 && sv.words[m.first - 1] == ",";
        for (int k = std::max(pr.last, m.first - 4); k < m.first && !tag; ++k) tag = cls_.Is(kSpeakerVerb, sv.lower[k]) && k >= 1 && sv.words[k - 1] == ",";
        named_after = !tag;
      }
      if (!named_after) continue;
      const char sex = cls_.Is(kFemalePronoun, sv.lower[pr.first]) ? 'f' : 'm';
      const std::string other = OtherPersonBefore(sv, p, sex);
      // (Without one the pronoun stays: with no mention there, the demand stage would take an
      // actor farther back for its subject, often the very person the clause names after it.)
      if (other.empty()) continue;
      if (sentence_first_person_ == pr.key) {
        // (the sentence's first person is now the other, unless named before the pronoun)
        bool earlier = false;
        for (std::size_t q = 0; q < p && !earlier; ++q) earlier = sv.mentions[q].key == pr.key;
        if (!earlier) sentence_first_person_ = other;
      }
      pr.key = other;
      pr.rule = "person.pronoun-disjoint";
      pr.minor = minor_persons_.count(other) > 0 && !st_->principal.count(other) && !st_->affiliation.count(other);
      if (!unnamed_.count(pr.key)) st_->AddEntity(pr, sv.index);
    }
  }

  // A people named by a state's plural demonym ("Albanians"), which may be a group elsewhere.
  bool IsPeopleMention(const SentenceView& sv, const Mention& m) const {
    if (m.type != NodeType::kState || m.last - m.first != 1) return false;
    const std::string& w = sv.words[m.first];
    if (w.size() < 4 || w.back() != 's') return false;
    if (const auto* e = res_.Lookup(w.substr(0, w.size() - 1))) {
      for (const auto& x : *e) {
        if (x.kind == EntryKind::kStateDemonym && StateKey(x.id) == m.key) return true;
      }
    }
    return false;
  }

  // One word of a group's name: a non-state group noun (lower case, or opening the
  // sentence), a people, or a head beside them ("groups"); *group tells which.
  bool GroupWord(const SentenceView& sv, int k, bool* group) const {
    const std::string& w = sv.lower[k];
    // "opposition to the plan" is a stance, not a group.
    if (cls_.Is(kStanceNoun, w) && k + 1 < static_cast<int>(sv.lower.size()) &&
        cls_.Is(kStancePreposition, sv.lower[k + 1]))
      return false;
    if ((cls_.Is(kNonStateGroup, w) && (w == sv.words[k] || k == 0)) || cls_.IsCap(kPeopleName, sv.words[k], w)) {
      *group = true;
      return true;
    }
    // "business leaders", "religious groups": a modifier only before a group's head ("do
    // business in Russia" names no group).
    if (cls_.Is(kGroupModifier, w) && (w == sv.words[k] || k == 0) && k + 1 < static_cast<int>(sv.lower.size()) &&
        sv.lower[k + 1] == sv.words[k + 1] &&
        (cls_.Is(kGroupHeadNoun, sv.lower[k + 1]) || cls_.Is(kNonStateGroup, sv.lower[k + 1]))) {
      *group = true;
      return true;
    }
    return w == sv.words[k] && cls_.Is(kGroupHeadNoun, w);
  }

  // The end of the group words from `k` on.
  int GroupWordsFrom(const SentenceView& sv, int k, bool* group) const {
    const int n = static_cast<int>(sv.words.size());
    while (k < n && GroupWord(sv, k, group)) ++k;
    return k;
  }

  // "Montenegro Assembly", "Soviet Foreign Ministry", "Dutch Central Bank": capitalised words
  // after a state that end in a body's name. Returns the end, or `k` when there is none.
  int StateBodyFrom(const SentenceView& sv, int k) const {
    // Not "Government" or "Cabinet": the government is the state acting ("the U.K. Government said").
    const int n = static_cast<int>(sv.words.size());
    int e = k;
    while (e < n && e - k < 3 && cls_.IsCap(kStateBodyModifier, sv.words[e], sv.lower[e])) ++e;
    if (e >= n || !cls_.IsCap(kStateBodyHead, sv.words[e], sv.lower[e]) || sv.MentionAt(e)) return k;
    // These need a modifier: "Swiss Bank" and "U.S. Court" are starts of longer names.
    if (cls_.IsCap(kStateBodyHeadNeedingModifier, sv.words[e], sv.lower[e]) && e == k) return k;
    if (cls_.IsCap(kCentralBankHead, sv.words[e], sv.lower[e]) &&
        !cls_.IsCap(kCentralBankModifier, sv.words[e - 1], sv.lower[e - 1]))
      return k;
    // "Court of Appeals", "Bank Corp": a longer name we do not know.
    if (e + 1 < n && (cls_.Is(kGenitivePreposition, sv.lower[e + 1]) || IsCapitalized(sv.words[e + 1]))) return k;
    return e + 1;
  }

  // "Egypt's military gave Morsi an ultimatum", "the Israeli army said": a state's armed forces
  // acting (the next word is no noun they qualify: "Russian military aircraft" is none).
  // Returns the end, or `k` when there is none.
  int StateForceFrom(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    if (k >= n || sv.words[k] != sv.lower[k] || sv.MentionAt(k)) return k;
    const int len = cls_.PhraseAt(kStateForceHead, sv.lower, k, std::min(n, k + 3));  // "armed forces"
    if (len == 0) return k;
    const int end = k + len;
    if (end >= n) return end;
    const std::string& next = sv.words[end];
    bool word = std::any_of(next.begin(), next.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!word || IsPossessive(next)) return end;
    if (next != sv.lower[end]) return k;  // "Egypt's military Supreme Council"
    // ("called on the armed forces to withdraw", "urged the army not to": the object asked)
    bool verb = cls_.Is(kAuxiliaryOrAdverb, next) || cls_.Is(kSpeakerVerb, next) || cls_.Is(kSayVerb, next) ||
                cls_.Is(kForceObjectNext, next) || (next.size() > 4 && next.compare(next.size() - 2, 2, "ed") == 0);
    return verb ? end : k;
  }

  // The key word of a state's force from token k to `end` (class state_force_head's value, when
  // it has one: "armed forces" is the military).
  std::string ForceWord(const SentenceView& sv, int k, int end) const {
    const std::string words = JoinWords(sv, k, end);
    const std::string lower = AsciiLower(words);
    if (const std::string* v = cls_.Value(kStateForceHead, lower); v && !v->empty()) return *v;
    return lower;
  }

  // Rewrites state mentions that name a group rather than the state (see kNonStateGroups).
  void GroupActors(SentenceView& sv) {
    const int n = static_cast<int>(sv.words.size());
    for (std::size_t j = 0; j < sv.mentions.size(); ++j) {
      const Mention& m = sv.mentions[j];
      if (m.type != NodeType::kState || m.pronoun) continue;
      int first = -1, last = -1;
      bool group = false;
      // "Rwandan rebels", "Ivory Coast opposition parties", "Bosnian Serbs".
      int end = GroupWordsFrom(sv, m.last, &group);
      // "pro-Russian rebels", "anti-Kremlin protesters": named by a state they are not of.
      bool stance = m.first >= 2 && sv.words[m.first - 1] == "-" && cls_.Is(kStancePrefix, sv.lower[m.first - 2]);
      if (group && m.last < n && !sv.MentionAt(m.last)) {
        first = stance ? m.first - 2 : m.first;
        last = end;
      } else if (m.last < n && m.demonym && sv.MentionAt(m.last) && IsPeopleMention(sv, *sv.MentionAt(m.last))) {
        first = m.first;
        last = sv.MentionAt(m.last)->last;
      }
      // "Opposition groups in Zimbabwe", "the Albanians of southern Serbia".
      std::string pair_iso3;  // the first state of "activists in (both) India and Pakistan"
      if (first < 0 && !m.demonym) {
        int k = m.first - 1;
        while (k >= 0 && cls_.Is(kRegionWord, sv.lower[k])) --k;
        // "Activists in both India and Pakistan", "students in Iran and Iraq": a group of the
        // people of both states (neither state acts); the group of the first state, when already
        // made, grows to hold the second.
        if (k >= 2 && cls_.Is(kCoordinatingConjunction, sv.lower[k])) {
          const Mention* other = sv.MentionAt(k - 1);
          if (other && other->last == k && !other->pronoun && other->rule == "org.group-of-state" && !other->country.empty() &&
              other->first >= 0) {
            first = other->first;
            last = m.last;
            pair_iso3 = other->country;
          } else if (other && other->last == k && other->type == NodeType::kState && !other->pronoun && !other->demonym) {
            int b = other->first - 1;
            while (b >= 0 && cls_.Is(kRegionWord, sv.lower[b])) --b;
            if (b >= 0 && cls_.Is(kPairOpener, sv.lower[b])) --b;
            if (b >= 1 && cls_.Is(kGroupPlacePreposition, sv.lower[b])) {
              bool seen = false;
              int g = b - 1;
              while (g >= 0 && !sv.MentionAt(g) && GroupWord(sv, g, &seen)) --g;
              if (seen && g + 1 < b) {
                first = g + 1;
                last = m.last;
                pair_iso3 = other->key.substr(other->key.find(':') + 1);
              }
            }
          }
        }
      }
      if (first < 0 && !m.demonym) {
        int k = m.first - 1;
        while (k >= 0 && cls_.Is(kRegionWord, sv.lower[k])) --k;
        // "of" only after a people ("the Albanians of southern Serbia"), not "the opposition of X".
        if (k >= 1 && (cls_.Is(kGroupPlacePreposition, sv.lower[k]) || cls_.Is(kGenitivePreposition, sv.lower[k]))) {
          bool people_before = sv.MentionAt(k - 1) && IsPeopleMention(sv, *sv.MentionAt(k - 1));
          if (cls_.Is(kGenitivePreposition, sv.lower[k]) && !people_before &&
              !cls_.IsCap(kPeopleName, sv.words[k - 1], sv.lower[k - 1]))
            continue;
          int b = k - 1;
          bool seen = false;
          for (;;) {
            const Mention* before = b >= 0 ? sv.MentionAt(b) : nullptr;
            if (before && IsPeopleMention(sv, *before)) {
              seen = true;
              b = before->first - 1;
              continue;
            }
            if (before) break;
            if (b >= 0 && GroupWord(sv, b, &seen)) {
              --b;
              continue;
            }
            break;
          }
          if (seen && b + 1 < k) {
            first = b + 1;
            last = m.last;
          }
        }
      }
      if (first < 0) continue;
      stance = stance && first < m.first;
      std::string iso3 = m.key.substr(m.key.find(':') + 1);
      if (!pair_iso3.empty()) iso3 = pair_iso3 + "-" + iso3;
      std::string name = JoinWords(sv, first, last);
      std::string heads;
      for (int t = first; t < last; ++t) {
        bool ignored = false;
        const Mention* p = sv.MentionAt(t);
        if (GroupWord(sv, t, &ignored) || (p && IsPeopleMention(sv, *p))) heads += "-" + sv.lower[t];
      }
      Mention g{first, last, NodeType::kOrganization,
                OrganizationKey(Slug((stance ? sv.lower[first] + "-" : std::string()) + iso3 + heads)),
                "org.group-of-state"};
      g.name = name;
      g.country = stance || !pair_iso3.empty() ? std::string() : iso3;
      g.kind = "group";
      // A people's name swallowed by the group ("Albanians") was no state of its own here.
      std::vector<Mention> kept;
      for (const Mention& x : sv.mentions) {
        if (x.first >= first && x.last <= last) {
          if ((IsPeopleMention(sv, x) && x.key != m.key) || x.rule == "org.group-of-state") DropSoleEvidence(x, sv.index);
          continue;
        }
        kept.push_back(x);
      }
      auto at = std::find_if(kept.begin(), kept.end(), [&](const Mention& x) { return x.first > first; });
      std::size_t index = static_cast<std::size_t>(at - kept.begin());
      st_->AddEntity(g, sv.index);
      kept.insert(at, std::move(g));
      sv.mentions = std::move(kept);
      j = index;
    }
  }

  // Removes the node of a mention that turned out to be part of a larger name, if this
  // mention was its only evidence.
  void DropSoleEvidence(const Mention& x, int sentence) {
    auto it = st_->nodes.find(x.key);
    if (it == st_->nodes.end() || it->second.evidence.size() != 1) return;
    Evidence ev = st_->MakeEvidence(sentence, x.first, x.last, x.rule);
    if (it->second.evidence[0].sentence == ev.sentence && it->second.evidence[0].begin == ev.begin) st_->nodes.erase(it);
  }

  // "Kenzo Oshima, the United Nations Emergency Relief Coordinator,", "X, Russia's foreign
  // minister,": a title after the name, in apposition, names whom the person acts for.
  std::string PrincipalAfter(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    if (k + 2 >= n || sv.words[k] != ",") return "";
    int j = k + 1;
    if (cls_.Is(kArticle, sv.lower[j])) ++j;
    int len = 0;
    const auto* e = Match(sv, j, &len);
    std::string principal;
    if (!e) {
      // "Nigel Dodds, deputy leader of the Democratic Unionist Party": the title, "of", its owner.
      int t = j;
      bool head = false;
      for (; t < n && t < j + 4 && res_.IsTitleWordAnyCase(sv.words[t]); ++t) {
        if (cls_.Is(kFormerMarker, sv.lower[t])) return "";
        head = head || res_.IsTitleHead(Capitalized(sv.words[t]));
      }
      if (!head || t + 1 >= n || !cls_.Is(kGenitivePreposition, sv.lower[t])) return "";
      ++t;
      if (cls_.Is(kDefiniteArticle, sv.lower[t])) ++t;
      const auto* o = t < n ? Match(sv, t, &len) : nullptr;
      // The owner ends the apposition: not "deputy director of China studies", nor "president
      // of Canada's Automotive Parts Association".
      if (!o || (t + len < n && ((std::islower(static_cast<unsigned char>(sv.words[t + len][0])) &&
                                  !cls_.Is(kSayVerb, sv.lower[t + len])) ||
                                 IsPossessive(sv.words[t + len]))))
        return "";
      for (const auto& x : *o) {
        if (x.kind == EntryKind::kOrgName && principal.empty()) principal = OrganizationKey(x.id);
      }
      // A state closes the apposition itself: not "vice chairman of China Iron and Steel
      // Association", "leader of the U.K. Independence Party", "president of the US-China
      // Business Council"; an organisation's name may go on ("Amnesty International USA").
      bool closed = t + len >= n || sv.words[t + len] == "," || sv.words[t + len] == "." ||
                    cls_.Is(kSayVerb, sv.lower[t + len]);
      for (const auto& x : *o) {
        if (x.kind == EntryKind::kStateName && principal.empty() && closed) principal = StateKey(x.id);
      }
      return principal;
    }
    for (const auto& x : *e) {
      if (x.kind == EntryKind::kOrgName && principal.empty()) principal = OrganizationKey(x.id);
      if (x.kind == EntryKind::kStateName || x.kind == EntryKind::kStateDemonym) principal = StateKey(x.id);
    }
    j += len;
    if (j < n && IsPossessive(sv.words[j])) ++j;
    // The title follows, with at most two modifiers before its head ("Emergency Relief
    // Coordinator"); "the British former prime minister" acts for no one.
    for (int t = j; t < n && t < j + 4 && sv.words[t] != ","; ++t) {
      if (cls_.Is(kFormerMarker, sv.lower[t])) return "";
      if (res_.IsTitleHead(Capitalized(sv.words[t]))) {
        // "Winfield House, the U.S. ambassador's residence", "Ivanka Trump, U.S. President Donald
        // Trump's daughter": the title of someone else.
        if (t + 1 < n && (IsPossessive(sv.words[t + 1]) ||
                          (IsCapitalized(sv.words[t + 1]) && !res_.IsTitleWordAnyCase(sv.words[t + 1]))))
          return "";
        // "Holy Land, the Vatican's official program": a head in lower case before a lower-case
        // noun is an adjective, no title (not before another title word, a preposition, a
        // verb or an adverb: "chief negotiator", "official tasked with", "prince informally").
        if (t + 1 < n && sv.words[t] == sv.lower[t] && sv.words[t + 1] == sv.lower[t + 1]) {
          const std::string& next = sv.lower[t + 1];
          bool noun = std::isalpha(static_cast<unsigned char>(next[0])) && !res_.IsTitleWordAnyCase(next) &&
                      !cls_.Is(kPreposition, next) && !cls_.Is(kSayVerb, next) && !cls_.Is(kRelativePronoun, next) &&
                      !cls_.Is(kCoordinatingConjunction, next) && !cls_.Is(kAuxiliaryOrAdverb, next) &&
                      !(next.size() > 3 && (next.compare(next.size() - 2, 2, "ed") == 0 ||
                                            next.compare(next.size() - 2, 2, "ly") == 0));
          if (noun) return "";
        }
        // "a China analyst", "the BBC's correspondent": a state is a news role's subject.
        if (principal.rfind("state:", 0) == 0 && cls_.Is(kStatelessRole, sv.lower[t])) return "";
        return principal;
      }
    }
    return "";
  }

  // Whether a dictionary person's untitled full name at [first, last) is that person. Curated
  // persons are well known: yes. A Phoenix person (17,000 office holders, many namesakes) only
  // when the name stands alone, not inside a longer one ("Abdul Qadir Khan", "Dera Ismail
  // Khan") or a photo credit ("REUTERS/Stephen Lam"), and the document names the person's state
  // or an organisation the person worked for.
  bool IsDictionaryPersonHere(const SentenceView& sv, int first, int last, const std::string& id) const {
    const PersonInfo* p = res_.Person(id);
    if (!p || p->curated) return true;
    const int n = static_cast<int>(sv.words.size());
    auto name_like = [&](int k) {
      const std::string& w = sv.words[k];
      return IsCapitalized(w) && !cls_.IsCap(kNotNameWord, w, sv.lower[k]) && !res_.IsTitleWordAnyCase(w) && w != sv.lower[k] &&
             std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    if (last < n && (name_like(last) || sv.words[last] == "/")) return false;
    if (first > 0 && (name_like(first - 1) || sv.words[first - 1] == "/")) return false;
    return KnownPerson(id) != nullptr;
  }

  // The dictionary entry for a full name: a curated person, or a Phoenix person whose state (or
  // an organisation he worked for) the document names; null for others, who may be namesakes.
  const PersonInfo* KnownPerson(const std::string& full_name) const {
    const PersonInfo* p = res_.Person(full_name);
    if (!p || p->curated) return p;
    if (!p->country.empty() && named_states_.count(p->country)) return p;
    for (const PersonRole& r : p->roles) {
      if (!r.principal.empty() && (named_states_.count(r.principal) || named_orgs_.count(r.principal))) return p;
    }
    return nullptr;
  }

  // "George Washington University", "USS Carl Vinson": a person's name inside another name.
  bool PartOfAnotherName(const SentenceView& sv, int first, int last) const {
    const int n = static_cast<int>(sv.words.size());
    if (last < n && (cls_.IsCap(kNamedAfterPersonWord, sv.words[last], sv.lower[last]) ||
                     cls_.IsCap(kInstitutionWord, sv.words[last], sv.lower[last])))
      return true;
    return first > 0 && cls_.IsCaps(kShipPrefix, sv.words[first - 1], sv.lower[first - 1]);
  }

  // Returns true if a mention was added for the matched phrase.
  // *used: tokens the mention takes (longer than the phrase for a state's body).
  bool Gazetteer(SentenceView& sv, int i, int* used, const std::vector<GazetteerEntry>& entries) {
    const int len = *used;
    const GazetteerEntry* by_kind[7] = {};
    for (const auto& e : entries) {
      auto k = static_cast<int>(e.kind);
      if (!by_kind[k]) by_kind[k] = &e;
    }
    auto get = [&](EntryKind k) { return by_kind[static_cast<int>(k)]; };
    Mention m;
    m.first = i;
    m.last = i + len;
    if (auto* e = get(EntryKind::kPersonFull);
        e && !PartOfAnotherName(sv, i, i + len) && IsDictionaryPersonHere(sv, i, i + len, e->id)) {
      m.type = NodeType::kPerson;
      m.key = PersonKeyFor(e->id, PrincipalAfter(sv, i + len));
      m.name = DisplayName(e->id, JoinWords(sv, i, i + len));
      m.rule = "gazetteer.person";
      Add(sv, std::move(m));
      return true;
    }
    if (auto* e = get(EntryKind::kOrgName)) {
      // A party's short name inside a longer capitalised name is another party's ("Christian
      // Democrats", "Liberal Democratic Party"), unless the word before names a state ("U.S. Democrats").
      if (const OrgInfo* o = res_.Org(Slug(e->id)); o && o->kind == "party" && len <= 2 && i > 0 &&
                                                     IsCapitalized(sv.words[i - 1]) && !sv.MentionAt(i - 1) &&
                                                     !cls_.IsCap(kNotNameWord, sv.words[i - 1], sv.lower[i - 1]))
        return false;
      m.type = NodeType::kOrganization;
      m.key = OrganizationKey(e->id);
      m.rule = "gazetteer.organization";
      Add(sv, std::move(m));
      return true;
    }
    // A territory that is also a city is the city where it is a venue ("talks in Hong Kong").
    // So is a city-state before a meeting noun ("the Singapore summit", "the Kuwait talks"),
    // where its name says where, not who.
    if (const GazetteerEntry* e = get(EntryKind::kStateName); e && get(EntryKind::kCity)) {
      const std::string& city = get(EntryKind::kCity)->id;
      bool city_state = city.size() > e->id.size() && city.compare(city.size() - e->id.size(), e->id.size(), e->id) == 0 &&
                        city[city.size() - e->id.size() - 1] == '|';
      bool before_meeting = i + len < static_cast<int>(sv.lower.size()) && res_.meeting_nouns().count(sv.lower[i + len]);
      if ((!res_.State(e->id)->independent || (city_state && before_meeting)) && IsVenuePosition(sv, i, i + len, res_, cls_))
        by_kind[static_cast<int>(EntryKind::kStateName)] = nullptr;
    }
    const GazetteerEntry* state = get(EntryKind::kStateName);
    const GazetteerEntry* demonym = state ? nullptr : get(EntryKind::kStateDemonym);
    // "the North American Free Trade Agreement", "Latin American leaders", "Central American
    // migrants": a demonym after a capitalised region word names a region, not the state (a
    // state's own such demonym is a longer gazetteer phrase: "North Korean", "South African").
    if (!state && demonym && i > 0 && cls_.IsCap(kRegionDemonymPrefix, sv.words[i - 1], sv.lower[i - 1]) && !sv.MentionAt(i - 1))
      return false;
    if (state || demonym) {
      m.type = NodeType::kState;
      m.key = StateKey((state ? state : demonym)->id);
      m.rule = state ? "gazetteer.state.name" : "gazetteer.state.demonym";
      m.demonym = demonym != nullptr;
      // "Montenegro Assembly", "Soviet Foreign Ministry": one of the state's bodies, which acts
      // as itself; the state is still named.
      // "North Korea's Foreign Ministry", "Egypt's military gave ...": after a possessive too.
      const int n = static_cast<int>(sv.words.size());
      int body_start = i + len;
      if (body_start + 1 < n && !demonym && IsPossessive(sv.words[body_start]))
        ++body_start;
      int body_end = StateBodyFrom(sv, body_start);
      if (body_end == body_start) body_end = StateForceFrom(sv, body_start);
      if (body_end > body_start) {
        st_->AddEntity(m, sv.index);
        std::string iso3 = (state ? state : demonym)->id;
        const bool force = StateBodyFrom(sv, body_start) == body_start;
        if (force) last_force_state_ = (state ? state : demonym)->id;
        Mention b{i, body_end, NodeType::kOrganization,
                  OrganizationKey(Slug(iso3 + "-" + (force ? ForceWord(sv, body_start, body_end) : JoinWords(sv, body_start, body_end)))),
                  "org.body-of-state"};
        b.name = JoinWords(sv, i, body_end);
        b.country = iso3;
        b.kind = "government";
        Add(sv, std::move(b));
        *used = body_end - i;
        return true;
      }
      Add(sv, std::move(m));
      return true;
    }
    const GazetteerEntry* seat = get(EntryKind::kStateSeat);
    const GazetteerEntry* city = get(EntryKind::kCity);
    if (city && IsVenuePosition(sv, i, i + len, res_, cls_)) {
      const CityInfo* c = res_.City(city->id);
      m.type = NodeType::kCity;
      m.key = CityKey(c->name, c->iso3);
      m.rule = "gazetteer.city.venue";
      for (int k = i; k < i + len; ++k) sv.venue[static_cast<std::size_t>(k)] = true;
      Add(sv, std::move(m));
      return true;
    }
    // A seat of government, a capital, or an organisation's seat standing for its occupant.
    std::string phrase = JoinWords(sv, i, i + len);
    // "a meeting at the White House", "talks in the Kremlin": the city the seat lies in is
    // the venue (gazetteers/seat_venues.tsv).
    if (seat && i > 0) {
      int k = i - 1;
      if (k > 0 && cls_.Is(kDeterminer, sv.lower[k])) --k;
      // Not a modifier of a compound: "in the White House briefing room that ..." (two plain
      // lower-case words after it) is the room's place, said there; "at the White House
      // failed to" is the seat.
      auto plain = [&](int t) {
        return t < static_cast<int>(sv.words.size()) && sv.words[t] == sv.lower[t] &&
               std::isalpha(static_cast<unsigned char>(sv.words[t][0])) && !cls_.Is(kPreposition, sv.lower[t]) &&
               !cls_.Is(kCoordinatingConjunction, sv.lower[t]) && !cls_.Is(kRelativePronoun, sv.lower[t]);
      };
      // "in the White House's approach": a possessive seat owns something else.
      const int next = i + len;
      bool possessive = next < static_cast<int>(sv.words.size()) &&
                        IsPossessive(sv.words[next]);
      bool heads = !(plain(i + len) && plain(i + len + 1)) && !possessive;
      const CityInfo* c = heads && cls_.Is(kLocativePreposition, sv.lower[k]) ? res_.SeatVenue(phrase) : nullptr;
      if (c) {
        m.type = NodeType::kCity;
        m.key = CityKey(c->name, c->iso3);
        m.name = c->name;
        m.rule = "gazetteer.seat.venue";
        for (int t = i; t < i + len; ++t) sv.venue[static_cast<std::size_t>(t)] = true;
        Add(sv, std::move(m));
        return true;
      }
    }
    for (const OrgInfo* o : res_.OrgsSeatedIn(phrase)) {
      if (named_orgs_.count(o->id) && o->kind != "government" && o->kind != "agency") {
        m.type = NodeType::kOrganization;
        m.key = OrganizationKey(o->id);
        m.rule = "gazetteer.seat.organization";
        Add(sv, std::move(m));
        return true;
      }
    }
    // "the Paris climate accord", "the Minsk agreements": a capital that names an agreement
    // made there is no actor (and no venue of this sentence's events either).
    if (city) {
      const int n = static_cast<int>(sv.words.size());
      for (int k = i + len; k < n && k <= i + len + 2 && sv.words[k] == sv.lower[k]; ++k) {
        if (cls_.Is(kPlaceNamedAgreement, sv.lower[k])) return false;
        if (!std::isalpha(static_cast<unsigned char>(sv.words[k][0])) || cls_.Is(kPreposition, sv.lower[k]) ||
            cls_.Is(kDeterminer, sv.lower[k]) || cls_.Is(kCoordinatingConjunction, sv.lower[k]))
          break;
      }
    }
    if (seat || (city && res_.City(city->id)->capital)) {
      std::string iso3 = seat ? seat->id : res_.City(city->id)->iso3;
      m.type = NodeType::kState;
      m.key = StateKey(iso3);
      m.rule = "gazetteer.state.seat";
      Add(sv, std::move(m));
      return true;
    }
    // "Trump Jr." is not the curated Trump.
    bool junior = i + len < static_cast<int>(sv.words.size()) &&
                  cls_.IsCap(kNameSuffix, sv.words[i + len], sv.lower[i + len]);
    if (get(EntryKind::kPersonShort) && !junior) {
      // Of several holders ("Clinton": Bill, Hillary), the one in office nearest the date ...
      const GazetteerEntry* holder = res_.ShortNameHolderOn(entries, st_->doc_date);
      // ... unless the document named another holder in full before ("Clinton" after "Hillary
      // Clinton"; not "Trump" after "Ivanka Trump", who holds no curated short name).
      if (const std::string* full = len == 1 ? DocPerson(sv.words[i]) : nullptr) {
        for (const auto& x : entries) {
          if (x.kind == EntryKind::kPersonShort && PersonNodeKey(x.id) == PersonNodeKey(*full)) holder = &x;
        }
      }
      m.type = NodeType::kPerson;
      m.key = PersonKeyFor(holder->id, "");
      // A first mention by a single name ("Erdoğan") shows the full name; "Kim Jong-un" shows itself.
      m.name = len == 1 ? holder->id : JoinWords(sv, i, i + len);
      m.rule = "gazetteer.person.short-name";
      Add(sv, std::move(m));
      return true;
    }
    return false;  // a city that is not a venue here: not a node
  }

  // "Abbott Laboratories Inc", "Barclays PLC": the token at k makes a name an institution's.
  bool IsInstitutionWord(const SentenceView& sv, int k) const {
    return cls_.IsCap(kInstitutionWord, sv.words[k], sv.lower[k]) ||
           cls_.IsCaps(kInstitutionAcronym, sv.words[k], sv.lower[k]);
  }

  DocState* st_;
  const Resources& res_;
  const MentionClasses cls_;
  // The classes the last tests of Sentence() try on every token still unclaimed there (on
  // its lower-case form, and as written): most words are in none, told by one shape test.
  const WordClasses::Shape tail_lower_shape_ =
      cls_.ShapeOf({kNeuterPronoun, kPluralSubjectPronoun, kPersonPronoun, kDefiniteArticle, kBodyAdjective});
  const WordClasses::Shape tail_word_shape_ = cls_.ShapeOf({kAllianceAnaphor});
  std::string plural_stem_;  // PluralTitledPersons' buffer
  std::set<std::string> named_orgs_;
  bool foreign_legislature_named_ = false;  // see Run
  std::set<std::string> named_states_;  // ISO3 of the states the document names (also by a city)
  std::string home_state_;              // ISO3 of the state the document is about, or empty
  std::string last_force_state_;  // ISO3 of the state whose force ("Sudan's army") the document named last
  std::map<std::string, std::string> last_government_;  // government noun -> key of the state whose it was named last
  bool title_case_line_ = false;        // the sentence is a headline or caption in title case
  std::map<std::string, std::string> doc_persons_;  // last name -> full name
  std::map<std::string, std::string> doc_given_;    // given name -> full name; empty if several
  std::set<std::string> unnamed_;
  std::set<std::string> family_first_names_;  // full names found by FamilyFirstPerson
  std::map<std::string, std::string> first_words_;  // first word of a full name -> the first such name
  std::set<std::string> by_first_word_;             // doc_persons_ entries made from a first word                   // persons named by a single unknown name: no node
  std::map<std::string, std::string> full_names_;   // person key -> full name it was made from
  std::set<std::string> formers_;                     // persons titled "former ..." here
  std::vector<std::string> last_persons_;
  std::vector<std::pair<std::string, int>> last_states_;  // state keys named, with their sentence
  std::map<std::string, std::string> titles_;  // person key -> office title before the name, lower case
  std::unordered_map<std::string, char> sex_;          // person key -> 'm' or 'f', where known
  std::set<std::string> minor_persons_;                // keys of private persons (Mention::minor)
  std::string sentence_first_person_, previous_first_person_;  // first person of this / the last sentence
  std::string lead_first_person_;  // first person of this sentence's introductory phrase
  int lead_end_ = 0;               // where this sentence's main clause starts (PastLeadPhrase)
  // This sentence's pronouns resolved at its end: those no earlier person fits, and those a
  // speech tag follows (`fallback`: the earlier person that fits, or empty).
  struct ForwardPronoun {
    int token;
    char sex;
    std::string fallback;
  };
  std::vector<ForwardPronoun> forward_pronouns_;
  std::unordered_map<std::string, int> last_alone_;
  bool indexed_ = false;
};

}  // namespace

bool IsCapitalized(const std::string& word) {
  if (word.empty()) return false;
  auto c = static_cast<unsigned char>(word[0]);
  return (c >= 'A' && c <= 'Z');
}

const std::vector<std::string>& MentionClassNames() {
  static const std::vector<std::string> kNames(std::begin(kMentionClassNames), std::end(kMentionClassNames));
  return kNames;
}

bool IsDeterminer(const Resources& res, std::string_view w) {
  return res.classes().Contains(res.stage_classes().mentions[kDeterminer], w);
}

bool IsPreposition(const Resources& res, std::string_view w) {
  return res.classes().Contains(res.stage_classes().mentions[kPreposition], w);
}

bool IsPossessive(std::string_view word) { return word == "'s" || word == "\xE2\x80\x99s"; }

bool IsQuote(const std::string& w) {
  if (w.empty() || (w[0] != '"' && w[0] != '\'' && w[0] != '\xE2' && w[0] != '\xC2')) return false;
  return w == "\"" || w == "'" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "\xE2\x80\x98" ||
         w == "\xE2\x80\x99" || w == "\xC2\xAB" || w == "\xC2\xBB";
}

void FindMentions(DocState* st) { MentionFinder(st).Run(); }

}  // namespace demarche
