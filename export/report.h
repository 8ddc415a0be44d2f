// demarche/export/report.h: the graph as one self-contained HTML report, for people.
//
//   ReportOptions options;
//   options.documents["geneva-2022"] = {.date = "2022-01-09", .title = "...", .url = "https://..."};
//   Result<std::string> html = WriteReport(graph, options);   // then write it to report.html
//
// Purpose: what `demarche report` and `demarche build --report` write. Sections: what was read
// (documents, dates covered, nodes and edges by type); the negotiation picture (an SVG drawn
// with Graphviz of the demands and meetings with the most evidence and their actors: ranked by
// evidence, not degree); who demands what of whom (one row per demand: makers, addressees,
// rejected by, evidence count, first/last seen); rejections; a meetings timeline (date, place,
// status, participants); panels for the most active actors (their own picture, their demands,
// what is asked of them, their rejections, their meetings). Every row opens its evidence: document id, date,
// the quoted sentence (the span marked), and the article's URL when `documents` gives one. The
// tables are built with QueryEngine (core/query.h) and sort (click a header) and filter (a
// text box) with a small inline script, also from the page's query string
// (report.html?filter.demands-table=sanctions&sort.demands-table=-5: column 5, descending);
// without script the page still reads in full.
//
// Self-contained: CSS and script are inline; the page loads nothing (no CDN, font, image or
// link to fetch) and says so with a Content-Security-Policy (default-src 'none'; the one
// script allowed by its nonce). Opens offline, from a file:// URL.
//
// Escaping contract: every text that comes from articles or names (node names, quotes,
// document ids, titles, dates, rule names) goes through HtmlEscape() before it is written
// into the page, and through HtmlAttribute() inside an attribute value (always double-quoted).
// A URL becomes a link only when SafeUrl() accepts it (http: or https:, no control or space
// characters); any other URL (javascript:, data:, ...) is shown as text. Data embedded as
// JSON inside <script type="application/json"> goes through JsonForScript(), which escapes
// "<" (so no "</script>" or "<!--" can end or bend the element) and U+2028/U+2029. The SVG is
// Graphviz's own output (it escapes text as XML) with its XML prolog removed. A hostile
// article (names and quotes holding <script>, `" onerror=`, </textarea>, javascript: URLs)
// thus shows as text and runs nothing.
//
// Limits, so that a large corpus gives a page a browser opens at once: at most `max_rows`
// rows per table (the first by evidence, then by date for meetings; a note says "showing 500
// of N" and which command lists them all), at most `max_evidence` evidence items per row,
// `max_picture_nodes` nodes in the picture, `max_actors` actor panels of `max_panel_items`
// items per list. The whole AllSides corpus (3,855 articles, 14,531 nodes) gives a 2.4 MB
// page, made in under a second, whose DOM is ready in headless Chromium in about one.
//
// Thread safety: WriteReport reads the graph only (concurrent const use is safe); the SVG is
// drawn with Graphviz, which dot.h serialises internally. The functions below are pure.
#ifndef DEMARCHE_EXPORT_REPORT_H_
#define DEMARCHE_EXPORT_REPORT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/knowledge_graph.h"
#include "core/result.h"

namespace demarche {

// What is known of a document beyond the graph (the graph keeps ids and dates only).
struct ReportDocument {
  std::string date;
  std::string title;
  std::string url;  // shown as a link only when SafeUrl() accepts it
};

struct ReportOptions {
  std::string title = "demarche report";
  // By document id: the documents read (also those that gave no node), with their URLs.
  // Empty: the documents are those the graph's evidence names.
  std::unordered_map<std::string, ReportDocument> documents;
  std::size_t max_rows = 500;
  std::size_t max_evidence = 5;
  std::size_t max_picture_nodes = 50;
  std::size_t max_actors = 10;
  std::size_t max_focus_nodes = 20;  // in each actor panel's own picture
  std::size_t max_panel_items = 15;
};

// The page; an Error only when Graphviz fails to draw the picture.
Result<std::string> WriteReport(const KnowledgeGraph& graph, const ReportOptions& options = {});

// Text for HTML content: & < > " ' as character references; C0 control characters other
// than tab and line breaks, and DEL, become spaces.
std::string HtmlEscape(std::string_view text);
// Text for a double-quoted attribute value: HtmlEscape(), line breaks and tabs also as spaces.
std::string HtmlAttribute(std::string_view text);
// `url` when it is an http: or https: URL (scheme case-blind) without spaces, quotes, angle
// brackets or control characters; "" otherwise.
std::string SafeUrl(std::string_view url);
// JSON text made safe inside <script>: "<" as \u003c, U+2028 and U+2029 as \u2028, \u2029
// (JSON strings may hold them raw; script once could not).
std::string JsonForScript(std::string_view json);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_REPORT_H_
