#!/usr/bin/env python3
"""Generates the parallel-branches BPMN family used by bench/engine.py.

The family of the BPM 2024 papers on instantaneous BPMN analysis: a start event, a parallel split
into n branches of m tasks each (in sequence), a parallel join and an end event. Its full state
space has (m+1)^n + 3 states. The output is valid BPMN 2.0 with BPMN DI laid out on a grid (one
row per branch, one column per task), so it opens in bpmn.io, and is byte-for-byte deterministic.

  python3 bench/generate_parallel.py DIR --n 10,20 --m 1,2   # writes DIR/parallel-n10-m1.bpmn, ...

As a module: generate(n, m) returns the XML text, write(directory, n, m) writes it and returns the
path.
"""
import argparse
import os
import sys

# Grid geometry (BPMN DI, pixels): column pitch, row pitch, and element sizes as bpmn.io draws them.
COLUMN = 150
ROW = 100
TASK_W, TASK_H = 100, 80
GATEWAY = 50
EVENT = 36
LEFT, TOP = 150, 80


def file_name(n, m):
    return f"parallel-n{n}-m{m}.bpmn"


def expected_states(n, m):
    """States of the full (unreduced) state space: (m+1)^n interleavings of the branches, plus the
    initial marking, the marking after the join and the final empty one."""
    return (m + 1) ** n + 3


def generate(n, m):
    if n < 1 or m < 1:
        raise ValueError("n and m must be at least 1")
    flows = []  # (id, source, target)
    nodes = []  # (xml tag, id, name)
    incoming, outgoing = {}, {}

    def flow(source, target):
        fid = f"Flow_{len(flows) + 1}"
        flows.append((fid, source, target))
        outgoing.setdefault(source, []).append(fid)
        incoming.setdefault(target, []).append(fid)

    nodes.append(("startEvent", "Start", "Start"))
    nodes.append(("parallelGateway", "Split", ""))
    flow("Start", "Split")
    for i in range(n):
        previous = "Split"
        for j in range(m):
            task = f"Task_{i + 1}_{j + 1}"
            nodes.append(("task", task, f"Task {i + 1}.{j + 1}"))
            flow(previous, task)
            previous = task
        flow(previous, "Join")
    nodes.append(("parallelGateway", "Join", ""))
    nodes.append(("endEvent", "End", "End"))
    flow("Join", "End")

    # Layout: branch i on row i; the gateways, events and the flow between them on the middle row.
    middle_y = TOP + (n - 1) * ROW / 2 + TASK_H / 2  # centre line of the middle row
    split_x = LEFT + COLUMN
    join_x = LEFT + (m + 2) * COLUMN
    bounds = {}  # id -> (x, y, w, h)

    def centred(cx, cy, w, h):
        return (round(cx - w / 2), round(cy - h / 2), w, h)

    bounds["Start"] = centred(LEFT, middle_y, EVENT, EVENT)
    bounds["Split"] = centred(split_x, middle_y, GATEWAY, GATEWAY)
    for i in range(n):
        for j in range(m):
            bounds[f"Task_{i + 1}_{j + 1}"] = centred(LEFT + (j + 2) * COLUMN,
                                                      TOP + i * ROW + TASK_H / 2, TASK_W, TASK_H)
    bounds["Join"] = centred(join_x, middle_y, GATEWAY, GATEWAY)
    bounds["End"] = centred(LEFT + (m + 3) * COLUMN, middle_y, EVENT, EVENT)

    def right(node):
        x, y, w, h = bounds[node]
        return (x + w, y + h // 2)

    def left(node):
        x, y, w, h = bounds[node]
        return (x, y + h // 2)

    def waypoints(source, target):
        sx, sy = right(source)
        tx, ty = left(target)
        if sy == ty:
            return [(sx, sy), (tx, ty)]
        if source == "Split":  # leave the gateway from its top or bottom corner, then go right
            x, y, w, h = bounds["Split"]
            start = (x + w // 2, y if ty < sy else y + h)
            return [start, (start[0], ty), (tx, ty)]
        # into the join through its top or bottom corner
        x, y, w, h = bounds["Join"]
        end = (x + w // 2, y if sy < ty else y + h)
        return [(sx, sy), (end[0], sy), end]

    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
           'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
           'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
           'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
           f'id="Definitions_parallel_n{n}_m{m}" targetNamespace="urn:seamless:bench:parallel">',
           f'  <bpmn:process id="Process_parallel" name="Parallel branches n={n} m={m}" '
           'isExecutable="false">']
    for tag, nid, name in nodes:
        name_attr = f' name="{name}"' if name else ""
        out.append(f'    <bpmn:{tag} id="{nid}"{name_attr}>')
        out.extend(f"      <bpmn:incoming>{f}</bpmn:incoming>" for f in incoming.get(nid, []))
        out.extend(f"      <bpmn:outgoing>{f}</bpmn:outgoing>" for f in outgoing.get(nid, []))
        out.append(f"    </bpmn:{tag}>")
    for fid, source, target in flows:
        out.append(f'    <bpmn:sequenceFlow id="{fid}" sourceRef="{source}" targetRef="{target}" />')
    out.append("  </bpmn:process>")
    out.append('  <bpmndi:BPMNDiagram id="BPMNDiagram_1">')
    out.append('    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_parallel">')
    for tag, nid, _ in nodes:
        x, y, w, h = bounds[nid]
        marker = ' isMarkerVisible="true"' if tag == "parallelGateway" else ""
        out.append(f'      <bpmndi:BPMNShape id="{nid}_di" bpmnElement="{nid}"{marker}>')
        out.append(f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />')
        out.append("      </bpmndi:BPMNShape>")
    for fid, source, target in flows:
        out.append(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">')
        out.extend(f'        <di:waypoint x="{x}" y="{y}" />' for x, y in waypoints(source, target))
        out.append("      </bpmndi:BPMNEdge>")
    out.append("    </bpmndi:BPMNPlane>")
    out.append("  </bpmndi:BPMNDiagram>")
    out.append("</bpmn:definitions>")
    return "\n".join(out) + "\n"


def write(directory, n, m):
    text = generate(n, m)
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, file_name(n, m))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path


def int_list(text):
    return [int(v) for v in text.split(",") if v]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory")
    parser.add_argument("--n", type=int_list, required=True, help="branch counts, comma-separated")
    parser.add_argument("--m", type=int_list, required=True,
                        help="tasks per branch, comma-separated")
    args = parser.parse_args()
    if min(args.n + args.m, default=0) < 1:
        parser.error("--n and --m take integers of at least 1")
    for n in args.n:
        for m in args.m:
            print(write(args.directory, n, m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
