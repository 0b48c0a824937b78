/*
 * The search page (search.vm): the box, the status, the results. Text from the index came from
 * untrusted digests: it reaches the page only as text nodes and attribute values of elements made
 * here, never as markup. The query stays in the address as it is typed, so that Back restores it.
 * Keys: "/" focuses the box, the arrows move through the results, Enter opens the one focused.
 */
import { createIndex } from './index-files.mjs';
import { FIELD, findDocuments, highlights, holdsPhrases, isEmpty, parseQuery, snippet } from './ranking.mjs';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 150;
const SCHEME = /^[a-z][a-z0-9+.-]*:|^[/\\]/i;

function startSearchPage() {
  const container = document.getElementById('search');
  if (!container) {
    return;
  }
  const form = document.getElementById('search-form');
  const input = document.getElementById('q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const base = container.getAttribute('data-index');

  const index = createIndex((name) => new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = base + name;
    script.onload = () => resolve(name);
    script.onerror = () => reject(new Error('Cannot load ' + base + name));
    document.head.appendChild(script);
  }));
  const api = {
    meta: index.registry.meta,
    postings: index.registry.postings,
    documents: index.registry.documents,
    /** The last query answered: its text, milliseconds, results, and the index files it loaded. */
    last: null,
    /** Settles when meta.js has loaded (or failed to). */
    ready: null
  };
  window.digestSearch = api;

  function text(name, count, shown) {
    return (container.getAttribute('data-' + name) || '')
      .replace('{0}', String(count)).replace('{1}', String(shown));
  }

  /** Appends `value` to `parent` as text, its spans inside <mark> elements. */
  function appendMarked(parent, value, spans) {
    let at = 0;
    spans.forEach(([start, end]) => {
      if (start > at) {
        parent.appendChild(document.createTextNode(value.substring(at, start)));
      }
      const mark = document.createElement('mark');
      mark.textContent = value.substring(start, end);
      parent.appendChild(mark);
      at = end;
    });
    if (at < value.length) {
      parent.appendChild(document.createTextNode(value.substring(at)));
    }
  }

  function pdfHref(id) {
    return 'https://arxiv.org/pdf/' + id.split('/').map(encodeURIComponent).join('/');
  }

  function resultItem(record, query, corrections) {
    const item = document.createElement('li');
    const href = record[FIELD.href];
    const title = document.createElement(SCHEME.test(href) ? 'span' : 'a');
    if (title.tagName === 'A') {
      title.setAttribute('href', href);
    }
    title.className = 'result-title';
    // A paper without an English title shows its Chinese one as the link.
    const titleText = record[FIELD.title] || record[FIELD.translatedTitle] || record[FIELD.id];
    title.setAttribute('lang', record[FIELD.title] ? 'en' : 'zh');
    appendMarked(title, titleText, highlights(titleText, query, corrections));
    item.appendChild(title);
    if (record[FIELD.title] && record[FIELD.translatedTitle]) {
      const translation = document.createElement('span');
      translation.className = 'result-translation';
      translation.setAttribute('lang', 'zh');
      appendMarked(translation, record[FIELD.translatedTitle],
        highlights(record[FIELD.translatedTitle], query, corrections));
      item.appendChild(translation);
    }
    const facts = document.createElement('span');
    facts.className = 'result-meta';
    const parts = [record[FIELD.id]];
    if (record[FIELD.category]) {
      parts.push(record[FIELD.category]);
    }
    if (record[FIELD.firstSeen]) {
      parts.push(text('label-first-seen', record[FIELD.firstSeen], 0));
    }
    facts.appendChild(document.createTextNode(parts.join(' · ') + ' · '));
    const pdf = document.createElement('a');
    pdf.setAttribute('href', pdfHref(record[FIELD.id]));
    pdf.className = 'result-pdf';
    pdf.textContent = text('label-pdf', 0, 0);
    facts.appendChild(pdf);
    item.appendChild(facts);
    const shown = snippet(record, query, corrections);
    if (shown.text) {
      const element = document.createElement('span');
      element.className = 'result-snippet';
      appendMarked(element, shown.text, shown.spans);
      item.appendChild(element);
    }
    return item;
  }

  // The answer on screen: the query, its ranked documents, how far they have been looked at
  // (Chinese phrases are checked on the records), how many are shown and how many failed the
  // check; a sequence number makes a late answer to an older query give way.
  let current = { query: null, docs: [], corrections: [], next: 0, shown: 0, rejected: 0 };
  let sequence = 0;

  function showStatus() {
    const pending = current.next < current.docs.length;
    const count = current.docs.length - current.rejected;
    if (!pending && count === 0) {
      status.textContent = text('status-none', 0, 0);
    } else if (pending && current.query.phrases.length > 0) {
      status.textContent = text('status-some', count, current.shown);
    } else if (pending) {
      status.textContent = text('status-shown', count, current.shown);
    } else {
      status.textContent = text(count === 1 ? 'status-one' : 'status-many', count, count);
    }
    more.hidden = !pending;
  }

  /** Shows the next page of results: records loaded a page at a time, those failing a phrase left out. */
  async function showMore(focusFirst) {
    const mine = sequence;
    const page = [];
    while (page.length < PAGE_SIZE && current.next < current.docs.length) {
      const batch = current.docs.slice(current.next, current.next + PAGE_SIZE - page.length);
      await index.loadRecords(batch);
      if (mine !== sequence) {
        return;
      }
      current.next += batch.length;
      batch.forEach((doc) => {
        const record = index.record(doc);
        if (holdsPhrases(record, current.query)) {
          page.push(record);
        } else {
          current.rejected++;
        }
      });
    }
    let first = null;
    page.forEach((record) => {
      const item = resultItem(record, current.query, current.corrections);
      first = first || item.firstChild;
      list.appendChild(item);
    });
    current.shown += page.length;
    showStatus();
    if (focusFirst && first) {
      first.focus();
    }
  }

  function fail(error) {
    status.textContent = text('status-failed', 0, 0);
    if (window.console) {
      console.warn(error.message);
    }
  }

  async function search(value) {
    const started = performance.now();
    const mine = ++sequence;
    const query = parseQuery(value);
    list.textContent = '';
    more.hidden = true;
    current = { query, docs: [], corrections: [], next: 0, shown: 0, rejected: 0 };
    if (isEmpty(query)) {
      status.textContent = value.trim() ? text('status-short', 0, 0) : '';
      return;
    }
    const filesBefore = index.loaded.length;
    status.textContent = text('status-loading', 0, 0);
    try {
      const found = await findDocuments(index, query);
      if (mine !== sequence) {
        return;
      }
      current = { query, docs: found.docs, corrections: found.corrections, next: 0, shown: 0, rejected: 0 };
      await showMore(false);
      if (mine === sequence) {
        api.last = { query: value, ms: performance.now() - started, files: index.loaded.slice(filesBefore),
          results: current.docs.length - current.rejected, shown: current.shown };
      }
    } catch (error) {
      fail(error);
    }
  }

  function remember(value) {
    try {
      const address = new URL(location.href);
      if (value) {
        address.searchParams.set('q', value);
      } else {
        address.searchParams.delete('q');
      }
      history.replaceState(null, '', address.search ? address.pathname + address.search : address.pathname);
    } catch (e) {
      // Some browsers refuse to change a file:// address; the search works without it.
    }
  }

  let typing = 0;
  input.addEventListener('input', () => {
    remember(input.value);
    clearTimeout(typing);
    typing = setTimeout(() => search(input.value), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    remember(input.value);
    search(input.value);
  });
  more.addEventListener('click', () => {
    showMore(true).catch(fail);
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const editing = target instanceof HTMLElement
      && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === '/' && !editing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }
    const links = Array.from(list.querySelectorAll('a.result-title'));
    const at = links.indexOf(document.activeElement);
    if (at < 0 && document.activeElement !== input) {
      return;
    }
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    if (next < 0) {
      input.focus();
    } else {
      links[next].focus();
    }
  });

  const initial = new URLSearchParams(location.search).get('q');
  api.ready = index.loadMeta().catch(fail);
  if (initial) {
    input.value = initial;
    search(initial);
  }
}

startSearchPage();
