#!/usr/bin/env python3
"""Synthetic applicant cases for `seamless replay`: N CSV rows drawn uniformly from the variable
domains of a model (its reform:variable declarations), deterministic for a seed.

    bench/generate_cases.py MODEL.bpmn N [--seed S] [--output FILE]

Booleans: true/false; integers and decimals: within min..max (default -1000..1000 for an open
side); enumerated strings: one of the values; free strings: one of a few words. Variables of
several processes with the same name share a column (as replay reads them)."""
import argparse
import random
import sys
import xml.etree.ElementTree as ET

REFORM = "urn:seamless:reform:1"


def variables(path):
    seen, out = set(), []
    for v in ET.parse(path).getroot().iter("{%s}variable" % REFORM):
        name = v.get("name")
        if name and name not in seen:
            seen.add(name)
            out.append(v)
    return out


def drawer(v, rng):
    kind = v.get("type", "boolean")
    if kind == "boolean":
        return lambda: rng.choice(("true", "false"))
    if kind in ("integer", "decimal"):
        lo = float(v.get("min")) if v.get("min") is not None else -1000.0
        hi = float(v.get("max")) if v.get("max") is not None else max(lo, 0.0) + 1000.0
        if kind == "integer":
            lo, hi = int(lo), int(hi)
            return lambda: str(rng.randint(lo, hi))
        return lambda: "%.2f" % rng.uniform(lo, hi)
    values = [s.strip() for s in (v.get("values") or "").split(",") if s.strip()]
    words = values or ["alpha", "beta", "gamma"]
    return lambda: rng.choice(words)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", default="-")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    vs = variables(args.model)
    if not vs:
        sys.exit("%s declares no reform:variable" % args.model)
    draws = [drawer(v, rng) for v in vs]
    out = sys.stdout if args.output == "-" else open(args.output, "w", newline="")
    out.write(",".join(v.get("name") for v in vs) + "\n")
    chunk = []
    for _ in range(args.count):
        chunk.append(",".join(d() for d in draws))
        if len(chunk) == 10000:
            out.write("\n".join(chunk) + "\n")
            chunk = []
    if chunk:
        out.write("\n".join(chunk) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
