#!/usr/bin/env node
// Checks the annotated copies that `seamless check --annotate DIR --format json` wrote: each copy
// loads in bpmn-moddle without warnings; the colour namespaces are declared once, on the
// definitions; exactly the DI of the runs' steps, of the seams and of flows between marked
// nodes carries colours, the same in the bpmn.io and the OMG vocabulary, the seam in a colour of
// its own; and without the colour attributes the copy is the original byte for byte.
//
// usage: node moddle-annotated.mjs MODDLE_DIR SOURCE_DIR ANNOTATED_DIR FINDINGS_JSON
// (MODDLE_DIR holds node_modules/bpmn-moddle: tests/corpus after `npm ci`)

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const BIOC = 'http://bpmn.io/schema/bpmn/biocolor/1.0';
const COLOR = 'http://www.omg.org/spec/BPMN/non-normative/color/1.0';

const [moddleDir, sourceDir, annotatedDir, findingsFile] = process.argv.slice(2);
if (!findingsFile) {
  process.stderr.write('usage: node moddle-annotated.mjs MODDLE_DIR SOURCE_DIR ANNOTATED_DIR FINDINGS_JSON\n');
  process.exit(2);
}
const moddleModule = await import(
  pathToFileURL(join(moddleDir, 'node_modules', 'bpmn-moddle', 'dist', 'index.js')).href);
const BpmnModdle = moddleModule.BpmnModdle || moddleModule.default;

let failures = 0;
const fail = (file, message) => {
  failures++;
  console.log(`FAIL ${file}: ${message}`);
};

const run = JSON.parse(readFileSync(findingsFile, 'utf8'));
let checked = 0;
for (const model of run.models) {
  const runs = model.checks.flatMap((c) => c.findings).map((f) => f.counterexample).filter(Boolean);
  const copyPath = join(annotatedDir, model.file);
  if (runs.length === 0) {
    if (existsSync(copyPath)) fail(model.file, 'a copy was written, but no finding has a run');
    continue;
  }
  if (!existsSync(copyPath)) {
    fail(model.file, 'no annotated copy at ' + copyPath);
    continue;
  }
  checked++;
  const steps = new Set(runs.flatMap((cx) => cx.steps.map((s) => s.element)));
  const seam = new Set(runs.flatMap((cx) => cx.seam));
  const text = readFileSync(copyPath, 'utf8');
  const original = readFileSync(join(sourceDir, model.file), 'utf8');

  const { rootElement: definitions, warnings } = await new BpmnModdle().fromXML(text);
  for (const w of warnings) fail(model.file, 'bpmn-moddle: ' + w.message);

  // The namespaces: declared once in the file, on the definitions.
  const prefixOf = (uri) => {
    const entry = Object.entries(definitions.$attrs).find(([k, v]) => k.startsWith('xmlns:') && v === uri);
    return entry ? entry[0].slice(6) : null;
  };
  const bioc = prefixOf(BIOC);
  const color = prefixOf(COLOR);
  if (!bioc || !color) fail(model.file, 'colour namespaces not declared on the definitions');
  for (const uri of [BIOC, COLOR])
    if (text.split(uri).length - 1 !== 1) fail(model.file, `namespace ${uri} declared more than once`);

  // Documents in a seam are drawn as their references.
  const seamDrawn = new Set(seam);
  const marked = (id) => steps.has(id) || seamDrawn.has(id);
  const stroke = new Map();  // seam / path -> colours seen
  for (const diagram of definitions.diagrams) {
    for (const di of diagram.plane.planeElement) {
      const element = di.bpmnElement;
      if (!element) continue;
      const id = element.id;
      const ref = element.dataObjectRef || element.dataStoreRef;
      if (ref && seam.has(ref.id)) seamDrawn.add(id);
      // bpmn-moddle knows both vocabularies (its bioc and color packages): typed properties.
      const attrs = di.$attrs;
      const s = di.stroke ?? attrs[`${bioc}:stroke`];
      const border = di['border-color'] ?? attrs[`${color}:border-color`];
      const f = di.fill ?? attrs[`${bioc}:fill`];
      const background = di['background-color'] ?? attrs[`${color}:background-color`];
      const isEdge = di.$type === 'bpmndi:BPMNEdge';
      if (s !== border || f !== background)
        fail(model.file, `${id}: the two vocabularies disagree (${s}/${border}, ${f}/${background})`);
      if (isEdge) {
        const from = element.sourceRef && element.sourceRef.id;
        const to = element.targetRef && element.targetRef.id;
        if (s && !(marked(from) && marked(to)))
          fail(model.file, `edge ${id} coloured but ${from} -> ${to} is not between marked nodes`);
        if (f) fail(model.file, `edge ${id} has a fill`);
        if (s) stroke.set('path', (stroke.get('path') || new Set()).add(s));
        continue;
      }
      const expected = seamDrawn.has(id) ? 'seam' : steps.has(id) ? 'path' : null;
      if (expected && !(s && f)) fail(model.file, `${id} (${expected}) is not coloured`);
      if (!expected && (s || f)) fail(model.file, `${id} is coloured but neither a step nor in the seam`);
      if (expected && s) stroke.set(expected, (stroke.get(expected) || new Set()).add(s));
    }
  }
  for (const [kind, colours] of stroke)
    if (colours.size !== 1) fail(model.file, `${kind} drawn in ${colours.size} colours`);
  if (stroke.has('seam') && stroke.has('path') &&
      [...stroke.get('seam')][0] === [...stroke.get('path')][0])
    fail(model.file, 'the seam has the colour of the run');
  if (!stroke.has('path')) fail(model.file, 'no step is coloured');

  // Nothing else changed.
  const stripped = text
    .replace(new RegExp(` xmlns:(${bioc}|${color})="[^"]*"`, 'g'), '')
    .replace(new RegExp(` (${bioc}|${color}):[a-z-]+="[^"]*"`, 'g'), '');
  if (stripped !== original) fail(model.file, 'the copy differs from the model beyond the colours');
}
if (checked === 0) fail('-', 'no annotated copy was checked');
console.log(`annotated copies checked: ${checked}, problems: ${failures}`);
process.exit(failures ? 1 : 0);
