// The HTML report: its escaping functions, and the page of the sample's graph
// (tests/golden/geneva-2022.jsonl) and of a graph too large to show in full. The page in a
// real browser is tests/cli/report_test.sh.
#include "export/report.h"

#include <gtest/gtest.h>


#include "tests/golden_sample.h"

namespace demarche {
namespace {

Node MakeNode(const std::string& key, NodeType type, const std::string& name) {
  Node n;
  n.key = key;
  n.type = type;
  n.name = name;
  return n;
}

Evidence Ev(const std::string& doc, const std::string& quote, const std::string& date) {
  Evidence e;
  e.doc_id = doc;
  e.quote = quote;
  e.date = date;
  return e;
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST(ReportEscapingTest, HtmlEscapeTurnsMarkupIntoText) {
  EXPECT_EQ(HtmlEscape("<script>a & \"b\" 'c'</script>"),
            "&lt;script&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/script&gt;");
  EXPECT_EQ(HtmlEscape("a\x01" "b\x7F" "c\td\ne"), "a b c\td\ne");
  EXPECT_EQ(HtmlEscape("Rüssia — ok"), "Rüssia — ok");
  EXPECT_EQ(HtmlAttribute("\" onerror=\"x\"\n"), "&quot; onerror=&quot;x&quot; ");
}

TEST(ReportEscapingTest, SafeUrlTakesOnlyHttpAndHttps) {
  EXPECT_EQ(SafeUrl("https://example.org/a?b=1&c=2"), "https://example.org/a?b=1&c=2");
  EXPECT_EQ(SafeUrl("HTTP://Example.org/"), "HTTP://Example.org/");
  EXPECT_EQ(SafeUrl("javascript:alert(1)"), "");
  EXPECT_EQ(SafeUrl(" javascript:alert(1)"), "");
  EXPECT_EQ(SafeUrl("JaVaScRiPt:alert(1)"), "");
  EXPECT_EQ(SafeUrl("data:text/html,<script>alert(1)</script>"), "");
  EXPECT_EQ(SafeUrl("https://x.org/\"><script>"), "");
  EXPECT_EQ(SafeUrl("https://x.org/a b"), "");
  EXPECT_EQ(SafeUrl("https://"), "");
  EXPECT_EQ(SafeUrl("//x.org/"), "");
}

TEST(ReportEscapingTest, JsonForScriptCannotCloseTheScript) {
  EXPECT_EQ(JsonForScript("{\"a\":\"</script><!--\"}"), "{\"a\":\"\\u003c/script>\\u003c!--\"}");
  EXPECT_EQ(JsonForScript("\"a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\""), "\"a\\u2028b\\u2029c\"");
  EXPECT_EQ(JsonForScript("\"\xE2\x80\x94\""), "\"\xE2\x80\x94\"");  // an em dash stays
}

TEST(ReportTest, SampleHasItsSectionsRowsAndNothingToLoad) {
  KnowledgeGraph g = GoldenSample();
  ReportOptions o;
  o.documents["geneva-2022"] = {.date = "2022-01-09", .title = "Talks", .url = "https://example.org/geneva"};
  auto html = WriteReport(g, o);
  ASSERT_TRUE(html.ok()) << html.error().message;
  const std::string& h = *html;
  for (const char* id : {"id=\"read\"", "id=\"picture\"", "id=\"demands-table\"", "id=\"rejections-table\"",
                         "id=\"meetings-table\"", "id=\"actors\""}) {
    EXPECT_NE(h.find(id), std::string::npos) << id;
  }
  EXPECT_NE(h.find("<td>NATO refusal to expand to the east</td>"), std::string::npos);
  // Actor panels, each with its own picture: Russia, the most active, first and open.
  EXPECT_NE(h.find("<details class=\"actor\" open><summary>Russia <span"), std::string::npos);
  EXPECT_GE(Count(h, "<div class=\"picture focus\"><svg"), 3u);
  EXPECT_NE(h.find("<svg"), std::string::npos);
  EXPECT_EQ(h.find("<?xml"), std::string::npos);
  EXPECT_EQ(h.find("<!DOCTYPE svg"), std::string::npos);
  EXPECT_NE(h.find("<a href=\"https://example.org/geneva\""), std::string::npos);
  EXPECT_NE(h.find("default-src 'none'"), std::string::npos);
  // Nothing to fetch: no src attribute, no stylesheet link, no CSS url().
  EXPECT_EQ(h.find(" src="), std::string::npos);
  EXPECT_EQ(h.find("<link"), std::string::npos);
  EXPECT_EQ(h.find("url("), std::string::npos);
  EXPECT_EQ(Count(h, "<script"), 2u);
  // Deterministic: the same graph gives the same bytes (the script's nonce included).
  EXPECT_EQ(*WriteReport(g, o), h);
}

TEST(ReportTest, HostileNamesAndUrlsAreText) {
  KnowledgeGraph g;
  Evidence e = Ev("d\"><img src=x onerror=alert(1)>", "<script>alert(2)</script>", "2022-01-01");
  g.AddNode(MakeNode("state:RUS", NodeType::kState, "Russia</script><script>alert(3)</script>"));
  g.AddNode(MakeNode("demand:rus:x", NodeType::kDemand, "\" onerror=\"alert(4)"));
  g.AddEdge("state:RUS", Relation::kDemands, "demand:rus:x", e);
  ReportOptions o;
  o.documents[e.doc_id] = {.date = "2022-01-01", .title = "</textarea>", .url = "javascript:alert(5)"};
  auto html = WriteReport(g, o);
  ASSERT_TRUE(html.ok()) << html.error().message;
  const std::string& h = *html;
  EXPECT_EQ(Count(h, "<script"), 2u);
  EXPECT_EQ(h.find("<img"), std::string::npos);
  EXPECT_EQ(h.find("</textarea>"), std::string::npos);
  EXPECT_EQ(h.find("href=\"javascript"), std::string::npos);
  EXPECT_EQ(h.find("\" onerror"), std::string::npos);
  EXPECT_NE(h.find("&lt;script&gt;alert(2)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(h.find("<span class=\"url\">javascript:alert(5)</span>"), std::string::npos);
  // In the JSON facts the name cannot close the script element.
  EXPECT_NE(h.find("Russia\\u003c/script>\\u003cscript>alert(3)"), std::string::npos);
}

TEST(ReportTest, LargeTablesAreCappedWithANote) {
  KnowledgeGraph g;
  g.AddNode(MakeNode("state:RUS", NodeType::kState, "Russia"));
  for (int i = 0; i < 30; ++i) {
    std::string key = "demand:rus:d" + std::to_string(i);
    g.AddNode(MakeNode(key, NodeType::kDemand, "demand " + std::to_string(i)));
    for (int k = 0; k <= i; ++k) {  // demand i has i + 1 evidence items
      g.AddEdge("state:RUS", Relation::kDemands, key,
                Ev("doc" + std::to_string(k), "q", "2022-01-01"));
    }
  }
  ReportOptions o;
  o.max_rows = 10;
  o.max_evidence = 3;
  o.max_picture_nodes = 6;
  auto html = WriteReport(g, o);
  ASSERT_TRUE(html.ok()) << html.error().message;
  const std::string& h = *html;
  EXPECT_NE(h.find("showing 10 of 30"), std::string::npos);
  EXPECT_NE(h.find("<td>demand 29</td>"), std::string::npos);  // the most evidence first
  EXPECT_EQ(h.find("<td>demand 0</td>"), std::string::npos);
  EXPECT_NE(h.find("and 27 more"), std::string::npos);  // demand 29: 30 items, 3 shown
  EXPECT_NE(h.find("The 5 demands and 0 meetings"), std::string::npos);
}

}  // namespace
}  // namespace demarche
