// The reading script's state module under Node's test runner: the marks kept in the browser, their
// merge with the file's entries, and the reading.yaml the overview exports. The export of each
// vector in src/test/resources/reading-vectors/ must be its NAME.yaml, which ReadingExportVectorsTest
// (Java) parses to NAME.entries.json: the entries merged here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isPaperId, merge, parseMarks, quote, statusOf, strip, toYaml, withMark, withoutMark
} from '../../../templates/assets/reading/state.mjs';

const VECTORS = process.env.READING_VECTORS || 'src/test/resources/reading-vectors';

test('each vector exports the YAML the Java parser reads back to the merged entries', () => {
  const names = readdirSync(VECTORS).filter((f) => f.endsWith('.input.json')).map((f) => f.replace('.input.json', ''));
  assert.ok(names.length >= 2, 'vectors in ' + VECTORS);
  for (const name of names) {
    const input = JSON.parse(readFileSync(join(VECTORS, name + '.input.json'), 'utf8'));
    const merged = merge(input.file, input.marks);
    assert.equal(toYaml(merged), readFileSync(join(VECTORS, name + '.yaml'), 'utf8'), name + '.yaml');
    assert.deepEqual(merged, JSON.parse(readFileSync(join(VECTORS, name + '.entries.json'), 'utf8')), name);
  }
});

test('the browser marks win over the file, field by field; papers only marked come last by id', () => {
  const file = { '2403.00002': { status: 'to-read', rating: 3, tags: ['x'], notes: 'file note' } };
  const marks = { '2403.00002': { status: 'read' }, '2402.00009': { notes: '  new  ' }, '2401.00001': { status: 'reading' } };
  assert.deepEqual(merge(file, marks), {
    '2403.00002': { status: 'read', rating: 3, tags: ['x'], notes: 'file note' },
    '2401.00001': { status: 'reading' },
    '2402.00009': { notes: 'new' }
  });
  assert.deepEqual(Object.keys(merge(file, marks)), ['2403.00002', '2401.00001', '2402.00009']);
  assert.deepEqual(merge(file, { '2403.00002': { notes: ' \n ' } })['2403.00002'].notes, undefined,
    'a note emptied in the browser leaves the entry without notes');
});

test('stored marks that are not marks of papers are dropped', () => {
  assert.deepEqual(parseMarks('not json'), {});
  assert.deepEqual(parseMarks('[1,2]'), {});
  assert.deepEqual(parseMarks('null'), {});
  assert.deepEqual(parseMarks(JSON.stringify({
    '2403.00001': { status: 'read', notes: 'n', extra: 1 },
    '2403.00002': { status: 'done' },
    'not-an-id': { status: 'read' },
    '__proto__': { status: 'read' },
    '2403.00003': 'read',
    'hep-th/9901001': { notes: 'old style' }
  })), { '2403.00001': { status: 'read', notes: 'n' }, 'hep-th/9901001': { notes: 'old style' } });
});

test('marking, a paper status and forgetting', () => {
  let marks = withMark({}, '2403.00001', { status: 'read' });
  marks = withMark(marks, '2403.00001', { notes: 'n' });
  marks = withMark(marks, '2403.00001', { status: 'nonsense' });
  assert.deepEqual(marks, { '2403.00001': { status: 'read', notes: 'n' } });
  assert.equal(statusOf(marks, '2403.00001', 'to-read'), 'read');
  assert.equal(statusOf(marks, '2403.00009', 'to-read'), 'to-read');
  assert.equal(statusOf(marks, '2403.00009', undefined), '');
  assert.deepEqual(withoutMark(marks, '2403.00001'), {});
  assert.ok(isPaperId('2403.19243') && isPaperId('hep-th/9901001') && !isPaperId('2403.19243v2'));
});

test('quoted scalars escape what YAML would not keep as it is', () => {
  assert.equal(quote('a "b" \\ c'), '"a \\"b\\" \\\\ c"');
  assert.equal(quote('\n\t\r\u0000\u007f\u0085\u2028\u2029\ufeff'),
    '"\\u000a\\u0009\\u000d\\u0000\\u007f\\u0085\\u2028\\u2029\\ufeff"');
  assert.equal(quote('中😀'), '"中😀"');
  assert.equal(quote('\ud800x'), '"\\ud800x"', 'a lone surrogate');
  assert.equal(strip('\u3000 note \n'), 'note');
  assert.equal(strip('\u00a0note'), '\u00a0note', 'as Java strips: not a no-break space');
});

test('notes that cannot be a block scalar are quoted; an entry without fields is an empty mapping', () => {
  const yaml = toYaml({ '2403.00001': { notes: 'a\tb' }, '2403.00002': {} });
  assert.match(yaml, /"2403\.00001":\n {2}notes: "a\\u0009b"\n/);
  assert.match(yaml, /"2403\.00002": \{\}\n/);
});
