// Meeting frames: a meeting noun with its venue, date and participants; mentions of the same
// meeting within a document merge (same city, compatible dates).
#include <algorithm>
#include <array>
#include <cctype>
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
    "hypothetical_modifier"};

// Those classes resolved once (per document).
class MeetingWords {
 public:
  explicit MeetingWords(const Resources& res) : classes_(res.classes()) {
    for (std::size_t k = 0; k < ids_.size(); ++k) ids_[k] = res.ClassId(kMeetingClassNames[k]);
  }
  // Whether the token (lower case; as written for a class of marks or of [exact] words) is in
  // the class.
  bool Is(MeetingClass c, std::string_view token) const { return classes_.Contains(ids_[c], token); }
  // Length of the longest phrase of the class written by tokens [at, end); 0 if none.
  int PhraseAt(MeetingClass c, const std::vector<std::string>& lower, int at, int end) const {
    return classes_.LongestExactAt(ids_[c], lower, at, end);
  }

 private:
  const WordClasses& classes_;
  std::array<int, kNumMeetingClasses> ids_{};
};

// How many sentences back a definite mention with no date or place ("the talks between Vucic
// and Kurti") may find the meeting it refers to.
constexpr std::uint32_t kAnaphoraSentences = 3;

// The possessive the tokenizer splits off ("Russia's" is "Russia" "'s"), straight or curly.
// Not a class: an entry "'s" would be read as the two tokens "'" "s".
bool IsPossessiveS(const std::string& word) { return word == "'s" || word == "\xE2\x80\x99s"; }

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
      mw.Is(kListConjunction, sv.lower[k + 1]) && (IsDeterminer(res, sv.lower[k + 2]) || sv.ActorAt(k + 2)))
    return false;
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
  }

 private:
  void Sentence(const SentenceView& sv, const std::vector<DateMention>& dates) {
    const int n = static_cast<int>(sv.words.size());
    dateline_end_ = DatelineEnd(words_, sv);
    struct Trigger {
      int first, last;
      std::string kind;
      bool verb = false;
      std::string rule;
    };
    std::vector<Trigger> triggers;
    const RuleSet& rules = res_.rules();
    std::vector<MatchMention> mentions;
    for (const Mention& m : sv.mentions) mentions.push_back({m.first, m.last, m.type});
    MatchInput in{&sv.words, &sv.lower, &mentions};
    std::vector<const Rule*> candidates;
    std::vector<RuleMatch> matches;
    for (int i = 0; i < n; ++i) {
      if (sv.MentionAt(i)) continue;  // "Council" in a name is no trigger
      rules.MatchesAt("meetings", in, i, &candidates, &matches);
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
        // meeting.noun
        // "when it talks with Congress", "he visits Paris": after a subject pronoun the noun is a verb.
        const int h = head_first;
        if (h > 0 && words_.Is(kSubjectPronoun, sv.lower[h - 1]) && sv.lower[h].back() == 's') {
          taken = true;
          break;
        }
        if (!HeadsPhrase(res_, words_, sv, head_first, head_last)) continue;
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
      Frame(sv, triggers[t].first, triggers[t].last, lo, hi, triggers[t].kind, triggers[t].verb, dates,
            triggers[t].rule);
    }
  }

  // `rule` is the id of the rule whose trigger this is; evidence names it.
  void Frame(const SentenceView& sv, int first, int last, int lo, int hi, const std::string& kind, bool verb,
             const std::vector<DateMention>& dates, const std::string& rule) {
    MeetingRecord m;
    m.kind = kind;
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
      if (x.type == NodeType::kCity && x.first >= lo && x.last <= hi && !origin && !owned) {
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
      if (subject.empty()) return;
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
      int obj = last;
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
      // "A and B met": no object needed, for a verb of meeting each other ("met", "spoke by
      // phone"); "A and B received an update" is no meeting.
      bool reciprocal = words_.PhraseAt(kReciprocalMeetingVerb, sv.lower, first, last) == last - first;
      if (!object && (subject.size() < 2 || !reciprocal) && !venue_seen) {
        // "visited Moscow", "will meet at Gleneagles": a city as object or right after "in" or
        // "at" is the venue; "A and B met": no object needed.
        int at = obj;
        if (at + 1 < hi && words_.Is(kVenuePreposition, sv.lower[at])) ++at;
        const Mention* place = at < hi ? sv.MentionAt(at) : nullptr;
        if (!place || place->type != NodeType::kCity) return;
      }
      for (const Mention* a : subject) parts.push_back(a);
      if (object) CollectList(sv, obj, hi, /*backwards=*/false, &parts);
      // "he is due to meet President Putin": named people meeting is one particular meeting.
      verb_with_object = object != nullptr;
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
      if (d.first == after || (d.first == after + 1 && d.last < hi && IsPreposition(res_, sv.lower[after]) &&
                               words_.PhraseAt(kInclusionVerb, sv.lower, d.last, hi) > 0))
        after = d.last;
    }
    // The determiner or preposition that opens the noun phrase: "at their summit meeting".
    int opener = first - 1;
    while (opener >= lo && (sv.lower[opener] == sv.words[opener] || sv.ActorAt(opener)) &&
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
    const Mention* came_to = opener > lo ? sv.MentionAt(opener - 1) : nullptr;
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
    if (!verb && !subject_of_verb && occasion >= lo && (words_.Is(kOccasionPreposition, sv.lower[occasion]) || call_in) &&
        after < hi && words_.Is(kPartnerPreposition, sv.lower[after])) {
      // "the United States would offer a draft at talks with the Soviet Union": who acts at
      // talks with someone takes part in them.
      for (const Mention* a : SubjectBefore(res_, sv, occasion, 14)) parts.push_back(a);
    }
    std::size_t before_complement = parts.size();
    if (after < hi && words_.Is(kParticipantPreposition, sv.lower[after])) {
      m.qualifier = CollectList(sv, after + 1, hi, /*backwards=*/false, &parts);
      if (!m.qualifier.empty()) m.qualifier = "of " + m.qualifier;
    } else if (after + 1 < hi && words_.Is(kDestinationPreposition, sv.lower[after]) && (kind == "visit")) {
      // "a trip to Iraq", "a visit to Japan": the state visited takes part as host.
      int host = after + 1;
      while (host < hi && IsDeterminer(res_, sv.lower[host])) ++host;
      if (const Mention* a = sv.ActorAt(host); a && a->type == NodeType::kState) parts.push_back(a);
    }
    // "Kerry's meetings Monday included X and Y", "the meeting brought together X and Y".
    if (!verb && after < hi) {
      if (int len = words_.PhraseAt(kInclusionVerb, sv.lower, after, hi); len > 0) {
        CollectList(sv, after + len, hi, /*backwards=*/false, &parts);
      }
    }
    // Nothing of the dateline and credit takes part ("HANOI (Xinhua) - ...").
    parts.erase(std::remove_if(parts.begin(), parts.end(), [&](const Mention* a) { return a->first < dateline_end_; }),
                parts.end());
    // "X held talks with Y": one particular meeting even without a date or a place.
    // "his talks with Lawson", "Putin's meeting with Biden": someone's meeting with someone.
    bool possessed =
        opener >= lo && (words_.Is(kPossessiveDeterminer, sv.lower[opener]) || IsPossessiveS(sv.words[opener]));
    bool held_with = ((subject_of_verb || possessed) && parts.size() > before_complement) || verb_with_object;
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
    bool definite = opener >= lo && words_.Is(kAnaphoricDeterminer, sv.lower[opener]);
    if (merge_only && (parts.size() < 2 || !definite)) return;
    for (const Mention* a : parts) {
      span_first = std::min(span_first, a->first);
      span_last = std::max(span_last, a->last);
    }
    Evidence ev = st_->MakeEvidence(sv.index, span_first, span_last, rule);
    for (const Mention* a : parts) {
      m.participants.insert(a->key);
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
    MergeOrAdd(std::move(m), merge_only);
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
      if (words_.Is(kActorListFiller, w) || IsDeterminer(res_, w) || IsPossessiveS(w) || words_.Is(kNameListTitle, w)) {
        k += backwards ? -1 : 1;
        continue;
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
      if (e.city.empty()) e.city = m.city;
      if (!e.date.known() || (m.date.known() && m.date.day != 0 && e.date.day == 0)) e.date = m.date;
      if (e.body.empty()) e.body = m.body;
      if (e.status.empty()) e.status = m.status;
      if (e.qualifier.empty()) e.qualifier = m.qualifier;
      e.participants.insert(m.participants.begin(), m.participants.end());
      for (auto& p : m.participant_evidence) e.participant_evidence.push_back(p);
      for (auto& ev : m.evidence) e.evidence.push_back(ev);
      for (auto& ev : m.city_evidence) e.city_evidence.push_back(ev);
      return;
    }
    if (!merge_only) st_->meetings.push_back(std::move(m));
  }

  int dateline_end_ = 0;  // first token after the sentence's dateline and credit, if any
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
  };
  return kActions;
}

void FindMeetings(DocState* st) {
  MeetingFinder(st).Run();
  // Names and keys once every mention has merged.
  for (auto& m : st->meetings) {
    std::vector<std::string> names;
    std::vector<std::string> ids;
    for (const auto& p : m.participants) ids.push_back(p.substr(p.find(':') + 1));
    std::string who;
    if (!m.body.empty()) {
      who = ActorLabel(*st, m.body);
    } else {
      // States first, then organisations, then persons; each in key order.
      for (NodeType t : {NodeType::kState, NodeType::kOrganization, NodeType::kPerson}) {
        for (const auto& p : m.participants) {
          auto it = st->nodes.find(p);
          if (it == st->nodes.end() || it->second.type != t) continue;
          if (t == NodeType::kPerson && st->Principal(p) != p && m.participants.count(st->Principal(p))) continue;
          names.push_back(it->second.name);
        }
      }
      for (std::size_t i = 0; i < names.size(); ++i) who += (i ? "\xE2\x80\x93" : "") + names[i];
    }
    std::string name = who.empty() ? m.kind : who + " " + m.kind;
    if (!m.qualifier.empty() && m.body.empty()) name += " " + m.qualifier;
    if (!m.city.empty()) name += " in " + ActorLabel(*st, m.city);
    std::sort(ids.begin(), ids.end());
    std::string key = "meeting:" + (m.date.known() ? FormatIso(m.date) : std::string("undated")) + ":" +
                      (m.city.empty() ? std::string("unplaced") : m.city.substr(5)) + ":";
    for (std::size_t i = 0; i < ids.size(); ++i) key += (i ? "+" : "") + Slug(ids[i]);
    if (ids.empty()) key += Slug(m.kind);
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
