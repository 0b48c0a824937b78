// The search script's modules under Node's test runner: query parsing, edits, highlights and
// snippets on their own, then whole queries on the index that SearchTestVectors (Java) wrote, with
// the answers it expects. Run by the Maven build (exec-maven-plugin, after SearchTestVectors), or
// by hand: SEARCH_VECTORS=target/search-vectors node --test src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createIndex, decodeDocuments, decodeEntry } from '../../../templates/assets/search/index-files.mjs';
import {
  FIELD, findDocuments, highlights, holdsPhrases, oneEditApart, parseQuery, rank, snippet
} from '../../../templates/assets/search/ranking.mjs';

const VECTORS = process.env.SEARCH_VECTORS || 'target/search-vectors';

function marked(text, spans) {
  return spans.map(([start, end]) => text.substring(start, end));
}

test('a query splits into finished words, the prefix being typed, bigrams and phrases', () => {
  const query = parseQuery('Large  LANGUAGE mod');
  assert.deepEqual(query.words, ['large', 'language']);
  assert.equal(query.prefix, 'mod');
  assert.deepEqual(parseQuery('bert ').words, ['bert']);
  assert.equal(parseQuery('bert ').prefix, null);
  const chinese = parseQuery('大型语言模型 与 模型');
  assert.deepEqual(chinese.bigrams, ['大型', '型语', '语言', '言模', '模型']);
  assert.deepEqual(chinese.hanRuns, ['大型语言模型', '模型']);
  assert.deepEqual(chinese.phrases, ['大型语言模型']);
  assert.deepEqual(parseQuery('ＢＥＲＴ').prefix, 'bert', 'full-width letters are folded (NFKC)');
  assert.equal(parseQuery('弦').bigrams.length, 0, 'one Han character makes no bigram');
});

test('one edit: a letter added, dropped, changed, or two neighbours swapped', () => {
  assert.ok(oneEditApart('transformr', 'transformer'));
  assert.ok(oneEditApart('transformer', 'transformr'));
  assert.ok(oneEditApart('translation', 'translatoin'));
  assert.ok(oneEditApart('language', 'langauge'));
  assert.ok(oneEditApart('model', 'modal'));
  assert.ok(!oneEditApart('model', 'model'));
  assert.ok(!oneEditApart('transformr', 'transformers'));
  assert.ok(!oneEditApart('abcde', 'badce'));
});

test('highlights mark whole words, the prefix, corrections and Chinese runs, in the original text', () => {
  const query = parseQuery('bert lang');
  const text = 'BERT and Berth: Language, languages; ROBERTa.';
  assert.deepEqual(marked(text, highlights(text, query, [])), ['BERT', 'Language', 'languages']);
  const typo = parseQuery('transformr');
  assert.deepEqual(marked('Transformer models', highlights('Transformer models', typo, ['transformer'])),
    ['Transformer']);
  const chinese = parseQuery('语言模型');
  const zh = '大型语言模型与语言';
  assert.deepEqual(highlights(zh, chinese, []), [[2, 6, '语言模型']]);
  const emoji = '😀 BERT';
  assert.deepEqual(marked(emoji, highlights(emoji, parseQuery('bert'), [])), ['BERT'], 'surrogate pairs');
});

test('the snippet comes from the field that matched, around the match, marked inside', () => {
  const record = ['papers/x.html', '2401.00001', 'cs.CL', '2024-01-02', 'T', '标题', '中文总结没有英文。', '',
    '', 'word '.repeat(80) + 'the transformer appears here ' + 'tail '.repeat(80)];
  const shown = snippet(record, parseQuery('transformer'), []);
  assert.ok(shown.text.startsWith('…') && shown.text.endsWith('…'), shown.text);
  assert.ok(shown.text.length <= 205, String(shown.text.length));
  assert.deepEqual(marked(shown.text, shown.spans), ['transformer']);
  const chinese = snippet(record, parseQuery('总结'), []);
  assert.equal(chinese.text, '中文总结没有英文。');
  assert.deepEqual(marked(chinese.text, chinese.spans), ['总结']);
  const titleOnly = snippet(record, parseQuery('zzz'), []);
  assert.equal(titleOnly.text, '中文总结没有英文。', 'no match in the body: the summary');
  assert.deepEqual(titleOnly.spans, []);
});

test('a phrase must stand together in one field of the record', () => {
  const record = ['h', 'i', 'c', 'd', 'Title', '模糊的言语', '语言模式，言模糊，模型。', '', '大型语言', '模型'];
  assert.ok(!holdsPhrases(record, parseQuery('语言模型')));
  assert.ok(holdsPhrases(record, parseQuery('语言模式')));
  assert.ok(holdsPhrases(record, parseQuery('语言')), 'two characters are a bigram, no phrase to check');
});

test('postings decode from gaps and from bitmaps, with one impact per document', () => {
  assert.deepEqual(decodeDocuments('ABC'), [0, 2, 5]);
  assert.deepEqual(decodeDocuments('~F'), [0, 2]);
  const entry = decodeEntry('AB /A');
  assert.deepEqual(entry.docs, [0, 2]);
  assert.deepEqual(Array.from(entry.impacts), [63, 0]);
});

/** The index SearchTestVectors wrote, loaded as the page loads it: each file run, calling the registry. */
function vectorIndex() {
  const folder = join(VECTORS, 'index');
  const index = createIndex(async (name) => {
    const source = readFileSync(join(folder, name), 'utf8');
    vm.runInNewContext(source, { digestSearch: index.registry }, { filename: name });
    return name;
  });
  return index;
}

async function answer(index, text) {
  const query = parseQuery(text);
  const found = await findDocuments(index, query);
  await index.loadRecords(found.docs);
  const records = found.docs.map((doc) => index.record(doc));
  return { query, found, records, shown: records.filter((r) => holdsPhrases(r, query)) };
}

test('the Java index writer\'s vectors: matches, order, highlights and snippets', async (t) => {
  const file = join(VECTORS, 'vectors.json');
  assert.ok(existsSync(file), file + ' is missing: the build writes it with SearchTestVectors before these tests');
  const vectors = JSON.parse(readFileSync(file, 'utf8'));
  const index = vectorIndex();
  for (const vector of vectors.cases) {
    await t.test(JSON.stringify(vector.query), async () => {
      const { query, found, records, shown } = await answer(index, vector.query);
      const hrefs = records.map((r) => r[FIELD.href]);
      if (found.corrections.length === 0) {
        // The same terms as SearchTokenizer splits: the documents holding each, before phrases are checked.
        assert.deepEqual([...hrefs].sort(), [...vector.matches].sort());
      }
      if (vector.order) {
        assert.deepEqual(shown.map((r) => r[FIELD.href]), vector.order);
      }
      if (vector.title) {
        const title = shown[0][FIELD.title] + ' ' + shown[0][FIELD.translatedTitle];
        assert.deepEqual(marked(title, highlights(title, query, found.corrections)), vector.title);
      }
      if (vector.snippet) {
        const shownSnippet = snippet(shown[0], query, found.corrections);
        assert.deepEqual(marked(shownSnippet.text, shownSnippet.spans), vector.snippet);
        const field = shown[0][vector.field];
        assert.ok(field.includes(shownSnippet.text.replace(/^…|…$/g, '')), 'taken from field ' + vector.field);
      }
    });
  }
});

test('only the shards a query needs are loaded, each named by its content hash from meta.js', async () => {
  const index = vectorIndex();
  await rankOf(index, 'bert');
  assert.equal(index.loaded[0], 'meta.js');
  for (const name of index.loaded.slice(1)) {
    assert.match(name, /^(idx-[0-9a-f]{8}|han-\d+|docs-\d+)-[0-9a-f]{8}\.js$/);
    assert.ok(existsSync(join(VECTORS, 'index', name)), name);
  }
});

async function rankOf(index, text) {
  const query = parseQuery(text);
  await findDocuments(index, query);
  return rank(index, query);
}
