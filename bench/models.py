#!/usr/bin/env python3
"""Benchmark of the reform checks over the reform-case library (issue 5 target: all of models/
with every check in under 1 s), as Markdown.

Times, round-robin with `/bin/true` and `seamless --version` in the same rounds (the machine is
shared and noisy: compare ratios), median of several runs:
  - `seamless check models` (every check, default jobs and `--jobs 1`),
  - `seamless check models --check structure` (loading and parsing, no behavioural check),
  - each check alone over models/ (`--jobs 1`),
and the per-model analysis times from `--stats`. Prints the tables and writes them into
bench/README.md, section "## Reform checks over models/ (issue 5 target)". Exits non-zero only
on harness errors, never on a missed target.

  python3 bench/models.py [--build build] [--runs 11] [--no-readme]
"""
import argparse
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from engine import HarnessError, median, round_robin  # noqa: E402

SECTION = "## Reform checks over models/ (issue 5 target)"
CHECKS = ["structure", "safeness", "option-to-complete", "proper-completion", "dead-activity",
          "one-visit", "dept-cycle", "responsibility", "document-flow", "time-limit"]
FINDINGS = (0, 1)  # the before models fail by design


def measure(seamless, runs):
    commands = {
        "true": (["/bin/true"], (0,)),
        "version": ([seamless, "--version"], (0,)),
        "all": ([seamless, "check", "models"], FINDINGS),
        "all-jobs1": ([seamless, "check", "--jobs", "1", "models"], FINDINGS),
        "structure": ([seamless, "check", "--check", "structure", "models"], FINDINGS),
    }
    for check in CHECKS[1:]:
        commands[check] = ([seamless, "check", "--jobs", "1", "--check", check, "models"], FINDINGS)
    samples = round_robin(commands, runs)
    return {name: median([s[0] for s in runs_]) for name, runs_ in samples.items()}


def table(m, runs):
    limit = 1000.0
    lines = [
        f"Median of {runs} runs, each command once per round (wall time of the whole process):",
        "",
        "| benchmark | wall | baseline (same rounds) | target | result |",
        "|---|---|---|---|---|",
    ]
    verdict = "pass" if m["all"] < limit else "**miss**"
    lines.append(f"| `seamless check models` (10 models, every check, default jobs) | {m['all']:.1f} ms | "
                 f"`/bin/true` {m['true']:.2f} ms, `seamless --version` {m['version']:.2f} ms | < 1 s | "
                 f"{verdict} ({m['all'] / limit:.2f}x the limit) |")
    lines.append(f"| the same, `--jobs 1` | {m['all-jobs1']:.1f} ms | | < 1 s | "
                 f"{'pass' if m['all-jobs1'] < limit else '**miss**'} ({m['all-jobs1'] / limit:.2f}x the limit) |")
    lines.append(f"| `--check structure` only (loading, parsing) | {m['structure']:.1f} ms | | | |")
    lines += ["", "Each check alone over models/ (`--jobs 1`), and what it adds to `--check structure`:", "",
              "| check | wall | more than structure |", "|---|---|---|"]
    for check in CHECKS[1:]:
        lines.append(f"| `{check}` | {m[check]:.1f} ms | {m[check] - m['structure']:+.1f} ms |")
    return lines


def write_readme(lines, load_before, load_after):
    path = os.path.join(HERE, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    body = [SECTION, "",
            "`python3 bench/models.py` (after `cmake --build --preset release`) times the checks over",
            "the reform-case library, `models/` (five cases, before and after; the models with guards",
            "load the Z3 case solver).", "",
            f"Measured {datetime.date.today().isoformat()}, release build "
            f"(load average {load_before:.1f} before, {load_after:.1f} after):", ""] + lines
    block = "\n".join(body) + "\n"
    start = text.find(SECTION)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + block
    else:
        end = text.find("\n## ", start + len(SECTION))
        text = text[:start] + block + (text[end + 1:] if end >= 0 else "")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args()
    seamless = os.path.join(args.build, "bin", "seamless")
    if not os.access(seamless, os.X_OK):
        raise HarnessError(f"{seamless}: not built")
    os.chdir(ROOT)
    load_before = os.getloadavg()[0]
    lines = table(measure(seamless, args.runs), args.runs)
    load_after = os.getloadavg()[0]
    print("\n".join(lines))
    if not args.no_readme:
        write_readme(lines, load_before, load_after)


if __name__ == "__main__":
    try:
        main()
    except HarnessError as e:
        print(f"bench/models.py: {e}", file=sys.stderr)
        sys.exit(2)
