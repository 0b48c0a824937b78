// The reader's own reading marks and the reading.yaml the overview exports, without the page: what
// the Node tests run. A mark is { status, notes } per paper id, either field left out when the
// browser did not change it; the page keeps the marks in localStorage as JSON.

export const STATUSES = ['to-read', 'reading', 'read', 'skipped'];

// What reading.yaml's keys are (ArxivId in Java): new-style ids and old-style ones, no version.
const ID = /^(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})$/;

// Java's String.strip(): the parser strips the notes so, and an export must read back the same.
const EDGE_SPACE = /^[\t\n\v\f\r\x1c-\x1f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+|[\t\n\v\f\r\x1c-\x1f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+$/g;

export function strip(text) {
  return text.replace(EDGE_SPACE, '');
}

export function isPaperId(id) {
  return typeof id === 'string' && ID.test(id);
}

// The marks stored as text; anything that is not a mark of a paper (a damaged or foreign value) is dropped.
export function parseMarks(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {};
  }
  const marks = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return marks;
  }
  for (const id of Object.keys(value)) {
    const mark = value[id];
    if (!isPaperId(id) || mark === null || typeof mark !== 'object') {
      continue;
    }
    const kept = {};
    if (STATUSES.includes(mark.status)) {
      kept.status = mark.status;
    }
    if (typeof mark.notes === 'string') {
      kept.notes = mark.notes;
    }
    if (Object.keys(kept).length > 0) {
      marks[id] = kept;
    }
  }
  return marks;
}

// The marks with paper id's fields changed by those of change (status, notes); a copy.
export function withMark(marks, id, change) {
  const next = { ...marks };
  const mark = { ...(marks[id] || {}) };
  if (change.status !== undefined && STATUSES.includes(change.status)) {
    mark.status = change.status;
  }
  if (typeof change.notes === 'string') {
    mark.notes = change.notes;
  }
  next[id] = mark;
  return next;
}

export function withoutMark(marks, id) {
  const next = { ...marks };
  delete next[id];
  return next;
}

// A paper's status: the browser's mark, else the file's ('' for none).
export function statusOf(marks, id, fileStatus) {
  const mark = marks[id];
  return mark && mark.status !== undefined ? mark.status : fileStatus || '';
}

// The file's entries (as the overview carries them) with the marks applied: the file's papers in its
// order, then the papers only the browser marked, by id. Notes are stripped as the parser strips
// them; empty notes are left out.
export function merge(fileEntries, marks) {
  const merged = {};
  const ids = Object.keys(fileEntries);
  const added = Object.keys(marks).filter((id) => !(id in fileEntries)).sort();
  for (const id of ids.concat(added)) {
    const entry = { ...(fileEntries[id] || {}) };
    const mark = marks[id] || {};
    if (mark.status !== undefined) {
      entry.status = mark.status;
    }
    if (mark.notes !== undefined) {
      entry.notes = mark.notes;
    }
    if (typeof entry.notes === 'string') {
      entry.notes = strip(entry.notes);
      if (entry.notes === '') {
        delete entry.notes;
      }
    }
    const ordered = {};
    for (const field of ['status', 'rating', 'tags', 'notes']) {
      if (entry[field] !== undefined) {
        ordered[field] = entry[field];
      }
    }
    merged[id] = ordered;
  }
  return merged;
}

// A YAML double-quoted scalar: every character YAML would not keep as it is, escaped.
export function quote(text) {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ch = text[i];
    if (ch === '"' || ch === '\\') {
      out += '\\' + ch;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length
        && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      out += ch + text[i + 1];
      i++;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff
        || c === 0x85 || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else {
      out += ch;
    }
  }
  return out + '"';
}

// Whether notes can be a literal block scalar: printable, no tab or carriage return, and not
// starting with a space, which would read as indentation.
function fitsBlock(notes) {
  if (notes === '' || /[\t\r]/.test(notes) || notes[0] === ' ') {
    return false;
  }
  const text = notes.replace(/[\n\\"]/g, '');
  return quote(text) === '"' + text + '"';
}

// reading.yaml of the merged entries: keys quoted, the status and rating plain, tags as quoted
// scalars in a flow list, notes as a literal block (else quoted).
export function toYaml(entries) {
  let out = '# reading.yaml, exported from the reading list: status is to-read, reading, read or skipped.\n';
  for (const id of Object.keys(entries)) {
    const entry = entries[id];
    const fields = [];
    if (STATUSES.includes(entry.status)) {
      fields.push('  status: ' + entry.status + '\n');
    }
    if (Number.isInteger(entry.rating) && entry.rating >= 1 && entry.rating <= 5) {
      fields.push('  rating: ' + entry.rating + '\n');
    }
    if (Array.isArray(entry.tags) && entry.tags.length > 0) {
      fields.push('  tags: [' + entry.tags.map((tag) => quote(String(tag))).join(', ') + ']\n');
    }
    if (typeof entry.notes === 'string' && entry.notes !== '') {
      if (fitsBlock(entry.notes)) {
        fields.push('  notes: |-\n' + entry.notes.split('\n').map((line) => (line === '' ? '' : '    ' + line)).join('\n') + '\n');
      } else {
        fields.push('  notes: ' + quote(entry.notes) + '\n');
      }
    }
    out += quote(id) + (fields.length === 0 ? ': {}\n' : ':\n' + fields.join(''));
  }
  return out;
}
