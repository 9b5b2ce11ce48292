#!/usr/bin/env python3
"""Benchmarks of the verification engine against its speed targets (issue 4), as Markdown.

Measures, with medians of several runs and `/bin/true` and `seamless --version` timed round-robin
in the same invocation as baselines (the machine is shared and noisy: compare the ratios):
  (a) full exploration (--no-reduction) of the parallel-branches family (bench/generate_parallel.py),
      checking the state count against (m+1)^n + 3;
  (b) the same family with partial-order reduction (the default);
  (c) the wall time of `seamless check FILE --check <the four soundness checks>` on each model of
      the English corpus, and on the whole directory in one invocation.
Prints the tables and writes them into bench/README.md, section "## Engine (issue 4 targets)".
Exits non-zero only on harness errors (missing binary or corpus, a crash, unparsable output),
never on a missed target.

  python3 bench/engine.py [--build build] [--english DIR] [--runs 7] [--no-readme]
"""
import argparse
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no bench/__pycache__ in the source tree
import generate_parallel  # noqa: E402

CHECKS = "safeness,option-to-complete,proper-completion,dead-activity"
SECTION = "## Engine (issue 4 targets)"
FULL = [(10, 1), (14, 1), (16, 1), (18, 1), (20, 1), (10, 2), (12, 2)]
REDUCED = [(n, m) for m in (1, 3) for n in (5, 10, 20, 30)]
STATS = re.compile(r"^seamless: stats: (.*): (analysis-ms=\S+(?: [a-z-]+=\S+)*)\s*$")


class HarnessError(Exception):
    pass


def run(argv, ok_codes=(0,)):
    """Runs argv once; returns (wall ms, exit code, peak RSS kB, stderr text, CPU ms).

    Uses os.wait4 for the child's own peak RSS and user + system CPU time; stdout is discarded, stderr goes to a temporary
    file (no pipe to drain while timing)."""
    with tempfile.TemporaryFile(mode="w+b") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = (time.perf_counter() - start) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    if proc.returncode < 0:
        raise HarnessError(f"{' '.join(argv)}: killed by signal {-proc.returncode}\n{text}")
    if proc.returncode not in ok_codes:
        raise HarnessError(f"{' '.join(argv)}: exit code {proc.returncode}\n{text}")
    return wall, proc.returncode, usage.ru_maxrss, text, (usage.ru_utime + usage.ru_stime) * 1000


def parse_stats(text):
    """{file: {key: float}} from the --stats lines of one run."""
    out = {}
    for line in text.splitlines():
        match = STATS.match(line)
        if match:
            out[match.group(1)] = {k: float(v) for k, v in
                                   (kv.split("=", 1) for kv in match.group(2).split())}
    return out


def median(values):
    return statistics.median(values)


def p90(values):
    return statistics.quantiles(values, n=10, method="inclusive")[8] if len(values) > 1 else values[0]


def baselines(seamless):
    return {"true": (["/bin/true"], (0,)), "version": ([seamless, "--version"], (0,))}


def round_robin(commands, runs):
    """Runs each (argv, ok_codes) of commands once per round, `runs` rounds; returns the samples
    of each command: lists of run()'s tuples."""
    samples = {name: [] for name in commands}
    for _ in range(runs):
        for name, (argv, ok) in commands.items():
            samples[name].append(run(argv, ok))
    return samples


def family(seamless, directory, configs, runs, reduction):
    """Times the configurations of the parallel family; returns (rows, baseline medians)."""
    commands = baselines(seamless)
    for n, m in configs:
        path = os.path.join(directory, generate_parallel.file_name(n, m))
        argv = [seamless, "check", path, "--check", CHECKS, "--stats"]
        if not reduction:
            argv.append("--no-reduction")
        commands[(n, m)] = (argv, (0, 1, 3))
    samples = round_robin(commands, runs)
    base = {k: median([s[0] for s in samples[k]]) for k in ("true", "version")}
    rows = []
    for n, m in configs:
        stats, codes = [], set()
        for wall, rc, rss, text, cpu in samples[(n, m)]:
            parsed = list(parse_stats(text).values())
            if len(parsed) != 1:
                raise HarnessError(f"n={n} m={m}: expected one --stats line, got:\n{text}")
            stats.append(dict(parsed[0], wall=wall, rss=rss, cpu=cpu))
            codes.add(rc)
        row = {"n": n, "m": m, "codes": sorted(codes),
               "states": sorted({int(s["states"]) for s in stats})}
        for key in ("exploration-ms", "analysis-ms", "bytes-per-state", "edges", "wall", "rss", "cpu"):
            row[key] = median([s[key] for s in stats])
        rows.append(row)
    return rows, base


def small_models(seamless, floor, english, runs, dir_runs, breakdown_runs):
    files = sorted(os.path.join(d, f) for d, _, names in os.walk(english)
                   for f in names if f.endswith(".bpmn"))
    if not files:
        raise HarnessError(f"no .bpmn file under {english}")
    ok = (0, 1, 2, 3)  # the corpus has malformed models (2) and failing/inconclusive ones (1, 3)
    # One --stats pass: which models are analysed, their states and analysis time; node counts.
    text = run([seamless, "check", english, "--check", CHECKS, "--stats", "--jobs", "1"], ok)[3]
    stats = parse_stats(text)
    nodes = {}
    for f in files:
        proc = subprocess.run([seamless, "inspect", "--format", "json", f], capture_output=True,
                              text=True, check=False)
        try:
            nodes[f] = sum(len(p["nodes"]) for p in json.loads(proc.stdout)["model"]["processes"])
        except (ValueError, KeyError, TypeError):
            nodes[f] = None
    # Per-model wall time, each model interleaved with the two baselines.
    base_samples = {"true": [], "version": []}
    per_model = {f: [] for f in files}
    codes = {}
    for _ in range(runs):
        for f in files:
            base_samples["true"].append(run(["/bin/true"])[0])
            base_samples["version"].append(run([seamless, "--version"])[0])
            wall, rc = run([seamless, "check", f, "--check", CHECKS], ok)[:2]
            per_model[f].append(wall)
            codes[f] = rc
    model_medians = {f: median(v) for f, v in per_model.items()}
    analysed = [f for f in files if os.path.abspath(f) in {os.path.abspath(k) for k in stats}]
    # Where the time goes, on the median analysed model: each step adds to the one before.
    typical = sorted(analysed or files, key=model_medians.get)[len(analysed or files) // 2]
    steps = {"true": (["/bin/true"], (0,))}
    if os.access(floor, os.X_OK):
        steps["floor"] = ([floor], (0,))
    steps.update({
        "version": ([seamless, "--version"], (0,)),
        "inspect": ([seamless, "inspect", typical], ok),
        "structure": ([seamless, "check", typical, "--check", "structure"], ok),
        "four": ([seamless, "check", typical, "--check", CHECKS], ok),
    })
    breakdown = {k: median([s[0] for s in v]) for k, v in round_robin(steps, breakdown_runs).items()}
    # The whole directory in one process.
    whole = round_robin({
        "true": (["/bin/true"], (0,)),
        "version": ([seamless, "--version"], (0,)),
        "j1": ([seamless, "check", english, "--check", CHECKS, "--jobs", "1"], ok),
        "jd": ([seamless, "check", english, "--check", CHECKS], ok),
    }, dir_runs)
    known_nodes = [v for v in nodes.values() if v is not None]
    return {
        "files": files, "model_medians": model_medians, "codes": codes, "stats": stats,
        "analysed": analysed, "nodes": nodes, "max_nodes": max(known_nodes) if known_nodes else None,
        "large": sum(1 for v in known_nodes if v >= 100),
        "base": {k: median(v) for k, v in base_samples.items()},
        "whole": {k: median([s[0] for s in v]) for k, v in whole.items()},
        "typical": typical, "breakdown": breakdown, "breakdown_runs": breakdown_runs,
    }


def verdict(value, limit):
    """pass or miss against `value < limit`, with the margin."""
    return f"{'pass' if value < limit else '**miss**'} ({value / limit:.2f}x the limit)"


def fmt_ms(ms):
    return f"{ms:.0f} ms" if ms >= 100 else f"{ms:.2f} ms" if ms >= 1 else f"{ms:.3f} ms"


def big(count):
    return f"{count:,}" if count < 10**7 else f"{count:.2g}".replace("e+", "e")


def report(full, full_base, reduced, reduced_base, small, args):
    out, problems = [], []
    mismatches = [r for r in full if r["states"] != [generate_parallel.expected_states(r["n"], r["m"])]]
    for r in mismatches:
        problems.append(f"STATE COUNT MISMATCH: full exploration n={r['n']} m={r['m']}: got "
                        f"{r['states']}, expected {generate_parallel.expected_states(r['n'], r['m'])}")
    for r in reduced:
        if len(r["states"]) != 1:
            problems.append(f"STATE COUNT VARIES between runs: reduced n={r['n']} m={r['m']}: "
                            f"{r['states']}")
    for r in full + reduced:
        if r["codes"] != [0]:
            problems.append(f"n={r['n']} m={r['m']}: exit codes {r['codes']} (expected 0: the family is sound)")

    # Targets.
    target20 = next(r for r in full if (r["n"], r["m"]) == (20, 1))
    flag20 = "" if target20 not in mismatches else ", **state count mismatch**"
    worst_reduced = max(reduced, key=lambda r: r["analysis-ms"])
    medians = list(small["model_medians"].values())
    analysed_medians = [small["model_medians"][f] for f in small["analysed"]]
    slowest = max(small["model_medians"], key=small["model_medians"].get)
    whole, base = small["whole"], small["base"]
    out.append("| target | measured | baseline (same run) | result |")
    out.append("|---|---|---|---|")
    out.append(f"| full exploration n=20 m=1 (1,048,579 states) < 1.5 s | wall {fmt_ms(target20['wall'])} "
               f"(CPU {fmt_ms(target20['cpu'])}, analysis {fmt_ms(target20['analysis-ms'])}) | `/bin/true` {fmt_ms(full_base['true'])} "
               f"| {verdict(target20['wall'], 1500)}{flag20} |")
    small_full = min(full, key=lambda r: r["states"][0])  # its peak RSS is mostly the process itself
    grown = ""
    if target20["states"][0] > small_full["states"][0]:
        per_state = ((target20["rss"] - small_full["rss"]) * 1024
                     / (target20["states"][0] - small_full["states"][0]))
        grown = f", {per_state:.1f} bytes per state more than n={small_full['n']} m={small_full['m']}"
    out.append(f"| full exploration n=20 m=1 < 64 bytes/state | {target20['bytes-per-state']:.1f} "
               f"bytes/state (`--stats`); peak RSS {target20['rss'] / 1024:.1f} MiB{grown} | | "
               f"{verdict(target20['bytes-per-state'], 64)} |")
    out.append(f"| reduced, n <= 30, analysis < 5 ms | worst {fmt_ms(worst_reduced['analysis-ms'])} "
               f"(n={worst_reduced['n']} m={worst_reduced['m']}) | | "
               f"{verdict(worst_reduced['analysis-ms'], 5)} |")
    out.append(f"| small models: per-model wall, median across the {len(medians)} English models < 5 ms "
               f"| median {fmt_ms(median(medians))}, p90 {fmt_ms(p90(medians))} | `/bin/true` "
               f"{fmt_ms(base['true'])}, `seamless --version` {fmt_ms(base['version'])} "
               f"| {verdict(median(medians), 5)} |")
    out.append(f"| the {len(medians)} English models in one invocation < 2 s | default jobs "
               f"{fmt_ms(whole['jd'])}, `--jobs 1` {fmt_ms(whole['j1'])} | `/bin/true` {fmt_ms(whole['true'])} "
               f"| {verdict(max(whole['jd'], whole['j1']), 2000)} |")
    out.append("")

    out.append(f"Full exploration (`seamless check FILE --check {CHECKS} --no-reduction --stats`), "
               f"median of {args.runs} runs; baselines in the same rounds: `/bin/true` "
               f"{fmt_ms(full_base['true'])}, `seamless --version` {fmt_ms(full_base['version'])}:")
    out.append("")
    out.append("| n | m | states | expected (m+1)^n+3 | edges | exploration | analysis | bytes/state (--stats) "
               "| peak RSS | wall | CPU (user+sys) | wall / `--version` |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in full:
        expected = generate_parallel.expected_states(r["n"], r["m"])
        states = ", ".join(f"{s:,}" for s in r["states"])
        if r["states"] != [expected]:
            states = f"**{states} MISMATCH**"
        out.append(f"| {r['n']} | {r['m']} | {states} | {expected:,} | {r['edges']:,.0f} "
                   f"| {fmt_ms(r['exploration-ms'])} | {fmt_ms(r['analysis-ms'])} "
                   f"| {r['bytes-per-state']:.1f} | {r['rss'] / 1024:.1f} MiB | {fmt_ms(r['wall'])} "
                   f"| {fmt_ms(r['cpu'])} "
                   f"| {r['wall'] / full_base['version']:.1f}x |")
    out.append("")
    out.append(f"With reduction (the default), median of {args.reduced_runs} runs; `/bin/true` "
               f"{fmt_ms(reduced_base['true'])}, `seamless --version` {fmt_ms(reduced_base['version'])}:")
    out.append("")
    out.append("| n | m | states | full states | exploration | analysis | wall | wall / `--version` |")
    out.append("|---|---|---|---|---|---|---|---|")
    for r in reduced:
        out.append(f"| {r['n']} | {r['m']} | {', '.join(str(s) for s in r['states'])} "
                   f"| {big(generate_parallel.expected_states(r['n'], r['m']))} "
                   f"| {fmt_ms(r['exploration-ms'])} | {fmt_ms(r['analysis-ms'])} | {fmt_ms(r['wall'])} "
                   f"| {r['wall'] / reduced_base['version']:.2f}x |")
    out.append("")

    analysis = [s["analysis-ms"] for s in small["stats"].values()]
    states = [s["states"] for s in small["stats"].values()]
    out.append(f"Small models: `seamless check FILE --check {CHECKS}` on each of the {len(medians)} "
               f"files under `{os.path.relpath(args.english, ROOT)}` (per-model median of "
               f"{args.small_runs} runs, each run next to a `/bin/true` and a `seamless --version`), "
               f"and the whole directory in one invocation (median of {args.dir_runs} runs):")
    out.append("")
    out.append("| benchmark | seamless | baseline (same run) | ratio | target | result |")
    out.append("|---|---|---|---|---|---|")
    out.append(f"| per-model wall, median across all {len(medians)} models | {fmt_ms(median(medians))} "
               f"| `/bin/true` {fmt_ms(base['true'])} | {median(medians) / base['true']:.1f}x | < 5 ms "
               f"| {verdict(median(medians), 5)} |")
    out.append(f"| per-model wall, p90 across all models | {fmt_ms(p90(medians))} | `seamless --version` "
               f"{fmt_ms(base['version'])} | {p90(medians) / base['version']:.2f}x | | |")
    out.append(f"| per-model wall, median across the {len(analysed_medians)} analysed models | "
               f"{fmt_ms(median(analysed_medians))} | `seamless --version` {fmt_ms(base['version'])} "
               f"| {median(analysed_medians) / base['version']:.2f}x | < 5 ms "
               f"| {verdict(median(analysed_medians), 5)} |")
    out.append(f"| slowest model (`{os.path.relpath(slowest, args.english)}`) | "
               f"{fmt_ms(small['model_medians'][slowest])} | | | | |")
    out.append(f"| whole directory, `--jobs 1` | {fmt_ms(whole['j1'])} | `/bin/true` {fmt_ms(whole['true'])} "
               f"| {whole['j1'] / whole['true']:.1f}x | < 2 s | {verdict(whole['j1'], 2000)} |")
    out.append(f"| whole directory, default jobs | {fmt_ms(whole['jd'])} | `--jobs 1` | "
               f"{whole['jd'] / whole['j1']:.2f}x the time | < 2 s | {verdict(whole['jd'], 2000)} |")
    out.append("")
    out.append(f"In the English corpus {len(small['analysed'])} of {len(medians)} models are analysed "
               f"(the others have input errors and stop after loading); analysis time (`--stats`, "
               f"`--jobs 1`) median {fmt_ms(median(analysis))}, max {fmt_ms(max(analysis))}; states "
               f"median {median(states):.0f}, max {max(states):.0f}; the largest model has "
               f"{small['max_nodes']} nodes ({small['large']} with 100 or more).")
    out.append("")
    steps = small["breakdown"]
    labels = {
        "true": "`/bin/true`: starting any process",
        "floor": "C++ hello world (`seamless_bench_floor`): libstdc++ and iostream",
        "version": "`seamless --version`: the binary and its libraries, no model",
        "inspect": "`seamless inspect FILE`: reading and printing the model (guard plugins only if it has guards)",
        "structure": "`seamless check FILE --check structure`: the plugins loaded, one check",
        "four": f"`seamless check FILE --check {CHECKS}`",
    }
    out.append(f"Where a small-model check's time goes, on the median analysed model "
               f"(`{os.path.relpath(small['typical'], args.english)}`, "
               f"{small['nodes'].get(small['typical'])} nodes), median of {small['breakdown_runs']} "
               f"runs of each step in the same rounds:")
    out.append("")
    out.append("| step | wall | more than the step before |")
    out.append("|---|---|---|")
    previous = None
    for key, value in steps.items():
        more = "" if previous is None else f"{value - previous:+.2f} ms"
        out.append(f"| {labels[key]} | {fmt_ms(value)} | {more} |")
        previous = value
    out.append("")

    # Reading the table: where the time goes, from the figures above.
    m_all, version = median(medians), base["version"]
    out.append("Reading the tables (generated from the figures above):")
    out.append(f"- Full exploration n=20 m=1: {fmt_ms(target20['exploration-ms'])} of the "
               f"{fmt_ms(target20['wall'])} wall time is the exploration itself "
               f"({target20['edges'] / target20['states'][0]:.1f} transitions fired per state, "
               f"{target20['exploration-ms'] * 1e6 / target20['edges']:.0f} ns per transition); the "
               f"process used {fmt_ms(target20['cpu'])} of CPU"
               f"{' (the rest of the wall time is waiting for a core on the loaded machine)' if target20['cpu'] < 0.9 * target20['wall'] else ': it is CPU-bound'}. "
               f"The state store takes "
               f"{target20['bytes-per-state']:.1f} bytes per state.")
    out.append(f"- Small models: starting the binary alone (`seamless --version`) takes "
               f"{fmt_ms(version)} in the same rounds ({version / base['true']:.1f}x `/bin/true`), "
               f"{version / 5:.2f}x the 5 ms per-model limit; a check adds {fmt_ms(m_all - version)} "
               f"(loading the plugins, reading the model, the checks), of which the soundness analysis "
               f"(`--stats`) is {fmt_ms(median(analysis))} at the median. The per-model figure is "
               f"process start and loading, not exploration; the same models in one process take "
               f"{fmt_ms(whole['j1'] / len(medians))} each (`--jobs 1`). Against the machine, a "
               f"per-model check is {m_all / base['true']:.1f}x `/bin/true`"
               + (f", and a C++ hello world alone takes {fmt_ms(steps['floor'])} here "
                  f"({steps['floor'] / 5:.2f}x the limit)" if "floor" in steps else "") + ".")
    return out, problems


def write_readme(lines, args):
    path = os.path.join(HERE, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    command = "python3 bench/engine.py"
    body = [SECTION, "",
            f"`{command}` (after `cmake --build --preset release`; `--runs N` for the full-exploration "
            "rounds) generates the parallel-branches family with `bench/generate_parallel.py` "
            "(start, parallel split into n branches of m tasks, join, end; (m+1)^n + 3 states) into a "
            "temporary directory, times it and the English corpus, prints the tables below and "
            "rewrites this section. Medians of several runs, with `/bin/true` and `seamless --version` "
            "run in the same rounds: compare ratios across machines, not absolute times. Wall times "
            "are whole processes, start included; exploration and analysis times come from `--stats`.",
            "",
            f"Measured {datetime.date.today().isoformat()}, {args.machine} (load average "
            f"{args.load[0]:.1f} before, {args.load[1]:.1f} after):",
            ""] + lines + [""]
    body = [line if line.startswith("|") or not line else
            textwrap.fill(line, 100, subsequent_indent="  " if line.startswith("- ") else "",
                          break_on_hyphens=False, break_long_words=False)
            for line in body]
    start = text.find(SECTION)
    if start >= 0:
        end = text.find("\n## ", start + len(SECTION))
        rest = text[end + 1:] if end >= 0 else ""
        text = text[:start] + "\n".join(body) + ("\n" + rest if rest else "")
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(body)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--english", default=os.path.join(ROOT, "..", "shared", "corpus",
                                                          "bpmn-for-research", "English"))
    parser.add_argument("--runs", type=int, default=7, help="rounds of the full explorations")
    parser.add_argument("--reduced-runs", type=int, default=21)
    parser.add_argument("--small-runs", type=int, default=11, help="runs of each corpus model")
    parser.add_argument("--dir-runs", type=int, default=15, help="runs of the whole directory")
    parser.add_argument("--breakdown-runs", type=int, default=31,
                        help="runs of the steps of one small-model check")
    parser.add_argument("--machine", default=f"Debian 12, {os.cpu_count()} cores, release build")
    parser.add_argument("--no-readme", action="store_true", help="only print, leave README.md alone")
    args = parser.parse_args()
    args.english = os.path.abspath(args.english)
    seamless = os.path.join(args.build, "bin", "seamless")
    load_before = os.getloadavg()[0]
    try:
        if not os.access(seamless, os.X_OK):
            raise HarnessError(f"{seamless} not found: cmake --build --preset release first")
        if not os.path.isdir(args.english):
            raise HarnessError(f"corpus directory {args.english} not found (--english DIR)")
        with tempfile.TemporaryDirectory(prefix="seamless-bench-") as directory:
            for n, m in sorted(set(FULL + REDUCED)):
                generate_parallel.write(directory, n, m)
            print("full exploration ...", file=sys.stderr)
            full, full_base = family(seamless, directory, FULL, args.runs, reduction=False)
            print("reduced exploration ...", file=sys.stderr)
            reduced, reduced_base = family(seamless, directory, REDUCED, args.reduced_runs,
                                           reduction=True)
        print("small models ...", file=sys.stderr)
        small = small_models(seamless, os.path.join(args.build, "bin", "seamless_bench_floor"),
                             args.english, args.small_runs, args.dir_runs, args.breakdown_runs)
    except HarnessError as e:
        print(f"engine.py: error: {e}", file=sys.stderr)
        return 2
    args.load = (load_before, os.getloadavg()[0])
    lines, problems = report(full, full_base, reduced, reduced_base, small, args)
    print("\n".join(lines))
    for p in problems:
        print(f"\n*** {p} ***", file=sys.stderr)
    if problems:
        lines += [""] + [f"**{p}**" for p in problems]
    if not args.no_readme:
        write_readme(lines, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
