#include "export/dot.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace demarche {
namespace {

std::mutex& GraphvizMutex() {
  static std::mutex m;
  return m;
}

struct Style {
  const char* shape;
  const char* fill;
};

Style StyleFor(NodeType t) {
  switch (t) {
    case NodeType::kState: return {"box", "#cfe2ff"};
    case NodeType::kOrganization: return {"box", "#d1e7dd"};
    case NodeType::kPerson: return {"ellipse", "#e2d9f3"};
    case NodeType::kCity: return {"house", "#e9ecef"};
    case NodeType::kMeeting: return {"hexagon", "#ffe5d0"};
    case NodeType::kDemand: return {"note", "#f8d7da"};
    case NodeType::kProposal: return {"note", "#fff3cd"};
  }
  return {"ellipse", "#ffffff"};
}

// cgraph takes char*; it copies the strings it keeps.
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }

// A backslash in a label starts an escape (\n, \N): double it to show it. Control
// characters (a hand-edited graph may hold them) become spaces: XML, and so SVG, has no
// way to carry most of them.
std::string LabelText(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += ' ';
    else out.push_back(c);
  }
  return out;
}

// Attributes the drawing sets itself: an edge property of that name is not written.
bool IsStyleAttribute(const std::string& name) {
  return name == "label" || name == "fontname" || name == "fontsize" || name == "color" || name == "key" ||
         name == "style" || name == "penwidth";
}

struct AgraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphDeleter>;

AgraphPtr Build(const KnowledgeGraph& kg, Agdisc_t* disc) {
  AgraphPtr g(agopen(C("demarche"), Agdirected, disc));
  agattr(g.get(), AGRAPH, C("rankdir"), C("LR"));
  agattr(g.get(), AGRAPH, C("fontname"), C("Helvetica"));
  agattr(g.get(), AGRAPH, C("overlap"), C("false"));
  agattr(g.get(), AGNODE, C("label"), C("\\N"));  // a default of "" would blank other labels
  agattr(g.get(), AGNODE, C("shape"), C("ellipse"));
  agattr(g.get(), AGNODE, C("style"), C("filled"));
  agattr(g.get(), AGNODE, C("fillcolor"), C("white"));
  agattr(g.get(), AGNODE, C("fontname"), C("Helvetica"));
  agattr(g.get(), AGNODE, C("tooltip"), C(""));
  agattr(g.get(), AGEDGE, C("label"), C(""));
  agattr(g.get(), AGEDGE, C("fontname"), C("Helvetica"));
  agattr(g.get(), AGEDGE, C("fontsize"), C("10"));
  agattr(g.get(), AGEDGE, C("color"), C("black"));
  agattr(g.get(), AGEDGE, C("style"), C("solid"));
  agattr(g.get(), AGEDGE, C("penwidth"), C("1"));
  // Edge properties (cameo) as attributes of their own name; "" (the default) is not written.
  for (auto e : kg.SortedEdges()) {
    for (const auto& [k, value] : kg.edge(e).props) {
      if (!IsStyleAttribute(k) && !agattr(g.get(), AGEDGE, C(k), nullptr)) agattr(g.get(), AGEDGE, C(k), C(""));
    }
  }
  std::vector<Agnode_t*> nodes(kg.num_nodes(), nullptr);
  for (auto v : kg.SortedVertices()) {
    const Node& n = kg.node(v);
    Agnode_t* an = agnode(g.get(), C(n.key), 1);
    nodes[v] = an;
    std::string label = LabelText(n.name);
    if (auto d = n.props.find("date"); d != n.props.end()) label += "\\n" + d->second;
    Style st = StyleFor(n.type);
    agset(an, C("label"), C(label));
    agset(an, C("shape"), C(std::string(st.shape)));
    agset(an, C("fillcolor"), C(std::string(st.fill)));
    agset(an, C("tooltip"), C(std::string(NodeTypeName(n.type)) + ": " + LabelText(n.name)));
  }
  for (auto e : kg.SortedEdges()) {
    const Edge& edge = kg.edge(e);
    std::string rel(RelationName(edge.relation));
    Agedge_t* ae = agedge(g.get(), nodes[kg.source(e)], nodes[kg.target(e)], C(rel), 1);
    agset(ae, C("label"), C(rel));
    const char* color = edge.relation == Relation::kRejects    ? "#b02a37"
                        : edge.relation == Relation::kDemands   ? "#842029"
                        : edge.relation == Relation::kDemandsOf ? "#d63384"
                                                                : "#495057";
    agset(ae, C("color"), C(std::string(color)));
    // Style by relation: demands and rejections solid, meetings dotted, who acts for whom
    // dashed; width by evidence: 1 for one item, +1 for each doubling, at most 5.
    const char* style = edge.relation == Relation::kParticipatesIn || edge.relation == Relation::kHostedIn ? "dotted"
                        : edge.relation == Relation::kRepresents || edge.relation == Relation::kProposes ? "dashed"
                                                                                                        : "solid";
    agset(ae, C("style"), C(std::string(style)));
    int width = 1;
    for (std::size_t n = edge.evidence.size(); n > 1 && width < 5; n /= 2) ++width;
    agset(ae, C("penwidth"), C(std::to_string(width)));
    for (const auto& [k, value] : edge.props) {
      if (!IsStyleAttribute(k)) agset(ae, C(k), C(value));
    }
  }
  return g;
}

struct StringSink {
  std::string text;
};

int PutStr(void* chan, const char* str) {
  static_cast<StringSink*>(chan)->text.append(str);
  return 0;
}
int Flush(void*) { return 0; }

}  // namespace

std::string WriteDot(const KnowledgeGraph& kg) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  // No agmemwrite in cgraph: write through an I/O discipline that appends to a string.
  Agiodisc_t io = AgIoDisc;
  io.putstr = PutStr;
  io.flush = Flush;
  Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
  AgraphPtr g = Build(kg, &disc);
  StringSink sink;
  agwrite(g.get(), &sink);
  return sink.text;
}

namespace {

// One rendering context for the whole process, made on first use (under GraphvizMutex) and
// kept until exit. Graphviz's pango plugin remembers the last font name it laid out as a
// pointer into the context's font dictionary; freeing the context between two renders (the
// report draws several pictures) leaves that pointer dangling, and the next layout reads
// freed memory (AddressSanitizer: heap-use-after-free in pango_textlayout). A context that
// lives as long as the process keeps every font name valid.
GVC_t* RenderContext() {
  static GVC_t* const gvc = gvContext();
  return gvc;
}

}  // namespace

Result<std::string> RenderSvg(const KnowledgeGraph& kg, const std::string& layout) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  AgraphPtr g = Build(kg, nullptr);
  GVC_t* gvc = RenderContext();
  if (!gvc) return Error{"graphviz: cannot create a rendering context"};
  if (gvLayout(gvc, g.get(), layout.c_str()) != 0) {
    return Error{"graphviz: layout '" + layout + "' failed (is the graphviz plugin package installed?)"};
  }
  char* data = nullptr;
  unsigned int len = 0;
  int rc = gvRenderData(gvc, g.get(), "svg", &data, &len);
  std::string svg = rc == 0 && data ? std::string(data, len) : std::string();
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, g.get());
  if (rc != 0) return Error{"graphviz: SVG rendering failed"};
  return svg;
}

}  // namespace demarche
