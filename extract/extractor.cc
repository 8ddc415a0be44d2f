#include "extract/extractor.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <utility>

#include "core/text_util.h"
#include "extract/dates.h"
#include "extract/doc_state.h"
#include "extract/rules/rules.h"

namespace demarche {

const std::vector<std::string>& RequiredClasses() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names = {"meeting_noun", "link_list_end", "page_furniture"};
    for (const auto* stage : {&MentionClassNames(), &FrameClassNames(), &MeetingClassNames(), &DateClassNames()}) {
      names.insert(names.end(), stage->begin(), stage->end());
    }
    return names;
  }();
  return kNames;
}

const Mention* SentenceView::MentionAt(int tok) const {
  for (const Mention& m : mentions) {
    if (m.first <= tok && tok < m.last) return &m;
    if (m.first > tok) break;
  }
  return nullptr;
}

const Mention* SentenceView::ActorAt(int tok) const {
  const Mention* m = MentionAt(tok);
  return IsActor(m) ? m : nullptr;
}

namespace {

// The position of a class in MentionClassNames(), a fixed list (callers keep it in a static).
std::size_t MentionClassPosition(std::string_view name) {
  const std::vector<std::string>& names = MentionClassNames();
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) throw std::logic_error("MentionClassNames() lacks '" + std::string(name) + "'");
  return static_cast<std::size_t>(it - names.begin());
}

}  // namespace

bool IsGroupNoun(const Resources& res, std::string_view lower) {
  static const std::size_t kGroupNoun = MentionClassPosition("group_noun");
  return res.classes().Contains(res.stage_classes().mentions[kGroupNoun], lower);
}

namespace {

// The word classes SubjectBefore reads (data/lexicons/classes/mentions.tsv; every one is in
// MentionClassNames()), their ids taken from those Resources::Load resolved.
struct SubjectClasses {
  explicit SubjectClasses(const Resources& res) : classes(res.classes()) {
    // Each field with its class's position in MentionClassNames(), found once a process.
    using Field = int SubjectClasses::*;
    static const std::vector<std::pair<Field, std::size_t>> kFields = {
        {&SubjectClasses::relative_pronoun, MentionClassPosition("relative_pronoun")},
        {&SubjectClasses::auxiliary_or_adverb, MentionClassPosition("auxiliary_or_adverb")},
        {&SubjectClasses::apposition_open_mark, MentionClassPosition("apposition_open_mark")},
        {&SubjectClasses::article, MentionClassPosition("article")},
        {&SubjectClasses::subject_stop_mark, MentionClassPosition("subject_stop_mark")},
        {&SubjectClasses::apposition_dash_mark, MentionClassPosition("apposition_dash_mark")},
        {&SubjectClasses::group_place_preposition, MentionClassPosition("group_place_preposition")},
        {&SubjectClasses::group_noun, MentionClassPosition("group_noun")},
        {&SubjectClasses::genitive_preposition, MentionClassPosition("genitive_preposition")},
        {&SubjectClasses::collective_noun, MentionClassPosition("collective_noun")},
        {&SubjectClasses::preposition, MentionClassPosition("preposition")},
        {&SubjectClasses::complementizer, MentionClassPosition("complementizer")},
        {&SubjectClasses::definite_article, MentionClassPosition("definite_article")},
        {&SubjectClasses::coordinating_conjunction, MentionClassPosition("coordinating_conjunction")},
        {&SubjectClasses::comitative_phrase, MentionClassPosition("comitative_phrase")},
    };
    const std::vector<int>& ids = res.stage_classes().mentions;
    for (const auto& [field, at] : kFields) this->*field = ids[at];
  }
  // The length of a phrase of class `id` that ends at token `end` - 1 (at most four tokens
  // back); 0 if none.
  int PhraseEndingAt(int id, const std::vector<std::string>& lower, int end) const {
    for (int start = std::max(0, end - 4); start < end; ++start) {
      if (classes.LongestExactAt(id, lower, start, end) == end - start) return end - start;
    }
    return 0;
  }
  // The length of a dash that ends at token `end`: 1 for a mark of apposition_dash_mark, 2 for
  // "--" written as two "-" tokens (a lone "-" is a hyphen); 0 if none.
  int DashEndingAt(const std::vector<std::string>& words, int end) const {
    if (end < 0) return 0;
    if (Is(apposition_dash_mark, words[end])) return 1;
    return end >= 1 && words[end] == "-" && words[end - 1] == "-" ? 2 : 0;
  }
  // Whether the token (lower case, or as written for a class of marks) is in class `id`.
  bool Is(int id, std::string_view token) const { return classes.Contains(id, token); }

  const WordClasses& classes;
  int relative_pronoun = -1, auxiliary_or_adverb = -1, apposition_open_mark = -1, article = -1,
      subject_stop_mark = -1, apposition_dash_mark = -1, group_place_preposition = -1, group_noun = -1,
      genitive_preposition = -1, collective_noun = -1, preposition = -1, complementizer = -1, definite_article = -1,
      coordinating_conjunction = -1, comitative_phrase = -1;
};

}  // namespace

// The actor making the statement: the nearest actor before the trigger that is not the
// object of a preposition or a possessive modifier.
std::vector<const Mention*> SubjectBefore(const Resources& res, const SentenceView& sv, int trigger, int max_gap) {
  const SubjectClasses cls(res);
  // Skip a relative clause between subject and verb: "the EC, which provides ..., offered",
  // also before auxiliaries ("Cameron, who leads the council, is calling for"). Past
  // auxiliaries the clause holds no comma of its own: in "Sanders, who as mayor of Burlington,
  // Vermont, had visited Cuba" the comma closes a place inside it, and the verb is the clause's.
  {
    int close = trigger - 1;
    while (close > 0 && cls.Is(cls.auxiliary_or_adverb, sv.lower[close])) --close;
    if (close > 0 && sv.words[close] == ",") {
      const bool auxiliaries = close < trigger - 1;
      for (int c = close - 1; c > 0 && c >= close - 24; --c) {
        if (sv.words[c] != ",") continue;
        if (cls.Is(cls.relative_pronoun, sv.lower[c + 1])) {
          trigger = c;
          break;
        }
        if (auxiliaries) break;
      }
    }
  }
  // "Chile and Peru, along with Bolivia, demanded": the actors of a comitative aside between
  // commas right before the verb act too (after the subject's). The aside may hold an
  // apposition ("as well as Iran's main ally, Russia,"): one inner comma is passed, and an
  // actor before a possessive there owns the noun, it does not act.
  std::vector<const Mention*> comitative;
  {
    int c = trigger - 1;
    while (c > 0 && cls.Is(cls.auxiliary_or_adverb, sv.lower[c])) --c;
    if (c > 2 && sv.words[c] == ",") {
      int commas = 0;
      for (int open = c - 2; open > 0 && open >= c - 16; --open) {
        if (sv.words[open] != ",") continue;
        int len = cls.classes.LongestExactAt(cls.comitative_phrase, sv.lower, open + 1, c);
        if (len == 0 && ++commas < 2) continue;
        if (len > 0) {
          for (const Mention& m : sv.mentions) {
            // A demonym only before a group noun ("along with Nigerian officials").
            bool group = m.last < c && cls.Is(cls.group_noun, sv.lower[m.last]);
            bool owner = m.last < c && IsPossessive(sv.words[m.last]);
            if (m.first >= open + 1 + len && m.last <= c && IsActor(&m) && (!m.demonym || group) && !owner)
              comitative.push_back(&m);
          }
          if (!comitative.empty()) trigger = open;
        }
        break;
      }
    }
  }
  // Skip an apposition: "Pakistan, a key U.S. ally in the war, has refused".
  {
    int c = trigger - 1;
    while (c > 0 && cls.Is(cls.auxiliary_or_adverb, sv.lower[c])) --c;
    if (c > 2 && sv.words[c] == ",") {
      for (int open = c - 2; open > 0 && open >= c - 20; --open) {
        if (cls.Is(cls.apposition_open_mark, sv.words[open])) {
          const std::string& det = sv.lower[open + 1];
          const Mention* before = sv.ActorAt(open - 1);
          if (cls.Is(cls.article, det) && before && before->last == open) trigger = open;
          // "Danny Danon, Israel's ambassador to the UN, called for": after a person, an
          // apposition that opens with a state's or body's possessive names the office he holds
          // for its owner; the person is the subject (and acts for the owner).
          if (const Mention* owner = sv.ActorAt(open + 1); IsActor(before) && before->type == NodeType::kPerson &&
                                                           before->last == open && IsActor(owner) &&
                                                           owner->type != NodeType::kPerson && owner->first == open + 1 &&
                                                           owner->last < c && IsPossessive(sv.words[owner->last]))
            trigger = open;
          // "Obama, in addition to withdrawing American forces from Iraq, has sought": a
          // prepositional aside right after the actor; an actor inside it is not the subject.
          if (cls.Is(cls.preposition, det) && !cls.Is(cls.complementizer, det) && IsActor(before) && before->last == open)
            trigger = open;
          // "Harold Hamm, a Trump donor, has called for": after a full name (two capitalised words)
          // that is no actor, an apposition in which a person only qualifies a noun ("a Trump
          // donor", "a Merkel ally") describes that unknown person: no actor named is the subject.
          // (A state or body there, "the UN envoy", stays: the person acts for it.)
          const std::string& name = sv.words[open - 1];
          if (cls.Is(cls.article, det) && !IsActor(before) && !IsActor(sv.ActorAt(open - 2)) && !name.empty() &&
              name[0] >= 'A' && name[0] <= 'Z' && name != sv.lower[open - 1] && open >= 2 &&
              sv.words[open - 2] != sv.lower[open - 2]) {
            for (const Mention& m : sv.mentions) {
              if (m.first > open && m.last < c && m.type == NodeType::kPerson && IsActor(&m) &&
                  sv.words[m.last] == sv.lower[m.last] && !cls.Is(cls.coordinating_conjunction, sv.lower[m.last]) &&
                  !cls.Is(cls.preposition, sv.lower[m.last]))
                return {};
            }
          }
          // "Russia, a close ally of Syria's president, Bashar al-Assad, has urged": a name alone
          // (an actor, or capitalised words) between the last two commas names the holder of an
          // office inside an apposition that opens with an article after an actor; that actor is
          // the subject.
          const bool name_only = c - open >= 2 && c - open <= 6 &&
                                 std::all_of(sv.words.begin() + open + 1, sv.words.begin() + c,
                                             [](const std::string& w) { return IsCapitalized(w) || w == "-"; });
          const Mention* inner = sv.ActorAt(open + 1);
          if (trigger > open && (name_only || (inner && inner->first == open + 1 && inner->last == c))) {
            for (int outer = open - 2; outer > 0 && outer >= open - 12; --outer) {
              if (!cls.Is(cls.apposition_open_mark, sv.words[outer])) continue;
              const Mention* subject = sv.ActorAt(outer - 1);
              if (cls.Is(cls.article, sv.lower[outer + 1]) && IsActor(subject) && subject->last == outer) trigger = outer;
              break;
            }
          }
          break;
        }
      }
    } else if (int close = cls.DashEndingAt(sv.words, c); close > 0 || (c > 2 && sv.words[c] == ")")) {
      // Between a pair of dashes or brackets any aside right after an actor: "Turkey -- a NATO
      // member -- asked NATO", "the UN — which Russia has criticised — demanded", "Poland (an EU
      // member) urged".
      const bool bracket = close == 0;
      for (int k = c - (bracket ? 1 : close); k > 0 && k >= c - 20; --k) {
        const int open_len = bracket ? (sv.words[k] == "(" ? 1 : 0) : cls.DashEndingAt(sv.words, k);
        if (open_len == 0) continue;
        const int open = k - open_len + 1;
        const Mention* before = open >= 1 ? sv.ActorAt(open - 1) : nullptr;
        if (before && before->last == open && k + 1 < c - (bracket ? 0 : close - 1)) trigger = open;
        break;
      }
    }
  }
  // "all along—well before Trump came along—Reason has called for", "Since 2015 — long before
  // Merkel took office — the group has demanded": a dash that a new noun phrase (a capitalised
  // word or an article) or a coordinator follows, before the verb group, closes an aside (or
  // opens a new phrase); an actor before it is not the subject. (Not "The six powers – the
  // United States, Russia ... – are scheduled to meet": the verb follows; nor a dash right
  // before the verb group, an aside after the subject, above.)
  int verb_group = trigger - 1;
  while (verb_group > 0 && cls.Is(cls.auxiliary_or_adverb, sv.lower[verb_group])) --verb_group;
  auto new_phrase_dash = [&](int k) {
    if (k >= verb_group || cls.DashEndingAt(sv.words, k) == 0) return false;
    const std::string& next = sv.words[k + 1];
    return (!next.empty() && next[0] >= 'A' && next[0] <= 'Z') || cls.Is(cls.article, sv.lower[k + 1]) ||
           cls.Is(cls.coordinating_conjunction, sv.lower[k + 1]);
  };
  std::vector<const Mention*> out;
  for (auto it = sv.mentions.rbegin(); it != sv.mentions.rend(); ++it) {
    const Mention& m = *it;
    if (m.last > trigger || !IsActor(&m)) continue;
    if (trigger - m.last > max_gap) break;
    bool stop = false;
    for (int k = m.last; k < trigger; ++k)
      stop = stop || cls.Is(cls.subject_stop_mark, sv.words[k]) || new_phrase_dash(k);
    if (stop) break;
    // "Opposition groups in Zimbabwe are demanding": a group noun before "in X" makes X act.
    bool group_in = m.first > 1 && cls.Is(cls.group_place_preposition, sv.lower[m.first - 1]) &&
                    cls.Is(cls.group_noun, sv.lower[m.first - 2]);
    // "A group of Moroccan diplomats held": a collective noun before "of" passes the act on.
    // So do "members of the EU" (an article between).
    const int of = m.first > 2 && cls.Is(cls.definite_article, sv.lower[m.first - 1]) ? m.first - 2 : m.first - 1;
    // Not the object of a verb before it ("calling members of the alliance delinquent"; but "an
    // increasing number of Democrats" is a subject).
    const bool object = of > 1 && sv.lower[of - 2].size() > 4 &&
                        (sv.lower[of - 2].ends_with("ing") || sv.lower[of - 2].ends_with("ed")) &&
                        !(of > 2 && cls.Is(cls.article, sv.lower[of - 3]));
    bool group_of = of > 0 && !object && cls.Is(cls.genitive_preposition, sv.lower[of]) &&
                    cls.Is(cls.collective_noun, sv.lower[of - 1]);
    // "with Peruvian President Luis Vega": look past a demonym before a titled name.
    int lead = m.first - 1;
    if (const Mention* d = lead >= 0 ? sv.MentionAt(lead) : nullptr; d && d->demonym && d != &m) lead = d->first - 1;
    if (!group_in && !group_of && lead >= 0 && cls.Is(cls.preposition, sv.lower[lead]) &&
        !cls.Is(cls.complementizer, sv.lower[lead]))
      continue;
    if (!group_of && m.first > 1 && cls.Is(cls.definite_article, sv.lower[m.first - 1]) &&
        cls.Is(cls.preposition, sv.lower[m.first - 2]))
      continue;
    if (m.last < trigger && IsPossessive(sv.words[m.last])) {
      // "Poland's parliament demanded", "Taiwan's Vice Foreign Minister visited": the owner acts.
      int k = m.last + 1;
      while (k < trigger && sv.lower[k] != sv.words[k] && !sv.MentionAt(k)) ++k;  // capitalised title words
      bool group = (k < static_cast<int>(sv.lower.size()) && cls.Is(cls.group_noun, sv.lower[k])) ||
                   (k - 1 > m.last && cls.Is(cls.group_noun, sv.lower[k - 1])) ||  // "Taiwan's Vice Foreign Minister"
                   (trigger - m.last <= 5 && cls.Is(cls.group_noun, sv.lower[trigger - 1]));  // "the WTO's 148 members gather"
      if (!group) continue;
    }
    if (m.demonym && !(m.last < static_cast<int>(sv.lower.size()) && cls.Is(cls.group_noun, sv.lower[m.last]))) continue;
    out.push_back(&m);
    // Coordinated subjects: "Moscow and Washington want", and a list "Poland, Slovakia and
    // Hungary demanded" (a comma joins only once a conjunction has been passed).
    const Mention* prev = &m;
    bool joined = false;
    while (prev->first >= 2) {
      int before = prev->first - 1;
      // "Shultz and Soviet Foreign Minister Shevardnadze": a demonym before a titled name
      if (const Mention* d = sv.MentionAt(before); d && d->demonym && d->first >= 1) before = d->first - 1;
      // "he and North Korea's Kim": a state's possessive before a person's one name (not yet
      // before a titled one: "Trump and China's President Xi meet business leaders" would join
      // a caption's pair to the talks the article reports)
      if (prev->type == NodeType::kPerson && prev->rule == "person.possessed-short" && before >= 2 && IsPossessive(sv.words[before])) {
        if (const Mention* o = sv.MentionAt(before - 1); o && o->type == NodeType::kState && o->first >= 1) before = o->first - 1;
      }
      if (cls.Is(cls.definite_article, sv.lower[before]) && before >= 2) --before;  // "Japan and the U.S."
      bool comma = joined && sv.words[before] == ",";
      bool conjunction = cls.Is(cls.coordinating_conjunction, sv.lower[before]);
      // "Egypt and Jordan as well as Qatar called", "Egypt, together with Jordan": a comitative
      // phrase joins like "and".
      if (int len = comma || conjunction ? 0 : cls.PhraseEndingAt(cls.comitative_phrase, sv.lower, before + 1);
          len > 0 && before - len + 1 >= 1) {
        before -= len - 1;
        conjunction = true;
      }
      if ((!comma && !conjunction) || before < 1) break;
      joined = true;
      if (sv.words[before - 1] == ",") --before;  // "A, B, and C": the serial comma
      if (before < 1) break;
      const Mention* other = sv.ActorAt(before - 1);
      if (!IsActor(other)) break;
      out.push_back(other);
      prev = other;
    }
    // "signed by the United States, the United Kingdom and France": a list that is the object of
    // a preposition is no subject.
    if (out.size() > 1) {
      int lead_of_list = prev->first - 1;
      if (lead_of_list >= 0 && cls.Is(cls.definite_article, sv.lower[lead_of_list])) --lead_of_list;
      // ("Negotiators from Sudan and South Sudan will meet": a group noun before it passes the act on)
      bool group = lead_of_list >= 1 && (cls.Is(cls.group_noun, sv.lower[lead_of_list - 1]) ||
                                         cls.Is(cls.collective_noun, sv.lower[lead_of_list - 1]));
      if (!group && lead_of_list >= 0 && cls.Is(cls.preposition, sv.lower[lead_of_list]) &&
          !cls.Is(cls.complementizer, sv.lower[lead_of_list])) {
        out.clear();
      }
    }
    break;
  }
  // (Alone when the subject names no actor: "Republicans, along with some Democrats, opposed".)
  for (const Mention* m : comitative) {
    if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  }
  return out;
}


Evidence DocState::MakeEvidence(int sentence, int first_tok, int last_tok, const std::string& rule) const {
  const Sentence& s = sentences[static_cast<std::size_t>(sentence)];
  Evidence e;
  e.doc_id = doc_id;
  e.sentence = static_cast<std::uint32_t>(sentence);
  int last = std::max(first_tok + 1, last_tok);
  last = std::min<int>(last, static_cast<int>(s.tokens.size()));
  first_tok = std::max(0, std::min(first_tok, last - 1));
  e.begin = s.tokens[static_cast<std::size_t>(first_tok)].begin;
  e.end = s.tokens[static_cast<std::size_t>(last - 1)].end;
  std::string_view text(doc.text);
  e.char_begin = sentence_char_begin[static_cast<std::size_t>(sentence)] +
                 static_cast<std::uint32_t>(CodePointOffset(text.substr(s.begin), e.begin - s.begin));
  e.char_end = e.char_begin + static_cast<std::uint32_t>(
                                  CodePointOffset(text.substr(e.begin), e.end - e.begin));
  e.sentence_begin = s.begin;
  if (quotes.size() <= static_cast<std::size_t>(sentence)) quotes.resize(sentences.size());
  SharedText& quote = quotes[static_cast<std::size_t>(sentence)];
  if (quote.empty()) quote = std::string_view(doc.text).substr(s.begin, s.end - s.begin);
  e.quote = quote;
  e.rule = SharedRule(rule);
  e.date = doc_date_text;
  return e;
}

const SharedText& DocState::SharedRule(const std::string& rule) const {
  auto it = rules.find(rule);
  if (it == rules.end()) it = rules.emplace(rule, SharedText(rule)).first;
  return it->second;
}

std::string DocState::Principal(const std::string& key) const {
  auto it = principal.find(key);
  return it == principal.end() ? key : it->second;
}

void DocState::AddEdge(const std::string& from, Relation r, const std::string& to, const Evidence& e) {
  if (from == to) return;
  edges.push_back({from, r, to, e});
}

void DocState::AddEntity(const Mention& m, int sentence) {
  auto it = nodes.find(m.key);
  if (it != nodes.end()) {
    if (it->second.evidence.size() < options.max_mention_evidence) {
      AddEvidence(&it->second.evidence, MakeEvidence(sentence, m.first, m.last, m.rule));
    }
    return;
  }
  Evidence ev = MakeEvidence(sentence, m.first, m.last, m.rule);
  Node n;
  n.key = m.key;
  n.type = m.type;
  std::string id = m.key.substr(m.key.find(':') + 1);
  switch (m.type) {
    case NodeType::kState: {
      const StateInfo* s = res.State(id);
      n.name = s ? s->name : id;
      n.props["iso3"] = id;
      break;
    }
    case NodeType::kOrganization: {
      const OrgInfo* o = res.Org(id);  // keys hold the slug of the curated id
      n.name = o ? o->name : !m.name.empty() ? m.name : id;
      if (o && !o->country.empty()) n.props["country"] = o->country;
      if (o) n.props["kind"] = o->kind;
      if (!o && !m.kind.empty()) {  // "Ivory Coast rebels", "Montenegro Assembly", "pro-Russian rebels"
        if (!m.country.empty()) n.props["country"] = m.country;
        n.props["kind"] = m.kind;
      }
      break;
    }
    case NodeType::kPerson: {
      // The name as first given: the text of the name tokens.
      const SentenceView& sv = views[static_cast<std::size_t>(sentence)];
      std::string name;
      int first = m.first;
      while (first < m.last && res.IsTitleWordAnyCase(sv.words[static_cast<std::size_t>(first)])) ++first;
      if (!m.name.empty()) {
        name = m.name;  // the spelling in the text, whose key may be a dictionary name's
      } else if (m.pronoun || first >= m.last) {
        name = id;
      } else {
        for (int k = first; k < m.last; ++k) {
          const std::string& w = sv.words[static_cast<std::size_t>(k)];
          bool glue = w == "-" || (k > first && sv.words[static_cast<std::size_t>(k - 1)] == "-");
          if (!name.empty() && !glue) name.push_back(' ');
          name += w;
        }
        // A short first mention of a curated person takes the curated full name.
        if (name.find(' ') == std::string::npos) {
          if (auto* e = res.Lookup(name)) {
            for (const auto& x : *e) {
              if (x.kind == EntryKind::kPersonShort && PersonNodeKey(x.id) == m.key) name = x.id;  // ("Clinton": Bill or Hillary)
            }
          }
        }
        if (PersonNodeKey(name) != m.key) name = id;
      }
      n.name = name;
      break;
    }
    case NodeType::kCity: {
      std::size_t dash = id.find_last_of('-');
      std::string iso3 = id.substr(dash + 1);
      for (char& c : iso3) c = static_cast<char>(c - 32);
      const SentenceView& sv = views[static_cast<std::size_t>(sentence)];
      std::string name;
      for (int k = m.first; k < m.last; ++k) name += (k > m.first ? " " : "") + sv.words[static_cast<std::size_t>(k)];
      n.name = m.name.empty() ? name : m.name;  // "at the White House": Washington
      n.props["country"] = iso3;
      break;
    }
    default:
      n.name = id;
  }
  n.evidence.push_back(ev);
  nodes[m.key] = std::move(n);
}

namespace {

// A word glued to the next one's capital ("TrumpGOP", "HaleyHaley", "BarrassoTo"): the
// length of the first word, 0 if the token is not one. Names with inner capitals written
// that way on purpose ("McDonald", "DeSantis") have a shorter first part.
std::size_t GluedPrefix(std::string_view w) {
  if (w.size() < 5 || w[0] < 'A' || w[0] > 'Z') return 0;
  for (std::size_t i = 3; i < w.size(); ++i) {
    if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') return i;
    if (!((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' && w[i] <= 'Z'))) return 0;
  }
  return 0;
}

// Drops inline related-link lists from a sentence's tokens. Some sites print, after a
// person's name, the full legal name glued to a run of headlines and a closing "MORE"
// (class link_list_end, written in capitals): "President Trump Donald John TrumpGOP senators
// balk at ... 2020 movement MORE had knowledge of ...". Everything from after the name as
// printed ("Trump") to the closing word goes; the sentence reads on around it.
void DropLinkLists(const Resources& res, std::string_view text, Sentence* s) {
  const int end_class = res.stage_classes().link_list_end;
  auto word = [&](std::size_t k) {
    return text.substr(s->tokens[k].begin, s->tokens[k].end - s->tokens[k].begin);
  };
  for (std::size_t g = 0; g < s->tokens.size(); ++g) {
    std::size_t prefix = GluedPrefix(word(g));
    if (prefix == 0) continue;
    std::size_t close = g + 1;
    for (; close < s->tokens.size(); ++close) {
      std::string_view w = word(close);
      bool capitals = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (capitals && res.classes().Contains(end_class, AsciiLower(std::string(w)))) break;
    }
    if (close >= s->tokens.size()) continue;
    // Back to the printed name: the nearest earlier token that is the glued surname.
    std::string_view surname = word(g).substr(0, prefix);
    std::size_t from = g;
    for (std::size_t k = g; k > 0 && g - k < 6; --k) {
      if (word(k - 1) == surname) {
        from = k;
        break;
      }
    }
    s->tokens.erase(s->tokens.begin() + static_cast<long>(from), s->tokens.begin() + static_cast<long>(close) + 1);
    g = from;
  }
}


// Drops a web page's furniture that scraped news text carries (class page_furniture: "Replay
// More Videos", "Read more", "Click here"): the phrase, written with a capital first, and the
// rest of its line go, the sentence before it ends there, and the next line opens a sentence
// of its own. "JUST WATCHED Beirut protesters demand new government Replay More Videos ...
// MUST WATCH Beirut protesters demand new government 02:14" keeps the title once.
void DropPageFurniture(const Resources& res, std::string_view text, std::vector<Sentence>* sentences) {
  const int cls = res.stage_classes().page_furniture;
  if (cls < 0) return;
  std::vector<Sentence> out;
  out.reserve(sentences->size());
  std::vector<std::string> lower;
  // Furniture starts at a capitalised token whose lower-case form starts a phrase of the
  // class (LongestExactAt finds nothing elsewhere): a sentence without one (nearly all) is
  // kept as it is, without lowering its tokens.
  const std::bitset<256> first_bytes = res.classes().FirstBytes(cls);
  std::string head;
  auto may_start = [&](const Token& t) {
    const std::string_view w = text.substr(t.begin, t.end - t.begin);
    if (w.empty() || w[0] < 'A' || w[0] > 'Z' || !first_bytes[static_cast<unsigned char>(w[0] - 'A' + 'a')]) return false;
    head = AsciiLower(w);
    return res.classes().StartsPhrase(cls, head);
  };
  for (Sentence& s : *sentences) {
    if (std::none_of(s.tokens.begin(), s.tokens.end(), may_start)) {
      out.push_back(std::move(s));
      continue;
    }
    lower.clear();
    bool any = false;
    for (const Token& t : s.tokens) {
      const std::string_view w = text.substr(t.begin, t.end - t.begin);
      any = any || (!w.empty() && w[0] >= 'A' && w[0] <= 'Z');
      lower.push_back(AsciiLower(w));
    }
    const int n = static_cast<int>(s.tokens.size());
    int len = 0, at = 0;
    if (any) {
      for (; at < n; ++at) {
        const char c = text[s.tokens[at].begin];
        if (c < 'A' || c > 'Z') continue;
        if ((len = res.classes().LongestExactAt(cls, lower, at, n)) > 0) break;
      }
    }
    if (len == 0) {
      out.push_back(std::move(s));
      continue;
    }
    int start = 0;
    while (start < n) {
      if (at > start) {  // the sentence before the furniture
        Sentence part;
        part.begin = s.tokens[start].begin;
        part.end = s.tokens[at - 1].end;
        part.tokens.assign(s.tokens.begin() + start, s.tokens.begin() + at);
        out.push_back(std::move(part));
      }
      if (at >= n) break;
      // The phrase and the rest of its line.
      start = at + std::max(len, 1);
      while (start < n && !s.tokens[start].newline_before) ++start;
      len = 0;
      for (at = start; at < n; ++at) {
        const char c = text[s.tokens[at].begin];
        if (c >= 'A' && c <= 'Z' && (len = res.classes().LongestExactAt(cls, lower, at, n)) > 0) break;
      }
    }
  }
  *sentences = std::move(out);
}
}  // namespace

KnowledgeGraph Extractor::Extract(const Document& doc, ExtractStats* stats) const {
  DocState st(doc, res_, options_);
  if (auto d = ParseIsoDate(doc.date)) st.doc_date = *d;
  st.sentences = Segment(doc.text, options_.max_sentence_tokens);
  DropPageFurniture(res_, doc.text, &st.sentences);
  st.views.resize(st.sentences.size());
  // Code-point offsets of sentence starts, counted once (evidence offsets are relative).
  std::uint32_t chars = 0, at = 0;
  for (const Sentence& s : st.sentences) {
    chars += static_cast<std::uint32_t>(CodePointOffset(std::string_view(doc.text).substr(at), s.begin - at));
    at = s.begin;
    st.sentence_char_begin.push_back(chars);
  }
  for (Sentence& s : st.sentences) DropLinkLists(res_, doc.text, &s);
  // The text lowered once, eight bytes at a time: each token's lower-case form is then a copy.
  const std::string lower_text = AsciiLower(doc.text);
  for (std::size_t i = 0; i < st.sentences.size(); ++i) {
    SentenceView& sv = st.views[i];
    sv.index = static_cast<int>(i);
    sv.sentence = &st.sentences[i];
    sv.words.reserve(st.sentences[i].tokens.size());
    sv.lower.reserve(st.sentences[i].tokens.size());
    const std::string_view text(doc.text);
    for (const Token& t : st.sentences[i].tokens) {
      // Each string made in place from the text (not a substring copied, then moved).
      sv.words.emplace_back(text.substr(t.begin, t.end - t.begin));
      sv.lower.emplace_back(std::string_view(lower_text).substr(t.begin, t.end - t.begin));
    }
    res_.rules().StartMasks(sv.lower, &sv.rule_starts);
  }
  if (stats) {
    stats->sentences += st.sentences.size();
    for (const auto& sv : st.views) stats->tokens += sv.words.size();
  }
  FindMentions(&st);
  // A person who acts for a state the text does not name ("Hillary Clinton demanded ..." in
  // 2012, from the dictionary's dated role; "met President Obama") makes that state an actor
  // too: its node, with the person's first evidence, takes the state-level edges and the
  // represents edge. It is made before the events are read and dropped after if no event
  // names it: a name in passing adds no state.
  std::vector<std::string> unnamed_states;
  for (const auto& [key, node] : st.nodes) {
    if (node.type != NodeType::kPerson || node.evidence.empty()) continue;
    std::string p = st.Principal(key);
    if (p.rfind("state:", 0) != 0 || st.nodes.count(p)) continue;  // not a state, or named (or made just now)
    const StateInfo* info = res_.State(p.substr(6));
    if (!info) continue;
    Node n;
    n.key = p;
    n.type = NodeType::kState;
    n.name = info->name;
    n.props["iso3"] = p.substr(6);
    n.evidence = {node.evidence.front()};  // the first person (by key) who acts for it
    n.evidence.front().rule = "person.represents/state";
    unnamed_states.push_back(p);
    st.nodes.emplace(p, std::move(n));
  }
  FindMeetings(&st);
  FindDemandsAndRejections(&st);
  if (!unnamed_states.empty()) {
    std::set<std::string> used;
    for (const auto& e : st.edges) used.insert({e.from, e.to});
    for (const std::string& p : unnamed_states) {
      if (!used.count(p)) st.nodes.erase(p);
    }
  }

  // A demand or proposal whose every edge names an actor that got no node ("Mr. Wyden
  // insisted on ...": a person of one unknown word) would stand alone, made by no one and
  // asked of no one: it gets no node either.
  std::set<std::string> linked;
  for (const auto& e : st.edges) {
    if (st.nodes.count(e.from) && st.nodes.count(e.to)) {
      linked.insert(e.from);
      linked.insert(e.to);
    }
  }
  KnowledgeGraph g;
  for (auto& [key, node] : st.nodes) {
    if ((node.type == NodeType::kDemand || node.type == NodeType::kProposal) && !linked.count(key)) continue;
    if (node.type == NodeType::kPerson) {
      std::string p = st.Principal(key);
      // The country holds even when the text does not name the state ("President Obama"):
      // the represents edge needs the state's node, the property does not.
      if (p.rfind("state:", 0) == 0) {
        node.props["country"] = p.substr(6);
      } else if (auto nat = st.nationality.find(key); p == key && nat != st.nationality.end()) {
        node.props["country"] = nat->second;
      } else if (p != key) {
        auto it = st.nodes.find(p);
        if (it != st.nodes.end()) {
          if (auto c = it->second.props.find("country"); c != it->second.props.end()) node.props["country"] = c->second;
        }
      }
    }
    g.AddNode(node);
  }
  for (const auto* reps : {&st.principal, &st.affiliation}) {
    for (const auto& [person, p] : *reps) {
      auto it = st.nodes.find(person);
      if (it == st.nodes.end() || !st.nodes.count(p) || it->second.evidence.empty()) continue;
      if (reps == &st.affiliation && st.principal.count(person)) continue;  // acts for a state or body
      Evidence ev = it->second.evidence.front();
      ev.rule = st.SharedRule(reps == &st.principal ? "person.represents" : "person.represents/party");
      g.AddEdge(person, Relation::kRepresents, p, ev);
    }
  }
  for (const auto& e : st.edges) {
    if (!g.Find(e.from) || !g.Find(e.to)) continue;
    // The CAMEO code of the rule behind the edge ("reject.verb/passive": rule reject.verb).
    std::map<std::string, std::string> props;
    std::string_view rule_id = std::string_view(e.evidence.rule).substr(0, e.evidence.rule.find('/'));
    if (const Rule* rule = res_.rules().Find(rule_id); rule && !rule->cameo.empty()) props["cameo"] = rule->cameo;
    g.AddEdge(e.from, e.relation, e.to, e.evidence, props);
  }
  return g;
}

}  // namespace demarche
