// demarche/extract/doc_state.h (internal to extract/): what the stages share for one document.
//
// Token ranges are [first, last) indices into SentenceView::words. Not part of the public API.
#ifndef DEMARCHE_EXTRACT_DOC_STATE_H_
#define DEMARCHE_EXTRACT_DOC_STATE_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/model.h"
#include "core/shared_text.h"
#include "extract/extractor.h"
#include "extract/resources.h"
#include "extract/segmenter.h"

namespace demarche {

struct Mention {
  int first = 0;
  int last = 0;
  NodeType type = NodeType::kState;
  std::string key;   // node key
  std::string rule;  // e.g. "gazetteer.state.demonym"
  bool demonym = false;
  bool pronoun = false;  // he, the diplomat
  std::string name = {};  // display name when the mention names a person ("George W. Bush") or a group
  std::string country = {};  // ISO3 of a group that is not its state ("Rwandan rebels") or of a body
  std::string kind = {};     // organisation kind for such a mention: "group", "government"
  // A private person: named only by an untitled given name and surname, acting for no state or
  // organisation ("Katy Perry", "protester Anton Gusev"). A node, but no actor of an event.
  bool minor = false;
};

struct SentenceView {
  int index = 0;
  const Sentence* sentence = nullptr;
  std::vector<std::string> words;
  std::vector<std::string> lower;
  std::vector<Mention> mentions;  // sorted by first, non-overlapping
  std::vector<bool> venue;        // per token: a city token in venue position
  // Per token: RuleSet::StartMasks of `lower`, made once with the view and shared by the rule
  // stages (meetings, frames) for MatchInput::starts. Empty: not made (every token is tried).
  std::vector<std::uint32_t> rule_starts;

  const Mention* MentionAt(int tok) const;
  const Mention* ActorAt(int tok) const;  // State, Organization or Person mention covering tok
};

struct DemandRecord {
  std::string key;
  std::set<std::string> content;  // normalised content words, for matching rejections
  int sentence = 0;
};

struct MeetingRecord {
  std::string kind;
  std::string body;  // organisation key when a body meets ("NATO-Russia Council")
  std::string qualifier;
  std::string phrase;  // the meeting noun as written, with its modifiers ("final status talks")
  std::string city;  // city node key
  Date date;
  std::string status;
  std::set<std::string> participants;  // node keys
  std::vector<Evidence> evidence;
  std::vector<std::pair<std::string, Evidence>> participant_evidence;
  std::vector<Evidence> city_evidence;
  // Persons as the text titles them ("Crown Prince Mohammed bin Salman"), by node key: the
  // meeting's name says who met.
  std::map<std::string, std::string> person_labels;
};

struct PendingEdge {
  std::string from;
  Relation relation;
  std::string to;
  Evidence evidence;
};

struct DocState {
  DocState(const Document& d, const Resources& r, const ExtractOptions& o)
      : doc(d), res(r), options(o), doc_id(d.id), doc_date_text(d.date) {}
  const Document& doc;
  const Resources& res;
  const ExtractOptions& options;
  Date doc_date;
  std::vector<Sentence> sentences;
  std::vector<std::uint32_t> sentence_char_begin;  // code-point offset of each sentence
  std::vector<SentenceView> views;
  std::map<std::string, Node> nodes;
  std::map<std::string, std::string> principal;  // person key -> state/org key
  std::map<std::string, std::string> nationality;  // person key -> ISO3, for those who act for no one
  // person key -> party organisation key ("Sen. Ted Cruz, R-Texas"): a represents edge, but the
  // person's demands and meetings stay the person's (a legislator speaks for himself).
  std::map<std::string, std::string> affiliation;
  std::vector<PendingEdge> edges;
  std::vector<DemandRecord> demands;
  std::vector<MeetingRecord> meetings;
  // The texts all evidence of this document shares (core/shared_text.h): made once per
  // document, per sentence (on its first evidence) and per rule, never per evidence item.
  SharedText doc_id;
  SharedText doc_date_text;
  mutable std::vector<SharedText> quotes;  // by sentence index
  mutable std::unordered_map<std::string, SharedText> rules;

  Evidence MakeEvidence(int sentence, int first_tok, int last_tok, const std::string& rule) const;
  // Adds or merges an entity node (State, Organization, Person, City) and its evidence.
  void AddEntity(const Mention& m, int sentence);
  // The state or organisation an actor stands for (itself unless a person with a principal).
  std::string Principal(const std::string& key) const;
  void AddEdge(const std::string& from, Relation r, const std::string& to, const Evidence& e);
  // The document's one shared copy of a rule name.
  const SharedText& SharedRule(const std::string& rule) const;
};

struct ActionSpec;
// Word classes the C++ stages read by name (data/lexicons/classes/*.tsv): Resources::Load
// refuses a data folder that lacks one, and resolves their ids once (Resources::stage_classes()).
// Holds MentionClassNames(), FrameClassNames(), MeetingClassNames() and DateClassNames() (extract/dates.h).
const std::vector<std::string>& RequiredClasses();
// The classes that the mention stage and the shared word tests below read
// (data/lexicons/classes/mentions.tsv): determiner, preposition, group_noun ...
const std::vector<std::string>& MentionClassNames();
// The classes the demand, proposal and rejection stage reads (extract/demands.cc;
// data/lexicons/classes/frames.tsv): modal_block, content_intro, frame_clause_end ...
const std::vector<std::string>& FrameClassNames();
// The classes the meeting frame builder reads (data/lexicons/classes/meetings.tsv):
// head_noun_cue, hold_verb, planned_cue ...
const std::vector<std::string>& MeetingClassNames();
// The actions that rules (data/rules/*.rules) may name, with their arguments: the frame
// builders of the demand, proposal and rejection stage.
const std::vector<ActionSpec>& FrameActions();
// The actions of the meeting stage (meeting.noun, meeting.verb).
const std::vector<ActionSpec>& MeetingActions();

// Stages, in order.
void FindMentions(DocState* st);
void FindMeetings(DocState* st);
void FindDemandsAndRejections(DocState* st);

inline bool IsActor(const Mention* m) {
  return m && !m->minor &&
         (m->type == NodeType::kState || m->type == NodeType::kOrganization || m->type == NodeType::kPerson);
}

// The actors a statement or act at `trigger` belongs to: the nearest actor before it that is
// not the object of a preposition or a possessive modifier, with coordinated ones ("Moscow
// and Washington want"); a demonym only before a group noun ("the Russian side").
// max_gap: how many tokens may stand between the subject and the trigger.
std::vector<const Mention*> SubjectBefore(const Resources& res, const SentenceView& sv, int trigger,
                                          int max_gap = 8);
// "side", "government", "officials", "rebels" ...: nouns that make a demonym an actor (the
// class group_noun).
bool IsGroupNoun(const Resources& res, std::string_view lower);

// Shared word tests, on a lower-case token: the classes determiner and preposition.
bool IsDeterminer(const Resources& res, std::string_view lower);
bool IsPreposition(const Resources& res, std::string_view lower);
bool IsQuote(const std::string& word);
// The possessive the tokenizer splits off ("Russia's" is "Russia" "'s"), straight or curly. Not a
// class: the class loader would read an entry "'s" as the two tokens "'" and "s".
bool IsPossessive(std::string_view word);
bool IsCapitalized(const std::string& word);

}  // namespace demarche

#endif  // DEMARCHE_EXTRACT_DOC_STATE_H_
