#include "extract/rules/rules.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "core/text_util.h"
#include "extract/doc_state.h"
#include "extract/resources.h"

namespace demarche {
namespace {

std::string At(const std::string& file, int line) { return file + ":" + std::to_string(line) + ": "; }

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string Lowered(std::string_view phrase) { return AsciiLower(PhraseKey(phrase)); }

bool IsNameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

}  // namespace

std::string NearestName(std::string_view name, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_d = std::string::npos;
  for (const auto& c : candidates) {
    std::size_t d = EditDistance(name, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------
// WordClasses

int WordClasses::Intern(const std::string& name) {
  auto it = ids_.find(name);
  if (it != ids_.end()) return it->second;
  int id = static_cast<int>(names_.size());
  names_.push_back(name);
  ids_.emplace(name, id);
  shapes_.emplace_back();
  class_max_tokens_.push_back(0);
  class_first_bytes_.emplace_back();
  class_first_words_.emplace_back();
  return id;
}

int WordClasses::Id(std::string_view name) const {
  auto it = ids_.find(name);
  return it == ids_.end() ? -1 : it->second;
}

void WordClasses::Add(const std::string& cls, const std::string& lemma, char pos, const std::string& value,
                      const InflectFn& inflect) {
  int id = Intern(cls);
  std::vector<std::string> forms;
  if (pos == 'x' || !inflect) {
    forms.push_back(lemma);
  } else {
    forms = inflect(lemma, pos);
    if (std::find(forms.begin(), forms.end(), lemma) == forms.end()) forms.push_back(lemma);
  }
  for (const auto& f : forms) {
    std::string key = Lowered(f);
    if (key.empty()) continue;
    phrases_[key].emplace(id, value.empty() ? lemma : value);
    const std::uint64_t member = MemberBit(id, key);
    members_[member >> 6] |= std::uint64_t{1} << (member & 63);
    unsigned bit = ShapeBit(key);
    shapes_[static_cast<std::size_t>(id)][bit >> 6] |= std::uint64_t{1} << (bit & 63);
    std::string first = key.substr(0, key.find(' '));
    const std::uint64_t starts = MemberBit(id ^ kFirstWordSalt, first);
    members_[starts >> 6] |= std::uint64_t{1} << (starts & 63);
    const std::uint64_t any = MemberBit(kAnyClass ^ kFirstWordSalt, first);
    members_[any >> 6] |= std::uint64_t{1} << (any & 63);
    auto& v = first_words_[first];
    if (std::find(v.begin(), v.end(), id) == v.end()) {
      v.push_back(id);
      class_first_words_[static_cast<std::size_t>(id)].push_back(first);
    }
    int tokens = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
    max_tokens_ = std::max(max_tokens_, tokens);
    auto& longest = class_max_tokens_[static_cast<std::size_t>(id)];
    longest = std::max(longest, tokens);
    class_first_bytes_[static_cast<std::size_t>(id)].set(static_cast<unsigned char>(key[0]));
  }
}

int WordClasses::LemmaClass(const std::string& lemma, char pos, const InflectFn& inflect) {
  std::string name = std::string("lemma:") + pos + ":" + lemma;
  if (int id = Id(name); id >= 0) return id;
  Add(name, lemma, pos, lemma, inflect);
  return Id(name);
}

Status WordClasses::Load(const std::string& path, const InflectFn& inflect) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open (is --data-dir right? it must hold lexicons/classes/)"};
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    std::size_t bad = 0;
    if (!ValidateUtf8(line, &bad)) return Error{At(path, lineno) + "invalid UTF-8 at column " + std::to_string(bad + 1)};
    auto fields = Split(line, '\t');
    if (fields.size() < 3 || fields.size() > 4) {
      return Error{At(path, lineno) + "expected class<TAB>lemma<TAB>pos[<TAB>value], got " +
                   std::to_string(fields.size()) + " columns (spaces instead of tabs?)"};
    }
    std::string cls(Trim(fields[0])), lemma(Trim(fields[1])), pos(Trim(fields[2]));
    std::string value = fields.size() > 3 ? std::string(Trim(fields[3])) : "";
    if (cls.empty() || !std::all_of(cls.begin(), cls.end(), IsNameChar)) {
      return Error{At(path, lineno) + "bad class name '" + cls + "' (lower-case letters, digits and _)"};
    }
    if (lemma.empty()) return Error{At(path, lineno) + "empty lemma"};
    if (pos != "v" && pos != "n" && pos != "x") {
      return Error{At(path, lineno) + "unknown part of speech '" + pos + "' (v verb, n noun, x as written)"};
    }
    if (int id = Id(cls); id >= 0 && defined_in_.count(id) && defined_in_[id].rfind(path + ":", 0) != 0) {
      return Error{At(path, lineno) + "class '" + cls + "' is already defined at " + defined_in_[id] +
                   " (one definition per class: add the entry there)"};
    }
    Add(cls, lemma, pos[0], value, inflect);
    defined_in_.emplace(Id(cls), path + ":" + std::to_string(lineno));
  }
  return Ok{};
}

std::string WordClasses::DefinedAt(int id) const {
  auto it = defined_in_.find(id);
  return it == defined_in_.end() ? std::string() : it->second;
}

bool WordClasses::Listed(int id, std::string_view phrase) const {
  if (!MaybeMember(id, phrase)) return false;
  auto it = phrases_.find(phrase);
  return it != phrases_.end() && it->second.count(id) > 0;
}

int WordClasses::LongestAt(int id, const std::vector<std::string>& lower, int at, std::string* value) const {
  const int n = static_cast<int>(lower.size());
  if (at >= n) return 0;
  // Most tokens start no phrase of the class: its first-byte set says so without hashing.
  if (id < 0 || static_cast<std::size_t>(id) >= class_first_bytes_.size() || lower[at].empty() ||
      !class_first_bytes_[static_cast<std::size_t>(id)][static_cast<unsigned char>(lower[at][0])]) {
    return 0;
  }
  const int longest = class_max_tokens_[static_cast<std::size_t>(id)];
  if (longest == 1) {
    // A class of single words ("meeting_verb": "met", "meets"): the word's own entry answers
    // at once; asking first_words_ first would look the same word up twice, copying it.
    if (!MaybeMember(id, lower[at])) return 0;
    auto it = phrases_.find(std::string_view(lower[at]));
    if (it == phrases_.end()) return 0;
    auto c = it->second.find(id);
    if (c == it->second.end()) return 0;
    if (value) *value = c->second;
    return 1;
  }
  if (!MaybeStartsPhrase(id, lower[at])) return 0;
  auto fw = first_words_.find(lower[at]);
  if (fw == first_words_.end() || std::find(fw->second.begin(), fw->second.end(), id) == fw->second.end()) return 0;
  int best = 0;
  thread_local std::string key;
  key.clear();
  int k = at;
  for (int words = 0; words < longest && k < n; ++words) {
    while (k < n && k > at && IsQuote(lower[k])) ++k;
    if (k >= n) break;
    if (words) key += ' ';
    key += lower[k];
    ++k;
    if (!MaybeMember(id, key)) continue;
    auto it = phrases_.find(key);
    if (it != phrases_.end()) {
      auto c = it->second.find(id);
      if (c != it->second.end()) {
        best = k - at;
        if (value) *value = c->second;
      }
    }
  }
  return best;
}

const std::string* WordClasses::Value(int id, std::string_view phrase) const {
  if (id < 0 || !MaybeMember(id, phrase)) return nullptr;
  auto it = phrases_.find(phrase);
  if (it == phrases_.end()) return nullptr;
  auto c = it->second.find(id);
  return c == it->second.end() ? nullptr : &c->second;
}

int WordClasses::LongestExactAt(int id, const std::vector<std::string>& lower, int at, int end,
                                std::string* value) const {
  end = std::min(end, static_cast<int>(lower.size()));
  if (id < 0 || static_cast<std::size_t>(id) >= class_max_tokens_.size() || at < 0 || at >= end) return 0;
  const std::string& first = lower[static_cast<std::size_t>(at)];
  // Most words start no phrase of the class: its first-byte set says so without hashing.
  if (first.empty() || !class_first_bytes_[static_cast<std::size_t>(id)][static_cast<unsigned char>(first[0])]) {
    return 0;
  }
  const int longest = class_max_tokens_[static_cast<std::size_t>(id)];  // the class has a phrase
  if (longest == 1) {
    // A class of single words: the word's own entry answers, in one lookup (asking
    // first_words_ first would look the same word up twice).
    const std::string* v = Value(id, first);
    if (v && value) *value = *v;
    return v ? 1 : 0;
  }
  if (!StartsPhrase(id, first)) return 0;
  int best = 0;
  std::string key;
  for (int k = at; k < end && k - at < longest; ++k) {
    if (k > at) key += ' ';
    key += lower[static_cast<std::size_t>(k)];
    if (const std::string* v = Value(id, key)) {
      best = k + 1 - at;
      if (value) *value = *v;
    }
  }
  return best;
}

const std::vector<int>& WordClasses::ClassesStartingWith(const std::string& lower_word) const {
  static const std::vector<int> kNone;
  if (!MaybeStartsPhrase(kAnyClass, lower_word)) return kNone;
  auto fw = first_words_.find(lower_word);
  return fw == first_words_.end() ? kNone : fw->second;
}

std::uint64_t WordClasses::StartsPhraseOf(std::span<const int> ids, std::string_view lower_word) const {
  const std::uint64_t hash = WordHash{}(lower_word);
  std::uint64_t maybe = 0;
  for (std::size_t k = 0; k < ids.size() && k < 64; ++k) {
    if (ids[k] < 0) continue;
    const std::uint64_t b = MemberBitHashed(ids[k] ^ kFirstWordSalt, hash);
    if (members_[b >> 6] >> (b & 63) & 1) maybe |= std::uint64_t{1} << k;
  }
  if (!maybe) return 0;
  auto fw = first_words_.find(lower_word);
  if (fw == first_words_.end()) return 0;
  std::uint64_t out = 0;
  for (std::size_t k = 0; k < ids.size() && k < 64; ++k) {
    if ((maybe >> k & 1) && std::find(fw->second.begin(), fw->second.end(), ids[k]) != fw->second.end()) {
      out |= std::uint64_t{1} << k;
    }
  }
  return out;
}

std::bitset<256> WordClasses::FirstBytes(int id) const {
  return id >= 0 && static_cast<std::size_t>(id) < class_first_bytes_.size()
             ? class_first_bytes_[static_cast<std::size_t>(id)]
             : std::bitset<256>();
}

bool WordClasses::StartsPhrase(int id, const std::string& lower_word) const {
  if (id < 0 || !MaybeStartsPhrase(id, lower_word)) return false;
  auto fw = first_words_.find(lower_word);
  return fw != first_words_.end() && std::find(fw->second.begin(), fw->second.end(), id) != fw->second.end();
}

std::vector<std::pair<std::string, std::string>> WordClasses::Phrases(int id) const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [phrase, classes] : phrases_) {
    if (auto it = classes.find(id); it != classes.end()) out.emplace_back(phrase, it->second);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> WordClasses::FirstWords(int id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= class_first_words_.size()) return {};
  std::vector<std::string> out = class_first_words_[static_cast<std::size_t>(id)];
  std::sort(out.begin(), out.end());
  return out;
}

// ---------------------------------------------------------------------------------------
// Rules

const std::string& Rule::Arg(const std::string& key) const {
  static const std::string kEmpty;
  auto it = args.find(key);
  return it == args.end() ? kEmpty : it->second;
}

std::pair<int, int> RuleMatch::Capture(std::string_view name) const {
  for (std::size_t i = 0; i < rule->capture_names.size() && i < captures.size(); ++i) {
    if (rule->capture_names[i] == name) return captures[i];
  }
  return {-1, -1};
}

int RuleMatch::TriggerLength() const {
  auto [a, b] = Capture("trigger");
  return a < 0 ? last - first : b - a;
}

namespace {

// Limits that keep a hostile rule file from exhausting the stack or the CPU: the parser and
// the matcher recurse per group level and per element.
constexpr std::size_t kMaxLineBytes = 10000;
constexpr int kMaxGroupDepth = 16;
constexpr int kMaxPatternElements = 256;
constexpr long kMaxMatchSteps = 20000;  // per rule and start token

// Splits a pattern into tokens: ( ) | "quoted" and bare words.
std::vector<std::string> LexPattern(const std::string& text, std::string* error) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (c == '(' || c == ')' || c == '|') {
      out.emplace_back(1, c);
      ++i;
    } else {
      std::size_t j = i;
      std::string tok;
      while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '(' && text[j] != ')' &&
             text[j] != '|') {
        if (text[j] == '"') {
          std::size_t close = text.find('"', j + 1);
          if (close == std::string::npos) {
            *error = "unclosed quotation mark";
            return {};
          }
          tok += text.substr(j, close - j + 1);
          j = close + 1;
        } else {
          tok += text[j++];
        }
      }
      out.push_back(tok);
      i = j;
    }
  }
  return out;
}

// Reads a trailing quantifier (? * + {m,n} {m}) off `tok`; false with an error if malformed.
bool TakeQuantifier(std::string* tok, int* min, int* max, std::string* error) {
  if (tok->empty()) return true;
  char last = tok->back();
  if (last == '?' || last == '*' || last == '+') {
    tok->pop_back();
    *min = last == '+' ? 1 : 0;
    *max = last == '?' ? 1 : 1000;
    return true;
  }
  if (last == '}') {
    std::size_t open = tok->rfind('{');
    if (open == std::string::npos) {
      *error = "'}' without '{' in quantifier";
      return false;
    }
    std::string body = tok->substr(open + 1, tok->size() - open - 2);
    tok->resize(open);
    std::size_t comma = body.find(',');
    try {
      if (comma == std::string::npos) {
        *min = *max = std::stoi(body);
      } else {
        *min = std::stoi(body.substr(0, comma));
        std::string hi = body.substr(comma + 1);
        *max = hi.empty() ? 1000 : std::stoi(hi);
      }
    } catch (...) {
      *error = "bad quantifier '{" + body + "}' (expected {m,n}, {m,} or {m})";
      return false;
    }
    if (*min < 0 || *max < *min || *max == 0 || *max > 1000) {
      *error = "bad quantifier '{" + body + "}' (0 <= m <= n, 1 <= n <= 1000)";
      return false;
    }
  }
  return true;
}

struct PatternParser {
  const std::vector<std::string>& toks;
  std::size_t pos = 0;
  WordClasses* classes;
  const InflectFn& inflect;
  std::vector<std::string>* capture_names;
  std::string error;
  int depth = 0;     // groups open around the current element
  int elements = 0;  // elements so far, nested ones included

  int CaptureIndex(const std::string& name) {
    auto it = std::find(capture_names->begin(), capture_names->end(), name);
    if (it != capture_names->end()) return static_cast<int>(it - capture_names->begin());
    capture_names->push_back(name);
    return static_cast<int>(capture_names->size() - 1);
  }

  // A sequence up to ')' or '|' or the end.
  bool Sequence(std::vector<PatternElement>* out) {
    while (pos < toks.size() && toks[pos] != ")" && toks[pos] != "|") {
      PatternElement e;
      if (!Element(&e)) return false;
      out->push_back(std::move(e));
    }
    if (out->empty()) {
      error = "empty pattern or group";
      return false;
    }
    return true;
  }

  bool Element(PatternElement* e) {
    if (++elements > kMaxPatternElements) {
      error = "pattern has more than " + std::to_string(kMaxPatternElements) + " elements";
      return false;
    }
    std::string tok = toks[pos++];
    // capture prefix "name="
    std::size_t eq = tok.find('=');
    if (eq != std::string::npos && eq > 0 && tok[0] != '"' &&
        std::all_of(tok.begin(), tok.begin() + static_cast<long>(eq), IsNameChar)) {
      e->capture = CaptureIndex(tok.substr(0, eq));
      tok = tok.substr(eq + 1);
      if (tok.empty()) {  // "name=" then a group
        if (pos >= toks.size() || toks[pos] != "(") {
          error = "capture '" + capture_names->at(static_cast<std::size_t>(e->capture)) +
                  "=' must be followed by an element or a group";
          return false;
        }
        tok = toks[pos++];
      }
    }
    if (!tok.empty() && tok[0] == '!' && tok.size() > 1) {
      e->negated = true;
      tok = tok.substr(1);
    }
    if (tok == "(") {
      e->kind = PatternElement::Kind::kGroup;
      if (depth >= kMaxGroupDepth) {
        error = "groups nested more than " + std::to_string(kMaxGroupDepth) + " deep";
        return false;
      }
      for (;;) {
        std::vector<PatternElement> alt;
        ++depth;
        bool ok = Sequence(&alt);
        --depth;
        if (!ok) return false;
        e->alternatives.push_back(std::move(alt));
        if (pos >= toks.size()) {
          error = "unbalanced '(': missing ')'";
          return false;
        }
        if (toks[pos++] == ")") break;
      }
      if (e->negated) {
        error = "'!' applies to one token, not to a group";
        return false;
      }
      // A quantifier after ')' stands alone: "( ... )?"
      if (pos < toks.size() && !toks[pos].empty() && std::string("?*+{").find(toks[pos][0]) != std::string::npos) {
        std::string q = toks[pos++];
        std::string probe = "x" + q;
        if (!TakeQuantifier(&probe, &e->min, &e->max, &error)) return false;
        if (probe != "x") {
          error = "unexpected '" + q + "' after a group";
          return false;
        }
      }
      return true;
    }
    if (tok == ")" || tok == "|") {
      error = "unexpected '" + tok + "'";
      return false;
    }
    if (!TakeQuantifier(&tok, &e->min, &e->max, &error)) return false;
    if (e->negated && (e->min != 1 || e->max != 1)) {
      error = "a negated element takes no quantifier";
      return false;
    }
    if (tok.empty()) {
      error = "a quantifier needs an element before it";
      return false;
    }
    if (tok[0] == '@') {
      e->kind = PatternElement::Kind::kClass;
      e->cls = classes->Id(tok.substr(1));
      if (e->cls < 0) {
        std::vector<std::string> named;
        for (const auto& n : classes->names()) {
          if (n.rfind("lemma:", 0) != 0) named.push_back("@" + n);
        }
        error = "unknown word class '" + tok + "'" +
                (named.empty() ? std::string() : " (nearest: " + NearestName(tok, named) + ")");
        return false;
      }
    } else if (tok.rfind("lemma:", 0) == 0) {
      std::string lemma = tok.substr(6);
      char posc = 'v';
      if (lemma.size() > 2 && lemma[1] == ':' && (lemma[0] == 'v' || lemma[0] == 'n')) {
        posc = lemma[0];
        lemma = lemma.substr(2);
      }
      if (lemma.size() >= 2 && lemma.front() == '"' && lemma.back() == '"') lemma = lemma.substr(1, lemma.size() - 2);
      if (lemma.empty()) {
        error = "empty lemma in '" + tok + "'";
        return false;
      }
      e->kind = PatternElement::Kind::kClass;
      e->cls = classes->LemmaClass(AsciiLower(lemma), posc, inflect);
    } else if (tok[0] == ':') {
      e->kind = PatternElement::Kind::kMention;
      std::string type = tok.substr(1);
      if (type == "Actor") {
        e->mention_types = 1u << static_cast<int>(NodeType::kState) | 1u << static_cast<int>(NodeType::kOrganization) |
                           1u << static_cast<int>(NodeType::kPerson);
      } else if (auto t = ParseNodeType(type); t && (*t == NodeType::kState || *t == NodeType::kOrganization ||
                                                     *t == NodeType::kPerson || *t == NodeType::kCity)) {
        e->mention_types = 1u << static_cast<int>(*t);
      } else {
        error = "unknown mention type '" + tok + "' (nearest: " +
                NearestName(tok, {":Actor", ":State", ":Organization", ":Person", ":City"}) + ")";
        return false;
      }
    } else if (tok == "Cap") {
      e->kind = PatternElement::Kind::kCapitalized;
    } else if (tok == "_") {
      e->kind = PatternElement::Kind::kAny;
    } else if (tok == "Quote") {
      e->kind = PatternElement::Kind::kQuote;
    } else {
      // Alternatives separated by '/', each bare or in double quotes ("/" is a slash).
      e->kind = PatternElement::Kind::kWord;
      std::string word;
      bool quoted = false;
      for (char c : tok) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == '/' && !quoted) {
          e->words.push_back(AsciiLower(word));
          word.clear();
        } else {
          word += c;
        }
      }
      e->words.push_back(AsciiLower(word));
      for (const auto& w : e->words) {
        if (w.empty()) {
          error = "empty word in '" + tok + "'";
          return false;
        }
      }
    }
    return true;
  }
};

const ActionSpec* FindAction(const std::vector<ActionSpec>& actions, const std::string& name) {
  for (const auto& a : actions) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

// The text after the first word of a line, trimmed.
std::string Rest(std::string_view line, std::size_t after) {
  return after >= line.size() ? std::string() : std::string(Trim(line.substr(after)));
}

}  // namespace

Result<RuleSet> RuleSet::Load(const std::vector<std::string>& files, WordClasses* classes,
                              const std::vector<ActionSpec>& actions, const InflectFn& inflect) {
  RuleSet all;
  all.classes_ = classes;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Error{f + ": cannot open (is --data-dir right? it must hold rules/*.rules)"};
    std::stringstream ss;
    ss << in.rdbuf();
    auto one = Parse(ss.str(), f, classes, actions, inflect);
    if (!one) return one.error();
    if (one->rules_.empty()) {
      return Error{f + ": holds no rule (to switch its rules off, move the file out of rules/)"};
    }
    for (auto& r : one->rules_) {
      if (const Rule* dup = all.Find(r.id)) {
        return Error{At(f, r.line) + "duplicate rule id '" + r.id + "' (first at " + dup->file + ":" +
                     std::to_string(dup->line) + ")"};
      }
      r.order = static_cast<int>(all.rules_.size());
      all.rules_.push_back(std::move(r));
    }
  }
  all.Index();
  return all;
}

Result<RuleSet> RuleSet::Parse(const std::string& text, const std::string& file, WordClasses* classes,
                               const std::vector<ActionSpec>& actions, const InflectFn& inflect) {
  RuleSet set;
  set.classes_ = classes;
  std::istringstream in(text);
  std::string raw;
  int lineno = 0;
  Rule cur;
  bool open = false;
  RuleExample* last_example = nullptr;
  std::vector<std::string> action_names;
  for (const auto& a : actions) action_names.push_back(a.name);

  auto finish = [&](int line) -> Status {
    if (cur.pattern.empty()) return Error{At(file, cur.line) + "rule '" + cur.id + "' has no pattern"};
    if (cur.action.empty()) return Error{At(file, cur.line) + "rule '" + cur.id + "' has no action"};
    if (cur.examples.empty()) {
      return Error{At(file, cur.line) + "rule '" + cur.id + "' has no example (every rule shows what it finds)"};
    }
    if (cur.counters.empty()) {
      return Error{At(file, cur.line) + "rule '" + cur.id +
                   "' has no counter-example (every rule shows a near miss it must leave alone)"};
    }
    for (const auto& ex : cur.examples) {
      if (ex.edges.empty()) {
        return Error{At(file, ex.line) + "example of rule '" + cur.id + "' expects no edge (add 'expect A | relation | B')"};
      }
    }
    const ActionSpec* spec = FindAction(actions, cur.action);
    for (const auto& c : spec->required_captures) {
      if (std::find(cur.capture_names.begin(), cur.capture_names.end(), c) == cur.capture_names.end()) {
        return Error{At(file, cur.line) + "rule '" + cur.id + "': action '" + cur.action + "' needs a capture '" + c +
                     "=' in the pattern"};
      }
    }
    if (cur.stage.empty()) cur.stage = "frames";
    if (const Rule* dup = set.Find(cur.id)) {
      return Error{At(file, cur.line) + "duplicate rule id '" + cur.id + "' (first at line " +
                   std::to_string(dup->line) + ")"};
    }
    (void)line;
    set.rules_.push_back(std::move(cur));
    cur = Rule{};
    open = false;
    last_example = nullptr;
    return Ok{};
  };

  while (std::getline(in, raw)) {
    ++lineno;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    std::size_t bad = 0;
    if (!ValidateUtf8(raw, &bad)) return Error{At(file, lineno) + "invalid UTF-8 at column " + std::to_string(bad + 1)};
    if (raw.size() > kMaxLineBytes) {
      return Error{At(file, lineno) + "line is " + std::to_string(raw.size()) + " bytes long (at most " +
                   std::to_string(kMaxLineBytes) + ")"};
    }
    std::string_view line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::size_t sp = line.find_first_of(" \t");
    std::string key(line.substr(0, sp));
    std::string value = Rest(line, sp == std::string_view::npos ? line.size() : sp);
    if (key == "rule") {
      if (open) return Error{At(file, lineno) + "'rule' inside rule '" + cur.id + "' (missing 'end'?)"};
      if (value.empty() || value.find(' ') != std::string::npos ||
          !std::all_of(value.begin(), value.end(), [](char c) { return IsNameChar(c) || c == '.' || c == '-'; })) {
        return Error{At(file, lineno) + "bad rule id '" + value + "' (lower-case letters, digits, '.', '-', '_')"};
      }
      cur = Rule{};
      cur.id = value;
      cur.file = file;
      cur.line = lineno;
      open = true;
      continue;
    }
    if (!open) return Error{At(file, lineno) + "'" + key + "' outside a rule (expected 'rule ID')"};
    if (key == "end") {
      if (auto s = finish(lineno); !s) return s.error();
    } else if (key == "stage") {
      if (value.empty()) return Error{At(file, lineno) + "empty stage"};
      cur.stage = value;
    } else if (key == "priority") {
      try {
        std::size_t used = 0;
        cur.priority = std::stoi(value, &used);
        if (used != value.size()) throw std::invalid_argument("trailing");
      } catch (...) {
        return Error{At(file, lineno) + "priority must be an integer, got '" + value + "'"};
      }
    } else if (key == "pattern") {
      if (!cur.pattern.empty()) return Error{At(file, lineno) + "second pattern in rule '" + cur.id + "'"};
      std::string err;
      auto toks = LexPattern(value, &err);
      if (!err.empty()) return Error{At(file, lineno) + err};
      PatternParser p{toks, 0, classes, inflect, &cur.capture_names, {}};
      if (!p.Sequence(&cur.pattern) || p.pos != toks.size()) {
        if (p.error.empty()) p.error = "unexpected '" + toks[p.pos] + "'";
        return Error{At(file, lineno) + p.error};
      }
    } else if (key == "action") {
      std::istringstream parts(value);
      std::string name;
      parts >> name;
      const ActionSpec* spec = FindAction(actions, name);
      if (!spec) {
        return Error{At(file, lineno) + "unknown action '" + name + "' (nearest: " + NearestName(name, action_names) + ")"};
      }
      cur.action = name;
      std::string kv;
      while (parts >> kv) {
        std::size_t eq = kv.find('=');
        if (eq == std::string::npos || eq == 0) {
          return Error{At(file, lineno) + "action argument '" + kv + "' is not key=value"};
        }
        std::string k = kv.substr(0, eq), v = kv.substr(eq + 1);
        auto allowed = spec->args.find(k);
        if (allowed == spec->args.end()) {
          std::vector<std::string> keys;
          for (const auto& [ak, av] : spec->args) keys.push_back(ak);
          return Error{At(file, lineno) + "action '" + name + "' takes no argument '" + k + "'" +
                       (keys.empty() ? std::string(" (it takes none)") : " (nearest: " + NearestName(k, keys) + ")")};
        }
        if (!allowed->second.empty() &&
            std::find(allowed->second.begin(), allowed->second.end(), v) == allowed->second.end()) {
          return Error{At(file, lineno) + "argument " + k + "='" + v + "' of action '" + name +
                       "' is not one of its values (nearest: " + NearestName(v, allowed->second) + ")"};
        }
        cur.args[k] = v;
      }
    } else if (key == "cameo") {
      if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return Error{At(file, lineno) + "CAMEO code must be digits, got '" + value + "'"};
      }
      cur.cameo = value;
    } else if (key == "example" || key == "counter") {
      if (value.empty()) return Error{At(file, lineno) + "empty " + key};
      auto& list = key == "example" ? cur.examples : cur.counters;
      list.push_back(RuleExample{value, "", lineno, {}});
      last_example = &list.back();
    } else if (key == "date") {
      if (!last_example) return Error{At(file, lineno) + "'date' must follow an example or counter"};
      last_example->date = value;
    } else if (key == "expect") {
      if (!last_example || cur.examples.empty() || last_example != &cur.examples.back()) {
        return Error{At(file, lineno) + "'expect' must follow an example"};
      }
      auto parts = Split(value, '|');
      if (parts.size() != 3) return Error{At(file, lineno) + "expected 'expect FROM | relation | TO'"};
      std::string from(Trim(parts[0])), rel(Trim(parts[1])), to(Trim(parts[2]));
      auto r = ParseRelation(rel);
      if (!r) {
        std::vector<std::string> names;
        for (Relation x : kAllRelations) names.emplace_back(RelationName(x));
        return Error{At(file, lineno) + "unknown relation '" + rel + "' (nearest: " + NearestName(rel, names) + ")"};
      }
      if (from.empty() || to.empty()) return Error{At(file, lineno) + "empty name in expect"};
      last_example->edges.emplace_back(from, *r, to);
    } else {
      return Error{At(file, lineno) + "unknown key '" + key + "' (nearest: " +
                   NearestName(key, {"stage", "priority", "pattern", "action", "cameo", "example", "counter", "date",
                                     "expect", "end"}) +
                   ")"};
    }
  }
  if (open) return Error{At(file, cur.line) + "rule '" + cur.id + "' has no 'end'"};
  set.Index();
  return set;
}

namespace {
void CollectClasses(const std::vector<PatternElement>& seq, std::vector<int>* out) {
  for (const auto& e : seq) {
    if (e.kind == PatternElement::Kind::kClass) out->push_back(e.cls);
    for (const auto& alt : e.alternatives) CollectClasses(alt, out);
  }
}
}  // namespace

std::vector<int> RuleSet::UsedClasses() const {
  std::vector<int> out;
  for (const auto& r : rules_) CollectClasses(r.pattern, &out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const Rule* RuleSet::Find(std::string_view id) const {
  for (const auto& r : rules_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

bool RuleSet::FirstTokens(std::vector<std::pair<const std::vector<PatternElement>*, std::size_t>> stack,
                          std::vector<std::string>* words, bool* mention,
                          std::map<int, std::vector<std::string>>* first_words) const {
  while (!stack.empty()) {
    auto [seq, i] = stack.back();
    if (i == seq->size()) {
      stack.pop_back();  // this group is done: its continuation starts the match
      continue;
    }
    const PatternElement& e = (*seq)[i];
    if (e.negated) return false;
    switch (e.kind) {
      case PatternElement::Kind::kWord:
        words->insert(words->end(), e.words.begin(), e.words.end());
        break;
      case PatternElement::Kind::kClass: {
        auto [known, added] = first_words->try_emplace(e.cls);
        if (added) known->second = classes_->FirstWords(e.cls);
        words->insert(words->end(), known->second.begin(), known->second.end());
        break;
      }
      case PatternElement::Kind::kMention:
        *mention = true;
        break;
      case PatternElement::Kind::kGroup:
        for (const auto& alt : e.alternatives) {
          auto inner = stack;
          inner.back().second = i + 1;
          inner.emplace_back(&alt, 0);
          if (!FirstTokens(std::move(inner), words, mention, first_words)) return false;
        }
        break;
      default:
        return false;  // Cap, Quote, _: any token may start a match
    }
    if (e.min > 0) return true;
    stack.back().second = i + 1;  // optional: what follows may start the match as well
  }
  return false;  // the pattern can match no token at all
}

void RuleSet::Index() {
  index_.clear();
  std::map<int, std::vector<std::string>> first_words;  // FirstTokens' memo
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    const Rule& r = rules_[i];
    auto st = std::find_if(index_.begin(), index_.end(), [&](const StageIndex& x) { return x.stage == r.stage; });
    if (st == index_.end()) {
      index_.emplace_back();
      index_.back().stage = r.stage;
      st = index_.end() - 1;
    }
    StageIndex& ix = *st;
    int idx = static_cast<int>(i);
    std::vector<std::string> words;
    bool mention = false;
    if (!FirstTokens({{&r.pattern, 0}}, &words, &mention, &first_words)) {
      ix.anywhere.push_back(idx);
      continue;
    }
    for (const auto& w : words) {
      auto& v = ix.by_word[w];
      if (v.empty() || v.back() != idx) v.push_back(idx);
    }
    if (mention) ix.by_mention.push_back(idx);
  }
  word_start_bytes_.reset();
  for (StageIndex& ix : index_) {
    ix.word_filter.Reserve(ix.by_word.size());
    for (const auto& [w, ids] : ix.by_word) {
      ix.word_filter.Add(w);
      if (!w.empty()) word_start_bytes_.set(static_cast<unsigned char>(w[0]));
    }
    // Candidates at a token are one of these lists: merged and sorted here, once, rather
    // than at every token that may start a rule.
    auto lists = [&](const std::vector<int>& by_word) {
      StageIndex::Lists l;
      l.plain = by_word;
      l.plain.insert(l.plain.end(), ix.anywhere.begin(), ix.anywhere.end());
      l.at_mention = l.plain;
      l.at_mention.insert(l.at_mention.end(), ix.by_mention.begin(), ix.by_mention.end());
      SortCandidates(&l.plain);
      SortCandidates(&l.at_mention);
      return l;
    };
    ix.lists_by_word.clear();
    for (const auto& [w, ids] : ix.by_word) ix.lists_by_word.emplace(w, lists(ids));
    ix.lists_no_word = lists({});
  }
}

void RuleSet::SortCandidates(std::vector<int>* ids) const {
  std::sort(ids->begin(), ids->end());
  ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
  // Ties broken by index make std::sort give what a stable sort would.
  std::sort(ids->begin(), ids->end(), [&](int a, int b) {
    const Rule& ra = rules_[static_cast<std::size_t>(a)];
    const Rule& rb = rules_[static_cast<std::size_t>(b)];
    if (ra.priority != rb.priority) return ra.priority > rb.priority;
    return ra.order != rb.order ? ra.order < rb.order : a < b;
  });
}

int RuleSet::StageId(std::string_view stage) const {
  auto s = std::find_if(index_.begin(), index_.end(), [&](const StageIndex& x) { return x.stage == stage; });
  return s == index_.end() ? -1 : static_cast<int>(s - index_.begin());
}

void RuleSet::Candidates(std::string_view stage, const MatchInput& in, int at, std::vector<const Rule*>* out) const {
  Candidates(StageId(stage), in, at, out);
}

void RuleSet::Candidates(int stage, const MatchInput& in, int at, std::vector<const Rule*>* out) const {
  out->clear();
  if (stage < 0 || static_cast<std::size_t>(stage) >= index_.size()) return;
  const StageIndex& ix = index_[static_cast<std::size_t>(stage)];
  const std::string& lw = (*in.lower)[static_cast<std::size_t>(at)];
  const StageIndex::Lists* lists = &ix.lists_no_word;
  if (ix.word_filter.MayContain(lw)) {
    if (auto w = ix.lists_by_word.find(lw); w != ix.lists_by_word.end()) lists = &w->second;
  }
  bool by_mention = false;
  if (!ix.by_mention.empty() && in.mentions) {
    for (const auto& m : *in.mentions) {
      if (m.first == at) {
        by_mention = true;
        break;
      }
      if (m.first > at) break;
    }
  }
  for (int i : by_mention ? lists->at_mention : lists->plain) out->push_back(&rules_[static_cast<std::size_t>(i)]);
}

namespace {

class Matcher {
 public:
  // `caps` is the caller's scratch space for the captures (reused between attempts to save
  // an allocation per rule tried): reset to `captures` unset pairs.
  Matcher(const WordClasses& classes, const MatchInput& in, std::size_t captures,
          std::vector<std::pair<int, int>>* caps)
      : classes_(classes), in_(in), n_(static_cast<int>(in.lower->size())), caps_(*caps) {
    caps_.assign(captures, {-1, -1});
  }

  // Matches `seq` from element `ei` at token `pos`; calls `k(end)` for each way to finish,
  // stops at the first that returns true.
  // A non-owning reference to a continuation: the lambdas below live on the caller's stack
  // for the whole call, and std::function would allocate for each (their captures exceed its
  // small buffer) — one malloc and free per pattern element tried.
  class Cont {
   public:
    template <typename F>
    Cont(const F& f) : obj_(&f), call_([](const void* o, int end) { return (*static_cast<const F*>(o))(end); }) {}  // NOLINT: implicit by design
    bool operator()(int end) const { return call_(obj_, end); }

   private:
    const void* obj_;
    bool (*call_)(const void*, int);
  };

  bool Seq(const std::vector<PatternElement>& seq, std::size_t ei, int pos, const Cont& k) {
    if (exhausted_) return false;
    if (ei == seq.size()) return k(pos);
    const PatternElement& e = seq[ei];
    return Repeat(e, 0, pos, pos, [&](int end) { return Seq(seq, ei + 1, end, k); });
  }

  const std::vector<std::pair<int, int>>& captures() const { return caps_; }
  bool exhausted() const { return exhausted_; }

 private:
  // Greedy: one more occurrence first, then stop.
  bool Repeat(const PatternElement& e, int count, int start, int pos, const Cont& k) {
    // Nested or stacked quantifiers ("(_*)*", "_* _* _* z") can try exponentially many ways
    // to cut a sentence, each a level deeper: past a fixed budget of steps the attempt is
    // abandoned as no match (it also bounds the recursion depth).
    if (exhausted_ || ++steps_ > kMaxMatchSteps) {
      exhausted_ = true;
      return false;
    }
    if (count < e.max) {
      bool ok = Once(e, pos, [&](int end) {
        if (end == pos) return false;  // no empty loops
        return Repeat(e, count + 1, start, end, k);
      });
      if (ok) return true;
    }
    if (count >= e.min) {
      if (e.capture >= 0) {
        auto saved = caps_[static_cast<std::size_t>(e.capture)];
        caps_[static_cast<std::size_t>(e.capture)] = {start, pos};
        if (k(pos)) return true;
        caps_[static_cast<std::size_t>(e.capture)] = saved;
        return false;
      }
      return k(pos);
    }
    return false;
  }

  bool Once(const PatternElement& e, int pos, const Cont& k) {
    if (e.kind == PatternElement::Kind::kGroup) {
      for (const auto& alt : e.alternatives) {
        if (Seq(alt, 0, pos, k)) return true;
      }
      return false;
    }
    if (pos >= n_) return false;
    int len = Length(e, pos);
    if (e.negated) return len == 0 && k(pos + 1);
    return len > 0 && k(pos + len);
  }

  // Tokens the element (ignoring negation and quantifier) covers at pos; 0 if no match.
  int Length(const PatternElement& e, int pos) const {
    const std::string& lw = (*in_.lower)[static_cast<std::size_t>(pos)];
    switch (e.kind) {
      case PatternElement::Kind::kWord:
        return std::find(e.words.begin(), e.words.end(), lw) != e.words.end() ? 1 : 0;
      case PatternElement::Kind::kClass:
        return classes_.LongestAt(e.cls, *in_.lower, pos);
      case PatternElement::Kind::kMention:
        if (!in_.mentions) return 0;
        for (const auto& m : *in_.mentions) {
          if (m.first > pos) break;
          if (m.first <= pos && pos < m.last) {
            bool type = (e.mention_types >> static_cast<int>(m.type)) & 1u;
            if (!type) return 0;
            // A negated mention covers one token inside it; a positive one starts at its first.
            return e.negated ? 1 : (m.first == pos ? m.last - m.first : 0);
          }
        }
        return 0;
      case PatternElement::Kind::kCapitalized:
        return IsCapitalized((*in_.words)[static_cast<std::size_t>(pos)]) ? 1 : 0;
      case PatternElement::Kind::kAny:
        return 1;
      case PatternElement::Kind::kQuote:
        return IsQuote((*in_.words)[static_cast<std::size_t>(pos)]) ? 1 : 0;
      case PatternElement::Kind::kGroup:
        return 0;
    }
    return 0;
  }

  const WordClasses& classes_;
  const MatchInput& in_;
  int n_;
  std::vector<std::pair<int, int>>& caps_;
  long steps_ = 0;
  bool exhausted_ = false;
};

}  // namespace

void RuleSet::MatchesAt(std::string_view stage, const MatchInput& in, int at, std::vector<const Rule*>* candidates,
                        std::vector<RuleMatch>* out) const {
  MatchesAt(StageId(stage), in, at, candidates, out);
}

void RuleSet::StartMasks(const std::vector<std::string>& lower, std::vector<std::uint32_t>* out) const {
  std::uint32_t always = 0;  // stages whose rules may start at any token (or at any mention)
  const std::size_t stages = std::min<std::size_t>(index_.size(), 32);
  for (std::size_t s = 0; s < stages; ++s) {
    if (!index_[s].anywhere.empty() || !index_[s].by_mention.empty()) always |= 1u << s;
  }
  out->resize(lower.size());
  for (std::size_t i = 0; i < lower.size(); ++i) {
    std::uint32_t mask = always;
    // No key starts with this byte: no stage's by_word holds the word, so whatever its filter
    // said, Candidates would find no rule by it. (An empty word is hashed, as before.)
    if (!lower[i].empty() && !word_start_bytes_[static_cast<unsigned char>(lower[i][0])]) {
      (*out)[i] = mask;
      continue;
    }
    const std::uint64_t h = TokenFilter::Hash(lower[i]);
    for (std::size_t s = 0; s < stages; ++s) {
      if (index_[s].word_filter.MayContainHashed(h)) mask |= 1u << s;
    }
    (*out)[i] = mask;
  }
}

void RuleSet::MatchesAtTried(int stage, const MatchInput& in, int at, std::vector<const Rule*>* candidates,
                             std::vector<RuleMatch>* out) const {
  Candidates(stage, in, at, candidates);
  out->clear();
  for (const Rule* rule : *candidates) {
    if (auto m = MatchAt(*rule, in, at)) out->push_back(std::move(*m));
  }
  if (out->size() < 2) return;  // (std::stable_sort allocates a buffer even for one element)
  std::stable_sort(out->begin(), out->end(), [](const RuleMatch& a, const RuleMatch& b) {
    if (a.rule->priority != b.rule->priority) return a.rule->priority > b.rule->priority;
    return a.TriggerLength() > b.TriggerLength();
  });
}

std::optional<RuleMatch> RuleSet::MatchAt(const Rule& rule, const MatchInput& in, int at) const {
  // Most attempts fail: only a match copies the captures out of the scratch space.
  thread_local std::vector<std::pair<int, int>> scratch;
  Matcher m(*classes_, in, rule.capture_names.size(), &scratch);
  int end = -1;
  bool ok = m.Seq(rule.pattern, 0, at, [&](int e) {
    if (m.exhausted()) return false;
    end = e;
    return true;
  });
  if (!ok) return std::nullopt;
  RuleMatch out;
  out.rule = &rule;
  out.first = at;
  out.last = end;
  out.captures = m.captures();
  return out;
}

}  // namespace demarche
