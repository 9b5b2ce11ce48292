#!/usr/bin/env python3
"""Benchmarks of seamless, printed as a Markdown table for bench/README.md.

Every timing is the median of several runs; each measured command is run interleaved with a
baseline measured in the same invocation, and the table gives both and their ratio, because the
machine is shared and noisy.

  python3 bench/run.py [--build build] [--corpus ../shared/corpus] [--runs 31]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def time_command(argv, runs):
    """Median wall time (ms) of running argv to completion, output discarded."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def interleaved(commands, runs):
    """Runs the commands round-robin `runs` times; returns the median ms of each."""
    samples = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            samples[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in samples.items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    seamless = os.path.join(args.build, "bin", "seamless")
    small = os.path.join(ROOT, "bpmn-samples", "reform-annotated.bpmn")  # 4 guards: loads FEEL
    plain = os.path.join(ROOT, "bpmn-samples", "tasks-all-types.bpmn")  # no guards: no plugins

    rows = []
    # 1. Process start + inspect of a small model, against starting a trivial process.
    t = interleaved({
        "baseline": ["/bin/true"],
        "floor": [os.path.join(args.build, "bin", "seamless_bench_floor")],
        "inspect": [seamless, "inspect", small],
        "inspect-plain": [seamless, "inspect", plain],
        "inspect-json": [seamless, "inspect", "--format", "json", small],
        "check": [seamless, "check", small],
    }, args.runs)
    base = t["baseline"]
    rows.append(("C++ hello world (libstdc++ + iostream): the floor", f"{t['floor']:.2f} ms",
                 f"`/bin/true` {base:.2f} ms", f"{t['floor'] / base:.1f}x", ""))
    rows.append(("`seamless inspect` small model without guards (loads no plugin)",
                 f"{t['inspect-plain']:.2f} ms", f"`/bin/true` {base:.2f} ms",
                 f"{t['inspect-plain'] / base:.1f}x", "< 5 ms"))
    rows.append(("`seamless inspect` small model with guards (loads the guard languages)",
                 f"{t['inspect']:.2f} ms",
                 f"`/bin/true` {base:.2f} ms", f"{t['inspect'] / base:.1f}x", "< 5 ms"))
    rows.append(("`seamless inspect --format json` small model with guards", f"{t['inspect-json']:.2f} ms",
                 f"`/bin/true` {base:.2f} ms", f"{t['inspect-json'] / base:.1f}x", "< 5 ms"))
    rows.append(("`seamless check` small model (loads plugins)", f"{t['check']:.2f} ms",
                 f"`/bin/true` {base:.2f} ms", f"{t['check'] / base:.1f}x", ""))

    # 2. Whole-corpus load throughput in one process.
    if os.path.isdir(args.corpus):
        out = subprocess.run([os.path.join(args.build, "bin", "seamless_bench_load"), args.corpus,
                              "9"], capture_output=True, text=True, check=True).stdout
        parse = float(re.search(r"parse only: .*?, ([\d.]+) MB/s", out).group(1))
        load = float(re.search(r"seamless load: .*?, ([\d.]+) MB/s", out).group(1))
        size = re.search(r"files (\d+), ([\d.]+) MB", out)
        rows.append((f"load whole corpus in one process ({size.group(1)} files, {size.group(2)} MB)",
                     f"{load:.0f} MB/s", f"tinyxml2 parse only {parse:.0f} MB/s",
                     f"{parse / load:.2f}x the parse time", ">= 50 MB/s"))
        # 3. The same through the CLI: check of the whole corpus, 1 and 2 jobs.
        t = interleaved({
            "j1": [seamless, "check", "--jobs", "1", args.corpus],
            "j2": [seamless, "check", "--jobs", "2", args.corpus],
        }, max(3, args.runs // 6))
        rows.append(("`seamless check` whole corpus, --jobs 1", f"{t['j1']:.0f} ms", "", "", ""))
        rows.append(("`seamless check` whole corpus, --jobs 2", f"{t['j2']:.0f} ms",
                     "--jobs 1", f"{t['j1'] / t['j2']:.2f}x faster", ""))

    print("| benchmark | seamless | baseline (same run) | ratio | target |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    sys.exit(main())
