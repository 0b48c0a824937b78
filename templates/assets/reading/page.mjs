// The reading marks on the page: badges and filters of every list show the browser's own marks, a
// paper's page offers to mark it and to keep a note, the overview exports reading.yaml. Without
// this script the pages show the file's marks and hide these controls.
import { merge, parseMarks, statusOf, toYaml, withMark, withoutMark } from './state.mjs';

const labels = document.getElementById('reading-labels');
const storeKey = 'digest-reading:' + (labels ? labels.getAttribute('data-store') : '');

function loadMarks() {
  try {
    return parseMarks(window.localStorage.getItem(storeKey) || '{}');
  } catch (e) {
    return {};
  }
}

function saveMarks(marks) {
  try {
    window.localStorage.setItem(storeKey, JSON.stringify(marks));
  } catch (e) {
    // Storage refused (a private window, a full quota): the marks last as long as the page.
  }
}

function label(status) {
  return status && labels ? labels.getAttribute('data-' + status) || status : '';
}

function setBadge(badge, status) {
  if (badge) {
    badge.setAttribute('data-status', status);
    badge.textContent = label(status);
  }
}

// Every row of a list (and the paper's own section) with the mark in force.
function paint(marks) {
  document.querySelectorAll('[data-paper][data-reading]').forEach((row) => {
    if (!row.hasAttribute('data-file-reading')) {
      row.setAttribute('data-file-reading', row.getAttribute('data-reading'));
    }
    const status = statusOf(marks, row.getAttribute('data-paper'), row.getAttribute('data-file-reading'));
    row.setAttribute('data-reading', status);
    let badge = row.querySelector('.reading-badge');
    const link = row.querySelector('a');
    if (!badge && status !== '' && link) {
      badge = document.createElement('span');
      badge.className = 'reading-badge';
      // In a list the link sits in a span of the title's language; the badge follows that span.
      (link.parentElement.tagName === 'SPAN' ? link.parentElement : link).after(' ', badge);
    }
    setBadge(badge, status);
  });
  const section = document.querySelector('section.reading[data-paper]');
  if (section) {
    const id = section.getAttribute('data-paper');
    const status = statusOf(marks, id, section.getAttribute('data-file-status'));
    setBadge(section.querySelector('.reading-badge'), status);
    const none = section.querySelector('.reading-none');
    if (none) {
      none.hidden = status !== '';
    }
    const mark = marks[id] || {};
    const local = section.querySelector('.local-note');
    if (local) {
      const changed = mark.notes !== undefined && mark.notes !== section.getAttribute('data-file-notes');
      local.hidden = !changed;
      local.querySelector('.note-text').textContent = changed ? mark.notes : '';
    }
  }
}

function paperPage(section) {
  const id = section.getAttribute('data-paper');
  const form = section.querySelector('form.reading-form');
  if (!form) {
    return;
  }
  form.hidden = false;
  const note = form.querySelector('textarea');
  const mark = loadMarks()[id] || {};
  note.value = mark.notes !== undefined ? mark.notes : section.getAttribute('data-file-notes') || '';
  form.querySelectorAll('button[data-mark]').forEach((button) => {
    button.addEventListener('click', () => {
      const marks = withMark(loadMarks(), id, { status: button.getAttribute('data-mark') });
      saveMarks(marks);
      paint(marks);
    });
  });
  note.addEventListener('input', () => {
    const marks = withMark(loadMarks(), id, { notes: note.value });
    saveMarks(marks);
    paint(marks);
  });
  form.querySelector('button[data-reading-forget]').addEventListener('click', () => {
    const marks = withoutMark(loadMarks(), id);
    saveMarks(marks);
    note.value = section.getAttribute('data-file-notes') || '';
    paint(marks);
  });
}

function overview(progress) {
  const exporter = progress.querySelector('.reading-export');
  if (!exporter) {
    return;
  }
  let fileEntries = {};
  try {
    fileEntries = JSON.parse(progress.getAttribute('data-reading-entries') || '{}');
  } catch (e) {
    fileEntries = {};
  }
  exporter.hidden = false;
  exporter.querySelector('button[data-reading-export]').addEventListener('click', () => {
    const yaml = toYaml(merge(fileEntries, loadMarks()));
    const url = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'reading.yaml';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}

paint(loadMarks());
const ownSection = document.querySelector('section.reading[data-paper]');
if (ownSection) {
  paperPage(ownSection);
}
const progressSection = document.querySelector('.reading-progress[data-reading-entries]');
if (progressSection) {
  overview(progressSection);
}
// Another tab's marks show here too.
window.addEventListener('storage', (event) => {
  if (event.key === storeKey) {
    paint(loadMarks());
  }
});
