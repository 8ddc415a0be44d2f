// Meeting frames: a meeting noun with its venue, date and participants; mentions of the same
// meeting within a document merge (same city, compatible dates).
#include <algorithm>
#include <array>
#include <cctype>
#include <deque>
#include <limits>
#include <set>
#include <string_view>
#include <tuple>

#include "core/text_util.h"
#include "extract/dates.h"
#include "extract/doc_state.h"
#include "extract/rules/rules.h"

namespace demarche {
namespace {

// The word classes the meeting frame reads (data/lexicons/classes/meetings.tsv), by index.
enum MeetingClass : std::size_t {
  kHeadNounCue,
  kSubjectPronoun,
  kModalCue,
  kGenericQuantifier,
  kAspectNoun,
  kNounComplementPreposition,
  kUnrealCue,
  kZoneBoundaryMark,
  kListConjunction,
  kNameListTitle,
  kOriginPreposition,
  kVenuePreposition,
  kParticipantPossessive,
  kPremodifierStopMark,
  kHoldVerb,
  kHoldAuxiliary,
  kPartnerPreposition,
  kMeetingSubjectVerb,
  kJointPossessive,
  kOccasionPreposition,
  kParticipantPreposition,
  kDestinationPreposition,
  kPossessiveDeterminer,
  kActorListFiller,
  kRankPlural,
  kCancelCue,
  kHeldCue,
  kPlannedCue,
  kPlaceOwningNoun,
  kInclusionVerb,
  kDatelineDash,
  kRankCount,
  kRankAppositionMark,
  kPurposePreposition,
  kReciprocalMeetingVerb,
  kAnaphoricDeterminer,
  kHypotheticalModifier,
  kNamingVerb,
  kMeetingKindFamily,
  kMeetingBodyKind,
  kCallFollower,
  kKindNeedsParticipant,
  kKindNeedsTwoSides,
  kSeatParticiple,
  kNameMeetingNoun,
  kAimNoun,
  kPairAnaphor,
  kPairAnaphorGap,
  kNumMeetingClasses
};
constexpr std::array<std::string_view, kNumMeetingClasses> kMeetingClassNames = {
    "head_noun_cue",          "subject_pronoun",         "modal_cue",
    "generic_quantifier",     "aspect_noun",             "noun_complement_preposition",
    "unreal_cue",             "zone_boundary_mark",      "list_conjunction",
    "name_list_title",        "origin_preposition",      "venue_preposition",
    "participant_possessive", "premodifier_stop_mark",   "hold_verb",
    "hold_auxiliary",         "partner_preposition",     "meeting_subject_verb",
    "joint_possessive",       "occasion_preposition",    "participant_preposition",
    "destination_preposition", "possessive_determiner",  "actor_list_filler",
    "rank_plural",            "cancel_cue",              "held_cue",
    "planned_cue",            "place_owning_noun",       "inclusion_verb",
    "dateline_dash",          "rank_count",              "rank_apposition_mark",
    "purpose_preposition",    "reciprocal_meeting_verb", "anaphoric_determiner",
    "hypothetical_modifier",  "naming_verb",             "meeting_kind_family",
    "meeting_body_kind",      "call_follower",           "kind_needs_participant",
    "kind_needs_two_sides",   "seat_participle",         "name_meeting_noun",
    "aim_noun",               "pair_anaphor",
    "pair_anaphor_gap"};

// Those classes' ids (resolved once, at load), for one document.
class MeetingWords {
 public:
  explicit MeetingWords(const Resources& res) : classes_(res.classes()) {
    const std::vector<int>& ids = res.stage_classes().meetings;  // kMeetingClassNames order
    std::copy(ids.begin(), ids.end(), ids_.begin());
  }
  // Whether the token (lower case; as written for a class of marks or of [exact] words) is in
  // the class.
  bool Is(MeetingClass c, std::string_view token) const { return classes_.Contains(ids_[c], token); }
  // Length of the longest phrase of the class written by tokens [at, end); 0 if none.
  int PhraseAt(MeetingClass c, const std::vector<std::string>& lower, int at, int end) const {
    return classes_.LongestExactAt(ids_[c], lower, at, end);
  }
  // The value of the phrase's entry in the class, or nullptr.
  const std::string* Value(MeetingClass c, std::string_view phrase) const { return classes_.Value(ids_[c], phrase); }

 private:
  const WordClasses& classes_;
  std::array<int, kNumMeetingClasses> ids_{};
};

// How many sentences back a definite mention with no date or place ("the talks between Vucic
// and Kurti") may find the meeting it refers to.
constexpr std::uint32_t kAnaphoraSentences = 3;

// The named person after at most three title words at `k` ("Crown Prince Mohammed bin
// Salman", "Foreign Minister Adel al-Jubeir"), or nullptr.
const Mention* TitledPersonAt(const Resources& res, const SentenceView& sv, int k, int bound) {
  for (int j = k; j < bound && j <= k + 3; ++j) {
    if (const Mention* a = sv.ActorAt(j)) return a->type == NodeType::kPerson && !a->pronoun ? a : nullptr;
    if (!res.IsTitleWord(sv.words[j]) && !res.IsTitleWordAnyCase(sv.lower[j])) return nullptr;
  }
  return nullptr;
}

// "King Salman, the King's son, Crown Prince Mohammed bin Salman, and ...": a short
// description between commas inside a list of persons. `from` is the token after the
// opening comma; the description opens with a determiner and holds at most five tokens.
// Returns the token after its closing comma when a (titled) person follows; else -1.
int AppositionEnd(const Resources& res, const MeetingWords& mw, const SentenceView& sv, int from, int bound) {
  const int n = std::min(bound, static_cast<int>(sv.words.size()));
  if (from >= n || !IsDeterminer(res, sv.lower[from])) return -1;
  for (int c = from + 1; c < n && c <= from + 5; ++c) {
    if (sv.words[c] != ",") continue;
    int next = c + 1;  // ", and Foreign Minister ..."
    if (next < n && mw.Is(kListConjunction, sv.lower[next])) ++next;
    return TitledPersonAt(res, sv, next, n) ? c + 1 : -1;
  }
  return -1;
}

// Whether a meeting noun [first, last) heads its phrase: a noun that modifies another noun
// is not the head ("negotiation tactics"); plural nouns ("talks") never modify.
bool HeadsPhrase(const Resources& res, const MeetingWords& mw, const SentenceView& sv, int /*first*/, int last) {
  const int n = static_cast<int>(sv.lower.size());
  int after = last;
  bool plural = sv.lower[last - 1].back() == 's';
  return plural || after >= n || mw.Is(kHeadNounCue, sv.lower[after]) || sv.words[after].size() <= 2 ||
         sv.lower[after] != sv.words[after] || IsPreposition(res, sv.lower[after]) || IsDeterminer(res, sv.lower[after]);
}

bool IsClauseComma(const Resources& res, const MeetingWords& mw, const SentenceView& sv, int k) {
  // A comma inside a list of names ("Geneva, Brussels and Vienna") does not end the clause.
  const int n = static_cast<int>(sv.words.size());
  if (sv.words[k] != ",") return false;
  // "his Israeli counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas"
  if (k > 0 && k + 1 < n && mw.Is(kNameListTitle, sv.lower[k - 1]) && IsCapitalized(sv.words[k + 1])) return false;
  if (k > 0 && k + 2 < n && sv.ActorAt(k - 1) && sv.ActorAt(k - 1)->type == NodeType::kPerson &&
      mw.Is(kListConjunction, sv.lower[k + 1]) &&
      (IsDeterminer(res, sv.lower[k + 2]) || sv.ActorAt(k + 2) || TitledPersonAt(res, sv, k + 2, n)))
    return false;
  // "met King Salman, the King's son, Crown Prince Mohammed bin Salman": both commas of a
  // description inside a list of persons.
  if (k > 0 && sv.ActorAt(k - 1) && sv.ActorAt(k - 1)->type == NodeType::kPerson &&
      AppositionEnd(res, mw, sv, k + 1, n) >= 0)
    return false;
  for (int p = k - 2; p >= 1 && p >= k - 6; --p) {
    if (sv.words[p] != ",") continue;
    if (sv.ActorAt(p - 1) && sv.ActorAt(p - 1)->type == NodeType::kPerson && AppositionEnd(res, mw, sv, p + 1, n) == k + 1)
      return false;
    break;
  }
  if (k > 0 && k + 1 < n && IsCapitalized(sv.words[k - 1]) && IsCapitalized(sv.words[k + 1])) {
    int j = k + 1;
    while (j < n && (IsCapitalized(sv.words[j]) || sv.words[j] == ",")) ++j;
    if (j < n && mw.Is(kListConjunction, sv.lower[j])) return false;
  }
  return true;
}

// The end of a dateline with an agency credit that opens the sentence ("HANOI (Xinhua) -",
// "WASHINGTON, Jan 10 (Reuters) -"): a first word in capitals, then within a few tokens a
// closing bracket and a dash. 0 if none. Neither the city nor the agency is venue or party.
int DatelineEnd(const MeetingWords& mw, const SentenceView& sv) {
  const int n = static_cast<int>(sv.words.size());
  if (n < 4) return 0;
  const std::string& first = sv.words[0];
  int letters = 0;
  for (char c : first) {
    if (c >= 'a' && c <= 'z') return 0;
    letters += c >= 'A' && c <= 'Z';
  }
  if (letters < 2) return 0;
  for (int k = 1; k + 1 < n && k <= 14; ++k) {
    if (sv.words[k] == ")" && mw.Is(kDatelineDash, sv.words[k + 1])) return k + 2;
  }
  return 0;
}

// Whether the sentence is written in title case, as a headline: most of its longer words
// capitalised. Read only at a capitalised verb trigger.
bool TitleCase(const SentenceView& sv) {
  int words = 0, capitals = 0;
  for (std::size_t k = 0; k < sv.words.size(); ++k) {
    const std::string& w = sv.words[k];
    if (w.size() < 4 || !std::isalpha(static_cast<unsigned char>(w[0]))) continue;
    ++words;
    capitals += w != sv.lower[k];
  }
  return words >= 3 && capitals * 10 >= words * 6;
}

std::string ActorLabel(const DocState& st, const std::string& key) {
  auto it = st.nodes.find(key);
  return it == st.nodes.end() ? key : it->second.name;
}

class MeetingFinder {
 public:
  explicit MeetingFinder(DocState* st) : st_(st), res_(st->res), words_(st->res), date_classes_(st->res) {}

  void Run() {
    Date previous;
    for (auto& sv : st_->views) {
      auto dates = FindDates(date_classes_, sv.words, sv.lower, st_->doc_date, previous);
      for (const auto& d : dates) {
        if (d.date.day != 0) previous = d.date;
      }
      Sentence(sv, dates);
    }
    ResolveUnattended();
  }

 private:
  void Sentence(const SentenceView& sv, const std::vector<DateMention>& dates) {
    const int n = static_cast<int>(sv.words.size());
    dateline_end_ = DatelineEnd(words_, sv);
    anaphor_mentions_.clear();
    struct Trigger {
      int first, last;
      std::string kind;
      bool verb = false;
      std::string rule;
      bool ellipsis = false;  // meeting.ellipsis: the verb before goes on ("and then in Paris with X")
    };
    std::vector<Trigger> triggers;
    const RuleSet& rules = res_.rules();
    std::vector<MatchMention> mentions;
    for (const Mention& m : sv.mentions) mentions.push_back({m.first, m.last, m.type});
    MatchInput in{&sv.words, &sv.lower, &mentions};
    if (sv.rule_starts.size() == sv.lower.size()) in.starts = &sv.rule_starts;
    std::vector<const Rule*> candidates;
    std::vector<RuleMatch> matches;
    const int stage = rules.StageId("meetings");
    for (int i = 0; i < n; ++i) {
      if (sv.MentionAt(i)) continue;  // "Council" in a name is no trigger
      rules.MatchesAt(stage, in, i, &candidates, &matches);
      bool taken = false;
      for (const RuleMatch& m : matches) {
        auto [first, last] = m.Capture("trigger");
        // The words that name the meeting: the capture "kind" ("host [security consultations]"),
        // else the trigger; its class entry's value is the meeting's kind.
        auto [head_first, head_last] = m.Capture("kind");
        if (head_first < 0) std::tie(head_first, head_last) = std::pair(first, last);
        std::string kind;
        for (const auto& e : m.rule->pattern) {
          if (e.kind == PatternElement::Kind::kClass &&
              res_.classes().LongestAt(e.cls, sv.lower, head_first, &kind) == head_last - head_first)
            break;
          if (e.kind == PatternElement::Kind::kGroup) {
            for (const auto& alt : e.alternatives) {
              for (const auto& x : alt) {
                if (x.capture >= 0 && m.rule->capture_names[static_cast<std::size_t>(x.capture)] == "kind")
                  res_.classes().LongestAt(x.cls, sv.lower, head_first, &kind);
              }
            }
          }
        }
        if (m.rule->action == "meeting.verb") {
          triggers.push_back({first, last, kind, true, m.rule->id});
          taken = true;
          break;
        }
        if (m.rule->action == "meeting.ellipsis") {
          triggers.push_back({first, last, kind, true, m.rule->id, /*ellipsis=*/true});
          i += last - first - 1;
          taken = true;
          break;
        }
        // meeting.noun
        // "when it talks with Congress", "he visits Paris": after a subject pronoun the noun is a verb.
        const int h = head_first;
        if (h > 0 && words_.Is(kSubjectPronoun, sv.lower[h - 1]) && sv.lower[h].back() == 's') {
          taken = true;
          break;
        }
        if (!HeadsPhrase(res_, words_, sv, head_first, head_last)) continue;
        // "the Chicago Council on Global Affairs", "the Legislative Council in Gaza": capitalised
        // inside a sentence, such a noun ends an organisation's name (a known one is a mention).
        if (h > 0 && head_last - head_first == 1 && sv.words[h] != sv.lower[h] &&
            words_.Is(kNameMeetingNoun, sv.lower[h]) && !TitleCase(sv)) {
          taken = true;
          break;
        }
        int len = last - first;
        // "various negotiations", "such talks", "the three areas of negotiations": not one
        // particular meeting.
        bool aspect = h > 1 && words_.Is(kNounComplementPreposition, sv.lower[h - 1]) &&
                      words_.Is(kAspectNoun, sv.lower[h - 2]);
        if ((h > 0 && words_.Is(kGenericQuantifier, sv.lower[h - 1])) || aspect) {
          i += len - 1;
          taken = true;
          break;
        }
        // "will visit", "may meet": after a modal the noun is a verb, and takes a verb's frame.
        bool as_verb = h == first && h > 0 && words_.Is(kModalCue, sv.lower[h - 1]) && head_last - head_first == 1;
        triggers.push_back({first, last, kind, as_verb, m.rule->id});
        i += len - 1;
        taken = true;
        break;
      }
      (void)taken;
    }
    for (std::size_t t = 0; t < triggers.size(); ++t) {
      // Zone: from the previous clause boundary (or trigger) to the next one.
      int lo = std::max(t > 0 ? triggers[t - 1].last : 0, dateline_end_);
      for (int k = triggers[t].first - 1; k >= lo; --k) {
        if (IsClauseComma(res_, words_, sv, k) || words_.Is(kZoneBoundaryMark, sv.words[k])) {
          lo = k + 1;
          break;
        }
      }
      int hi = t + 1 < triggers.size() ? triggers[t + 1].first : n;
      for (int k = triggers[t].last; k < hi; ++k) {
        if (IsClauseComma(res_, words_, sv, k) || words_.Is(kZoneBoundaryMark, sv.words[k])) {
          hi = k;
          break;
        }
      }
      prev_trigger_last_ = t > 0 && triggers[t - 1].verb ? triggers[t - 1].last : -1;
      if (triggers[t].ellipsis) {
        // "He met X in Rome, and then in Paris with Y": the last verb that built a meeting
        // goes on, with its subject, over the zone after the cue.
        ellipsis_date_ = Date{};
        const Trigger* verb = nullptr;
        for (std::size_t p = t; p-- > 0 && !verb;) {
          if (triggers[p].verb && !triggers[p].ellipsis) verb = &triggers[p];
        }
        if (!verb || !framed_.count(verb->first)) continue;
        ellipsis_date_ = framed_[verb->first];
        Frame(sv, verb->first, verb->last, triggers[t].last, hi, verb->kind, true, dates, triggers[t].rule,
              /*ellipsis=*/true);
        continue;
      }
      Frame(sv, triggers[t].first, triggers[t].last, lo, hi, triggers[t].kind, triggers[t].verb, dates,
            triggers[t].rule);
    }
    framed_.clear();
  }

  // `rule` is the id of the rule whose trigger this is; evidence names it.
  // `ellipsis`: the verb at [first, last) goes on elided in the zone [lo, hi) after it ("and
  // then in Paris with Y"): its subject meets there whoever is met, in a named city, on the
  // verb's date unless the zone gives one.
  void Frame(const SentenceView& sv, int first, int last, int lo, int hi, const std::string& kind, bool verb,
             const std::vector<DateMention>& dates, const std::string& rule, bool ellipsis = false) {
    MeetingRecord m;
    m.kind = kind;
    if (!verb) m.phrase = NounPhrase(sv, first, last, lo);
    int span_first = first, span_last = last;
    // Venue: city mentions in venue position within the zone; several cities = several
    // meetings referred to together, which we cannot tell apart: no frame.
    std::set<std::string> cities;
    for (const Mention& x : sv.mentions) {
      // "arrived from Helsinki ... went into a meeting": where someone came from is no venue.
      bool origin = x.first > 0 && words_.Is(kOriginPreposition, sv.lower[x.first - 1]);
      // "anger over a bus attack in Mogadishu": the place of another event is no venue.
      bool owned = x.first > 1 && words_.Is(kVenuePreposition, sv.lower[x.first - 1]) &&
                   words_.Is(kPlaceOwningNoun, sv.lower[x.first - 2]);
      // "Moon met Trump in Washington ... to keep the summit on track": a place after an
      // earlier verb and the one it met, before a noun, is the verb's, unless it names the
      // noun ("the Washington summit").
      bool earlier = !verb && prev_trigger_last_ >= 0 && x.first >= prev_trigger_last_ && x.last < first &&
                     !(x.last + 1 == first || (x.last + 2 == first && IsPossessive(sv.words[x.last])));
      if (earlier) {
        bool met_someone = false;
        for (int j = prev_trigger_last_; j < x.first && !met_someone; ++j) met_someone = sv.ActorAt(j) != nullptr;
        earlier = met_someone;
      }
      // "the London-based think tank", "the Washington-based Atlantic Council": an
      // organisation's seat is no venue.
      bool seat = x.last + 1 < static_cast<int>(sv.words.size()) && sv.words[x.last] == "-" &&
                  words_.Is(kSeatParticiple, sv.lower[x.last + 1]);
      // "the Chicago Council on Global Affairs": a city that opens a longer name (a capitalised
      // word that is neither the meeting noun, a mention nor a date follows) is no venue.
      if (!seat && x.last < static_cast<int>(sv.words.size()) && x.last != first && x.last > 0 &&
          IsCapitalized(sv.words[x.last]) && !sv.MentionAt(x.last) && !TitleCase(sv)) {
        seat = std::none_of(dates.begin(), dates.end(), [&](const DateMention& d) { return d.first == x.last; });
      }
      if (x.type == NodeType::kCity && x.first >= lo && x.last <= hi && !origin && !owned && !earlier && !seat) {
        cities.insert(x.key);
        span_first = std::min(span_first, x.first);
        span_last = std::max(span_last, x.last);
      }
    }
    if (cities.size() > 1) return;
    if (cities.size() == 1) m.city = *cities.begin();
    // Date: the date mention in the zone nearest the trigger ("his offer Saturday ... the
    // summit in Geneva in November 1985" is the November summit).
    const DateMention* nearest = nullptr;
    int best = 0;
    for (const auto& d : dates) {
      if (d.first < lo || d.last > hi) continue;
      // "Moon met Trump in Washington on Tuesday ... to keep the summit on track": the date
      // after an earlier verb and the one it met is the verb's, not a later noun's.
      if (!verb && prev_trigger_last_ >= 0 && d.first >= prev_trigger_last_ && d.last <= first) {
        bool met_someone = false;
        for (int j = prev_trigger_last_; j < d.first && !met_someone; ++j) met_someone = sv.ActorAt(j) != nullptr;
        if (met_someone) continue;
      }
      int distance = d.first >= last ? d.first - last : first - d.last + 1;  // ties go to the date after
      if (!nearest || distance < best) {
        nearest = &d;
        best = distance;
      }
    }
    if (nearest) {
      m.date = nearest->date;
      span_first = std::min(span_first, nearest->first);
      span_last = std::max(span_last, nearest->last);
    } else if (ellipsis) {
      m.date = ellipsis_date_;
    }
    // A fronted date ("On March 3, talks will ...") belongs to the sentence's first frame.
    if (!m.date.known() && !dates.empty() && dates[0].first <= 1 && dates[0].last < hi &&
        sv.words[dates[0].last] == "," && lo == dates[0].last + 1) {
      m.date = dates[0].date;
      span_first = std::min(span_first, dates[0].first);
    }
    // Participants: premodifiers ("Russian-American talks"), complements ("of the NATO-Russia
    // Council", "between Putin and Biden", "within the OSCE"), subjects of "hold".
    std::vector<const Mention*> parts;
    int k = first - 1;
    while (k >= lo) {
      const std::string& w = sv.lower[k];
      if (const Mention* a = sv.ActorAt(k)) {
        if (!a->pronoun || words_.Is(kParticipantPossessive, sv.words[a->first])) parts.push_back(a);
        k = a->first - 1;
        continue;
      }
      if (IsDeterminer(res_, w) || IsPreposition(res_, w) || words_.Is(kPremodifierStopMark, w)) break;
      --k;
    }
    while (k >= lo && IsDeterminer(res_, sv.lower[k])) --k;
    if (k >= lo && words_.Is(kHoldVerb, sv.lower[k])) {
      int j = k - 1;
      while (j >= lo && words_.Is(kHoldAuxiliary, sv.lower[j])) --j;
      CollectList(sv, j, lo, /*backwards=*/true, &parts);
    }
    bool verb_with_object = false;
    bool reciprocal_sides = false;  // "A and his counterpart B met": two named sides meet each other
    // Those met, after a verb ("met with A, B and C") or "X's meetings included A and B".
    std::vector<const Mention*> met;
    if (verb) {
      // "X telephoned Y", "X met with Y", "X visited Y": subject and object take part; a
      // negated or hypothetical verb is no meeting.
      // Wishes and offers are no meeting either: "sought to meet", "is willing to meet".
      for (int j = std::max(lo, first - 3); j < first; ++j) {
        if (words_.Is(kUnrealCue, sv.lower[j]) ||
            (sv.lower[j].size() > 3 && sv.lower[j].compare(sv.lower[j].size() - 3, 3, "n't") == 0))
          return;
      }
      // A capitalised verb inside the sentence is a name ("said on Meet the Press"), unless
      // the sentence is a headline in title case ("Putin Receives Tillerson At Kremlin").
      if (first > 0 && sv.lower[first] != sv.words[first] && !TitleCase(sv)) return;
      auto subject = SubjectBefore(res_, sv, first);
      // A verb of meeting each other with no object noun after it ("met to discuss", "met on
      // Monday", "met."; not "meet business leaders").
      const bool meet_each_other = [&] {
        if (words_.PhraseAt(kReciprocalMeetingVerb, sv.lower, first, last) != last - first) return false;
        if (last >= static_cast<int>(sv.words.size())) return true;
        const std::string& w = sv.lower[last];
        // "met with reporters", "to meet with leaders": someone else met, no actor named.
        if (words_.Is(kPartnerPreposition, w)) {
          int at = last + 1;
          while (at < hi && IsDeterminer(res_, sv.lower[at])) ++at;
          return at < hi && sv.ActorAt(at) != nullptr;
        }
        return !std::isalpha(static_cast<unsigned char>(w[0])) || IsPreposition(res_, w) || w.ends_with("ly") ||
               std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) { return d.first == last; });
      }();
      // "The presidents of Kenya and Uganda met": the states after a plural rank and "of" right
      // before a verb of meeting each other are its subject.
      if (subject.empty() && meet_each_other) {
        for (int j = first - 3; j >= lo && j >= first - 12; --j) {
          if (!words_.Is(kRankPlural, sv.lower[j]) || !words_.Is(kNounComplementPreposition, sv.lower[j + 1])) continue;
          std::vector<const Mention*> ranked;
          CollectList(sv, j + 2, first, /*backwards=*/false, &ranked);
          if (ranked.size() >= 2 && ranked.back()->last == first) subject = ranked;
          break;
        }
      }
      // (The anaphor is the subject, not a name before it: "shook hands with Kim as they met".)
      if (meet_each_other) {
        if (auto pair = PairAntecedents(sv, first, lo); !pair.empty()) subject = std::move(pair);
      }
      if (subject.empty()) return;
      // "Shoukry and his Jordanian counterpart Safadi met": the one coordinated with a
      // counterpart (a title of the class name_list_title) takes part too.
      if (const Mention* head = subject.back(); subject.size() == 1 && meet_each_other && head->first > lo) {
        std::vector<const Mention*> more;
        CollectList(sv, head->first - 1, lo, /*backwards=*/true, &more);
        bool coordinated = false, titled = false;
        int from = head->first;
        for (const Mention* a : more) from = std::min(from, a->last);
        for (int j = from; j < head->first; ++j) {
          coordinated = coordinated || words_.Is(kListConjunction, sv.lower[j]);
          titled = titled || words_.Is(kNameListTitle, sv.lower[j]);
        }
        if (coordinated && titled) {
          for (const Mention* a : more) {
            if (a != head && !a->pronoun && a->type == NodeType::kPerson) subject.insert(subject.begin(), a);
          }
        }
      }
      // "Denmark, Finland, Norway and Sweden met": the rest of a listed subject ("Norway and
      // Sweden" coordinated, then commas or dashes before them).
      if (const Mention* head = subject.back(); subject.size() >= 2 && head->first > lo) {
        std::vector<const Mention*> more;
        CollectList(sv, head->first - 1, lo, /*backwards=*/true, &more);
        for (const Mention* a : more) {
          if (std::find(subject.begin(), subject.end(), a) == subject.end()) subject.push_back(a);
        }
      }
      // The one met, after any date and venue in any order: "met Monday in Rome with X".
      int obj = std::max(last, lo);  // past the cue of an ellipsis
      bool venue_seen = false;
      for (bool moved = true; moved && obj < hi;) {
        moved = false;
        while (obj < hi && (IsDeterminer(res_, sv.lower[obj]) || words_.Is(kPartnerPreposition, sv.lower[obj]))) ++obj;
        for (const auto& d : dates) {
          if ((d.first == obj || (d.first == obj + 1 && IsPreposition(res_, sv.lower[obj]))) && d.last <= hi) {
            obj = d.last;
            moved = true;
          }
        }
        int at = obj;
        if (at + 1 < hi && words_.Is(kVenuePreposition, sv.lower[at])) ++at;
        if (const Mention* place = at < hi ? sv.MentionAt(at) : nullptr;
            place && place->type == NodeType::kCity && at > obj && place->last < hi &&
            (IsPreposition(res_, sv.lower[place->last]) ||
             std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) { return d.first == place->last; }))) {
          obj = place->last;
          moved = venue_seen = true;
        }
      }
      const Mention* object = obj < hi ? sv.ActorAt(obj) : nullptr;
      // "raised spending to meet NATO targets", "failed to meet EU standards": an actor that
      // modifies an aim or a standard is no one met (as in "met the deadline").
      if (object && object->last < hi && sv.lower[object->last] == sv.words[object->last] &&
          words_.Is(kAimNoun, sv.lower[object->last]))
        object = nullptr;
      // "met with the foreign ministers of Britain, France and Germany": those a plural rank
      // names, after title words, are the ones met.
      if (!object) {
        int j = obj;
        while (j < hi && sv.lower[j] == sv.words[j] && words_.Is(kNameListTitle, sv.lower[j])) ++j;
        if (j + 2 < hi && words_.Is(kRankPlural, sv.lower[j]) && words_.Is(kNounComplementPreposition, sv.lower[j + 1])) {
          int at = j + 2;
          while (at < hi && IsDeterminer(res_, sv.lower[at])) ++at;
          if (const Mention* a = at < hi ? sv.ActorAt(at) : nullptr; a && a->type != NodeType::kPerson) {
            object = a;
            obj = at;
          }
        }
      }
      if (ellipsis && (!object || cities.empty())) return;
      // "Trump called the president" read back to Trump: no one meets himself.
      for (const Mention* a : subject) {
        if (object && a->key == object->key) return;
      }
      // "A and B met": no object needed, for a verb of meeting each other ("met", "spoke by
      // phone"); "A and B received an update" is no meeting.
      bool reciprocal = words_.PhraseAt(kReciprocalMeetingVerb, sv.lower, first, last) == last - first;
      // "The Security Council met on Friday", "EU leaders meet on Sunday": a body meets as one.
      bool body_meets = false;
      if (reciprocal && subject.size() == 1 && subject[0]->type == NodeType::kOrganization) {
        const OrgInfo* o = res_.Org(subject[0]->key.substr(4));
        body_meets = o && (!o->members.empty() || words_.Is(kMeetingBodyKind, o->kind));
      }
      // "called Kim a liar", "called Kim's plan a failure", "the call": a verb that also names
      // is a meeting only when a preposition, a conjunction, a date or the clause's end
      // follows the one called.
      if (words_.PhraseAt(kNamingVerb, sv.lower, first, last) == last - first) {
        // "the call", "the so-called Quartet": no call.
        if (!object || (first > 0 && (IsDeterminer(res_, sv.lower[first - 1]) || sv.words[first - 1] == "-"))) return;
        std::vector<const Mention*> called;
        CollectList(sv, obj, hi, /*backwards=*/false, &called);
        int end = called.empty() ? object->last : called.back()->last;
        for (const Mention* a : called) end = std::max(end, a->last);
        // "called President Xi Jinping of China an 'enemy'": past a preposition and the place or
        // actor it names, what follows decides.
        if (end + 1 < static_cast<int>(sv.lower.size()) && IsPreposition(res_, sv.lower[end])) {
          if (const Mention* pp = sv.MentionAt(end + 1); pp && pp->first == end + 1) end = pp->last;
        }
        // Read past the zone: "then called the G8, over ..." names (a comma ends the zone).
        if (end < static_cast<int>(sv.lower.size())) {
          const std::string& w = sv.lower[end];
          bool dated = std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) { return d.first == end; });
          if (!(w == "." || IsPreposition(res_, w) || words_.Is(kListConjunction, w) || words_.Is(kCallFollower, w) ||
                dated))
            return;
        }
      }
      if (!object && (subject.size() < 2 || !reciprocal) && !venue_seen && !body_meets) {
        // "visited Moscow", "will meet at Gleneagles": a city as object or right after "in" or
        // "at" is the venue; "A and B met": no object needed.
        int at = obj;
        if (at + 1 < hi && words_.Is(kVenuePreposition, sv.lower[at])) ++at;
        const Mention* place = at < hi ? sv.MentionAt(at) : nullptr;
        if (!place || place->type != NodeType::kCity) return;
      }
      for (const Mention* a : subject) parts.push_back(a);
      std::size_t before_met = parts.size();
      if (object) CollectList(sv, obj, hi, /*backwards=*/false, &parts);
      met.assign(parts.begin() + static_cast<std::ptrdiff_t>(before_met), parts.end());
      // "he is due to meet President Putin": named people meeting is one particular meeting.
      verb_with_object = object != nullptr;
      // "Shoukry and his Jordanian counterpart Safadi met to discuss ...", "the presidents of
      // Kenya and Uganda met": so is a meeting of two named sides with each other, with or
      // without a day or a place (the verb is past or planned: a wish was refused above).
      if (!object && reciprocal && meet_each_other) {
        std::set<std::string> sides;
        for (const Mention* a : subject) {
          // (Two persons an anaphor stands for count: "the two leaders met".)
          if (!a->pronoun || (subject.size() >= 2 && a->type == NodeType::kPerson)) sides.insert(st_->Principal(a->key));
        }
        reciprocal_sides = sides.size() >= 2;
      }
    }
    // "X held talks ...", "X arrived in Amman on a visit": the subject of a meeting verb.
    bool subject_of_verb = false;
    if (!verb) {
      for (int j = first - 1; j >= lo && j >= first - 10; --j) {
        if (words_.Is(kMeetingSubjectVerb, sv.lower[j])) {
          auto subject = SubjectBefore(res_, sv, j);
          subject_of_verb = !subject.empty();
          for (const Mention* a : subject) {
            if (std::find(parts.begin(), parts.end(), a) == parts.end()) parts.push_back(a);
          }
          break;
        }
      }
    }
    int after = last;
    for (const auto& d : dates) {  // "talks last week between X and Y", "talks on Friday included"
      // "a mediation effort on Saturday between X and Y": past a dated preposition too.
      if (d.first == after || (d.first == after + 1 && d.last < hi && IsPreposition(res_, sv.lower[after]) &&
                               (words_.PhraseAt(kInclusionVerb, sv.lower, d.last, hi) > 0 ||
                                words_.Is(kParticipantPreposition, sv.lower[d.last]))))
        after = d.last;
    }
    // The determiner or preposition that opens the noun phrase: "at their summit meeting".
    int opener = first - 1;
    // (past actors and places: "the Russian-American talks", "at the Singapore summit")
    auto place_at = [&](int t) { const Mention* p = sv.MentionAt(t); return p && p->type == NodeType::kCity; };
    while (opener >= lo && (sv.lower[opener] == sv.words[opener] || sv.ActorAt(opener) || place_at(opener)) &&
           !IsDeterminer(res_, sv.lower[opener]) && !IsPreposition(res_, sv.lower[opener]) && sv.words[opener] != ",")
      --opener;
    if (!verb && opener >= lo && words_.Is(kJointPossessive, sv.lower[opener])) {
      // "he agreed with Gorbachev at their summit": the clause's subject and its "with" partners.
      for (const Mention* a : SubjectBefore(res_, sv, opener, 14)) parts.push_back(a);
      for (int w = lo; w < opener; ++w) {
        if (words_.Is(kPartnerPreposition, sv.lower[w])) CollectList(sv, w + 1, opener, /*backwards=*/false, &parts);
      }
      if (opener > lo && words_.Is(kOccasionPreposition, sv.lower[opener - 1])) --opener;
    }
    // "were in Doha on Monday for talks": the place before a date that ends right before "for".
    int place_end = opener;
    for (const auto& d : dates) {
      if (d.last != opener || d.first <= lo) continue;
      place_end = d.first;
      if (place_end - 1 > lo && IsPreposition(res_, sv.lower[place_end - 1])) --place_end;  // "on Monday"
    }
    const Mention* came_to = place_end > lo ? sv.MentionAt(place_end - 1) : nullptr;
    bool came_for = false;
    if (!verb && !subject_of_verb && opener >= lo && words_.Is(kPurposePreposition, sv.lower[opener]) && came_to &&
        came_to->type == NodeType::kCity && came_to->first > lo &&
        (words_.Is(kVenuePreposition, sv.lower[came_to->first - 1]) ||
         words_.Is(kDestinationPreposition, sv.lower[came_to->first - 1]))) {
      // "Delegations from Sudan and Chad were in Doha for talks", "X flew to Doha for talks
      // with Y": who came to the place for talks takes part, named as the subject or after a
      // rank ("delegations from", "envoys of"). Not "X called for talks" (no place).
      std::size_t before = parts.size();
      for (const Mention* a : SubjectBefore(res_, sv, opener, 14)) parts.push_back(a);
      for (int j = lo; j < opener; ++j) {
        if (words_.Is(kRankPlural, sv.lower[j])) {
          CollectList(sv, j, opener, /*backwards=*/false, &parts);
          break;
        }
      }
      came_for = parts.size() >= before + 1;
      subject_of_verb = came_for;
    }
    // "X said in a phone call with Y": a call has no other venue, so "in" opens the occasion.
    // "during the talks with Y", "in a phone call with Y": past an article.
    int occasion = opener > lo && IsDeterminer(res_, sv.lower[opener]) && !words_.Is(kPossessiveDeterminer, sv.lower[opener])
                       ? opener - 1
                       : opener;
    bool call_in = kind == "telephone call" && occasion >= lo && words_.Is(kVenuePreposition, sv.lower[occasion]);
    // "ahead of a meeting with Y": an occasion word before "of".
    if (occasion > lo && words_.Is(kNounComplementPreposition, sv.lower[occasion]) &&
        words_.Is(kOccasionPreposition, sv.lower[occasion - 1]))
      --occasion;
    bool at_occasion = occasion >= lo && words_.Is(kOccasionPreposition, sv.lower[occasion]);
    bool occasion_subject = false, occasion_sides = false;
    if (!verb && !subject_of_verb && (at_occasion || call_in) && after < hi &&
        (words_.Is(kPartnerPreposition, sv.lower[after]) ||
         (at_occasion && words_.Is(kNounComplementPreposition, sv.lower[after])))) {
      // "the United States would offer a draft at talks with the Soviet Union", "Abbas said at
      // an emergency meeting of the Arab League": who acts at talks with someone, or at a
      // meeting of a body, takes part in them.
      for (const Mention* a : SubjectBefore(res_, sv, occasion, 14)) {
        parts.push_back(a);
        occasion_subject = true;
      }
    } else if (!verb && !subject_of_verb && at_occasion && occasion > lo) {
      // "Trump and Xi agreed during a phone conversation Friday": two or more sides as the
      // clause's subject meet each other there (one alone only attends: "Truss said at a press
      // conference").
      auto subject = SubjectBefore(res_, sv, occasion, 14);
      std::set<std::string> sides;
      // A person's pronoun counts when coordinated with a named side: "Moon said he and North
      // Korea's Kim agreed during a meeting".
      for (const Mention* a : subject) {
        if (!a->pronoun || (subject.size() >= 2 && a->type == NodeType::kPerson)) sides.insert(st_->Principal(a->key));
      }
      // "Carter said Monday during a visit to Jerusalem": at a one-sided kind (a visit), the
      // subject is the one who visits.
      // Only someone who stands for a state or an organisation visits ("an economist said
      // during a visit to Winnipeg" is no diplomacy).
      bool represents = sides.size() == 1 && sides.begin()->rfind("person:", 0) != 0;
      if (sides.size() >= 2 || (represents && words_.Is(kKindNeedsParticipant, kind))) {
        for (const Mention* a : subject) parts.push_back(a);
        occasion_sides = true;
      }
    }
    std::size_t before_complement = parts.size();
    if (after < hi && words_.Is(kParticipantPreposition, sv.lower[after])) {
      m.qualifier = CollectList(sv, after + 1, hi, /*backwards=*/false, &parts);
      if (!m.qualifier.empty()) m.qualifier = "of " + m.qualifier;
      // "X held talks with A and B": those met ("talks between A and B" is one meeting).
      if (words_.Is(kPartnerPreposition, sv.lower[after]))
        met.assign(parts.begin() + static_cast<std::ptrdiff_t>(before_complement), parts.end());
    } else if (after + 1 < hi && words_.Is(kDestinationPreposition, sv.lower[after]) && (kind == "visit")) {
      // "a trip to Iraq", "a visit to Japan": the state visited takes part as host.
      int host = after + 1;
      while (host < hi && IsDeterminer(res_, sv.lower[host])) ++host;
      if (const Mention* a = sv.ActorAt(host); a && a->type == NodeType::kState) parts.push_back(a);
    }
    // "Kerry's meetings Monday included X and Y", "the meeting brought together X and Y".
    if (!verb && after < hi) {
      if (int len = words_.PhraseAt(kInclusionVerb, sv.lower, after, hi); len > 0) {
        std::size_t before_met = parts.size();
        CollectList(sv, after + len, hi, /*backwards=*/false, &parts);
        if (sv.lower[last - 1].back() == 's')  // "meetings included": each one met is a meeting
          met.assign(parts.begin() + static_cast<std::ptrdiff_t>(before_met), parts.end());
      }
    }
    // Nothing of the dateline and credit takes part ("HANOI (Xinhua) - ...").
    parts.erase(std::remove_if(parts.begin(), parts.end(), [&](const Mention* a) { return a->first < dateline_end_; }),
                parts.end());
    // "X held talks with Y": one particular meeting even without a date or a place.
    // "his talks with Lawson", "Putin's meeting with Biden": someone's meeting with someone.
    bool possessed =
        opener >= lo && (words_.Is(kPossessiveDeterminer, sv.lower[opener]) || IsPossessive(sv.words[opener]));
    // "a telephone conversation between Prime Minister Netanyahu and President Obama": named
    // persons on both sides make one particular meeting ("the talks between ..." refers back:
    // below).
    std::set<std::string> complement_persons;
    for (std::size_t i = before_complement; i < parts.size(); ++i) {
      if (parts[i]->type == NodeType::kPerson && !parts[i]->pronoun) complement_persons.insert(parts[i]->key);
    }
    bool definite = opener >= lo && words_.Is(kAnaphoricDeterminer, sv.lower[opener]);
    // Only one said to have happened or to be due ("a recent telephone conversation between
    // ..."; not "a meeting between Putin and Zelensky is unlikely").
    bool cued = false;
    for (int j = lo; j < hi && !cued; ++j) cued = words_.Is(kHeldCue, sv.lower[j]) || words_.Is(kPlannedCue, sv.lower[j]);
    // "Abe said after talks with Li": who acts at talks with someone; "A and B agreed during a
    // phone call": both sides named.
    bool held_with = ((subject_of_verb || possessed || occasion_subject) && parts.size() > before_complement) ||
                     verb_with_object || reciprocal_sides || occasion_sides ||
                     (!definite && cued && after < hi && words_.Is(kParticipantPreposition, sv.lower[after]) &&
                      complement_persons.size() >= 2);
    for (const Mention* a : parts) {
      if (a->type == NodeType::kOrganization) {
        const OrgInfo* o = res_.Org(a->key.substr(4));
        if (o && !o->members.empty() && m.body.empty()) m.body = a->key;
      }
    }
    // No anchor in time or place: too vague for a meeting of its own, but "the talks between
    // Vucic and Kurti" after "Serbia and Kosovo held talks in Brussels" is that meeting.
    bool merge_only = !m.date.known() && m.city.empty() && !held_with;
    // Only a definite mention refers back ("the talks between ...", not "U.S.-China trade
    // negotiations"), and only to a meeting of the last few sentences (MergeOrAdd).
    if (merge_only && (parts.size() < 2 || !definite)) return;
    for (const Mention* a : parts) {
      span_first = std::min(span_first, a->first);
      span_last = std::max(span_last, a->last);
    }
    Evidence ev = st_->MakeEvidence(sv.index, span_first, span_last, rule);
    // A meeting only thought of is none: "a potential summit", "envisioned a summit".
    for (int j = std::max(lo, first - 2); j < first; ++j) {
      if (words_.Is(kHypotheticalModifier, sv.lower[j])) return;
    }
    if (!m.city.empty()) m.city_evidence.push_back(ev);
    // Status: what the zone says, else the date against the document date.
    for (int j = lo; j < hi; ++j) {
      if (words_.PhraseAt(kCancelCue, sv.lower, j, hi) > 0) m.status = "cancelled";
    }
    if (m.status.empty()) {
      bool planned = false, held = false;
      for (int j = lo; j < hi; ++j) {
        planned = planned || words_.Is(kPlannedCue, sv.lower[j]);
        held = held || words_.Is(kHeldCue, sv.lower[j]);
      }
      const Date& doc = st_->doc_date;
      if (m.date.known() && m.date.day != 0 && doc.known() && doc.day != 0) {
        m.status = DaysFromCivil(m.date) > DaysFromCivil(doc) ? "planned" : "held";
      } else if (m.date.known() && m.date.month != 0 && doc.known() &&
                 (m.date.year != doc.year || m.date.month != doc.month)) {
        m.status = (m.date.year * 12 + m.date.month) > (doc.year * 12 + doc.month) ? "planned" : "held";
      } else if (held) {
        m.status = "held";
      } else if (planned) {
        m.status = "planned";
      }
    }
    m.evidence.push_back(ev);
    if (verb && !ellipsis) framed_[first] = m.date;
    // "Pompeo met with King Salman, Crown Prince Mohammed bin Salman and Foreign Minister Adel
    // al-Jubeir": one meeting with each person met (separate sittings); "met the foreign
    // ministers of Britain, France and Germany", "talks between A, B and C": one meeting.
    // A demonym beside a person met ("his Israeli counterpart, Ariel Sharon") is that person's
    // side, which the person's principal gives.
    std::set<std::string> met_persons;
    bool split = true;
    // So is a state or organisation that titles the person after it ("Arab League chief Nabil
    // Elaraby", "Palestinian negotiator Saeb Erekat").
    std::set<const Mention*> sides;
    for (const Mention* a : met) {
      if (a->type == NodeType::kPerson) continue;
      if (a->demonym && a->type == NodeType::kState) {
        sides.insert(a);
        continue;
      }
      int j = a->last;
      while (j < hi && j < a->last + 3 && !sv.ActorAt(j) &&
             (res_.IsTitleWord(sv.words[j]) || res_.IsTitleWordAnyCase(sv.lower[j]) ||
              words_.Is(kNameListTitle, sv.lower[j])))
        ++j;
      const Mention* titled = j < hi ? sv.ActorAt(j) : nullptr;
      if (titled && titled->type == NodeType::kPerson && !titled->pronoun) sides.insert(a);
    }
    met.erase(std::remove_if(met.begin(), met.end(), [&](const Mention* a) { return sides.count(a) > 0; }), met.end());
    for (const Mention* a : met) {
      split = split && a->type == NodeType::kPerson && !a->pronoun;
      met_persons.insert(a->key);
    }
    split = split && met.size() >= 2;
    split = split && met_persons.size() >= 2;
    bool someone_else = false;  // who meets them: "talks with A and B" alone is one meeting
    for (const Mention* a : parts) someone_else = someone_else || (!met_persons.count(a->key) && !sides.count(a));
    split = split && someone_else;
    if (!split) {
      AddParticipants(sv, first, last, span_first, span_last, rule, parts, &m);
      MergeOrAdd(std::move(m), merge_only);
      return;
    }
    std::vector<const Mention*> others;
    for (const Mention* a : parts) {
      if (!met_persons.count(a->key) && !sides.count(a)) others.push_back(a);
    }
    std::set<std::string> done;
    for (const Mention* a : met) {
      if (!done.insert(a->key).second) continue;
      MeetingRecord one = m;
      std::vector<const Mention*> group = others;
      group.push_back(a);
      AddParticipants(sv, first, last, span_first, span_last, rule, group, &one);
      MergeOrAdd(std::move(one), merge_only);
    }
  }

  // The meeting noun as written with the modifiers before it, for the meeting's name: "final
  // status talks", "a high-profile summit", "the Cairo talks" (a place names itself: "talks").
  // Empty when the trigger is more than the noun ("host talks").
  std::string NounPhrase(const SentenceView& sv, int first, int last, int lo) const {
    std::string head;
    for (int k = first; k < last; ++k) head += (k > first ? " " : "") + sv.lower[k];
    if (!res_.meeting_nouns().count(head)) return {};
    int k = first, words = 0;
    while (k > lo) {
      // "two-day", "high-profile": a compound counts as one word, and is taken whole.
      bool in_compound = sv.words[k - 1] == "-" || (k < first && sv.words[k] == "-");
      if (words >= 2 && !in_compound) break;
      const std::string& w = sv.words[k - 1];
      const std::string& lw = sv.lower[k - 1];
      bool word = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || c == '-';
      });
      if (!word || sv.MentionAt(k - 1) || IsDeterminer(res_, lw) || IsPreposition(res_, lw) ||
          words_.Is(kGenericQuantifier, lw) || words_.Is(kPlannedCue, lw) || words_.Is(kHeldCue, lw) ||
          words_.Is(kModalCue, lw) || words_.Is(kPossessiveDeterminer, lw) || words_.Is(kHypotheticalModifier, lw) ||
          words_.Is(kMeetingSubjectVerb, lw) || words_.Is(kHoldVerb, lw) || words_.Is(kListConjunction, lw) ||
          words_.Is(kUnrealCue, lw) || words_.Is(kCallFollower, lw) ||
          // "the badly managed meeting": a participle says how it went, not which meeting.
          (lw.size() > 4 && lw.compare(lw.size() - 2, 2, "ed") == 0) ||
          (k >= 2 && words_.Is(kModalCue, sv.lower[k - 2])))  // "to keep negotiations open": a verb
        break;
      --k;
      words += w != "-" && !(k + 1 < first && sv.words[k + 1] == "-");
    }
    // A compound cut short ("last-ditch" stopped at "last") is left out whole.
    while (k < first && sv.words[k] == "-") k = std::min(first, k + 2);
    std::string phrase;
    for (int j = k; j < first; ++j) {
      phrase += sv.lower[j];
      if (sv.words[j] != "-" && sv.words[j + 1] != "-") phrase += " ";
    }
    return phrase + head;
  }

  // "Trump shook hands with Kim as they met at the border", "... his talks with Putin. The two
  // leaders met privately": a plural anaphor (class pair_anaphor) right before a verb of meeting
  // each other at `first` (past auxiliaries and adverbs of pair_anaphor_gap or in -ly: "have also
  // met", "then met privately") stands for
  // the two people last named: the persons named before it in the sentence, with those of the
  // sentence before when fewer than two. Exactly two, or no one (three or more named: which two
  // is a guess). The mentions returned stand at the anaphor (as resolved pronouns) and live
  // until the next sentence.
  std::vector<const Mention*> PairAntecedents(const SentenceView& sv, int first, int lo) {
    int j = first;
    while (j > lo && (words_.Is(kPairAnaphorGap, sv.lower[j - 1]) ||
                      (sv.lower[j - 1].size() > 3 && sv.lower[j - 1].ends_with("ly"))))
      --j;
    int at = -1;
    for (int s = j - 1; s >= lo && s >= j - 3 && at < 0; --s) {
      if (words_.PhraseAt(kPairAnaphor, sv.lower, s, j) == j - s) at = s;
    }
    if (at < 0) return {};
    auto persons = [](const SentenceView& v, int end) {
      std::vector<const Mention*> out;
      for (const Mention& m : v.mentions) {
        if (m.first >= end) break;
        // (Named persons only: a pronoun resolved upstream may be a guess.)
        if (m.type != NodeType::kPerson || m.minor || m.pronoun) continue;
        if (std::none_of(out.begin(), out.end(), [&](const Mention* o) { return o->key == m.key; })) out.push_back(&m);
      }
      return out;
    };
    std::vector<const Mention*> pair = persons(sv, at);
    // ("The Japanese prime minister said he hopes to hear Moon's view when they talk": a person
    // the sentence refers to by a pronoun may be the other one; no reading back then.)
    const bool pronoun_person = std::any_of(sv.mentions.begin(), sv.mentions.end(), [&](const Mention& m) {
      return m.first < at && m.pronoun && m.type == NodeType::kPerson;
    });
    if (pair.size() < 2 && !pronoun_person && sv.index > 0) {  // "X arrived on Monday. Y hosted him, and the two met"
      for (const Mention* a : persons(st_->views[static_cast<std::size_t>(sv.index) - 1], std::numeric_limits<int>::max())) {
        if (std::none_of(pair.begin(), pair.end(), [&](const Mention* o) { return o->key == a->key; })) pair.push_back(a);
      }
    }
    if (pair.size() != 2) return {};
    std::vector<const Mention*> out;
    for (const Mention* a : pair) {
      Mention m = *a;
      m.first = at;
      m.last = j;
      m.pronoun = true;
      anaphor_mentions_.push_back(std::move(m));
      out.push_back(&anaphor_mentions_.back());
    }
    return out;
  }

  // Words of title as written around a person's mention and the person's name: "Crown Prince
  // Mohammed bin Salman", "King Salman".
  std::string TitledLabel(const SentenceView& sv, const Mention* a) const {
    auto it = st_->nodes.find(a->key);
    std::string name = it == st_->nodes.end() ? a->name : it->second.name;
    if (a->pronoun) return name;
    int j = a->first;
    while (j > 0 && j > a->first - 3 && res_.IsTitleWord(sv.words[j - 1])) --j;
    std::string title;
    for (int k = j; k < a->first; ++k) title += sv.words[k] + " ";
    for (int k = a->first; k < a->last && res_.IsTitleWord(sv.words[k]); ++k) title += sv.words[k] + " ";
    // The title only when the name does not already hold it.
    if (!title.empty() && name.find(title.substr(0, title.size() - 1)) == std::string::npos) return title + name;
    return name;
  }

  // Participants `parts` of `m` (and their principals, and the members of its body) with
  // their evidence.
  void AddParticipants(const SentenceView& sv, int first, int last, int span_first, int span_last,
                       const std::string& rule, const std::vector<const Mention*>& parts, MeetingRecord* out) {
    MeetingRecord& m = *out;
    for (const Mention* a : parts) {
      m.participants.insert(a->key);
      if (a->type == NodeType::kPerson && !m.person_labels.count(a->key)) m.person_labels[a->key] = TitledLabel(sv, a);
      m.participant_evidence.emplace_back(a->key, st_->MakeEvidence(sv.index, std::min(first, a->first),
                                                                    std::max(last, a->last), rule + "/participant"));
      std::string principal = st_->Principal(a->key);
      if (principal != a->key) {
        m.participants.insert(principal);
        m.participant_evidence.emplace_back(principal, st_->MakeEvidence(sv.index, std::min(first, a->first),
                                                                         std::max(last, a->last),
                                                                         rule + "/participant-principal"));
      }
    }
    if (!m.body.empty()) {
      const OrgInfo* o = res_.Org(m.body.substr(4));
      for (const auto& member : o->members) {
        std::string key = res_.State(member) ? StateKey(member) : OrganizationKey(member);
        if (!st_->nodes.count(key)) continue;  // only actors the document names
        m.participants.insert(key);
        m.participant_evidence.emplace_back(key, st_->MakeEvidence(sv.index, span_first, span_last,
                                                                   rule + "/body-member"));
      }
    }
  }

  // Actors in a list ("Russian and US presidents", "the United States and its NATO allies").
  // Returns the rank noun that closes the list, if any ("presidents").
  std::string CollectList(const SentenceView& sv, int from, int bound, bool backwards,
                          std::vector<const Mention*>* out) {
    int k = from;
    std::string rank;
    while (backwards ? k >= bound : k < bound) {
      const std::string& w = sv.lower[k];
      if (const Mention* a = sv.ActorAt(k)) {
        out->push_back(a);
        k = backwards ? a->first - 1 : a->last;
        continue;
      }
      if (!backwards && k > 0 && sv.words[k - 1] == ",") {
        if (int e = AppositionEnd(res_, words_, sv, k, bound); e >= 0) {
          k = e;
          continue;
        }
      }
      if (words_.Is(kActorListFiller, w) || IsDeterminer(res_, w) || IsPossessive(w) || words_.Is(kNameListTitle, w)) {
        k += backwards ? -1 : 1;
        continue;
      }
      // "Crown Prince Mohammed bin Salman": title words as written before a named person.
      if (!backwards && res_.IsTitleWord(sv.words[k])) {
        if (const Mention* named = TitledPersonAt(res_, sv, k, bound)) {
          k = named->first;
          continue;
        }
      }
      // "chief Palestinian negotiator Saeb Erekat": up to two lower-case title words before a
      // named person.
      if (!backwards && w == sv.words[k] && (res_.IsTitleWordAnyCase(w) || words_.Is(kNameListTitle, w))) {
        int j = k + 1;
        if (j < bound && !sv.ActorAt(j) && sv.lower[j] == sv.words[j] &&
            (res_.IsTitleWordAnyCase(sv.lower[j]) || words_.Is(kNameListTitle, sv.lower[j])))
          ++j;
        const Mention* named = j < bound ? sv.ActorAt(j) : nullptr;
        if (named && named->type == NodeType::kPerson && !named->pronoun) {
          k = j;
          continue;
        }
      }
      // "the two observers (the EU and the OSCE)": a count before a rank.
      if (!backwards && k + 1 < bound && words_.Is(kRankCount, w) && words_.Is(kRankPlural, sv.lower[k + 1])) {
        ++k;
        continue;
      }
      if (!backwards && words_.Is(kRankPlural, w)) {
        rank = sv.words[k];
        // "talks with leaders of Romania's new government", "delegations from X and Y": the
        // rank's state takes part; so do those named in brackets or after a dash after it.
        if (k + 1 < bound && (words_.Is(kNounComplementPreposition, sv.lower[k + 1]) ||
                              words_.Is(kOriginPreposition, sv.lower[k + 1]) ||
                              words_.Is(kRankAppositionMark, sv.words[k + 1]))) {
          rank.clear();
          k += 2;
          continue;
        }
      }
      break;
    }
    return rank;
  }

  // Every party of the vaguer mention `part` is in `whole` (or is the state of the whole's
  // venue: "a trip to Iraq" and "met leaders in Baghdad"), and they share two or more.
  // A person whose state or organisation is in `whole` counts as in it ("the talks between
  // Vucic and Kurti" within "Serbia and Kosovo held talks").
  bool PartiesWithin(const std::set<std::string>& part, const MeetingRecord& whole) const {
    std::string host;
    if (std::size_t dash = whole.city.find_last_of('-'); dash != std::string::npos) {
      std::string iso3 = whole.city.substr(dash + 1);  // city keys end in the lower-case ISO3
      for (char& c : iso3) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      host = StateKey(iso3);
    }
    std::size_t common = 0, hosts = 0;
    for (const auto& x : part) {
      bool in = whole.participants.count(x) || whole.participants.count(st_->Principal(x));
      common += in;
      hosts += !in && x == host;
    }
    return common >= 2 && common + hosts == part.size();
  }

  // Whether the states and organisations of one meeting are all among the other's (either
  // way round); true when either names fewer than two.
  bool SameSides(const MeetingRecord& a, const MeetingRecord& b) const {
    auto sides = [&](const MeetingRecord& x) {
      std::set<std::string> out;
      for (const auto& p : x.participants) out.insert(st_->Principal(p));
      return out;
    };
    std::set<std::string> sa = sides(a), sb = sides(b);
    // "We will have meetings at the IMF" within "the IMF and World Bank meetings": one side
    // meeting others is not yet a different pair.
    if (sa.size() < 2 || sb.size() < 2) return true;
    return std::includes(sa.begin(), sa.end(), sb.begin(), sb.end()) ||
           std::includes(sb.begin(), sb.end(), sa.begin(), sa.end());
  }

  std::string Family(const std::string& kind) const {
    const std::string* f = words_.Value(kMeetingKindFamily, kind);
    return f ? *f : std::string("meeting");
  }

  // Whether mention `m` may be the meeting `e` by kind and by who meets: the same family of
  // kind ("a summit in Riyadh" is not "Pompeo met the King in Riyadh"), though a bare "the
  // meeting" may refer back to a summit; unless on the same date, some side in common when both
  // say who meets ("Lagarde's
  // trip with a stop in Riyadh" is not Pompeo's meeting there); and, but at a gathering, not
  // each naming a person the other lacks (Pompeo's meeting with the King, and with the Crown
  // Prince: separate sittings).
  // The family of a meeting: its kind's, but a meeting of a body (an organisation of a
  // meeting_body_kind: "an emergency meeting of the Arab League", "EU leaders meet") gathers.
  std::string FamilyOf(const MeetingRecord& r) const {
    std::string f = Family(r.kind);
    if (f != "meeting") return f;
    if (!r.body.empty()) return "gathering";
    for (const auto& p : r.participants) {
      if (p.rfind("org:", 0) != 0) continue;
      const OrgInfo* o = res_.Org(p.substr(4));
      if (!o || !words_.Is(kMeetingBodyKind, o->kind)) continue;
      // Not when it is only the side of a person met ("Arab League chief Nabil Elaraby").
      bool side = false;
      for (const auto& [person, label] : r.person_labels) side = side || st_->Principal(person) == p;
      if (!side) return "gathering";
    }
    return f;
  }

  bool KindsCompatible(const MeetingRecord& m, const MeetingRecord& e, bool merge_only, bool same_date) const {
    std::string fm = FamilyOf(m), fe = FamilyOf(e);
    // A meeting on the day of a gathering may be part of it ("We will have meetings at the IMF
    // next month", "the IMF and World Bank spring meetings"); a bare "the meeting" may refer
    // back to a summit.
    bool part_of = fm == "meeting" && fe == "gathering" && same_date;
    if (fm != fe && !part_of && !(merge_only && fm == "meeting" && fe != "call")) return false;
    if (fe == "gathering") return true;  // many sides meet at a gathering
    // On the same day, one side may meet at another's gathering ("We will have meetings at the
    // IMF next month" and "the IMF and World Bank spring meetings").
    if (!same_date && !m.participants.empty() && !e.participants.empty()) {
      std::set<std::string> sides;
      for (const auto& p : e.participants) sides.insert(st_->Principal(p));
      bool common = false;
      for (const auto& p : m.participants) common = common || sides.count(st_->Principal(p)) > 0;
      if (!common) return false;
    }
    auto person_outside = [](const MeetingRecord& a, const MeetingRecord& b) {
      for (const auto& [key, label] : a.person_labels) {
        if (!b.participants.count(key)) return true;
      }
      return false;
    };
    return !(person_outside(m, e) && person_outside(e, m));
  }

  // Once the document is read: a meeting no one is said to take part in ("the Cairo talks",
  // "a poll showed 49 percent support the talks") is a meeting named before or after in the
  // document when one fits (kind and date compatible, the same place if it names one; the
  // nearest, earlier first);
  // else it stands alone only with a venue, and never when its kind needs someone to take part
  // ("the trip to Atlanta"). A press conference needs two sides. A planned meeting is never
  // dated before its article: a weekday read back into the past week moves a week ahead, any
  // other such date leaves the status unsaid.
  void ResolveUnattended() {
    auto& ms = st_->meetings;
    auto sentence_of = [](const MeetingRecord& r) { return r.evidence.empty() ? 0 : r.evidence.front().sentence; };
    std::vector<bool> gone(ms.size(), false);
    for (std::size_t i = 0; i < ms.size(); ++i) {
      MeetingRecord& m = ms[i];
      if (!m.participants.empty()) continue;
      int best = -1;
      long best_distance = 0;
      for (std::size_t j = 0; j < ms.size(); ++j) {
        const MeetingRecord& e = ms[j];
        if (j == i || gone[j] || e.participants.empty()) continue;
        // A place the anaphor names must be the meeting's own ("a visit to Jerusalem", "the
        // Washington-based Atlantic Council" are not the talks named before).
        bool city_ok = m.city.empty() || m.city == e.city;
        if (!city_ok || !DatesCompatible(m.date, e.date)) continue;
        bool same_date = m.date.known() && e.date.known() && m.date == e.date;
        if (!KindsCompatible(m, e, /*merge_only=*/true, same_date)) continue;
        long d = static_cast<long>(sentence_of(m)) - static_cast<long>(sentence_of(e));
        long distance = d >= 0 ? 2 * d : -2 * d + 1;  // earlier first at equal distance
        if (best < 0 || distance < best_distance) {
          best = static_cast<int>(j);
          best_distance = distance;
        }
      }
      if (best >= 0) {
        MeetingRecord& e = ms[static_cast<std::size_t>(best)];
        // The meeting named with its parties keeps its date, place and status (an anaphor's
        // date is often another event's: "a team left for Singapore, where the summit ...").
        for (auto& ev : m.evidence) e.evidence.push_back(ev);
        for (auto& ev : m.city_evidence) e.city_evidence.push_back(ev);
        gone[i] = true;
        continue;
      }
      if (m.city.empty() || words_.Is(kKindNeedsParticipant, m.kind)) gone[i] = true;
    }
    for (std::size_t i = 0; i < ms.size(); ++i) {
      if (gone[i] || !words_.Is(kKindNeedsTwoSides, ms[i].kind)) continue;
      std::set<std::string> sides;
      for (const auto& p : ms[i].participants) sides.insert(st_->Principal(p));
      if (sides.size() < 2) gone[i] = true;
    }
    const Date& doc = st_->doc_date;
    for (std::size_t i = 0; i < ms.size(); ++i) {
      MeetingRecord& m = ms[i];
      if (gone[i] || m.status != "planned" || !m.date.known() || !doc.known()) continue;
      bool before = false;
      if (m.date.day != 0 && doc.day != 0) {
        long days = DaysFromCivil(doc) - DaysFromCivil(m.date);
        before = days > 0;
        if (before && days < 7) {
          m.date = AddDays(m.date, 7);
          continue;
        }
      } else if (m.date.month != 0) {
        before = m.date.year * 12 + m.date.month < doc.year * 12 + doc.month;
      } else {
        before = m.date.year < doc.year;
      }
      if (before) m.status.clear();
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < ms.size(); ++i) {
      if (!gone[i]) {
        if (out != i) ms[out] = std::move(ms[i]);
        ++out;
      }
    }
    ms.resize(out);
  }

  // `merge_only`: a mention too vague to stand alone; dropped unless it merges.
  void MergeOrAdd(MeetingRecord m, bool merge_only) {
    // Latest first: "Shevardnadze met Shultz at the door" is the meeting just described.
    for (auto it = st_->meetings.rbegin(); it != st_->meetings.rend(); ++it) {
      auto& e = *it;
      bool same_city = !m.city.empty() && m.city == e.city;
      bool same_date = m.date.known() && e.date.known() && m.date == e.date;
      bool city_ok = m.city.empty() || e.city.empty() || m.city == e.city;
      bool date_ok = DatesCompatible(m.date, e.date);
      // A mention anchored only by who meets is the meeting of the same parties.
      bool m_vague = !m.date.known() && m.city.empty(), e_vague = !e.date.known() && e.city.empty();
      bool same_parties = (m_vague && PartiesWithin(m.participants, e)) || (e_vague && PartiesWithin(e.participants, m));
      if (!(city_ok && date_ok && (same_city || same_date || same_parties))) continue;
      if (merge_only && !e.evidence.empty() && !m.evidence.empty() &&
          e.evidence.back().sentence + kAnaphoraSentences < m.evidence.back().sentence)
        continue;
      // Different parties on one day ("met Monday in Rome with Netanyahu"; "his meetings
      // Monday included Erekat"): different meetings, unless the place is the same too.
      if (!(same_city && same_date) && !SameSides(m, e)) continue;
      if (!m.body.empty() && !e.body.empty() && m.body != e.body) continue;
      if (!KindsCompatible(m, e, merge_only, same_date)) continue;
      if (e.city.empty()) e.city = m.city;
      if (!e.date.known() || (m.date.known() && m.date.day != 0 && e.date.day == 0)) e.date = m.date;
      if (e.body.empty()) e.body = m.body;
      if (e.status.empty()) e.status = m.status;
      if (e.qualifier.empty()) e.qualifier = m.qualifier;
      // The fuller phrase of the same noun ("talks", then "final status talks").
      if (!m.phrase.empty() && (e.phrase.empty() ? Family(m.kind) == Family(e.kind)
                                                 : m.phrase.size() > e.phrase.size() &&
                                                       m.phrase.compare(m.phrase.size() - e.phrase.size(),
                                                                        e.phrase.size(), e.phrase) == 0 &&
                                                       m.phrase[m.phrase.size() - e.phrase.size() - 1] == ' '))
        e.phrase = m.phrase;
      e.participants.insert(m.participants.begin(), m.participants.end());
      e.person_labels.insert(m.person_labels.begin(), m.person_labels.end());
      for (auto& p : m.participant_evidence) e.participant_evidence.push_back(p);
      for (auto& ev : m.evidence) e.evidence.push_back(ev);
      for (auto& ev : m.city_evidence) e.city_evidence.push_back(ev);
      return;
    }
    if (!merge_only) st_->meetings.push_back(std::move(m));
  }

  int dateline_end_ = 0;  // first token after the sentence's dateline and credit, if any
  std::deque<Mention> anaphor_mentions_;  // PairAntecedents' mentions, for the current sentence
  int prev_trigger_last_ = -1;  // end of the sentence's previous trigger if a verb, else -1
  std::map<int, Date> framed_;    // the sentence's verb triggers (first token) that built a meeting: its date
  Date ellipsis_date_;            // the date of the verb an ellipsis goes on from
  DocState* st_;
  const Resources& res_;
  const MeetingWords words_;
  const DateClasses date_classes_;
};

}  // namespace

const std::vector<std::string>& MeetingClassNames() {
  static const std::vector<std::string> kNames(kMeetingClassNames.begin(), kMeetingClassNames.end());
  return kNames;
}

const std::vector<ActionSpec>& MeetingActions() {
  static const std::vector<ActionSpec> kActions = {
      // A noun naming a meeting ("talks", "the summit"); the kind is the class entry's value.
      {"meeting.noun", {}, {"trigger"}},
      // A verb of meeting someone ("met", "telephoned", "visited").
      {"meeting.verb", {}, {"trigger"}},
      // A cue that the meeting verb before goes on elided ("and then in Paris with X").
      {"meeting.ellipsis", {}, {"trigger"}},
  };
  return kActions;
}

void FindMeetings(DocState* st) {
  MeetingFinder(st).Run();
  // "Pompeo said he met with King Salman, Crown Prince Mohammed bin Salman and Foreign Minister
  // Adel al-Jubeir" gives one sitting with each person met, all first told in the same words;
  // when a later sentence places one of them ("King Salman meets with Pompeo in Riyadh"), the
  // others sat in the same city: the place of the only city among meetings that share such
  // words, with its evidence.
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<MeetingRecord*>> siblings;
  for (auto& m : st->meetings) {
    for (const Evidence& ev : m.evidence) {
      auto& group = siblings[{ev.sentence, ev.begin}];
      if (group.empty() || group.back() != &m) group.push_back(&m);
    }
  }
  for (auto& [at, group] : siblings) {
    if (group.size() < 2) continue;
    const MeetingRecord* placed = nullptr;
    bool one_city = true;
    for (const MeetingRecord* m : group) {
      if (m->city.empty()) continue;
      if (placed && placed->city != m->city) one_city = false;
      placed = m;
    }
    if (!placed || !one_city) continue;
    // Only sittings said to have happened ("will meet A, B and C" may be a tour of capitals),
    // in a city of a state that takes part in one of them (not a meeting wrongly merged with
    // "visiting the consulate in Istanbul").
    bool planned = false, host_takes_part = false;
    std::string host = "state:" + placed->city.substr(placed->city.rfind('-') + 1);  // city keys end "-sau"
    std::transform(host.begin() + 6, host.end(), host.begin() + 6, [](unsigned char c) { return std::toupper(c); });
    for (const MeetingRecord* m : group) {
      planned = planned || m->status == "planned";
      host_takes_part = host_takes_part || m->participants.count(host) > 0;
    }
    if (planned || !host_takes_part) continue;
    for (MeetingRecord* m : group) {
      if (!m->city.empty() || !DatesCompatible(m->date, placed->date)) continue;
      m->city = placed->city;
      m->city_evidence = placed->city_evidence;
    }
  }
  // A meeting's identity across documents: its day, its place and the states and organisations
  // that meet, not which of their people an article names ("Pompeo met King Salman" and "the
  // US-Saudi talks in Riyadh" that day are one meeting) - when the day is known and a place or
  // two sides pin it down. Within one document, meetings that would share such a key are
  // separate sittings (one with each person met): their persons stay in the key.
  auto sides_key = [st](const MeetingRecord& m) {
    std::vector<std::string> ids;
    for (const auto& p : m.participants) {
      auto it = st->nodes.find(p);
      if (it != st->nodes.end() && (it->second.type == NodeType::kState || it->second.type == NodeType::kOrganization))
        ids.push_back(p.substr(p.find(':') + 1));
    }
    if (!m.date.known() || m.date.day == 0 || ids.empty() || (m.city.empty() && ids.size() < 2)) return std::string();
    std::sort(ids.begin(), ids.end());
    std::string key = "meeting:" + FormatIso(m.date) + ":" + (m.city.empty() ? std::string("unplaced") : m.city.substr(5)) + ":";
    for (std::size_t i = 0; i < ids.size(); ++i) key += (i ? "+" : "") + Slug(ids[i]);
    return key;
  };
  std::map<std::string, int> side_keys;
  for (const auto& m : st->meetings) {
    if (std::string k = sides_key(m); !k.empty()) ++side_keys[k];
  }
  // Names and keys once every mention has merged.
  for (auto& m : st->meetings) {
    std::vector<std::string> names;
    std::vector<std::string> ids;
    for (const auto& p : m.participants) ids.push_back(p.substr(p.find(':') + 1));
    std::string who;
    if (!m.body.empty()) {
      who = ActorLabel(*st, m.body);
    } else {
      // States first, then organisations; each in key order.
      for (NodeType t : {NodeType::kState, NodeType::kOrganization}) {
        for (const auto& p : m.participants) {
          auto it = st->nodes.find(p);
          if (it == st->nodes.end() || it->second.type != t) continue;
          names.push_back(it->second.name);
        }
      }
      for (std::size_t i = 0; i < names.size(); ++i) who += (i ? "\xE2\x80\x93" : "") + names[i];
    }
    // The persons who met, titled as the text titles them: "Saudi Arabia–United States meeting
    // (King Salman, Mike Pompeo) in Riyadh"; with no state or organisation, "King Salman–Mike
    // Pompeo meeting".
    std::string persons;
    for (const auto& [key, label] : m.person_labels) {
      if (!m.participants.count(key) || !st->nodes.count(key)) continue;
      persons += (persons.empty() ? "" : who.empty() ? "\xE2\x80\x93" : ", ") + label;
    }
    const std::string& noun = m.phrase.empty() ? m.kind : m.phrase;
    std::string name = who.empty() ? (persons.empty() ? noun : persons + " " + noun) : who + " " + noun;
    if (!who.empty() && !persons.empty()) name += " (" + persons + ")";
    if (!m.qualifier.empty() && m.body.empty()) name += " " + m.qualifier;
    if (!m.city.empty()) name += " in " + ActorLabel(*st, m.city);
    std::sort(ids.begin(), ids.end());
    std::string key = "meeting:" + (m.date.known() ? FormatIso(m.date) : std::string("undated")) + ":" +
                      (m.city.empty() ? std::string("unplaced") : m.city.substr(5)) + ":";
    for (std::size_t i = 0; i < ids.size(); ++i) key += (i ? "+" : "") + Slug(ids[i]);
    if (ids.empty()) key += Slug(m.kind);
    if (std::string k = sides_key(m); !k.empty() && side_keys[k] == 1) key = k;
    Node node;
    node.key = key;
    node.type = NodeType::kMeeting;
    node.name = name;
    node.props["kind"] = m.kind;
    if (m.date.known()) node.props["date"] = FormatIso(m.date);
    if (!m.status.empty()) node.props["status"] = m.status;
    node.evidence = m.evidence;
    st->nodes[key] = node;
    if (!m.city.empty()) {
      for (const auto& ev : m.city_evidence) st->AddEdge(key, Relation::kHostedIn, m.city, ev);
    }
    for (const auto& [p, ev] : m.participant_evidence) {
      if (st->nodes.count(p)) st->AddEdge(p, Relation::kParticipatesIn, key, ev);
    }
  }
}

}  // namespace demarche
