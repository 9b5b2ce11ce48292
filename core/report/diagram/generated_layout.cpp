// A layered layout for models without BPMN DI (diagram.hpp): per process, cycles broken by depth-
// first search, longest-path layers from left to right (dummy nodes on edges spanning several
// layers), barycentre sweeps to reduce crossings, leaf lanes as horizontal bands; processes as
// pools stacked from top to bottom. Boundary events sit on their activity; subprocess content
// follows its subprocess.
#include <algorithm>
#include <functional>
#include <map>

#include "node_figure.hpp"
#include "seamless/report/diagram.hpp"

namespace seamless::report::diagram {
namespace {

using model::Index;

constexpr double column_width = 150, row_height = 110, header = 30, pool_gap = 40;

model::Bounds size_of(model::NodeKind kind) {
  if (model::is_event(kind)) return {0, 0, 36, 36};
  if (model::is_gateway(kind)) return {0, 0, 50, 50};
  return {0, 0, 100, 80};
}

// One vertex of the layered graph: a flow node or a dummy on a long edge.
struct Vertex {
  Index node = model::no_index;  // no_index for dummies
  std::size_t band = 0;
  std::size_t layer = 0;
  double order = 0;  // position within its layer
  double cx = 0, cy = 0;
};

struct Link {
  std::size_t from, to;
};

class ProcessLayout {
 public:
  ProcessLayout(const model::Model& model, const model::Process& process)
      : model_(model), process_(process) {}

  // Lays the process out with its top-left corner at (x, y); returns its bounds.
  // `via` receives, per sequence flow spanning several layers, the points it passes through.
  model::Bounds place(double x, double y, Diagram& out, std::map<Index, model::Bounds>& where,
                      std::map<Index, std::vector<model::Point>>& via);

 private:
  Index layer_node(Index n) const {  // boundary events are laid out with their activity
    const model::Node& node = model_.nodes[n];
    return node.kind == model::NodeKind::boundary_event && node.attached_to != model::no_index
               ? node.attached_to
               : n;
  }
  void collect();
  void break_cycles();
  void assign_layers();
  void add_dummies();
  void order_layers();
  std::vector<std::size_t> bands_;  // lane index per band (empty: one band)
  const model::Model& model_;
  const model::Process& process_;
  std::vector<Vertex> vertices_;
  std::map<Index, std::size_t> vertex_of_;
  std::vector<Link> links_;       // edges between vertices
  std::vector<Index> link_flow_;  // per link: its sequence flow (no_index: layering only)
  std::vector<bool> backward_;    // per link: reversed for layering
  std::vector<std::vector<std::size_t>> chains_;  // per link: vertices from source to target
  std::size_t layers_ = 0;
};

void ProcessLayout::collect() {
  // Bands: leaf lanes in document order; nodes of no leaf lane go to the first band.
  std::map<Index, std::size_t> band_of_lane;
  for (const Index l : process_.lanes)
    if (model_.lanes[l].children.empty() && model_.lanes[l].scope == model::no_index) {
      band_of_lane[l] = bands_.size();
      bands_.push_back(l);
    }
  for (const Index n : process_.nodes) {
    if (layer_node(n) != n) continue;
    Vertex v;
    v.node = n;
    const auto band = band_of_lane.find(model_.nodes[n].lane);
    v.band = band == band_of_lane.end() ? 0 : band->second;
    vertex_of_[n] = vertices_.size();
    vertices_.push_back(v);
  }
  for (const Index f : process_.flows) {
    const model::SequenceFlow& flow = model_.flows[f];
    if (flow.source == model::no_index || flow.target == model::no_index) continue;
    const auto a = vertex_of_.find(layer_node(flow.source));
    const auto b = vertex_of_.find(layer_node(flow.target));
    if (a != vertex_of_.end() && b != vertex_of_.end() && a->second != b->second) {
      links_.push_back({a->second, b->second});
      link_flow_.push_back(f);
    }
  }
  // A subprocess's content follows it (layering only, not drawn).
  for (const Index n : process_.nodes) {
    const model::Node& node = model_.nodes[n];
    if (node.parent == model::no_index || !node.incoming.empty() || layer_node(n) != n) continue;
    const auto a = vertex_of_.find(node.parent), b = vertex_of_.find(n);
    if (a != vertex_of_.end() && b != vertex_of_.end()) {
      links_.push_back({a->second, b->second});
      link_flow_.push_back(model::no_index);
    }
  }
}

void ProcessLayout::break_cycles() {
  backward_.assign(links_.size(), false);
  std::vector<std::vector<std::size_t>> out(vertices_.size());
  for (std::size_t i = 0; i < links_.size(); ++i) out[links_[i].from].push_back(i);
  std::vector<int> state(vertices_.size(), 0);  // 0 new, 1 on stack, 2 done
  for (std::size_t root = 0; root < vertices_.size(); ++root) {
    if (state[root] != 0) continue;
    // Iterative DFS: (vertex, next outgoing link).
    std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
    state[root] = 1;
    while (!stack.empty()) {
      auto& [v, next] = stack.back();
      if (next == out[v].size()) {
        state[v] = 2;
        stack.pop_back();
        continue;
      }
      const std::size_t link = out[v][next++];
      const std::size_t w = links_[link].to;
      if (state[w] == 1) {
        backward_[link] = true;
      } else if (state[w] == 0) {
        state[w] = 1;
        stack.push_back({w, 0});
      }
    }
  }
}

void ProcessLayout::assign_layers() {
  std::vector<std::size_t> indegree(vertices_.size(), 0);
  std::vector<std::vector<std::size_t>> succ(vertices_.size());
  for (std::size_t i = 0; i < links_.size(); ++i) {
    if (backward_[i]) continue;
    succ[links_[i].from].push_back(links_[i].to);
    ++indegree[links_[i].to];
  }
  std::vector<std::size_t> ready;
  for (std::size_t v = 0; v < vertices_.size(); ++v)
    if (indegree[v] == 0) ready.push_back(v);
  for (std::size_t i = 0; i < ready.size(); ++i) {
    const std::size_t v = ready[i];
    for (const std::size_t w : succ[v]) {
      vertices_[w].layer = std::max(vertices_[w].layer, vertices_[v].layer + 1);
      if (--indegree[w] == 0) ready.push_back(w);
    }
  }
  for (const Vertex& v : vertices_) layers_ = std::max(layers_, v.layer + 1);
}

void ProcessLayout::add_dummies() {
  chains_.clear();
  for (std::size_t i = 0; i < links_.size(); ++i) {
    std::vector<std::size_t> chain{links_[i].from};
    if (!backward_[i]) {
      const Vertex from = vertices_[links_[i].from], to = vertices_[links_[i].to];
      for (std::size_t layer = from.layer + 1; layer < to.layer; ++layer) {
        Vertex dummy;
        dummy.layer = layer;
        dummy.band = layer - from.layer <= to.layer - layer ? from.band : to.band;
        chain.push_back(vertices_.size());
        vertices_.push_back(dummy);
      }
    }
    chain.push_back(links_[i].to);
    chains_.push_back(std::move(chain));
  }
}

void ProcessLayout::order_layers() {
  std::vector<std::vector<std::size_t>> layer(layers_);
  for (std::size_t v = 0; v < vertices_.size(); ++v) layer[vertices_[v].layer].push_back(v);
  std::vector<std::vector<std::size_t>> up(vertices_.size()), down(vertices_.size());
  for (const auto& chain : chains_)
    for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
      if (vertices_[chain[i]].layer >= vertices_[chain[i + 1]].layer) continue;  // backward
      down[chain[i]].push_back(chain[i + 1]);
      up[chain[i + 1]].push_back(chain[i]);
    }
  auto number = [&](std::vector<std::size_t>& vs) {
    std::stable_sort(vs.begin(), vs.end(), [&](std::size_t a, std::size_t b) {
      if (vertices_[a].band != vertices_[b].band) return vertices_[a].band < vertices_[b].band;
      return vertices_[a].order < vertices_[b].order;
    });
    for (std::size_t i = 0; i < vs.size(); ++i) vertices_[vs[i]].order = static_cast<double>(i);
  };
  for (auto& vs : layer) {
    for (std::size_t i = 0; i < vs.size(); ++i) vertices_[vs[i]].order = static_cast<double>(i);
    number(vs);
  }
  auto sweep = [&](std::size_t l, const std::vector<std::vector<std::size_t>>& neighbours) {
    for (const std::size_t v : layer[l]) {
      const auto& ns = neighbours[v];
      if (ns.empty()) continue;
      double sum = 0;
      for (const std::size_t n : ns) sum += vertices_[n].order;
      // Keep a little of the old position so that ties stay deterministic and stable.
      vertices_[v].order = sum / static_cast<double>(ns.size()) + vertices_[v].order * 1e-3;
    }
    number(layer[l]);
  };
  for (int round = 0; round < 6; ++round) {
    for (std::size_t l = 1; l < layers_; ++l) sweep(l, up);
    for (std::size_t l = layers_; l-- > 1;) sweep(l - 1, down);
  }
}

model::Bounds ProcessLayout::place(double x, double y, Diagram& out,
                                   std::map<Index, model::Bounds>& where,
                                   std::map<Index, std::vector<model::Point>>& via) {
  collect();
  break_cycles();
  assign_layers();
  add_dummies();
  order_layers();
  const std::size_t bands = std::max<std::size_t>(1, bands_.size());
  // Rows per band: the most vertices of that band in any layer.
  std::vector<std::vector<std::size_t>> count(bands, std::vector<std::size_t>(layers_, 0));
  std::vector<std::size_t> rows(bands, 1);
  for (const Vertex& v : vertices_) rows[v.band] = std::max(rows[v.band], ++count[v.band][v.layer]);
  std::vector<double> band_top(bands + 1, y);
  for (std::size_t b = 0; b < bands; ++b)
    band_top[b + 1] = band_top[b] + static_cast<double>(rows[b]) * row_height;
  const bool pool = process_.participant != model::no_index || model_.processes.size() > 1;
  const double left = x + (pool ? header : 0) + (bands_.empty() ? 0 : header);
  std::vector<std::vector<std::size_t>> slot(bands, std::vector<std::size_t>(layers_, 0));
  std::vector<std::size_t> by_order(vertices_.size());
  for (std::size_t v = 0; v < vertices_.size(); ++v) by_order[v] = v;
  std::stable_sort(by_order.begin(), by_order.end(), [&](std::size_t a, std::size_t b) {
    return vertices_[a].order < vertices_[b].order;
  });
  for (const std::size_t i : by_order) {
    Vertex& v = vertices_[i];
    const double free_rows = static_cast<double>(rows[v.band] - count[v.band][v.layer]);
    const double row = static_cast<double>(slot[v.band][v.layer]++) + free_rows / 2;
    v.cx = left + (static_cast<double>(v.layer) + 0.5) * column_width;
    v.cy = band_top[v.band] + (row + 0.5) * row_height;
  }
  for (std::size_t i = 0; i < links_.size(); ++i) {
    if (link_flow_[i] == model::no_index || backward_[i]) continue;
    std::vector<model::Point>& points = via[link_flow_[i]];
    for (std::size_t k = 1; k + 1 < chains_[i].size(); ++k)
      points.push_back({vertices_[chains_[i][k]].cx, vertices_[chains_[i][k]].cy});
  }
  const double width =
      (left - x) + static_cast<double>(std::max<std::size_t>(1, layers_)) * column_width;
  const model::Bounds bounds{x, y, width, band_top[bands] - y};

  if (pool) {
    Figure f;
    f.kind = FigureKind::pool;
    if (process_.participant != model::no_index) {
      f.id = model_.participants[process_.participant].id;
      f.name = model_.participants[process_.participant].name;
    } else {
      f.id = process_.id;
      f.name = process_.name;
    }
    f.bounds = bounds;
    out.figures.push_back(std::move(f));
  }
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    const model::Lane& lane = model_.lanes[bands_[b]];
    Figure f;
    f.kind = FigureKind::lane;
    f.id = lane.id;
    f.name = lane.name;
    const double lane_x = x + (pool ? header : 0);
    f.bounds = {lane_x, band_top[b], x + width - lane_x, band_top[b + 1] - band_top[b]};
    out.figures.push_back(std::move(f));
  }
  for (const Vertex& v : vertices_) {
    if (v.node == model::no_index) continue;
    const model::Node& node = model_.nodes[v.node];
    model::Bounds b = size_of(node.kind);
    b.x = v.cx - b.width / 2;
    b.y = v.cy - b.height / 2;
    where[v.node] = b;
    out.figures.push_back(node_figure(node, b));
    std::size_t k = 0;
    for (const Index e : node.boundary_events) {
      model::Bounds eb = size_of(model_.nodes[e].kind);
      eb.x = b.x + b.width - 30 - 40 * static_cast<double>(k++);
      eb.y = b.y + b.height - eb.height / 2;
      where[e] = eb;
      out.figures.push_back(node_figure(model_.nodes[e], eb));
    }
  }
  return bounds;
}

// Points of an orthogonal route through the centres `via`, leaving `from` on its right side (or
// bottom, for boundary events) and entering `to` on its left.
std::vector<model::Point> forward_route(const model::Bounds& from, bool from_bottom,
                                        const std::vector<model::Point>& via,
                                        const model::Bounds& to) {
  std::vector<model::Point> stops;
  if (from_bottom) {
    stops.push_back({from.x + from.width / 2, from.y + from.height});
    stops.push_back({from.x + from.width / 2, from.y + from.height + 20});
  } else {
    stops.push_back({from.x + from.width, from.y + from.height / 2});
  }
  stops.insert(stops.end(), via.begin(), via.end());
  stops.push_back({to.x, to.y + to.height / 2});
  std::vector<model::Point> points{stops.front()};
  for (std::size_t i = 1; i < stops.size(); ++i) {
    const model::Point a = points.back(), b = stops[i];
    if (a.y != b.y) {
      const double mx = a.x + std::max(10.0, (b.x - a.x) / 2);
      points.push_back({mx, a.y});
      points.push_back({mx, b.y});
    }
    points.push_back(b);
  }
  return points;
}

}  // namespace

Diagram generated_diagram(const model::Model& model) {
  Diagram d;
  d.generated = true;
  std::map<Index, model::Bounds> where;
  std::map<Index, model::Bounds> pools;  // participant -> bounds
  std::map<Index, std::vector<model::Point>> via;
  double y = 0;
  for (const model::Process& process : model.processes) {
    ProcessLayout layout(model, process);
    const model::Bounds b = layout.place(0, y, d, where, via);
    if (process.participant != model::no_index) pools[process.participant] = b;
    y += b.height + pool_gap;
  }
  for (Index p = 0; p < model.participants.size(); ++p) {
    if (model.participants[p].process != model::no_index) continue;
    Figure f;  // a black-box pool
    f.kind = FigureKind::pool;
    f.id = model.participants[p].id;
    f.name = model.participants[p].name;
    f.bounds = {0, y, 600, 60};
    pools[p] = f.bounds;
    d.figures.push_back(std::move(f));
    y += 60 + pool_gap;
  }
  // Sequence flows: forward through their layers, backward under the nodes.
  for (Index fi = 0; fi < model.flows.size(); ++fi) {
    const model::SequenceFlow& flow = model.flows[fi];
    const auto a = where.find(flow.source), b = where.find(flow.target);
    if (a == where.end() || b == where.end()) continue;
    Connector c;
    c.kind = ConnectorKind::sequence_flow;
    c.id = flow.id;
    c.name = flow.name;
    c.is_default = flow.is_default;
    c.conditional = flow.guard.has_value() && model::is_activity(model.nodes[flow.source].kind);
    const bool boundary = model.nodes[flow.source].kind == model::NodeKind::boundary_event;
    const model::Bounds& s = a->second;
    const model::Bounds& t = b->second;
    if (t.x > s.x + s.width / 2) {
      const auto through = via.find(fi);
      c.points = forward_route(
          s, boundary, through == via.end() ? std::vector<model::Point>{} : through->second, t);
    } else {
      const double below = std::max(s.y + s.height, t.y + t.height) + 18;
      c.points = {{s.x + s.width / 2, s.y + s.height},
                  {s.x + s.width / 2, below},
                  {t.x + t.width / 2, below},
                  {t.x + t.width / 2, t.y + t.height}};
    }
    d.connectors.push_back(std::move(c));
  }
  for (const model::MessageFlow& m : model.message_flows) {
    auto bounds_of = [&](const model::FlowEndpoint& e) -> const model::Bounds* {
      if (e.node != model::no_index) {
        const auto it = where.find(e.node);
        return it == where.end() ? nullptr : &it->second;
      }
      const auto it = pools.find(e.participant);
      return it == pools.end() ? nullptr : &it->second;
    };
    const model::Bounds* s = bounds_of(m.source);
    const model::Bounds* t = bounds_of(m.target);
    if (s == nullptr || t == nullptr) continue;
    Connector c;
    c.kind = ConnectorKind::message_flow;
    c.id = m.id;
    c.name = m.name;
    const bool down = s->y < t->y;
    const double sx = s->x + s->width / 2, tx = t->x + t->width / 2;
    const double sy = down ? s->y + s->height : s->y, ty = down ? t->y : t->y + t->height;
    const double mid = (sy + ty) / 2;
    c.points = {{sx, sy}, {sx, mid}, {tx, mid}, {tx, ty}};
    d.connectors.push_back(std::move(c));
  }
  // Figures in drawing order: containers first.
  std::stable_partition(d.figures.begin(), d.figures.end(),
                        [](const Figure& f) { return f.container(); });
  d.extent = extent_of(d, 10);
  return d;
}

}  // namespace seamless::report::diagram
