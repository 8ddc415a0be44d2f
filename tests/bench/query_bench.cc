// Google Benchmark for loading and querying a large graph. Not part of ctest: run
//   build/tests/query_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
// (DEMARCHE_BENCH_EDGES=100000 for a quicker run; the default is 1,000,000 edges).
//
// The graph is synthetic with the node and relation mix of the Reuters build (edges:
// demands 37.5%, participates-in 26.2%, represents 12.1%, hosted-in 10.0%, demands-of 9.6%,
// proposes 3.6%, rejects 1.0%), one evidence item (a 150-byte quote) per node and edge, and
// actors drawn Zipf-like, so a few states are hubs as in real news (the United States of
// this graph makes ~5% of all demands). Latency benchmarks time each question on its own and
// report p50/p99 in microseconds as counters, over 2,000 actors drawn uniformly from those
// who make a demand, and separately the largest hub.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <random>

#include "core/query.h"
#include "export/apoc.h"

namespace demarche {
namespace {

std::size_t EdgeTarget() {
  const char* env = std::getenv("DEMARCHE_BENCH_EDGES");
  return env ? static_cast<std::size_t>(std::atol(env)) : 1000000;
}

struct Synthetic {
  KnowledgeGraph graph;
  std::string apoc;                 // the graph as APOC JSON lines
  std::vector<std::string> makers;  // keys of actors who make at least one demand
  std::string hub;                  // the actor with the most demands
};

const Synthetic& Data() {
  static const Synthetic* data = [] {
    auto* s = new Synthetic();
    const std::size_t edges = EdgeTarget();
    const double scale = static_cast<double>(edges) / 1e6;
    auto count = [&](double per_million) { return std::max<std::size_t>(2, static_cast<std::size_t>(per_million * scale)); };
    std::mt19937_64 rng(42);
    const std::string quote(150, 'q');
    std::uint32_t sentence = 0;
    auto evidence = [&] {
      ++sentence;
      return Evidence{.doc_id = "doc" + std::to_string(sentence / 40), .sentence = sentence % 40, .begin = 10, .end = 20,
                      .char_begin = 10, .char_end = 20, .sentence_begin = 0, .quote = quote, .rule = "bench",
                      .date = "1987-03-01"};
    };
    std::vector<std::string> states, orgs, persons, cities, meetings, demands, proposals;
    auto make = [&](std::vector<std::string>* keys, std::size_t n, NodeType type, const std::string& prefix) {
      for (std::size_t i = 0; i < n; ++i) {
        std::string key = prefix + std::to_string(i);
        s->graph.AddNode(Node{key, type, "name " + key, {}, {evidence()}});
        keys->push_back(key);
      }
    };
    make(&states, 250, NodeType::kState, "state:S");
    make(&orgs, count(3000), NodeType::kOrganization, "org:o");
    make(&persons, count(120000), NodeType::kPerson, "person:p");
    make(&cities, count(8000), NodeType::kCity, "city:c");
    make(&meetings, count(200000), NodeType::kMeeting, "meeting:m");
    make(&demands, count(250000), NodeType::kDemand, "demand:d");
    make(&proposals, count(25000), NodeType::kProposal, "proposal:x");
    // Zipf-like pick: index ~ n^u, so small indices (hubs) come up often.
    auto zipf = [&](const std::vector<std::string>& keys) -> const std::string& {
      double u = std::uniform_real_distribution<double>(0, 1)(rng);
      auto i = static_cast<std::size_t>(std::pow(static_cast<double>(keys.size()), u)) - 1;
      return keys[std::min(i, keys.size() - 1)];
    };
    auto uniform = [&](const std::vector<std::string>& keys) -> const std::string& {
      return keys[std::uniform_int_distribution<std::size_t>(0, keys.size() - 1)(rng)];
    };
    auto actor = [&]() -> const std::string& {
      int k = std::uniform_int_distribution<int>(0, 9)(rng);
      return k < 4 ? zipf(states) : k < 6 ? zipf(orgs) : uniform(persons);
    };
    const std::pair<Relation, double> mix[] = {
        {Relation::kDemands, 0.375},      {Relation::kParticipatesIn, 0.262}, {Relation::kRepresents, 0.121},
        {Relation::kHostedIn, 0.100},     {Relation::kDemandsOf, 0.096},      {Relation::kProposes, 0.036},
        {Relation::kRejects, 0.010}};
    for (const auto& [relation, share] : mix) {
      auto n = static_cast<std::size_t>(share * static_cast<double>(edges));
      for (std::size_t i = 0; i < n; ++i) {
        switch (relation) {
          case Relation::kDemands: s->graph.AddEdge(actor(), relation, uniform(demands), evidence()); break;
          case Relation::kDemandsOf: s->graph.AddEdge(uniform(demands), relation, actor(), evidence()); break;
          case Relation::kParticipatesIn: s->graph.AddEdge(actor(), relation, uniform(meetings), evidence()); break;
          case Relation::kRepresents: s->graph.AddEdge(uniform(persons), relation, zipf(states), evidence()); break;
          case Relation::kHostedIn: s->graph.AddEdge(meetings[i % meetings.size()], relation, zipf(cities), evidence()); break;
          case Relation::kProposes: s->graph.AddEdge(actor(), relation, uniform(proposals), evidence()); break;
          case Relation::kRejects: s->graph.AddEdge(actor(), relation, uniform(demands), evidence()); break;
        }
      }
    }
    s->apoc = WriteApocJsonLines(s->graph);
    std::size_t best = 0;
    const auto& g = s->graph.graph();
    for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
      std::size_t made = 0;
      for (auto [oi, oe] = boost::out_edges(*vi, g); oi != oe; ++oi) made += g[*oi].relation == Relation::kDemands;
      if (made > 0) s->makers.push_back(g[*vi].key);
      if (made > best) best = made, s->hub = g[*vi].key;
    }
    std::sort(s->makers.begin(), s->makers.end());
    return s;
  }();
  return *data;
}

void Percentiles(benchmark::State& state, std::vector<double>* micros) {
  if (micros->empty()) return;
  std::sort(micros->begin(), micros->end());
  auto at = [&](double q) { return (*micros)[static_cast<std::size_t>(q * static_cast<double>(micros->size() - 1))]; };
  state.counters["p50_us"] = at(0.50);
  state.counters["p99_us"] = at(0.99);
  state.counters["max_us"] = micros->back();
}

// Times `question` for 2,000 actors drawn uniformly from the makers (the same ones each run).
template <typename F>
void PerActor(benchmark::State& state, F question) {
  const Synthetic& d = Data();
  QueryEngine q(d.graph);
  std::mt19937_64 rng(7);
  std::vector<std::string> actors;
  for (int i = 0; i < 2000; ++i) actors.push_back(d.makers[std::uniform_int_distribution<std::size_t>(0, d.makers.size() - 1)(rng)]);
  std::vector<double> micros;
  std::size_t rows = 0;
  for (auto _ : state) {
    for (const std::string& a : actors) {
      auto t0 = std::chrono::steady_clock::now();
      auto answer = question(q, a);
      auto t1 = std::chrono::steady_clock::now();
      if (!answer) state.SkipWithError(answer.error().message.c_str());
      rows += answer ? answer->rows.size() : 0;
      micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
  }
  Percentiles(state, &micros);
  state.counters["rows_per_question"] = static_cast<double>(rows) / static_cast<double>(micros.size());
}

void BM_LoadApocLines(benchmark::State& state) {
  const Synthetic& d = Data();
  for (auto _ : state) {
    auto g = ReadApocJsonLines(d.apoc, "bench");
    if (!g) state.SkipWithError(g.error().message.c_str());
    benchmark::DoNotOptimize(g);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * d.apoc.size()));
  state.counters["edges"] = static_cast<double>(d.graph.num_edges());
  state.counters["nodes"] = static_cast<double>(d.graph.num_nodes());
}
BENCHMARK(BM_LoadApocLines)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_IndexForQueries(benchmark::State& state) {
  const Synthetic& d = Data();
  for (auto _ : state) {
    QueryEngine q(d.graph);
    benchmark::DoNotOptimize(&q);
  }
}
BENCHMARK(BM_IndexForQueries)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_DemandsBy(benchmark::State& state) {
  PerActor(state, [](const QueryEngine& q, const std::string& a) { return q.Demands({.by = a, .of = ""}); });
}
BENCHMARK(BM_DemandsBy)->Unit(benchmark::kMillisecond)->Iterations(1);

// Two patterns joined on ?d, anchored on the actor: what it demands that somebody rejects.
void BM_TwoPatternJoin(benchmark::State& state) {
  PerActor(state, [](const QueryEngine& q, const std::string& a) {
    auto p = ParsePattern(a + " demands ?d . ?x rejects ?d");
    return p ? q.Run(*p) : Result<Answer>(p.error());
  });
}
BENCHMARK(BM_TwoPatternJoin)->Unit(benchmark::kMillisecond)->Iterations(1);

// The largest hub, on its own: the worst single-actor question in this graph.
void BM_DemandsByHub(benchmark::State& state) {
  const Synthetic& d = Data();
  QueryEngine q(d.graph);
  std::vector<double> micros;
  for (auto _ : state) {
    for (int i = 0; i < 20; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      auto answer = q.Demands({.by = d.hub, .of = ""});
      micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
      state.counters["rows"] = answer ? static_cast<double>(answer->rows.size()) : 0;
    }
  }
  Percentiles(state, &micros);
}
BENCHMARK(BM_DemandsByHub)->Unit(benchmark::kMillisecond)->Iterations(1);

// An unanchored two-pattern join over the whole graph, for scale.
void BM_UnanchoredJoin(benchmark::State& state) {
  const Synthetic& d = Data();
  QueryEngine q(d.graph);
  auto p = ParsePattern("?who:State rejects ?d . ?d demands-of ?of:Organization");
  for (auto _ : state) {
    auto answer = q.Run(*p);
    state.counters["rows"] = answer ? static_cast<double>(answer->rows.size()) : 0;
  }
}
BENCHMARK(BM_UnanchoredJoin)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace demarche

BENCHMARK_MAIN();
