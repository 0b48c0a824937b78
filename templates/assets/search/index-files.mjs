/*
 * Loading the search index (search/, written by SearchIndex): meta.js, then the shards of a
 * query's terms and the document chunks of the results shown. Each file is a script calling one of
 * the registration functions of `registry` (meta, postings, documents), since fetch and XHR are
 * blocked on file://. How a file is loaded is up to the caller: a script element in the page, the
 * file system in the tests. Every file but meta.js is named by its content's hash, listed in
 * meta.js, so that the files of two builds never mix. Documents are numbered by their arXiv ids
 * (DocumentNumbers), so the numbers are sparse: nothing here sizes an array by them.
 */

export const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BITMAP_MARK = '~';
const HASH_LENGTH = 8;

const digitValues = new Int8Array(128).fill(-1);
for (let d = 0; d < DIGITS.length; d++) {
  digitValues[DIGITS.charCodeAt(d)] = d;
}

/** The inverse of PostingEncoding: ascending document numbers. */
export function decodeDocuments(encoded) {
  const out = [];
  if (encoded.charAt(0) === BITMAP_MARK) {
    for (let i = 1; i < encoded.length; i++) {
      const bits = digitValues[encoded.charCodeAt(i)];
      for (let b = 0; b < 6; b++) {
        if (bits & (1 << b)) {
          out.push((i - 1) * 6 + b);
        }
      }
    }
    return out;
  }
  let previous = -1;
  let value = 0;
  for (let i = 0; i < encoded.length; i++) {
    const digit = digitValues[encoded.charCodeAt(i)];
    if (digit >= 32) {
      value = value * 32 + digit - 32;
    } else {
      previous += value * 32 + digit + 1;
      out.push(previous);
      value = 0;
    }
  }
  return out;
}

/** A shard entry ("documents impacts") as its documents and, for each, the term's impact there. */
export function decodeEntry(entry) {
  const space = entry.indexOf(' ');
  const docs = decodeDocuments(entry.substring(0, space));
  const impacts = new Uint8Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    impacts[i] = digitValues[entry.charCodeAt(space + 1 + i)];
  }
  return { docs, impacts };
}

/** FNV-1a over UTF-16 units, as SearchIndex.hanShard. */
function fnv(text) {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The index as far as it is loaded. `loadFile(name)` loads one file by its name inside search/
 * and returns a promise that settles once the file has run (it calls `registry`).
 */
export function createIndex(loadFile) {
  let meta = null;
  let chunkStarts = [];
  const shards = {};
  const chunks = {};
  const requested = {};
  const loaded = [];

  const registry = {
    meta(value) {
      meta = value;
      chunkStarts = decodeDocuments(value.chunks);
    },
    /** A word shard registers under its first word, a Han shard under its number among them. */
    postings(key, entries) {
      const number = typeof key === 'number' ? meta.words.length + key : exactIndex(meta.words, key);
      if (number >= 0) {
        shards[number] = entries;
      }
    },
    /** A chunk registers under its first document, with the list of its documents. */
    documents(first, docs, records) {
      const number = exactIndex(chunkStarts, first);
      if (number >= 0) {
        chunks[number] = { docs: decodeDocuments(docs), records };
      }
    }
  };

  /** Where `value` stands in the ascending `list`, or -1. */
  function exactIndex(list, value) {
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (list[middle] === value) {
        return middle;
      }
      if (list[middle] < value) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return -1;
  }

  function load(name) {
    if (!requested[name]) {
      loaded.push(name);
      requested[name] = loadFile(name).catch((error) => {
        delete requested[name];
        throw error;
      });
    }
    return requested[name];
  }

  function hashOf(hashes, number) {
    return hashes.substring(number * HASH_LENGTH, (number + 1) * HASH_LENGTH);
  }

  /** A word shard's file is named by a hash of its first word, a Han shard's by its number, as SearchIndex names them. */
  function shardFile(number) {
    const hash = hashOf(meta.shardHashes, number);
    if (number < meta.words.length) {
      return 'idx-' + fnv(meta.words[number]).toString(16).padStart(8, '0') + '-' + hash + '.js';
    }
    return 'han-' + (number - meta.words.length) + '-' + hash + '.js';
  }

  function chunkFile(number) {
    return 'docs-' + chunkStarts[number] + '-' + hashOf(meta.chunkHashes, number) + '.js';
  }

  /** The word shard that would hold the word: the last whose first word is not after it, or -1. */
  function wordShard(word) {
    const starts = meta.words;
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (starts[middle] <= word) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** The word shards holding the words that start with the prefix: neighbours in sort order. */
  function prefixShards(prefix) {
    if (meta.words.length === 0) {
      return [];
    }
    let shard = Math.max(0, wordShard(prefix));
    const found = [shard];
    while (shard + 1 < meta.words.length && meta.words[shard + 1].startsWith(prefix)) {
      found.push(++shard);
    }
    return found;
  }

  function hanShard(bigram) {
    return meta.words.length + fnv(bigram) % meta.hanShards;
  }

  /** The chunk holding the document: the last that starts at or before it, as SearchIndex.chunkOf. */
  function chunkOf(doc) {
    let low = 0;
    let high = chunkStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (chunkStarts[middle] <= doc) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /** A term's entry in a loaded shard, or undefined; own keys only, so that "constructor" is just a word. */
  function entryIn(shard, term) {
    const entries = shards[shard];
    return entries && Object.prototype.hasOwnProperty.call(entries, term) ? entries[term] : undefined;
  }

  return {
    registry,
    /** Names of the files asked for so far, in order. */
    loaded,
    get documents() { return meta.documents; },
    loadMeta() { return load('meta.js'); },
    loadShards(numbers) {
      return Promise.all(numbers.filter((n) => n >= 0).map((n) => load(shardFile(n))));
    },
    loadRecords(docs) {
      const files = [];
      for (const doc of docs) {
        const file = chunkFile(chunkOf(doc));
        if (!files.includes(file)) {
          files.push(file);
        }
      }
      return Promise.all(files.map(load));
    },
    wordShard,
    prefixShards,
    hanShard,
    /** The entry of a word in its shard (loaded), decoded, or null. */
    word(word) {
      const shard = wordShard(word);
      const entry = shard < 0 ? undefined : entryIn(shard, word);
      return entry === undefined ? null : decodeEntry(entry);
    },
    bigram(bigram) {
      const entry = entryIn(hanShard(bigram), bigram);
      return entry === undefined ? null : decodeEntry(entry);
    },
    /** Each word of the loaded shards among `numbers` that `accept` takes, with its entry decoded. */
    wordsIn(numbers, accept) {
      const found = [];
      for (const number of numbers) {
        const entries = shards[number];
        if (!entries) {
          continue;
        }
        for (const word of Object.keys(entries)) {
          if (accept(word)) {
            found.push({ word, postings: decodeEntry(entries[word]) });
          }
        }
      }
      return found;
    },
    /** Whether a loaded shard among `numbers` has a word that `accept` takes. */
    hasWord(numbers, accept) {
      return numbers.some((number) => shards[number] && Object.keys(shards[number]).some(accept));
    },
    /** The record of a document whose chunk is loaded. */
    record(doc) {
      const chunk = chunks[chunkOf(doc)];
      return chunk.records[exactIndex(chunk.docs, doc)];
    }
  };
}
