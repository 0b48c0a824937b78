/*
 * Search page of the reading-list report. The index (search/, written by SearchIndexWriter) is
 * split into script files that call the registration functions below, because fetch and XHR are
 * blocked on file://. A query loads meta.js once, the shards of its terms, then the document
 * chunks of the results it shows. Text from the index (it came from untrusted digests) only ever
 * reaches the page through textContent and setAttribute on elements made here.
 */
(function () {
  'use strict';

  var PAGE_SIZE = 10;
  var TYPING_DELAY_MS = 200;
  var MIN_PREFIX = 2;
  var BITMAP_MARK = '~';
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var HAN = /\p{Script=Han}/u;
  var WORD_CHARACTER = /[\p{L}\p{N}]/u;
  var SCHEME = /^[a-z][a-z0-9+.-]*:|^[\/\\]/i;

  var container = document.getElementById('search');
  if (!container) {
    return;
  }
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var base = container.getAttribute('data-index');

  var digitValues = new Int8Array(128).fill(-1);
  for (var d = 0; d < DIGITS.length; d++) {
    digitValues[DIGITS.charCodeAt(d)] = d;
  }

  // What the index files registered, and the files asked for (a promise each).
  var meta = null;
  var chunkStarts = [];
  var shards = {};
  var chunks = {};
  var requested = {};
  var loadedFiles = [];

  var api = {
    meta: function (value) {
      meta = value;
      chunkStarts = decode(value.chunks);
    },
    postings: function (number, entries) { shards[number] = entries; },
    documents: function (number, records) { chunks[number] = records; },
    /** The last query answered: its text, milliseconds, results, and the index files it loaded. */
    last: null,
    /** Settles when meta.js has loaded (or failed to). */
    ready: null
  };
  window.digestSearch = api;

  function load(file) {
    if (!requested[file]) {
      requested[file] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = base + file;
        script.onload = function () { resolve(file); };
        script.onerror = function () {
          delete requested[file];
          reject(new Error('Cannot load ' + base + file));
        };
        loadedFiles.push(file);
        document.head.appendChild(script);
      });
    }
    return requested[file];
  }

  /* Query terms, split as SearchTokenizer splits the indexed text. */
  function terms(query) {
    var text = query.normalize('NFKC').toLowerCase();
    var words = [];
    var bigrams = [];
    var word = '';
    var previousHan = null;
    var lastKind = null;
    function flushWord() {
      if (word) {
        words.push(word);
        word = '';
      }
    }
    for (var ch of text) {
      if (HAN.test(ch)) {
        flushWord();
        if (previousHan !== null && bigrams.indexOf(previousHan + ch) < 0) {
          bigrams.push(previousHan + ch);
        }
        previousHan = ch;
        lastKind = 'han';
      } else {
        previousHan = null;
        if (WORD_CHARACTER.test(ch)) {
          word += ch;
          lastKind = 'word';
        } else {
          flushWord();
          lastKind = 'other';
        }
      }
    }
    // The word being typed matches as a prefix: the query ends with it.
    var prefix = lastKind === 'word' && word.length >= MIN_PREFIX ? word : null;
    flushWord();
    if (prefix !== null) {
      words.pop();
    }
    words = words.filter(function (w, i) { return words.indexOf(w) === i && w !== prefix; });
    return { words: words, prefix: prefix, bigrams: bigrams };
  }

  /* The word shard that would hold the word: the last whose first word is not after it, or -1. */
  function wordShard(word) {
    var starts = meta.words;
    var low = 0;
    var high = starts.length - 1;
    var found = -1;
    while (low <= high) {
      var middle = (low + high) >>> 1;
      if (starts[middle] <= word) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /* The word shards holding the words that start with the prefix: neighbours in sort order. */
  function prefixShards(prefix) {
    if (meta.words.length === 0) {
      return [];
    }
    var shard = Math.max(0, wordShard(prefix));
    var found = [shard];
    while (shard + 1 < meta.words.length && meta.words[shard + 1].startsWith(prefix)) {
      found.push(++shard);
    }
    return found;
  }

  /* FNV-1a over UTF-16 units, as SearchIndex.hanShard. */
  function hanShard(bigram) {
    var hash = 0x811c9dc5 | 0;
    for (var i = 0; i < bigram.length; i++) {
      hash = Math.imul(hash ^ bigram.charCodeAt(i), 0x01000193);
    }
    return meta.words.length + (hash >>> 0) % meta.hanShards;
  }

  function shardFile(number) {
    return 'idx-' + number + '.js';
  }

  /* The inverse of PostingEncoding: ascending document numbers. */
  function decode(encoded) {
    var out = [];
    var i;
    if (encoded.charAt(0) === BITMAP_MARK) {
      for (i = 1; i < encoded.length; i++) {
        var bits = digitValues[encoded.charCodeAt(i)];
        for (var b = 0; b < 6; b++) {
          if (bits & (1 << b)) {
            out.push((i - 1) * 6 + b);
          }
        }
      }
      return out;
    }
    var previous = -1;
    var value = 0;
    for (i = 0; i < encoded.length; i++) {
      var digit = digitValues[encoded.charCodeAt(i)];
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

  /* A term's entry in a loaded shard; own keys only, so that "constructor" is just a word. */
  function entryOf(shard, term) {
    var entries = shards[shard];
    return Object.prototype.hasOwnProperty.call(entries, term) ? entries[term] : undefined;
  }

  /* One term's documents and title documents from a shard entry ("all" or ["all", "title"]). */
  function postingsOf(entry) {
    if (entry === undefined) {
      return { all: [], title: [] };
    }
    if (typeof entry === 'string') {
      return { all: decode(entry), title: [] };
    }
    return { all: decode(entry[0]), title: decode(entry[1]) };
  }

  /* The union of the postings of every word starting with the prefix. */
  function prefixPostings(prefix, shardNumbers) {
    var marks = new Uint8Array(meta.documents);
    shardNumbers.forEach(function (number) {
      var entries = shards[number];
      Object.keys(entries).forEach(function (word) {
        if (word.startsWith(prefix)) {
          var postings = postingsOf(entries[word]);
          postings.all.forEach(function (doc) { marks[doc] |= 1; });
          postings.title.forEach(function (doc) { marks[doc] |= 2; });
        }
      });
    });
    var all = [];
    var title = [];
    for (var doc = 0; doc < marks.length; doc++) {
      if (marks[doc] & 1) {
        all.push(doc);
      }
      if (marks[doc] & 2) {
        title.push(doc);
      }
    }
    return { all: all, title: title };
  }

  function intersect(a, b) {
    var out = [];
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) {
        out.push(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  /* Documents holding every term, those with more terms in a title first, then newest first. */
  function evaluate(query) {
    var lists = [];
    query.words.forEach(function (word) {
      var shard = wordShard(word);
      lists.push(postingsOf(shard < 0 ? undefined : entryOf(shard, word)));
    });
    query.bigrams.forEach(function (bigram) {
      lists.push(postingsOf(entryOf(hanShard(bigram), bigram)));
    });
    if (query.prefix !== null) {
      lists.push(prefixPostings(query.prefix, prefixShards(query.prefix)));
    }
    lists.sort(function (a, b) { return a.all.length - b.all.length; });
    var found = lists[0].all;
    for (var i = 1; i < lists.length && found.length > 0; i++) {
      found = intersect(found, lists[i].all);
    }
    var score = new Uint8Array(meta.documents);
    lists.forEach(function (postings) {
      postings.title.forEach(function (doc) { score[doc]++; });
    });
    return found.slice().sort(function (a, b) { return score[b] - score[a] || b - a; });
  }

  function filesFor(query) {
    var files = [];
    function add(number) {
      var file = shardFile(number);
      if (number >= 0 && files.indexOf(file) < 0) {
        files.push(file);
      }
    }
    query.words.forEach(function (word) { add(wordShard(word)); });
    query.bigrams.forEach(function (bigram) { add(hanShard(bigram)); });
    if (query.prefix !== null) {
      prefixShards(query.prefix).forEach(add);
    }
    return files;
  }

  function message(name, count, shown) {
    return container.getAttribute('data-status-' + name)
      .replace('{0}', String(count)).replace('{1}', String(shown));
  }

  /* The chunk holding the document: the last that starts at or before it, as SearchIndex.chunkOf. */
  function chunkOf(doc) {
    var low = 0;
    var high = chunkStarts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >>> 1;
      if (chunkStarts[middle] <= doc) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  function chunkFiles(docs) {
    var files = [];
    docs.forEach(function (doc) {
      var file = 'docs-' + chunkOf(doc) + '.js';
      if (files.indexOf(file) < 0) {
        files.push(file);
      }
    });
    return files;
  }

  function record(doc) {
    var chunk = chunkOf(doc);
    return chunks[chunk][doc - chunkStarts[chunk]];
  }

  function resultItem(doc) {
    var fields = record(doc);
    var item = document.createElement('li');
    var title = document.createElement(SCHEME.test(fields[0]) ? 'span' : 'a');
    if (title.tagName === 'A') {
      title.setAttribute('href', fields[0]);
    }
    title.className = 'result-title';
    // A paper without an English title shows its Chinese one as the link.
    title.setAttribute('lang', fields[1] ? 'en' : 'zh');
    title.textContent = fields[1] || fields[2];
    item.appendChild(title);
    if (fields[1] && fields[2]) {
      var translation = document.createElement('span');
      translation.className = 'result-translation';
      translation.setAttribute('lang', 'zh');
      translation.textContent = fields[2];
      item.appendChild(translation);
    }
    if (fields[3]) {
      var snippet = document.createElement('span');
      snippet.className = 'result-snippet';
      snippet.textContent = fields[3];
      item.appendChild(snippet);
    }
    return item;
  }

  // The answer on screen: all its documents, how many are shown, and a number that makes a late
  // answer to an older query give way.
  var current = { docs: [], shown: 0 };
  var sequence = 0;

  function showStatus() {
    var count = current.docs.length;
    if (count === 0) {
      status.textContent = message('none', 0, 0);
    } else if (current.shown < count) {
      status.textContent = message('shown', count, current.shown);
    } else {
      status.textContent = message(count === 1 ? 'one' : 'many', count, count);
    }
    more.hidden = current.shown >= count;
  }

  function showMore(focusFirst) {
    var next = current.docs.slice(current.shown, current.shown + PAGE_SIZE);
    var mine = sequence;
    return Promise.all(chunkFiles(next).map(load)).then(function () {
      if (mine !== sequence) {
        return;
      }
      var first = null;
      next.forEach(function (doc) {
        var item = resultItem(doc);
        first = first || item.firstChild;
        list.appendChild(item);
      });
      current.shown += next.length;
      showStatus();
      if (focusFirst && first) {
        first.focus();
      }
    });
  }

  function fail(error) {
    status.textContent = message('failed', 0, 0);
    if (window.console) {
      console.warn(error.message);
    }
  }

  function search(text) {
    var started = performance.now();
    var mine = ++sequence;
    var query = terms(text);
    list.textContent = '';
    more.hidden = true;
    current = { docs: [], shown: 0 };
    if (query.words.length + query.bigrams.length === 0 && query.prefix === null) {
      status.textContent = text.trim() ? message('short', 0, 0) : '';
      return Promise.resolve();
    }
    var filesBefore = loadedFiles.length;
    status.textContent = message('loading', 0, 0);
    return load('meta.js').then(function () {
      return Promise.all(filesFor(query).map(load));
    }).then(function () {
      if (mine !== sequence) {
        return null;
      }
      current = { docs: evaluate(query), shown: 0 };
      return showMore(false);
    }).then(function () {
      if (mine === sequence) {
        api.last = { query: text, ms: performance.now() - started, files: loadedFiles.slice(filesBefore),
          results: current.docs.length };
      }
    }, fail);
  }

  function remember(text) {
    try {
      history.replaceState(null, '', '?q=' + encodeURIComponent(text));
    } catch (e) {
      // Some browsers refuse to change a file:// address; the search works without it.
    }
  }

  var typing = 0;
  input.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () { search(input.value); }, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(typing);
    remember(input.value);
    search(input.value);
  });
  more.addEventListener('click', function () {
    showMore(true).catch(fail);
  });

  var initial = new URLSearchParams(location.search).get('q');
  api.ready = load('meta.js').catch(fail);
  if (initial) {
    input.value = initial;
    search(initial);
  }
}());
