#include "core/pattern.h"

#include <algorithm>
#include <cctype>

#include "core/text_util.h"

namespace demarche {
namespace {

struct Token {
  enum Kind { kWord, kQuoted, kDot } kind;
  std::string text;
  std::size_t column;
};

Error At(std::size_t column, const std::string& what) {
  return Error{"column " + std::to_string(column) + ": " + what};
}

Result<std::vector<Token>> Lex(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  auto space = [&](std::size_t k) { return k >= text.size() || std::isspace(static_cast<unsigned char>(text[k])); };
  while (i < text.size()) {
    if (space(i)) {
      ++i;
      continue;
    }
    std::size_t start = i;
    if (text[i] == '"') {
      std::string s;
      ++i;
      bool closed = false;
      while (i < text.size()) {
        if (text[i] == '\\' && i + 1 < text.size()) {
          s.push_back(text[i + 1]);
          i += 2;
        } else if (text[i] == '"') {
          closed = true;
          ++i;
          break;
        } else {
          s.push_back(text[i++]);
        }
      }
      if (!closed) return At(start + 1, "a quoted name is not closed (add the final \")");
      out.push_back(Token{Token::kQuoted, std::move(s), start + 1});
      continue;
    }
    if (text[i] == '.' && space(i + 1)) {
      out.push_back(Token{Token::kDot, ".", start + 1});
      ++i;
      continue;
    }
    while (!space(i) && text[i] != '"') ++i;
    std::string_view word = text.substr(start, i - start);
    bool dot_after = word.size() > 1 && word.back() == '.' && space(i);
    if (dot_after) word.remove_suffix(1);
    out.push_back(Token{Token::kWord, std::string(word), start + 1});
    if (dot_after) out.push_back(Token{Token::kDot, ".", i});
  }
  return out;
}

bool ValidVariableName(std::string_view name) {
  if (name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_')) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

std::optional<NodeType> TypeCaseBlind(std::string_view name) {
  for (NodeType t : kAllNodeTypes) {
    if (AsciiLower(NodeTypeName(t)) == AsciiLower(name)) return t;
  }
  return std::nullopt;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens, std::size_t end_column)
      : tokens_(std::move(tokens)), end_column_(end_column) {}

  Result<Pattern> Parse() {
    if (tokens_.empty()) return At(1, "the pattern is empty; expected a triple such as '?who demands ?d'");
    while (pos_ < tokens_.size()) {
      if (pattern_.triples.size() == kMaxTriples) {
        return At(tokens_[pos_].column, "more than " + std::to_string(kMaxTriples) + " triples");
      }
      Triple t;
      auto s = Term("a subject (?variable or a name)");
      if (!s) return s.error();
      t.subject = *s;
      if (pos_ < tokens_.size() && tokens_[pos_].kind == Token::kWord && tokens_[pos_].text == "!=") {
        ++pos_;
        auto o = Term("a ?variable or a name after '!='");
        if (!o) return o.error();
        if (!s->is_variable && !o->is_variable) {
          return At(s->column, "'!=' needs a ?variable on at least one side");
        }
        pattern_.inequalities.push_back(Inequality{*s, *o});
        if (auto end = EndOfPart(); !end) return end.error();
        continue;
      }
      auto p = Predicate();
      if (!p) return p.error();
      t.predicate = *p;
      auto o = Term("an object (?variable or a name)");
      if (!o) return o.error();
      t.object = *o;
      pattern_.triples.push_back(std::move(t));
      if (auto end = EndOfPart(); !end) return end.error();
    }
    if (pattern_.triples.empty()) return At(1, "the pattern has no triple; '!=' only filters the solutions of triples");
    for (const Inequality& q : pattern_.inequalities) {
      for (const PatternTerm* term : {&q.left, &q.right}) {
        if (term->is_variable && !InSomeTriple(term->text)) {
          return At(term->column, "?" + term->text + " appears only in '!='; use it in a triple too");
        }
      }
    }
    return std::move(pattern_);
  }

 private:
  const Token* Next(const std::string& expected, Error* error) {
    if (pos_ >= tokens_.size()) {
      *error = At(end_column_, "expected " + expected + ", found the end of the pattern");
      return nullptr;
    }
    if (tokens_[pos_].kind == Token::kDot) {
      *error = At(tokens_[pos_].column, "expected " + expected + ", found '.'");
      return nullptr;
    }
    return &tokens_[pos_++];
  }

  // After a triple or an inequality: a '.' or the end.
  Status EndOfPart() {
    if (pos_ < tokens_.size()) {
      if (tokens_[pos_].kind != Token::kDot) {
        return At(tokens_[pos_].column, "expected '.' between triples, found '" + tokens_[pos_].text + "'");
      }
      ++pos_;
    }
    return Ok{};
  }

  bool InSomeTriple(const std::string& variable) const {
    return std::any_of(pattern_.triples.begin(), pattern_.triples.end(), [&](const Triple& t) {
      return (t.subject.is_variable && t.subject.text == variable) ||
             (t.object.is_variable && t.object.text == variable);
    });
  }

  // Index of variable `name`, declared on first use.
  Result<std::size_t> Variable(const std::string& name, bool relation, std::size_t column) {
    auto it = std::find(pattern_.variables.begin(), pattern_.variables.end(), name);
    if (it == pattern_.variables.end()) {
      pattern_.variables.push_back(name);
      pattern_.variable_types.emplace_back();
      pattern_.relation_variables.push_back(relation);
      return pattern_.variables.size() - 1;
    }
    std::size_t i = static_cast<std::size_t>(it - pattern_.variables.begin());
    if (pattern_.relation_variables[i] != relation) {
      return At(column, "?" + name + " stands for a relation in one place and a node in another");
    }
    return i;
  }

  Result<PatternTerm> Term(const std::string& expected) {
    Error error;
    const Token* t = Next(expected, &error);
    if (!t) return error;
    if (t->kind == Token::kQuoted || t->text[0] != '?') {
      if (t->text.empty()) return At(t->column, "expected " + expected + ", found an empty name");
      return PatternTerm{false, t->text, t->column};
    }
    std::string_view body = std::string_view(t->text).substr(1);
    std::string_view name = body.substr(0, body.find(':'));
    if (!ValidVariableName(name)) {
      return At(t->column, "'" + t->text + "' is not a variable: write ?name with letters, digits or _");
    }
    auto index = Variable(std::string(name), false, t->column);
    if (!index) return index.error();
    if (name.size() < body.size()) {
      std::string_view type_name = body.substr(name.size() + 1);
      auto type = TypeCaseBlind(type_name);
      if (!type) {
        return At(t->column + name.size() + 2, "unknown type '" + std::string(type_name) +
                                                    "' (State, Organization, Person, City, Meeting, Demand, Proposal)");
      }
      auto& declared = pattern_.variable_types[*index];
      if (declared && *declared != *type) {
        return At(t->column, "?" + std::string(name) + " is given two types, " + std::string(NodeTypeName(*declared)) +
                                 " and " + std::string(NodeTypeName(*type)));
      }
      declared = type;
    }
    return PatternTerm{true, std::string(name), t->column};
  }

  Result<PatternPredicate> Predicate() {
    const std::string expected =
        "a relation (demands, demands-of, rejects, hosted-in, participates-in, represents, proposes) or ?variable";
    Error error;
    const Token* t = Next(expected, &error);
    if (!t) return error;
    if (t->kind == Token::kWord && t->text[0] == '?') {
      std::string name = t->text.substr(1);
      if (!ValidVariableName(name)) return At(t->column, "'" + t->text + "' is not a variable name");
      auto index = Variable(name, true, t->column);
      if (!index) return index.error();
      return PatternPredicate{std::nullopt, name, t->column};
    }
    auto relation = ParseRelation(t->text);
    if (!relation) return At(t->column, "expected " + expected + ", found '" + t->text + "'");
    return PatternPredicate{relation, "", t->column};
  }

  std::vector<Token> tokens_;
  std::size_t end_column_;
  std::size_t pos_ = 0;
  Pattern pattern_;
};

}  // namespace

Result<Pattern> ParsePattern(std::string_view text) {
  if (text.size() > kMaxPatternBytes) {
    return Error{"the pattern is " + std::to_string(text.size()) + " bytes; the limit is " +
                 std::to_string(kMaxPatternBytes)};
  }
  if (std::size_t bad = 0; !ValidateUtf8(text, &bad)) {
    return Error{"the pattern is not valid UTF-8 (byte " + std::to_string(bad + 1) + ")"};
  }
  auto tokens = Lex(text);
  if (!tokens) return tokens.error();
  return Parser(std::move(*tokens), text.size() + 1).Parse();
}

}  // namespace demarche
