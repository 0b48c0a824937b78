/*
 * Querying and ranking: a query split as SearchTokenizer splits the indexed text, the files it
 * needs, its documents in order of relevance, the Chinese phrases checked against the stored text,
 * the snippet and the spans to highlight. No DOM here: the tests run it under Node.
 */

const HAN = /\p{Script=Han}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const ENGLISH_WORD = /^[a-z]+$/;

/** The last word of a query matches as a prefix from this many characters on. */
export const MIN_PREFIX = 2;
/** English words of this many letters or more get one edit of tolerance when they find nothing. */
export const TYPO_MIN_LENGTH = 5;
/** As SearchIndex.IMPACT_LEVELS. */
const IMPACT_LEVELS = 63;
/** A word that only starts with the typed prefix, or is one edit from a word that finds nothing, counts less. */
const COMPLETION_WEIGHT = 0.8;
const CORRECTION_WEIGHT = 0.6;

const SNIPPET_LENGTH = 200;
const SNIPPET_LEAD = 60;

/** Record fields, as SearchIndex.record writes them. */
export const FIELD = { href: 0, id: 1, category: 2, firstSeen: 3, title: 4, translatedTitle: 5,
  summaryZh: 6, summaryEn: 7, abstractZh: 8, abstractEn: 9 };
const ENGLISH_FIRST = [FIELD.abstractEn, FIELD.summaryEn, FIELD.summaryZh, FIELD.abstractZh];
const CHINESE_FIRST = [FIELD.summaryZh, FIELD.abstractZh, FIELD.abstractEn, FIELD.summaryEn];

/**
 * The terms of a query: its finished words, the word being typed (a prefix: the query ends with
 * it), its Han bigrams, and its runs of Han characters (two or more; those of three or more are
 * phrases, whose characters must stand together in a document).
 */
export function parseQuery(text) {
  const normalized = text.normalize('NFKC').toLowerCase();
  const words = [];
  const bigrams = [];
  const runs = [];
  let word = '';
  let run = '';
  let previousHan = null;
  let lastKind = null;
  const flushWord = () => {
    if (word) {
      words.push(word);
      word = '';
    }
  };
  const flushRun = () => {
    if ([...run].length >= 2 && !runs.includes(run)) {
      runs.push(run);
    }
    run = '';
  };
  for (const ch of normalized) {
    if (HAN.test(ch)) {
      flushWord();
      if (previousHan !== null && !bigrams.includes(previousHan + ch)) {
        bigrams.push(previousHan + ch);
      }
      previousHan = ch;
      run += ch;
      lastKind = 'han';
    } else {
      previousHan = null;
      flushRun();
      if (WORD_CHARACTER.test(ch)) {
        word += ch;
        lastKind = 'word';
      } else {
        flushWord();
        lastKind = 'other';
      }
    }
  }
  flushRun();
  const prefix = lastKind === 'word' && word.length >= MIN_PREFIX ? word : null;
  flushWord();
  if (prefix !== null) {
    words.pop();
  }
  const unique = words.filter((w, i) => words.indexOf(w) === i && w !== prefix);
  return {
    words: unique,
    prefix,
    bigrams,
    hanRuns: runs,
    phrases: runs.filter((r) => [...r].length >= 3)
  };
}

export function isEmpty(query) {
  return query.words.length + query.bigrams.length === 0 && query.prefix === null;
}

/** Whether two different words are one edit apart: a letter added, dropped, changed, or two swapped. */
export function oneEditApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) {
    return false;
  }
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i++;
  }
  if (a.length === b.length) {
    if (a.substring(i + 1) === b.substring(i + 1)) {
      return true;
    }
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.substring(i + 2) === b.substring(i + 2);
  }
  return a.length > b.length ? a.substring(i + 1) === b.substring(i) : a.substring(i) === b.substring(i + 1);
}

function typoTolerant(word) {
  return word.length >= TYPO_MIN_LENGTH && ENGLISH_WORD.test(word);
}

/**
 * The shards holding the words one edit from `word` that keep its first half: neighbours in sort
 * order, few. A slip in the first half is not corrected.
 */
function correctionShards(index, word) {
  return index.prefixShards(correctionStem(word));
}

function correctionStem(word) {
  return word.substring(0, Math.max(3, Math.floor(word.length / 2)));
}

/** The shard numbers a query needs first. */
export function shardsFor(index, query) {
  const numbers = [];
  const add = (n) => {
    if (n >= 0 && !numbers.includes(n)) {
      numbers.push(n);
    }
  };
  query.words.forEach((w) => add(index.wordShard(w)));
  query.bigrams.forEach((b) => add(index.hanShard(b)));
  if (query.prefix !== null) {
    index.prefixShards(query.prefix).forEach(add);
  }
  return numbers;
}

/** Words of the query that find nothing as they are and may be slips: their shard numbers. */
function correctionShardsFor(index, query) {
  const numbers = [];
  const missing = query.words.filter((w) => typoTolerant(w) && index.word(w) === null);
  if (query.prefix !== null && typoTolerant(query.prefix)
      && !index.hasWord(index.prefixShards(query.prefix), (w) => w.startsWith(query.prefix))) {
    missing.push(query.prefix);
  }
  missing.forEach((w) => correctionShards(index, w).forEach((n) => {
    if (!numbers.includes(n)) {
      numbers.push(n);
    }
  }));
  return numbers;
}

/**
 * One term of the query as the alternatives that satisfy it: the word itself (whole), the
 * completions of a prefix, or the words one edit away from a word that finds nothing.
 */
function alternatives(index, query) {
  const groups = [];
  const corrections = [];
  const wordGroup = (word, asPrefix) => {
    let found = [];
    if (asPrefix) {
      found = index.wordsIn(index.prefixShards(word), (w) => w.startsWith(word)).map((c) => ({
        postings: c.postings, weight: c.word === word ? 1 : COMPLETION_WEIGHT, whole: c.word === word
      }));
    } else {
      const exact = index.word(word);
      if (exact !== null) {
        found = [{ postings: exact, weight: 1, whole: true }];
      }
    }
    if (found.length === 0 && typoTolerant(word)) {
      const stem = correctionStem(word);
      found = index.wordsIn(correctionShards(index, word), (w) => w.startsWith(stem) && oneEditApart(word, w))
        .map((c) => {
          corrections.push(c.word);
          return { postings: c.postings, weight: CORRECTION_WEIGHT, whole: false };
        });
    }
    groups.push(found);
  };
  query.words.forEach((w) => wordGroup(w, false));
  if (query.prefix !== null) {
    wordGroup(query.prefix, true);
  }
  query.bigrams.forEach((b) => {
    const postings = index.bigram(b);
    groups.push(postings === null ? [] : [{ postings, weight: 1, whole: true }]);
  });
  return { groups, corrections };
}

/**
 * The documents holding every term of the query, most relevant first: first those holding more
 * terms as whole words (a typed "bert" ranks a paper on BERT above one on berths), then by BM25F
 * score (see SearchIndex.K1 for the formula; the index stores each term's saturated, length-
 * normalized frequency per document as an impact of 1 to 63, and the score sums
 *   idf(t) * impact(t, d) / 63,   idf(t) = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5)),
 * over the terms, taking for a prefix its whole word where the document has it, else its best
 * completion, and for a word that finds nothing its best correction, both weighed down), then
 * newest (highest number) first.
 * Returns the documents and the corrected words, for highlighting.
 */
export function rank(index, query) {
  const n = index.documents;
  const { groups, corrections } = alternatives(index, query);
  if (groups.length === 0 || groups.some((g) => g.length === 0)) {
    return { docs: [], corrections };
  }
  // Document numbers are sparse (see index-files.mjs): per document state in maps, not arrays.
  const hits = new Map();
  const wholeHits = new Map();
  const score = new Map();
  groups.forEach((group, g) => {
    // Per document, the best value of the term's whole word and of its other words (completions,
    // corrections): the whole word's counts when the document has it.
    const bestWhole = new Map();
    const bestOther = new Map();
    group.forEach((alternative) => {
      const { docs, impacts } = alternative.postings;
      const idf = Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5));
      const factor = alternative.weight * idf / IMPACT_LEVELS;
      const best = alternative.whole ? bestWhole : bestOther;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i];
        // Only documents holding every term so far can hold them all.
        if (g > 0 && hits.get(doc) !== g) {
          continue;
        }
        best.set(doc, Math.max(best.get(doc) || 0, factor * impacts[i]));
      }
    });
    const touched = new Set([...bestWhole.keys(), ...bestOther.keys()]);
    touched.forEach((doc) => {
      hits.set(doc, (hits.get(doc) || 0) + 1);
      const whole = bestWhole.get(doc) || 0;
      if (whole > 0) {
        wholeHits.set(doc, (wholeHits.get(doc) || 0) + 1);
        score.set(doc, (score.get(doc) || 0) + whole);
      } else {
        score.set(doc, (score.get(doc) || 0) + (bestOther.get(doc) || 0));
      }
    });
  });
  const docs = [];
  hits.forEach((count, doc) => {
    if (count === groups.length) {
      docs.push(doc);
    }
  });
  const whole = (doc) => wholeHits.get(doc) || 0;
  docs.sort((a, b) => whole(b) - whole(a) || score.get(b) - score.get(a) || b - a);
  return { docs, corrections };
}

/**
 * Finds the documents of a query: loads meta.js and the shards it needs (and those of the words
 * near a word that finds nothing), then ranks. Phrases are checked later, on the records shown.
 */
export async function findDocuments(index, query) {
  await index.loadMeta();
  await index.loadShards(shardsFor(index, query));
  const more = correctionShardsFor(index, query);
  if (more.length > 0) {
    await index.loadShards(more);
  }
  return rank(index, query);
}

function normalize(text) {
  return text.normalize('NFKC').toLowerCase();
}

/** Whether a record holds each Chinese phrase of the query with its characters together, in one field. */
export function holdsPhrases(record, query) {
  if (query.phrases.length === 0) {
    return true;
  }
  const fields = [FIELD.title, FIELD.translatedTitle, FIELD.summaryZh, FIELD.summaryEn, FIELD.abstractZh,
    FIELD.abstractEn].map((f) => normalize(record[f]));
  return query.phrases.every((phrase) => fields.some((text) => text.includes(phrase)));
}

/**
 * The spans of `text` to highlight, ascending and apart, as [start, end, term]: its words that
 * are words of the query or corrections of them, or start with the prefix being typed, and the
 * places of the query's Han runs.
 */
export function highlights(text, query, corrections) {
  const wanted = new Set(query.words.concat(corrections || []));
  const spans = [];
  let start = -1;
  let at = 0;
  const endWord = (end) => {
    if (start >= 0) {
      const word = normalize(text.substring(start, end));
      if (wanted.has(word) || (query.prefix !== null && word.startsWith(query.prefix))) {
        spans.push([start, end, query.prefix !== null && word.startsWith(query.prefix) ? query.prefix : word]);
      }
      start = -1;
    }
  };
  for (const ch of text) {
    if (!HAN.test(ch) && WORD_CHARACTER.test(ch)) {
      if (start < 0) {
        start = at;
      }
    } else {
      endWord(at);
    }
    at += ch.length;
  }
  endWord(text.length);
  if (query.hanRuns.length > 0) {
    const folded = normalize(text);
    // NFKC and lower case leave Han text as long as it was; other text may change length.
    const aligned = folded.length === text.length;
    query.hanRuns.forEach((runText) => {
      const source = aligned ? folded : text;
      for (let from = source.indexOf(runText); from >= 0; from = source.indexOf(runText, from + runText.length)) {
        spans.push([from, from + runText.length, runText]);
      }
    });
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  spans.forEach((span) => {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) {
      last[1] = Math.max(last[1], span[1]);
    } else {
      merged.push(span.slice());
    }
  });
  return merged;
}

/**
 * The snippet of a result: from the field where most terms of the query matched (the English
 * abstract first for an English query, the Chinese summary first for a Chinese one), a window
 * around its first match, with the spans to highlight in it. Without a match in those fields
 * (the title matched), the Chinese summary, else the English one, from its start.
 */
export function snippet(record, query, corrections) {
  const latin = query.words.length > 0 || query.prefix !== null;
  const order = latin && query.hanRuns.length === 0 ? ENGLISH_FIRST : CHINESE_FIRST;
  let chosen = null;
  order.forEach((field) => {
    const text = record[field] || '';
    const spans = highlights(text, query, corrections);
    const terms = new Set(spans.map((s) => s[2])).size;
    if (spans.length > 0 && (chosen === null || terms > chosen.terms)) {
      chosen = { text, spans, terms };
    }
  });
  if (chosen === null) {
    const text = record[FIELD.summaryZh] || record[FIELD.summaryEn] || record[FIELD.abstractEn] || '';
    return around(text, [], 0);
  }
  return around(chosen.text, chosen.spans, chosen.spans[0][0]);
}

/** About SNIPPET_LENGTH characters of `text` from a little before `at`, cut at spaces where there are any. */
function around(text, spans, at) {
  let from = Math.max(0, at - SNIPPET_LEAD);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < at) {
      from = space + 1;
    }
  }
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > at && space > from) {
      to = space;
    }
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(text.charAt(to - 1))) {
      to--;
    }
  }
  const lead = from > 0 ? '…' : '';
  const shifted = [];
  spans.forEach(([start, end]) => {
    if (end > from && start < to) {
      shifted.push([Math.max(start, from) - from + lead.length, Math.min(end, to) - from + lead.length]);
    }
  });
  return { text: lead + text.substring(from, to) + (to < text.length ? '…' : ''), spans: shifted };
}
