// Tarjama review: the page. Plain ES modules, no build step; every text goes into the page as a text node
// (textContent / createTextNode), never as HTML.
import { VirtualList } from './grid.js';
import { KEYS } from './keys.js';

const $ = (id) => document.getElementById(id);
const state = JSON.parse($('state').textContent);
const LOW = 0.5;
const HIGH = 0.8;

// The documents of every file, flattened: {file, doc, data}
const docs = [];
state.files.forEach((f) => f.documents.forEach((d, k) => docs.push({ file: f, doc: k, data: d })));

const ui = {
  current: 0, // index into docs
  view: [], // bead indices shown (all, or the queue when filtering)
  pos: 0, // position in view
  side: 'en',
  sentence: 0, // index within the bead's side
  queue: 'unconfirmed',
  filter: false,
  hits: [],
  hitSet: new Set(),
  hitPos: -1,
  lastQuery: '',
};

function cur() { return docs[ui.current]; }

// Bead starts: running sums of the counts.
function index(d) {
  const n = d.beads.length;
  d.enStart = new Int32Array(n);
  d.arStart = new Int32Array(n);
  let i = 0, j = 0;
  for (let k = 0; k < n; k++) {
    d.enStart[k] = i; d.arStart[k] = j;
    i += d.beads[k].e; j += d.beads[k].a;
  }
}
docs.forEach((x) => index(x.data));

function band(s) { return s < LOW ? 'low' : s < HIGH ? 'medium' : 'high'; }

function inQueue(d, k, kind) {
  const b = d.beads[k];
  switch (kind) {
    case 'unconfirmed': return b.st === 'auto';
    case 'low': return b.s < HIGH && b.st !== 'confirmed'; // below the green band: 0.68-0.8 beads are often wrong
    case 'non11': return !(b.e === 1 && b.a === 1) && b.st !== 'confirmed';
    case 'finding': return !!(b.f && b.f.length);
    default: return true;
  }
}

function buildView() {
  const d = cur().data;
  const keep = ui.view.length ? ui.view[Math.min(ui.pos, ui.view.length - 1)] : 0;
  ui.view = [];
  for (let k = 0; k < d.beads.length; k++) {
    if (!ui.filter || inQueue(d, k, ui.queue) || k === keep) ui.view.push(k);
  }
  ui.pos = Math.max(0, Math.min(ui.view.length - 1, nearestPos(keep)));
  list.setCount(ui.view.length);
}

function nearestPos(k) {
  let lo = 0, hi = ui.view.length - 1, best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ui.view[mid] <= k) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

function bead() { return ui.view[ui.pos]; }

// ---- rendering ----------------------------------------------------------------------------------

// A sentence as nodes: glossary terms in <mark>, the rest as plain text. Each sentence is its own bidi
// isolate with its own direction (span dir=rtl/ltr, unicode-bidi: isolate), so Latin names, numbers and
// punctuation inside an Arabic sentence are ordered by the Unicode bidi algorithm within that sentence and
// never reorder its neighbours; a sentence without terms stays one text node.
function sentenceNodes(s) {
  const marks = (s.h || []).slice().sort((x, y) => x[0] - y[0]);
  const out = [];
  let at = 0;
  for (const [a, b] of marks) {
    if (a < at) continue;
    if (a > at) out.push(document.createTextNode(s.t.slice(at, a)));
    const mark = document.createElement('mark');
    mark.textContent = s.t.slice(a, b);
    out.push(mark);
    at = b;
  }
  if (at < s.t.length || !out.length) out.push(document.createTextNode(s.t.slice(at)));
  return out;
}

function cell(d, k, side) {
  const b = d.beads[k];
  const arabic = side === 'ar';
  const div = document.createElement('div');
  div.className = side;
  if (arabic) { div.lang = 'ar'; div.dir = 'rtl'; } else { div.lang = 'en'; div.dir = 'ltr'; }
  const start = arabic ? d.arStart[k] : d.enStart[k];
  const count = arabic ? b.a : b.e;
  const sents = arabic ? d.ar : d.en;
  if (count === 0) {
    const e = document.createElement('span');
    e.className = 'empty';
    e.textContent = arabic ? '—' : '(no sentence)';
    div.appendChild(e);
  }
  for (let i = 0; i < count; i++) {
    if (i > 0) div.appendChild(document.createTextNode(' '));
    const span = document.createElement('span');
    span.className = 's';
    span.dir = arabic ? 'rtl' : 'ltr';
    span.dataset.i = String(start + i);
    span.append(...sentenceNodes(sents[start + i]));
    div.appendChild(span);
  }
  return div;
}

function startsParagraph(d, k) {
  if (k === 0) return false;
  const b = d.beads[k];
  const e = d.enStart[k], a = d.arStart[k];
  return (b.e > 0 && e > 0 && d.en[e].p !== d.en[e - 1].p) || (b.a > 0 && a > 0 && d.ar[a].p !== d.ar[a - 1].p);
}

function renderRow(pos) {
  const d = cur().data;
  const k = ui.view[pos];
  const b = d.beads[k];
  const row = document.createElement('div');
  let cls = 'row band-' + band(b.s) + ' st-' + b.st;
  if (startsParagraph(d, k)) cls += ' para';
  if (b.f && b.f.length) cls += ' finding';
  if (ui.hitSet.has(k)) cls += ' hit';
  if (pos === ui.pos) cls += ' cur';
  row.className = cls;
  row.dataset.k = String(k);
  const add = (c, text) => { const x = document.createElement('div'); x.className = c; x.textContent = text; row.appendChild(x); return x; };
  add('n', String(k + 1));
  add('type', b.e + '-' + b.a);
  add('score', b.s.toFixed(2));
  add('st', b.st);
  const en = cell(d, k, 'en');
  const ar = cell(d, k, 'ar');
  if (b.f && b.f.length) row.title = b.f.map((f) => f.severity + ': ' + f.message).join('\n');
  row.append(en, ar);
  if (pos === ui.pos) markSelection(row);
  row.addEventListener('click', (ev) => {
    ui.pos = pos;
    const s = ev.target.closest('.s');
    const sideEl = ev.target.closest('.en, .ar');
    if (sideEl) ui.side = sideEl.classList.contains('ar') ? 'ar' : 'en';
    if (s) ui.sentence = Number(s.dataset.i) - (ui.side === 'ar' ? d.arStart[k] : d.enStart[k]);
    refresh();
  });
  return row;
}

function markSelection(row) {
  const side = row.querySelector(ui.side === 'ar' ? '.ar' : '.en');
  if (!side) return;
  side.classList.add('side-cur');
  const ss = side.querySelectorAll('.s');
  if (ss.length) ss[Math.max(0, Math.min(ss.length - 1, ui.sentence))].classList.add('sel');
}

const list = new VirtualList($('grid'), $('rows'), $('spacer-top'), $('spacer-bottom'), renderRow);

function progress() {
  const d = cur().data;
  const count = (ds) => ds.reduce((acc, x) => { acc[0] += x.beads.filter((b) => b.st === 'confirmed').length; acc[1] += x.beads.length; return acc; }, [0, 0]);
  const [c, n] = count([d]);
  const [ac, an] = count(docs.map((x) => x.data));
  const pct = (a, b) => (b ? Math.round((100 * a) / b) : 0) + '%';
  $('progress').textContent = 'this document: ' + c + ' / ' + n + ' confirmed (' + pct(c, n) + ')'
    + (docs.length > 1 ? ' · all: ' + ac + ' / ' + an + ' (' + pct(ac, an) + ')' : '');
  docs.forEach((x, i) => {
    const [xc, xn] = count([x.data]);
    $('doc').options[i].textContent = x.file.name + ' — ' + x.data.name + ' (' + xc + '/' + xn + ')';
  });
}

function findingsPanel() {
  if (!state.glossary) return;
  const d = cur().data;
  $('findings').hidden = false;
  const ol = $('findings-list');
  const items = [];
  d.beads.forEach((b, k) => {
    (b.f || []).forEach((f) => {
      const li = document.createElement('li');
      li.dataset.k = String(k);
      li.textContent = 'bead ' + (k + 1) + ' — ' + f.severity + ': ' + f.message;
      li.addEventListener('click', () => goTo(k));
      items.push(li);
    });
  });
  ol.replaceChildren(...items);
}

function refresh(center) {
  list.render();
  list.reveal(ui.pos, center);
  const row = list.element(ui.pos);
  if (row) row.classList.add('cur');
  const f = cur().file;
  $('undo').disabled = !f.canUndo;
  $('redo').disabled = !f.canRedo;
  const status = $('export-status').value;
  $('export-tmx').href = '/api/files/' + f.id + '/export?format=tmx&status=' + status;
  $('export-tsv').href = '/api/files/' + f.id + '/export?format=tsv&status=' + status;
  document.body.dataset.revision = String(f.revision);
  document.body.dataset.bead = String(bead());
}

function fullRender() {
  buildView();
  progress();
  findingsPanel();
  refresh();
}

// ---- server --------------------------------------------------------------------------------------

let chain = Promise.resolve();
function say(text) { $('status').textContent = text; }
// An edit that cannot be done here changes nothing; counted on the body so scripts and tests can wait on it.
function refuse(text) {
  document.body.dataset.refused = String(Number(document.body.dataset.refused || 0) + 1);
  say(text);
}

function conflict(message) {
  $('banner-text').textContent = message;
  $('banner').hidden = false;
}

async function request(url, body) {
  const res = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const data = await res.json();
  return { res, data };
}

// Sends one edit (edits are sent one after another, each against the revision the last one returned).
function edit(op, fields, after) {
  const started = performance.now();
  chain = chain.then(async () => {
    const x = cur();
    const f = x.file;
    const body = Object.assign({ revision: f.revision, op, doc: x.doc }, fields);
    const { res, data } = await request('/api/files/' + f.id + '/edit', body);
    if (res.status === 409) { conflict(data.error); return; }
    if (!res.ok) { refuse(data.error); return; }
    f.revision = data.revision;
    f.canUndo = data.canUndo;
    f.canRedo = data.canRedo;
    for (const c of data.changes) {
      const d = f.documents[c.doc];
      for (const key of ['en', 'ar', 'beads']) {
        if (c[key]) d[key].splice(c[key].at, c[key].remove, ...c[key].insert);
      }
      index(d);
    }
    if (after) after(data);
    buildView();
    progress();
    findingsPanel();
    refresh();
    const ms = performance.now() - started;
    document.body.dataset.lastOpMs = ms.toFixed(1);
    document.body.dataset.ops = String(Number(document.body.dataset.ops || 0) + 1);
    say(data.label + ' — saved as revision ' + data.revision);
  }).catch((e) => say('error: ' + e));
  return chain;
}

async function reload() {
  const f = cur().file;
  const { res, data } = await request('/api/files/' + f.id + '/reload', {});
  if (!res.ok) { say(data.error); return; }
  Object.assign(f, data);
  docs.forEach((x) => { if (x.file === f) { x.data = f.documents[x.doc]; index(x.data); } });
  $('banner').hidden = true;
  fullRender();
  say('reloaded ' + f.name + ' at revision ' + f.revision);
}

// ---- commands ------------------------------------------------------------------------------------

function sideCount(k, side) { const b = cur().data.beads[k]; return side === 'ar' ? b.a : b.e; }
function sentenceIndex() {
  const d = cur().data, k = bead();
  const n = sideCount(k, ui.side);
  if (n === 0) return -1;
  const i = Math.max(0, Math.min(n - 1, ui.sentence));
  return (ui.side === 'ar' ? d.arStart[k] : d.enStart[k]) + i;
}

function move(delta) {
  ui.pos = Math.max(0, Math.min(ui.view.length - 1, ui.pos + delta));
  ui.sentence = 0;
  refresh();
}

function goTo(k) {
  if (ui.filter && !ui.view.includes(k)) { ui.filter = false; $('filter').checked = false; buildView(); }
  ui.pos = nearestPos(k);
  ui.sentence = 0;
  refresh(true);
}

function queueStep(dir) {
  const d = cur().data;
  const n = d.beads.length;
  for (let step = 1; step <= n; step++) {
    const k = (bead() + dir * step + n * 2) % n;
    if (inQueue(d, k, ui.queue)) { goTo(k); say('queue: ' + $('queue').selectedOptions[0].textContent + ' — bead ' + (k + 1)); return; }
  }
  say('the queue "' + $('queue').selectedOptions[0].textContent + '" is empty in this document');
}

function toggleStatus(target, advance) {
  const k = bead();
  const st = cur().data.beads[k].st === target ? 'auto' : target;
  edit('status', { bead: k, status: st });
  if (advance) move(1);
}

function splitBead() {
  const k = bead(), b = cur().data.beads[k];
  const n = ui.side === 'ar' ? b.a : b.e, m = ui.side === 'ar' ? b.e : b.a;
  let i = Math.min(n, Math.max(1, ui.sentence + 1));
  if (n + m < 2) { refuse('a bead of one sentence cannot be split'); return; }
  let j = Math.round((m * i) / Math.max(1, n));
  if (i === n && j === m) { if (j > 0) j = m - 1; else i = n - 1; }
  if (i + j === 0) j = 1;
  const en = ui.side === 'ar' ? j : i, ar = ui.side === 'ar' ? i : j;
  edit('split', { bead: k, en, ar });
}

function moveSentence(direction) {
  edit('moveSentence', { bead: bead(), side: ui.side, direction }, () => { if (direction < 0) ui.sentence = 0; });
}

function detach(side) {
  const k = bead();
  const n = sideCount(k, side);
  const last = side === ui.side && n > 1 && ui.sentence >= n - 1;
  edit('detach', { bead: k, side, last });
}

function openEditor() {
  const s = sentenceIndex();
  if (s < 0) { say('no sentence on this side of the bead'); return; }
  const d = cur().data;
  const side = ui.side;
  const ta = $('editor-text');
  ta.value = (side === 'ar' ? d.ar : d.en)[s].t;
  ta.dir = side === 'ar' ? 'rtl' : 'ltr';
  ta.lang = side;
  $('editor-label').textContent = (side === 'ar' ? 'Arabic' : 'English') + ' sentence ' + (s + 1) + ' of bead ' + (bead() + 1);
  $('editor').hidden = false;
  $('editor').dataset.side = side;
  $('editor').dataset.sentence = String(s);
  ta.focus();
}

function closeEditor() { $('editor').hidden = true; $('grid').focus(); }

$('editor-text').addEventListener('keydown', (ev) => {
  const ed = $('editor');
  const side = ed.dataset.side, sentence = Number(ed.dataset.sentence);
  const ta = ev.target;
  if (ev.key === 'Escape') { ev.preventDefault(); closeEditor(); }
  else if (ev.key === 'Enter' && ev.shiftKey) {
    ev.preventDefault();
    const offset = ta.selectionStart;
    closeEditor();
    edit('splitSentence', { side, sentence, offset, text: ta.value });
  } else if (ev.key === 'Enter') {
    ev.preventDefault();
    closeEditor();
    edit('editText', { side, sentence, text: ta.value });
  }
});

async function search(dir) {
  const q = $('search').value.trim();
  if (!q) { ui.hits = []; ui.hitSet = new Set(); $('hits').textContent = ''; refresh(); return; }
  if (q !== ui.lastQuery) {
    const x = cur();
    const { res, data } = await request('/api/search?file=' + x.file.id + '&doc=' + x.doc + '&q=' + encodeURIComponent(q));
    if (!res.ok) { say(data.error); return; }
    ui.hits = data.beads;
    ui.hitSet = new Set(data.beads);
    ui.lastQuery = q;
    ui.hitPos = -1;
  }
  if (!ui.hits.length) { $('hits').textContent = 'no bead has it'; refresh(); return; }
  ui.hitPos = (ui.hitPos + dir + ui.hits.length) % ui.hits.length;
  $('hits').textContent = (ui.hitPos + 1) + ' / ' + ui.hits.length;
  goTo(ui.hits[ui.hitPos]);
}

$('search').addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter') { ev.preventDefault(); search(ev.shiftKey ? -1 : 1); }
  else if (ev.key === 'Escape') { ev.preventDefault(); $('grid').focus(); }
});

function help(show) {
  const h = $('help');
  h.hidden = show === undefined ? !h.hidden : !show;
}

function onKey(ev) {
  const t = ev.target;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
  const k = ev.key;
  let done = true;
  if (ev.altKey && k === 'ArrowUp') moveSentence(-1);
  else if (ev.altKey && k === 'ArrowDown') moveSentence(1);
  else if ((ev.ctrlKey || ev.metaKey) && (k === 'z' || k === 'Z')) edit(ev.shiftKey ? 'redo' : 'undo', {});
  else if ((ev.ctrlKey || ev.metaKey) && k === 'y') edit('redo', {});
  else if (ev.ctrlKey || ev.metaKey || ev.altKey) done = false;
  else if (k === '?') help();
  else if (k === 'Escape') help(false);
  else if (k === 'ArrowDown' || k === 'j') move(1);
  else if (k === 'ArrowUp' || k === 'k') move(-1);
  else if (k === 'PageDown') move(10);
  else if (k === 'PageUp') move(-10);
  else if (k === 'Home') move(-ui.view.length);
  else if (k === 'End') move(ui.view.length);
  else if (k === 'ArrowLeft') { ui.side = 'en'; ui.sentence = 0; refresh(); }
  else if (k === 'ArrowRight') { ui.side = 'ar'; ui.sentence = 0; refresh(); }
  else if (k === 'Tab') { ui.side = ui.side === 'en' ? 'ar' : 'en'; ui.sentence = 0; refresh(); }
  else if (k === '[') { ui.sentence = Math.max(0, ui.sentence - 1); refresh(); }
  else if (k === ']') { ui.sentence = Math.min(Math.max(0, sideCount(bead(), ui.side) - 1), ui.sentence + 1); refresh(); }
  else if (k === 'c' || k === ' ') toggleStatus('confirmed', true);
  else if (k === 'C') edit('confirmThrough', { bead: bead() });
  else if (k === 'x') toggleStatus('rejected', false);
  else if (k === 'm') edit('merge', { bead: bead() });
  else if (k === 'M') { if (bead() > 0) edit('merge', { bead: bead() - 1 }, () => move(-1)); }
  else if (k === 's') splitBead();
  else if (k === 'u') moveSentence(-1);
  else if (k === 'd') moveSentence(1);
  else if (k === '1') detach('en');
  else if (k === '0') detach('ar');
  else if (k === 'e' || k === 'Enter' || k === 'F2') openEditor();
  else if (k === 'J') { const s = sentenceIndex(); if (s >= 0) edit('joinSentences', { side: ui.side, sentence: s }); }
  else if (k === 'z') edit('undo', {});
  else if (k === 'y') edit('redo', {});
  else if (k === 'n') queueStep(1);
  else if (k === 'p' || k === 'N') queueStep(-1);
  else if (k === 'q') { const q = $('queue'); q.selectedIndex = (q.selectedIndex + 1) % q.options.length; onQueue(); }
  else if (k === 'f') { $('filter').checked = !$('filter').checked; onFilter(); }
  else if (k === '/') $('search').focus();
  else if (k === 'R') edit('realign', {});
  else done = false;
  if (done) ev.preventDefault();
}

function onQueue() { ui.queue = $('queue').value; if (ui.filter) buildView(); refresh(); say('queue: ' + $('queue').selectedOptions[0].textContent); }
function onFilter() { ui.filter = $('filter').checked; buildView(); refresh(); }

// ---- start ---------------------------------------------------------------------------------------

function start() {
  const sel = $('doc');
  docs.forEach((x, i) => { const o = document.createElement('option'); o.value = String(i); sel.appendChild(o); });
  sel.addEventListener('change', () => { ui.current = Number(sel.value); ui.view = []; ui.pos = 0; fullRender(); $('grid').focus(); });
  const table = $('help-keys');
  for (const [keys, what] of KEYS) {
    const tr = document.createElement('tr');
    const a = document.createElement('td'); a.textContent = keys;
    const b = document.createElement('td'); b.textContent = what;
    tr.append(a, b);
    table.appendChild(tr);
  }
  document.addEventListener('keydown', onKey);
  $('queue').addEventListener('change', onQueue);
  $('filter').addEventListener('change', onFilter);
  $('queue-next').addEventListener('click', () => queueStep(1));
  $('queue-prev').addEventListener('click', () => queueStep(-1));
  $('undo').addEventListener('click', () => edit('undo', {}));
  $('redo').addEventListener('click', () => edit('redo', {}));
  $('realign').addEventListener('click', () => edit('realign', {}));
  $('help-button').addEventListener('click', () => help());
  $('banner-reload').addEventListener('click', reload);
  $('export-status').addEventListener('change', refresh);
  const warnings = state.files.flatMap((f) => f.warnings.concat(f.conflict ? [f.conflict] : []));
  if (warnings.length) conflict(warnings.join(' · '));
  if (!docs.length) { say('no documents in this project'); return; }
  fullRender();
  $('grid').focus();
  if (location.search.includes('token=')) history.replaceState(null, '', '/');
  document.documentElement.dataset.renderedMs = performance.now().toFixed(1);
  document.documentElement.dataset.ready = 'true';
}

start();
