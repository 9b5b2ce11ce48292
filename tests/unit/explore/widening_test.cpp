// Widened message channels (compiled_net.hpp, explorer.hpp): past 3 messages a channel counts as
// "at least n"; results are reported only for states real runs reach by certain steps, and what
// the abstraction cannot settle is said so. Small Nets built by hand make each case exact.
#include <catch2/catch.hpp>

#include "seamless/explore/explorer.hpp"
#include "seamless/explore/replay.hpp"

using namespace seamless;
using semantics::PlaceIndex;
using semantics::TransitionIndex;

namespace {

struct NetBuilder {
  semantics::Net net;
  PlaceIndex place(semantics::PlaceKind kind, std::uint32_t tokens = 0) {
    semantics::Place p;
    p.kind = kind;
    p.must_be_empty_at_end = kind != semantics::PlaceKind::message;
    p.label = "p" + std::to_string(net.places.size());
    net.places.push_back(p);
    if (tokens) net.initial.emplace_back(PlaceIndex(net.places.size() - 1), tokens);
    return PlaceIndex(net.places.size() - 1);
  }
  TransitionIndex step(std::vector<PlaceIndex> consume, std::vector<PlaceIndex> produce) {
    semantics::Transition t;
    t.consume = std::move(consume);
    t.produce = std::move(produce);
    t.label = "t" + std::to_string(net.transitions.size());
    net.transitions.push_back(t);
    return TransitionIndex(net.transitions.size() - 1);
  }
};

using semantics::PlaceKind;

struct Explored {
  explore::DataCells cells;
  std::unique_ptr<explore::Exploration> x;
  Explored(const semantics::Net& net, std::vector<PlaceIndex> widened) {
    x = std::make_unique<explore::Exploration>(net, cells, widened);
    explore::ExploreOptions options;
    options.reduction = true;  // widening turns it off
    x->run(options);
  }
};

}  // namespace

TEST_CASE("a looping sender fills a channel: exact until 3, then 'at least n'", "[widening]") {
  // Sender: sends m, then again and again, may stop. Receiver: takes one m.
  NetBuilder b;
  const PlaceIndex first = b.place(PlaceKind::flow, 1), loop = b.place(PlaceKind::flow);
  const PlaceIndex m = b.place(PlaceKind::message), wait = b.place(PlaceKind::flow, 1);
  b.step({first}, {loop, m});
  b.step({loop}, {loop, m});
  b.step({loop}, {});
  const TransitionIndex get = b.step({wait, m}, {});

  Explored unwidened(b.net, {});
  CHECK(unwidened.x->saturated() == std::vector<PlaceIndex>{m});

  Explored e(b.net, {m});
  REQUIRE(e.x->outcome() == explore::Outcome::complete);
  CHECK(e.x->saturated().empty());
  CHECK(e.x->widened() == std::vector<PlaceIndex>{m});
  // Channel 0..3 or "at least" 0..2 (written ≥n). Before the first send: 1 state; looping and
  // waiting: 1, 2, 3, ≥2; looping, taken: 0, 1, 2, 3, ≥1, ≥2; stopped and waiting: 1, 2, 3, ≥2;
  // stopped, taken: 0, 1, 2, 3, ≥1, ≥2. Never ≥0: one message taken from at least 2 leaves ≥1.
  CHECK(e.x->stats().states == 1 + 4 + 6 + 4 + 6);
  CHECK(!e.x->stuck().has_value());
  const explore::Unsettled& u = e.x->unsettled();
  CHECK(!u.completion);
  CHECK(!u.undelivered);
  CHECK(e.x->fired()[get]);
  CHECK(!u.fired[get]);
  // Messages are left when the run completes, on a run that is real.
  REQUIRE(!e.x->undelivered().empty());
  const explore::Undelivered left = e.x->undelivered().front();
  CHECK(left.message == m);
  CHECK(e.x->count(left.state, m) >= 1);
  const explore::Path path = e.x->path_to(left.state);
  const explore::Replay replay = explore::replay(b.net, path, {});
  REQUIRE(replay.ok);
  CHECK(replay.marking[m] >= 1);
}

TEST_CASE("messages the channel surely holds settle a run; beyond them it stays open",
          "[widening]") {
  // Sender sends five messages in a row, then lets the receiver start; the receiver takes five.
  // Really every run completes, but past 3 the channel only knows "at least 2".
  NetBuilder b;
  std::vector<PlaceIndex> sender;
  for (int i = 0; i <= 5; ++i) sender.push_back(b.place(PlaceKind::flow, i == 0 ? 1 : 0));
  const PlaceIndex m = b.place(PlaceKind::message), go = b.place(PlaceKind::flow);
  std::vector<PlaceIndex> receiver{go};
  for (int i = 0; i < 5; ++i) receiver.push_back(b.place(PlaceKind::flow));
  for (int i = 0; i < 5; ++i) b.step({sender[i]}, {sender[i + 1], m});
  b.step({sender[5]}, {go});
  std::vector<TransitionIndex> takes;
  for (int i = 0; i < 5; ++i) takes.push_back(b.step({receiver[i], m}, {receiver[i + 1]}));
  b.step({receiver[5]}, {});

  Explored e(b.net, {m});
  REQUIRE(e.x->outcome() == explore::Outcome::complete);
  CHECK(!e.x->stuck().has_value());  // no state real runs reach is stuck
  const explore::Unsettled& u = e.x->unsettled();
  CHECK(u.completion);  // the third message taken from "at least 0" is uncertain
  CHECK(u.undelivered);
  // The first two takes are certain, the last three are not.
  CHECK(e.x->fired()[takes[1]]);
  CHECK(!u.fired[takes[1]]);
  CHECK(!e.x->fired()[takes[2]]);
  CHECK(u.fired[takes[2]]);
  CHECK(u.fired[takes[4]]);
}

TEST_CASE("a state real runs reach and no run completes from is reported", "[widening]") {
  // Sender loops sending m, then stops; the receiver loops taking m with no way out but a
  // second channel that nobody fills: stuck for real once the sender has stopped.
  NetBuilder b;
  const PlaceIndex loop = b.place(PlaceKind::flow, 1), m = b.place(PlaceKind::message);
  const PlaceIndex wait = b.place(PlaceKind::flow, 1), never = b.place(PlaceKind::message);
  b.step({loop}, {loop, m});
  b.step({loop}, {});
  b.step({wait, m}, {wait});
  b.step({wait, never}, {});

  Explored e(b.net, {m});
  REQUIRE(e.x->outcome() == explore::Outcome::complete);
  REQUIRE(e.x->stuck().has_value());
  const explore::Path path = e.x->path_to(e.x->stuck()->state);
  const explore::Replay replay = explore::replay(b.net, path, {});
  CHECK(replay.ok);
}

TEST_CASE("resetting a widened channel makes it exact and empty again", "[widening]") {
  // A terminate end event resets the channel.
  NetBuilder b;
  const PlaceIndex loop = b.place(PlaceKind::flow, 1), m = b.place(PlaceKind::message);
  b.step({loop}, {loop, m});
  semantics::Transition stop;
  stop.consume = {loop};
  stop.reset = {m};
  stop.label = "stop";
  b.net.transitions.push_back(stop);

  Explored e(b.net, {m});
  REQUIRE(e.x->outcome() == explore::Outcome::complete);
  // Looping: 0, 1, 2, 3, ≥2 (sending only raises the count); stopped: 0.
  CHECK(e.x->stats().states == 5 + 1);
  CHECK(e.x->undelivered().empty());
  CHECK(!e.x->unsettled().undelivered);
}
