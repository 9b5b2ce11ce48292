#!/usr/bin/env python3
"""Compares two builds of seamless on the parallel-branches family, in the same invocation.

Each round runs both builds (in alternating order) on every model of the family, full exploration
(--no-reduction) and with reduction, and `/bin/true` as the machine's floor; the table gives the
median wall time of each and the ratio new / baseline. Used to check that a change of the engine
does not slow the engine down ("no slowdown" targets): the machine is shared and noisy, so only
ratios measured side by side mean anything.

  python3 bench/compare_builds.py --baseline OLD_BUILD_DIR --build build --runs 7
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_parallel  # noqa: E402

CHECKS = "safeness,option-to-complete,proper-completion,dead-activity"
FULL = [(10, 1), (14, 1), (16, 1), (18, 1), (10, 2), (12, 2)]
REDUCED = [(10, 1), (20, 1), (30, 1), (10, 3), (30, 3)]


def wall(command):
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def states(build, path, reduction):
    command = [os.path.join(build, "bin", "seamless"), "check", path, "--check", CHECKS, "--stats"]
    if not reduction:
        command.append("--no-reduction")
    out = subprocess.run(command, capture_output=True, text=True).stderr
    for word in out.replace(",", " ").split():
        if word.startswith("states="):
            return word.split("=", 1)[1]
    return "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="build directory of the baseline")
    parser.add_argument("--build", default="build", help="build directory of the new version")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        cases = [(n, m, False) for n, m in FULL] + [(n, m, True) for n, m in REDUCED]
        paths = {(n, m): generate_parallel.write(directory, n, m) for n, m, _ in cases}
        for n, m, reduction in cases:
            path = paths[(n, m)]
            times = {"baseline": [], "new": [], "true": []}
            for r in range(args.runs):
                order = [("baseline", args.baseline), ("new", args.build)]
                if r % 2:
                    order.reverse()
                for name, build in order:
                    command = [os.path.join(build, "bin", "seamless"), "check", path, "--check",
                               CHECKS]
                    if not reduction:
                        command.append("--no-reduction")
                    times[name].append(wall(command))
                times["true"].append(wall(["/bin/true"]))
            med = {k: statistics.median(v) * 1000 for k, v in times.items()}
            rows.append((n, m, "reduced" if reduction else "full",
                         states(args.baseline, path, reduction), states(args.build, path, reduction),
                         med["baseline"], med["new"], med["true"]))
    print("| n | m | exploration | states (baseline) | states (new) | baseline wall | new wall "
          "| new / baseline | `/bin/true` |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n, m, kind, s_old, s_new, old, new, true in rows:
        print(f"| {n} | {m} | {kind} | {s_old} | {s_new} | {old:.2f} ms | {new:.2f} ms "
              f"| {new / old:.2f}x | {true:.2f} ms |")


if __name__ == "__main__":
    main()
