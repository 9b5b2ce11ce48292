#!/usr/bin/env python3
"""Times `seamless replay` on synthetic cases (issue 5 targets): N cases (default 10 million)
generated from a model's variable domains (generate_cases.py), replayed with the JIT and with
the interpreter on one core (taskset -c 0 when available), the median of several runs each, and
the ratio against the interpreter in the same invocation. Prints a Markdown table.

    bench/replay.py [--binary build/bin/seamless] [--model M] [--cases N] [--runs R]

Figures: end to end (wall time of the process: start, model, JIT or solver setup, reading and
parsing the CSV, evaluation, totals) and the evaluation phase alone (`--stats` evaluate-ms)."""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(binary, model, cases, backend):
    command = [binary, "replay", model, "--cases", cases, "--backend", backend, "--summary",
               "--stats"]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0"] + command
    start = time.perf_counter()
    p = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if p.returncode not in (0, 1):
        sys.exit("replay failed (%d): %s" % (p.returncode, p.stderr))
    stats = dict(re.findall(r"([a-z-]+)=([0-9.]+)", p.stderr.splitlines()[-1]))
    return wall, float(stats["evaluate-ms"]) / 1000, p.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "bin", "seamless"))
    parser.add_argument("--model", default=os.path.join(ROOT, "bpmn-samples", "one-visit",
                                                        "guarded-cases.bpmn"))
    parser.add_argument("--cases", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "cases.csv")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_cases.py"), args.model,
                        str(args.cases), "--output", csv], check=True)
        results, outputs = {}, {}
        for backend in ("interp", "jit"):
            runs = [run(args.binary, args.model, csv, backend) for _ in range(args.runs)]
            results[backend] = (statistics.median(r[0] for r in runs),
                                statistics.median(r[1] for r in runs))
            outputs[backend] = runs[0][2]
        if outputs["interp"] != outputs["jit"]:
            sys.exit("the interpreter and the JIT disagree")
    n = args.cases
    print("model: %s, %d cases, median of %d runs, one core" %
          (os.path.relpath(args.model, ROOT), n, args.runs))
    print()
    print("| backend | end to end (s) | cases/s | vs interp | evaluation (s) | cases/s | vs interp |")
    print("|---|---|---|---|---|---|---|")
    for backend in ("jit", "interp"):
        wall, ev = results[backend]
        print("| %s | %.2f | %.2fM | %.1fx | %.3f | %.1fM | %.1fx |" % (
            backend, wall, n / wall / 1e6, results["interp"][0] / wall, ev, n / ev / 1e6,
            results["interp"][1] / ev))


if __name__ == "__main__":
    main()
