#!/usr/bin/env node
// Parse every *.bpmn file under ROOT_DIR with bpmn-moddle and write per-file
// element counts to OUT_FILE (JSON). Reference side of the cross-check
// against the seamless C++ loader; see README.md for the counting rules.
//
// usage: node moddle-counts.mjs ROOT_DIR OUT_FILE

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as bpmnModdle from 'bpmn-moddle';
const BpmnModdle = bpmnModdle.BpmnModdle || bpmnModdle.default;

// --- file discovery ------------------------------------------------------

// Relative paths ('/'-separated) of all regular files ending in ".bpmn".
// Descends into real directories; symlinks are not followed.
function findBpmnFiles(root) {
  const out = [];
  const walk = (absDir, relDir) => {
    for (const ent of readdirSync(absDir, { withFileTypes: true })) {
      const rel = relDir === '' ? ent.name : relDir + '/' + ent.name;
      if (ent.isDirectory()) {
        walk(join(absDir, ent.name), rel);
      } else if (ent.isFile() && ent.name.endsWith('.bpmn')) {
        out.push(rel);
      }
    }
  };
  walk(root, '');
  // Byte order of the UTF-8 encoded relative path (not UTF-16 code units).
  return out
    .map((rel) => ({ rel, key: Buffer.from(rel, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map((e) => e.rel);
}

// --- decoding ------------------------------------------------------------

const LATIN1_NAMES = new Set(['iso-8859-1', 'iso8859-1', 'latin1']);

// Encoding named in the XML declaration, or null. The declaration is read as
// ASCII from the start of the file (after an optional UTF-8 BOM).
function declaredEncoding(bytes) {
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
  }
  const head = bytes.subarray(start, start + 512).toString('latin1');
  if (!head.startsWith('<?xml')) return null;
  const end = head.indexOf('?>');
  const decl = end >= 0 ? head.slice(0, end) : head;
  const m = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(decl);
  return m ? m[2] : null;
}

function decode(bytes) {
  const enc = declaredEncoding(bytes);
  if (enc !== null && LATIN1_NAMES.has(enc.toLowerCase())) {
    return bytes.toString('latin1');
  }
  // UTF-8; TextDecoder strips a leading BOM and maps invalid bytes to U+FFFD.
  return new TextDecoder('utf-8').decode(bytes);
}

// --- counting ------------------------------------------------------------

function countLaneSets(laneSets, acc) {
  for (const laneSet of laneSets || []) {
    for (const lane of laneSet.lanes || []) {
      if (lane.$instanceOf && lane.$instanceOf('bpmn:Lane')) acc.lanes++;
      if (lane.childLaneSet) countLaneSets([lane.childLaneSet], acc);
    }
  }
}

// flowElements of a Process or SubProcess, descending into every SubProcess
// (incl. Transaction and AdHocSubProcess) at any depth.
function countFlowElements(flowElements, acc) {
  for (const el of flowElements || []) {
    if (!el || !el.$instanceOf) continue;
    if (el.$instanceOf('bpmn:FlowNode')) acc.flowNodes++;
    if (el.$instanceOf('bpmn:SequenceFlow')) acc.sequenceFlows++;
    if (el.$instanceOf('bpmn:SubProcess')) {
      countLaneSets(el.laneSets, acc);
      countFlowElements(el.flowElements, acc);
    }
  }
}

function countDefinitions(definitions) {
  const acc = { participants: 0, lanes: 0, flowNodes: 0, sequenceFlows: 0, processes: 0 };
  for (const root of definitions.rootElements || []) {
    if (!root || !root.$instanceOf) continue;
    if (root.$type === 'bpmn:Collaboration') {
      for (const p of root.participants || []) {
        if (p && p.$instanceOf && p.$instanceOf('bpmn:Participant')) acc.participants++;
      }
    } else if (root.$type === 'bpmn:Process') {
      acc.processes++;
      countLaneSets(root.laneSets, acc);
      countFlowElements(root.flowElements, acc);
    }
  }
  return acc;
}

function firstLine(err) {
  const msg = err && err.message !== undefined ? String(err.message) : String(err);
  return msg.split(/\r?\n/)[0];
}

// --- main ----------------------------------------------------------------

async function main(argv) {
  if (argv.length !== 2) {
    process.stderr.write('usage: node moddle-counts.mjs ROOT_DIR OUT_FILE\n');
    return 2;
  }
  const [rootDir, outFile] = argv;
  const files = [];
  for (const rel of findBpmnFiles(rootDir)) {
    try {
      const text = decode(readFileSync(join(rootDir, ...rel.split('/'))));
      const { rootElement, warnings } = await new BpmnModdle().fromXML(text);
      if (!rootElement) throw new Error('no root element');
      files.push({
        file: rel,
        ok: true,
        ...countDefinitions(rootElement),
        warnings: (warnings || []).length,
      });
    } catch (err) {
      files.push({ file: rel, ok: false, error: firstLine(err) });
    }
  }
  writeFileSync(outFile, JSON.stringify({ files }, null, 1) + '\n');
  const failed = files.filter((f) => !f.ok).length;
  process.stderr.write(`${files.length} files, ${files.length - failed} ok, ${failed} failed\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
