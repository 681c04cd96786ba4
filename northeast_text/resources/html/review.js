/* northeast-text review page: findings panel, filters, keys, counterparts, decisions.
   Self-contained: no network, no libraries. window.NT exposes the actions (tests use it). */
(function () {
  'use strict';
  var doc = document, body = doc.body;
  var pair = body.getAttribute('data-pair') || 'pair';
  var STORE = 'northeast-text:decisions:' + pair;
  var RSTORE = 'northeast-text:reviewer';
  var entries = Array.prototype.slice.call(doc.querySelectorAll('#findings .finding'));
  var byFid = {}, byTarget = {}, groups = {};
  var current = null, lit = [], paired = [];

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function targetsOf(e) { return (e.getAttribute('data-targets') || '').split(/\s+/).filter(Boolean); }
  function push(map, key, value) { (map[key] = map[key] || []).push(value); }

  entries.forEach(function (e) {
    byFid[e.getAttribute('data-fid')] = e;
    targetsOf(e).forEach(function (t) { push(byTarget, t, e); });
  });
  each(doc.querySelectorAll('[data-grp]'), function (el) {
    el.getAttribute('data-grp').split(/\s+/).forEach(function (g) { if (g) push(groups, g, el); });
  });

  /* ------------------------------------------------------------ storage */
  function readStore() {
    try { return JSON.parse(localStorage.getItem(STORE) || '{}') || {}; } catch (err) { return {}; }
  }
  function writeStore() {
    var out = {};
    entries.forEach(function (e) {
      var d = e.getAttribute('data-decision');
      var c = e.querySelector('textarea').value;
      if (d || c) out[e.getAttribute('data-fid')] = { decision: d || '', comment: c };
    });
    try { localStorage.setItem(STORE, JSON.stringify(out)); } catch (err) { /* private mode */ }
  }
  var saved = readStore();
  Object.keys(saved).forEach(function (fid) {
    var e = byFid[fid], s = saved[fid];
    if (!e || !s) return;
    if (s.decision === 'confirmed' || s.decision === 'dismissed') e.setAttribute('data-decision', s.decision);
    else if (s.decision === '') e.removeAttribute('data-decision');
    if (typeof s.comment === 'string') e.querySelector('textarea').value = s.comment;
  });
  var reviewer = doc.getElementById('reviewer');
  if (reviewer) {
    try { reviewer.value = localStorage.getItem(RSTORE) || ''; } catch (err) { /* ignore */ }
    reviewer.addEventListener('change', function () {
      try { localStorage.setItem(RSTORE, reviewer.value); } catch (err) { /* ignore */ }
    });
  }

  /* ------------------------------------------------------------ filters */
  function checked(kind) {
    var out = {};
    each(doc.querySelectorAll('input[data-filter="' + kind + '"]'), function (i) { out[i.value] = i.checked; });
    return out;
  }
  function applyFilters() {
    var sev = checked('sev'), kinds = checked('kind'), dis = checked('dismissed');
    var showDismissed = dis.dismissed !== false;
    var n = 0;
    entries.forEach(function (e) {
      var show = sev[e.getAttribute('data-sev')] !== false && kinds[e.getAttribute('data-kind')] !== false &&
        (showDismissed || e.getAttribute('data-decision') !== 'dismissed');
      e.hidden = !show;
      if (show) n += 1;
    });
    var shown = doc.getElementById('shown');
    if (shown) shown.textContent = 'showing ' + n + ' of ' + entries.length;
    if (current && current.hidden) unselect();
    return n;
  }
  each(doc.querySelectorAll('input[data-filter]'), function (i) { i.addEventListener('change', applyFilters); });

  /* ------------------------------------------------------------ selection */
  function clearLit() { lit.forEach(function (el) { el.classList.remove('hit'); }); lit = []; }
  function unselect() {
    clearLit();
    if (current) current.classList.remove('current');
    current = null;
  }
  function select(e, opts) {
    if (typeof e === 'string') e = byFid[e];
    if (!e) return null;
    opts = opts || {};
    unselect();
    current = e;
    e.classList.add('current');
    var els = targetsOf(e).map(function (t) { return doc.getElementById(t); }).filter(Boolean);
    els.forEach(function (el) {
      el.classList.remove('hit');
      void el.offsetWidth; /* restart the flash */
      el.classList.add('hit');
      lit.push(el);
    });
    if (opts.panel !== false) e.scrollIntoView({ block: 'nearest' });
    if (els.length && opts.scroll !== false) els[0].scrollIntoView({ block: 'center' });
    return e;
  }
  function step(d) {
    var vis = entries.filter(function (e) { return !e.hidden; });
    if (!vis.length) return null;
    var i = current ? vis.indexOf(current) : -1;
    if (i < 0) i = d > 0 ? 0 : vis.length - 1;
    else i = Math.max(0, Math.min(vis.length - 1, i + d));
    return select(vis[i]);
  }

  entries.forEach(function (e) {
    e.addEventListener('click', function (ev) {
      var t = ev.target;
      if (t.closest('button, textarea')) return;
      select(e);
    });
    each(e.querySelectorAll('button[data-act]'), function (b) {
      b.addEventListener('click', function () { decide(e, b.getAttribute('data-act')); });
    });
    e.querySelector('textarea').addEventListener('input', writeStore);
  });

  /* clicking a marked span in the text selects its finding */
  doc.getElementById('text').addEventListener('click', function (ev) {
    var el = ev.target.closest('[id]');
    while (el && !byTarget[el.id]) el = el.parentElement ? el.parentElement.closest('[id]') : null;
    if (!el) return;
    var list = byTarget[el.id].filter(function (e) { return !e.hidden; });
    if (!list.length) return;
    var k = list.indexOf(current);
    select(list[(k + 1) % list.length], { scroll: false });
  });

  /* ------------------------------------------------------------ counterparts */
  function unpair() { paired.forEach(function (el) { el.classList.remove('pair-hl'); }); paired = []; }
  function pairUp(el) {
    unpair();
    (el.getAttribute('data-grp') || '').split(/\s+/).forEach(function (g) {
      (groups[g] || []).forEach(function (o) { o.classList.add('pair-hl'); paired.push(o); });
    });
    return paired.length;
  }
  doc.getElementById('text').addEventListener('mouseover', function (ev) {
    var el = ev.target.closest('[data-grp]');
    if (el) pairUp(el); else unpair();
  });
  doc.getElementById('text').addEventListener('mouseleave', unpair);

  /* ------------------------------------------------------------ decisions */
  function decide(e, decision) {
    if (typeof e === 'string') e = byFid[e];
    if (!e) return;
    if (e.getAttribute('data-decision') === decision) e.removeAttribute('data-decision');
    else e.setAttribute('data-decision', decision);
    refresh();
    writeStore();
    applyFilters();
  }
  function refresh() {
    var n = 0, counts = { error: 0, warning: 0, info: 0 }, dismissed = 0;
    entries.forEach(function (e) {
      var d = e.getAttribute('data-decision');
      var state = e.querySelector('.state');
      if (state) state.textContent = d || '';
      if (d) n += 1;
      if (d === 'dismissed') dismissed += 1;
      else counts[e.getAttribute('data-sev')] = (counts[e.getAttribute('data-sev')] || 0) + 1;
    });
    var p = doc.getElementById('progress');
    if (p) p.textContent = n + '/' + entries.length + ' reviewed';
    ['error', 'warning', 'info'].forEach(function (s) {
      var b = doc.querySelector('#counts .c-' + s + ' b');
      if (b) b.textContent = counts[s];
    });
    var db = doc.querySelector('#counts .c-dismissed b');
    if (db) db.textContent = dismissed;
  }
  function decisions() {
    var who = reviewer ? reviewer.value.trim() : '';
    var out = [];
    entries.forEach(function (e) {
      var d = e.getAttribute('data-decision');
      if (d !== 'confirmed' && d !== 'dismissed') return;
      var item = { finding: e.getAttribute('data-fid'), decision: d, comment: e.querySelector('textarea').value };
      var r = who || e.getAttribute('data-reviewer') || '';
      if (r) item.reviewer = r;
      out.push(item);
    });
    return out;
  }
  function exportJSON() {
    return JSON.stringify({ schema: 1, pair: pair, decisions: decisions() }, null, 2) + '\n';
  }
  function download() {
    var blob = new Blob([exportJSON()], { type: 'application/json' });
    var a = doc.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = pair + '.decisions.json';
    doc.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    return a.download;
  }
  var exp = doc.getElementById('export');
  if (exp) exp.addEventListener('click', download);

  /* ------------------------------------------------------------ keys */
  doc.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var tag = (ev.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea') {
      if (ev.key === 'Escape') ev.target.blur();
      return;
    }
    var k = ev.key;
    if (k === 'j' || k === 'n') step(1);
    else if (k === 'k' || k === 'p') step(-1);
    else if (k === 'c' && current) decide(current, 'confirmed');
    else if (k === 'd' && current) decide(current, 'dismissed');
    else if (k === '/' && current) current.querySelector('textarea').focus();
    else if (k === 'Escape') unselect();
    else return;
    ev.preventDefault();
  });

  /* the counts in the header jump to the first finding of their severity */
  each(doc.querySelectorAll('#counts .c[data-sev]'), function (c) {
    c.addEventListener('click', function () {
      var sev = c.getAttribute('data-sev');
      var box = doc.querySelector('input[data-filter="sev"][value="' + sev + '"]');
      if (box && !box.checked) { box.checked = true; applyFilters(); }
      var first = entries.filter(function (e) { return !e.hidden && e.getAttribute('data-sev') === sev; })[0];
      if (first) select(first);
    });
  });

  var low = doc.querySelector('#counts .c-low');
  if (low) low.addEventListener('click', function () {
    var row = doc.querySelector('.row.low');
    if (row) row.scrollIntoView({ block: 'center' });
  });

  refresh();
  applyFilters();
  window.NT = {
    select: select, next: function () { return step(1); }, prev: function () { return step(-1); },
    current: function () { return current; }, applyFilters: applyFilters, decide: decide,
    decisions: decisions, exportJSON: exportJSON, download: download, pairUp: pairUp, unpair: unpair
  };
  body.setAttribute('data-ready', '1');
})();
