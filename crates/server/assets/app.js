// dyad's web page: plain JavaScript over the JSON API, no framework and no build step, so the
// page is served from the binary and works offline. Every figure is SVG drawn here.
// Elements carry stable ids and data-attributes (data-event, data-actor, data-period) so that
// the end-to-end test can find them.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const PAGE = 50;
const state = { filters: {}, offset: 0, total: 0, dyad: null };

// ---------------------------------------------------------------- helpers

async function api(path, options) {
  const res = await fetch(path, options);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return e;
}

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}

function title(node, text) {
  node.append(svg('title', {}, text));
  return node;
}

// Goldstein -10 (conflict) .. +10 (cooperation) as red .. grey .. green.
function goldsteinColor(g) {
  if (g == null || Number.isNaN(g)) return '#9e9e9e';
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [158, 158, 158];
  const end = t >= 0 ? [46, 125, 50] : [198, 40, 40];
  const a = Math.abs(t) ** 0.7;
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c.join(',')})`;
}

const QUAD_COLOR = { 1: '#66bb6a', 2: '#2e7d32', 3: '#ef6c00', 4: '#c62828' };
const fmtG = (g) => (g == null ? '' : (g > 0 ? '+' : '') + Number(g).toFixed(1));
const actorCode = (a) => (a ? a.code : '');
const eventKey = (e) => e.id ?? `${e.doc_id}:${e.sentence_index}:${e.trigger_span}`;

function showError(where, err) {
  where.replaceChildren(el('p', { class: 'error' }, err.message || String(err)));
}

// ---------------------------------------------------------------- stats

async function loadStats() {
  try {
    const s = await api('/health');
    const st = s.store || {};
    document.getElementById('stats').textContent =
      `${st.documents ?? 0} documents · ${st.events ?? 0} events · ${st.actors ?? 0} actors`;
  } catch (e) {
    document.getElementById('stats').textContent = `server: ${e.message}`;
  }
}

// ---------------------------------------------------------------- events table

function readFilters() {
  const f = {};
  for (const [k, v] of new FormData(document.getElementById('filters'))) if (v) f[k] = v;
  return f;
}

async function loadEvents() {
  const tbody = document.querySelector('#events-table tbody');
  try {
    const r = await api(`/events${query({ ...state.filters, limit: PAGE, offset: state.offset })}`);
    state.total = r.total;
    tbody.replaceChildren(...r.events.map(eventRow));
    const last = Math.min(state.offset + r.events.length, r.total);
    document.getElementById('events-total').textContent =
      r.total ? `${state.offset + 1}–${last} of ${r.total} events` : 'no events';
    document.getElementById('events-prev').disabled = state.offset === 0;
    document.getElementById('events-next').disabled = last >= r.total;
  } catch (e) {
    tbody.replaceChildren(el('tr', {}, el('td', { colspan: 7, class: 'error' }, e.message)));
  }
}

function eventRow(e) {
  const place = e.location ? e.location.name : '';
  const tr = el(
    'tr',
    { 'data-event': eventKey(e), 'data-doc': e.doc_id, title: `document ${e.doc_id}, sentence ${e.sentence_index}` },
    el('td', {}, e.date ?? ''),
    el('td', { class: 'code', 'data-actor': actorCode(e.source) }, actorCode(e.source)),
    el('td', {}, el('span', { class: 'code' }, e.cameo), ' ', e.trigger),
    el('td', { class: 'code', 'data-actor': actorCode(e.target) }, actorCode(e.target)),
    el('td', { style: `color:${goldsteinColor(e.goldstein)}` }, fmtG(e.goldstein)),
    el('td', {}, place),
    el('td', { class: 'sentence' }, e.sentence),
  );
  tr.addEventListener('click', () => openDocument(e.doc_id));
  return tr;
}

// ---------------------------------------------------------------- network (force layout)

async function loadNetwork() {
  const fig = document.getElementById('network-figure');
  try {
    const r = await api(`/dyads${query({ ...state.filters, bucket: 'month' })}`);
    const pairs = aggregatePairs(r.dyads);
    drawNetwork(fig, pairs);
    fillDyadSelect(pairs);
  } catch (e) {
    showError(fig, e);
  }
}

// Sums per-period counts into one edge per source–target pair, with the event-weighted mean
// Goldstein.
function aggregatePairs(rows) {
  const m = new Map();
  for (const d of rows) {
    if (d.target == null) continue;
    const k = `${d.source}\u0000${d.target}`;
    const p = m.get(k) || { source: d.source, target: d.target, events: 0, gsum: 0, gn: 0 };
    p.events += d.events;
    if (d.mean_goldstein != null) {
      p.gsum += d.mean_goldstein * d.events;
      p.gn += d.events;
    }
    m.set(k, p);
  }
  return [...m.values()]
    .map((p) => ({ ...p, goldstein: p.gn ? p.gsum / p.gn : null }))
    .sort((a, b) => b.events - a.events);
}

function drawNetwork(fig, pairs) {
  const W = 600;
  const H = 400;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'network of actors' });
  const edges = pairs.slice(0, 200);
  const ids = [...new Set(edges.flatMap((p) => [p.source, p.target]))];
  if (!ids.length) {
    root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no dyads yet'));
    fig.replaceChildren(root);
    return;
  }
  const nodes = ids.map((id, i) => {
    const a = (2 * Math.PI * i) / ids.length;
    return { id, x: W / 2 + 150 * Math.cos(a), y: H / 2 + 120 * Math.sin(a), vx: 0, vy: 0, deg: 0 };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = edges.map((p) => ({ ...p, s: byId.get(p.source), t: byId.get(p.target) }));
  for (const l of links) {
    l.s.deg += l.events;
    l.t.deg += l.events;
  }
  forceLayout(nodes, links.filter((l) => l.s !== l.t), W, H);

  const maxE = Math.max(...links.map((l) => l.events));
  const maxD = Math.max(...nodes.map((n) => n.deg));
  const radius = (n) => 5 + 8 * Math.sqrt(n.deg / maxD);
  const gEdges = svg('g', { class: 'edges' });
  for (const l of links) {
    if (l.s === l.t) continue;
    // A slight curve, bending to the left of the direction of travel, keeps A→B and B→A apart;
    // the curve stops at the target's rim so that the arrowhead shows.
    const dx = l.t.x - l.s.x;
    const dy = l.t.y - l.s.y;
    const cx = (l.s.x + l.t.x) / 2 - dy * 0.15;
    const cy = (l.s.y + l.t.y) / 2 + dx * 0.15;
    const back = radius(l.t) + 2;
    const ddx = l.t.x - cx;
    const ddy = l.t.y - cy;
    const dd = Math.hypot(ddx, ddy) || 1;
    const ex = l.t.x - (ddx / dd) * back;
    const ey = l.t.y - (ddy / dd) * back;
    const f = (v) => v.toFixed(1);
    const edge = svg('path', {
      d: `M${f(l.s.x)} ${f(l.s.y)}Q${f(cx)} ${f(cy)} ${f(ex)} ${f(ey)}`,
      fill: 'none',
      stroke: goldsteinColor(l.goldstein),
      'stroke-width': (1.5 + 6 * Math.sqrt(l.events / maxE)).toFixed(1),
      'stroke-opacity': 0.85,
      'marker-end': 'url(#arrow)',
      'data-source': l.source, 'data-target': l.target, 'data-events': l.events,
    });
    title(edge, `${l.source} → ${l.target}: ${l.events} events, mean Goldstein ${fmtG(l.goldstein)}`);
    edge.addEventListener('click', () => chooseDyad(l.source, l.target));
    gEdges.append(edge);
  }
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' });
  marker.append(svg('path', { d: 'M0 0L10 5L0 10z', fill: '#5b6475' }));
  defs.append(marker);
  const gNodes = svg('g', { class: 'nodes' });
  for (const n of nodes) {
    const g = svg('g', { 'data-actor': n.id, transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})` });
    const c = svg('circle', { r: radius(n).toFixed(1), fill: '#2f5fb3' });
    title(c, `${n.id}: ${n.deg} events`);
    c.addEventListener('click', () => filterBy({ actor: n.id }));
    g.append(c, svg('text', { x: 12, y: 4 }, n.id));
    gNodes.append(g);
  }
  root.append(defs, gEdges, gNodes);
  fig.replaceChildren(root);
}

// A small spring-electrical layout (Fruchterman–Reingold flavour): every pair repels, linked
// pairs attract, with a cooling step; deterministic start so that the picture is stable.
function forceLayout(nodes, links, W, H) {
  const k = Math.sqrt((W * H) / Math.max(nodes.length, 1)) * 0.6;
  let temp = W / 8;
  for (let it = 0; it < 300; it++) {
    for (const n of nodes) { n.vx = 0; n.vy = 0; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let d = Math.hypot(dx, dy);
        if (d < 0.01) { dx = 0.1 * (i - j); dy = 0.1; d = Math.hypot(dx, dy); }
        const f = (k * k) / d;
        a.vx += (dx / d) * f; a.vy += (dy / d) * f;
        b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
      }
    }
    for (const l of links) {
      const dx = l.s.x - l.t.x;
      const dy = l.s.y - l.t.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / k;
      l.s.vx -= (dx / d) * f; l.s.vy -= (dy / d) * f;
      l.t.vx += (dx / d) * f; l.t.vy += (dy / d) * f;
    }
    for (const n of nodes) {
      // Gravity to the centre keeps disconnected pairs near the rest.
      n.vx += (W / 2 - n.x) * 0.02 * k;
      n.vy += (H / 2 - n.y) * 0.02 * k;
      const v = Math.hypot(n.vx, n.vy) || 1;
      n.x += (n.vx / v) * Math.min(v, temp);
      n.y += (n.vy / v) * Math.min(v, temp);
    }
    temp *= 0.985;
  }
  // Fit the drawing to the box, leaving room for labels on the right.
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = (v, a, b, lo, hi) => (b - a < 1 ? (lo + hi) / 2 : lo + ((v - a) / (b - a)) * (hi - lo));
  for (const n of nodes) {
    n.x = fit(n.x, x0, x1, 30, W - 80);
    n.y = fit(n.y, y0, y1, 25, H - 25);
  }
}

// ---------------------------------------------------------------- timeline

function fillDyadSelect(pairs) {
  const sel = document.getElementById('timeline-dyad');
  const current = state.dyad ? `${state.dyad.source}\u0000${state.dyad.target}` : null;
  sel.replaceChildren(
    ...pairs.slice(0, 100).map((p) =>
      el('option', { value: `${p.source}\u0000${p.target}` }, `${p.source} → ${p.target} (${p.events})`),
    ),
  );
  if (current && [...sel.options].some((o) => o.value === current)) sel.value = current;
  else if (pairs.length) state.dyad = { source: pairs[0].source, target: pairs[0].target };
  else state.dyad = null;
  loadTimeline();
}

function chooseDyad(source, target) {
  state.dyad = { source, target };
  const sel = document.getElementById('timeline-dyad');
  const v = `${source}\u0000${target}`;
  if (![...sel.options].some((o) => o.value === v)) sel.append(el('option', { value: v }, `${source} → ${target}`));
  sel.value = v;
  loadTimeline();
  document.getElementById('timeline').scrollIntoView({ behavior: 'smooth', block: 'nearest' });
}

async function loadTimeline() {
  const fig = document.getElementById('timeline-figure');
  if (!state.dyad) {
    fig.replaceChildren(el('p', { class: 'hint' }, 'no dyad yet'));
    return;
  }
  const bucket = document.getElementById('timeline-bucket').value;
  try {
    const { filters } = state;
    const r = await api(
      `/dyads${query({ from: filters.from, to: filters.to, source: state.dyad.source, target: state.dyad.target, bucket })}`,
    );
    const rows = r.dyads
      .filter((d) => d.source === state.dyad.source && d.target === state.dyad.target)
      .map((d) => ({ ...d, period: d.period ?? 'undated' }))
      .sort((a, b) => (a.period < b.period ? -1 : 1));
    drawTimeline(fig, rows);
  } catch (e) {
    showError(fig, e);
  }
}

function drawTimeline(fig, rows) {
  const W = 1000;
  const H = 220;
  const m = { l: 34, r: 34, t: 12, b: 40 };
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'timeline' });
  const iw = W - m.l - m.r;
  const ih = H - m.t - m.b;
  const maxC = Math.max(1, ...rows.map((d) => d.events));
  const n = Math.max(rows.length, 1);
  // Bars at most 40 wide, centred, so that one period is not one wall of colour.
  const bw = Math.min(iw / n, 40);
  const x0 = m.l + (iw - bw * n) / 2;
  const yC = (c) => m.t + ih - (c / maxC) * ih;
  const yG = (g) => m.t + ih / 2 - (g / 10) * (ih / 2);
  root.append(
    svg('line', { x1: m.l, y1: m.t + ih, x2: m.l + iw, y2: m.t + ih, stroke: '#bbb' }),
    svg('line', { x1: m.l, y1: yG(0), x2: m.l + iw, y2: yG(0), stroke: '#ddd', 'stroke-dasharray': '4 3' }),
    svg('text', { x: m.l - 4, y: m.t + 8, 'text-anchor': 'end' }, maxC),
    svg('text', { x: m.l - 4, y: m.t + ih, 'text-anchor': 'end' }, 0),
    svg('text', { x: m.l + iw + 4, y: yG(10) + 8 }, '+10'),
    svg('text', { x: m.l + iw + 4, y: yG(0) + 3 }, '0'),
    svg('text', { x: m.l + iw + 4, y: yG(-10) }, '−10'),
  );
  const pts = [];
  rows.forEach((d, i) => {
    const x = x0 + i * bw;
    const bar = svg('rect', {
      x: (x + bw * 0.1).toFixed(1), y: yC(d.events).toFixed(1), width: Math.max(bw * 0.8, 1).toFixed(1),
      height: (m.t + ih - yC(d.events)).toFixed(1), fill: '#9fb4d9', 'data-period': d.period,
    });
    title(bar, `${d.period}: ${d.events} events, mean Goldstein ${fmtG(d.mean_goldstein)}`);
    root.append(bar);
    if (d.mean_goldstein != null) pts.push([x + bw / 2, yG(d.mean_goldstein), d]);
    if (rows.length <= 12 || i % Math.ceil(rows.length / 12) === 0) {
      root.append(svg('text', { x: x + bw / 2, y: H - m.b + 14, 'text-anchor': 'middle' }, d.period));
    }
  });
  if (pts.length) {
    root.append(svg('polyline', { points: pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '), fill: 'none', stroke: '#555', 'stroke-width': 1.5 }));
    for (const [x, y, d] of pts) root.append(svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 3.5, fill: goldsteinColor(d.mean_goldstein) }));
  }
  if (!rows.length) root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no events for this dyad'));
  fig.replaceChildren(root);
}

// ---------------------------------------------------------------- map

let worldPath = null;

async function loadMap() {
  const fig = document.getElementById('map-figure');
  try {
    if (worldPath == null) {
      const txt = await (await fetch('/assets/world.txt')).text();
      worldPath = txt.split('\n').filter((l) => l && !l.startsWith('#')).join('');
    }
    const r = await api(`/events${query({ ...state.filters, limit: 1000, offset: 0 })}`);
    drawMap(fig, r.events.filter((e) => e.location && e.location.lat != null && e.location.lon != null));
  } catch (e) {
    showError(fig, e);
  }
}

function drawMap(fig, events) {
  const root = svg('svg', { viewBox: '0 0 3600 1800', role: 'img', 'aria-label': 'map of event places' });
  root.append(svg('path', { class: 'land', d: worldPath }));
  // Events at one place share a dot whose size grows with their number.
  const places = new Map();
  for (const e of events) {
    const k = `${e.location.lat.toFixed(2)},${e.location.lon.toFixed(2)}`;
    if (!places.has(k)) places.set(k, []);
    places.get(k).push(e);
  }
  const dots = svg('g', { class: 'dots' });
  for (const es of places.values()) {
    const { lat, lon, name } = es[0].location;
    es.forEach((e, i) => {
      const c = svg('circle', {
        cx: ((lon + 180) * 10).toFixed(1), cy: ((90 - lat) * 10).toFixed(1),
        r: i === 0 ? 14 + 6 * Math.sqrt(es.length) : 0.01,
        fill: QUAD_COLOR[e.quad_class] || '#555', 'fill-opacity': 0.75, stroke: '#fff', 'stroke-width': 3,
        'data-event': eventKey(e), 'data-place': name,
      });
      title(c, `${name}: ${es.length} event(s); ${actorCode(e.source)} ${e.cameo} ${actorCode(e.target)}`);
      c.addEventListener('click', () => openDocument(e.doc_id));
      dots.append(c);
    });
  }
  root.append(dots);
  fig.replaceChildren(root);
  document.getElementById('map-count').textContent = events.length
    ? `${events.length} events at ${places.size} places (colour: quad class)`
    : 'no located events for these filters';
}

// ---------------------------------------------------------------- document view

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Spans are byte offsets into the UTF-8 text; marks may overlap, so the text is cut at every
// span boundary and each piece gets the classes of the spans covering it.
function markedText(bytes, start, end, marks) {
  const cuts = new Set([start, end]);
  for (const mk of marks) {
    if (mk.end <= start || mk.start >= end) continue;
    cuts.add(Math.max(mk.start, start));
    cuts.add(Math.min(mk.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const text = decoder.decode(bytes.subarray(a, b));
    const cover = marks.filter((mk) => mk.start <= a && mk.end >= b);
    if (!cover.length) { out.push(document.createTextNode(text)); continue; }
    const classes = new Set(cover.map((mk) => mk.kind));
    if (cover.some((mk) => mk.kind === 'source' || mk.kind === 'target')) classes.add('actor');
    const attrs = { class: [...classes].join(' ') };
    const actor = cover.find((mk) => mk.actor);
    if (actor) attrs['data-actor'] = actor.actor;
    out.push(el('mark', attrs, text));
  }
  return out;
}

async function openDocument(id) {
  const view = document.getElementById('document-view');
  try {
    const d = await api(`/documents/${encodeURIComponent(id)}`);
    renderDocument(view, d);
    document.getElementById('document-hint').hidden = true;
  } catch (e) {
    showError(view, e);
  }
}

function renderDocument(view, d) {
  const bytes = encoder.encode(d.text);
  const marks = [];
  for (const e of d.events) {
    marks.push({ start: e.source.span[0], end: e.source.span[1], kind: 'source', actor: e.source.code });
    if (e.target) marks.push({ start: e.target.span[0], end: e.target.span[1], kind: 'target', actor: e.target.code });
    marks.push({ start: e.trigger_span[0], end: e.trigger_span[1], kind: 'trigger' });
    if (e.location && e.location.span) marks.push({ start: e.location.span[0], end: e.location.span[1], kind: 'place' });
  }
  const sentences = d.sentences && d.sentences.length
    ? d.sentences
    : [{ index: 0, start: 0, end: bytes.length }];
  const grid = el('div', { class: 'doc-grid' });
  for (const s of sentences) {
    const evs = d.events.filter((e) => e.sentence_index === s.index);
    const left = el('div', { class: 'sentence', 'data-sentence': s.index }, ...markedText(bytes, s.start, s.end, marks));
    const right = el('div', { class: 'events' }, ...evs.map((e) =>
      el('div', { class: 'doc-event', 'data-event': eventKey(e), 'data-trigger': e.trigger },
        el('span', { class: 'code' }, `${actorCode(e.source)} ${e.cameo} ${actorCode(e.target)}`),
        ' ', e.plover ? e.plover.event : '', ' ',
        el('span', { class: 'g', style: `color:${goldsteinColor(e.goldstein)}` }, fmtG(e.goldstein)),
        e.location ? ` · ${e.location.name}` : '',
        e.modality !== 'asserted' ? ` · ${e.modality}` : '')));
    grid.append(left, right);
  }
  const meta = [d.lang, d.date, d.source, `${d.events.length} events`].filter(Boolean).join(' · ');
  view.replaceChildren(
    el('div', { class: 'doc-head', 'data-doc': d.id },
      el('strong', {}, d.title || d.id), ' ', el('span', { class: 'meta' }, meta),
      d.url ? el('div', {}, el('a', { href: d.url, rel: 'noopener noreferrer' }, d.url)) : ''),
    grid,
  );
}

// ---------------------------------------------------------------- code a text

async function codeText(ev) {
  ev.preventDefault();
  const out = document.getElementById('code-result');
  const button = document.getElementById('code-submit');
  const doc = {
    title: document.getElementById('code-title').value || undefined,
    text: document.getElementById('code-text').value,
    lang: document.getElementById('code-lang').value,
    date: document.getElementById('code-date').value || undefined,
  };
  button.disabled = true;
  out.replaceChildren(el('p', { class: 'hint' }, 'coding…'));
  try {
    const r = await api('/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    });
    const docInfo = r.documents[0];
    const items = r.events.map((e) =>
      el('li', { 'data-event': eventKey(e) },
        el('span', { class: 'code' }, `${actorCode(e.source)} ${e.cameo} ${actorCode(e.target)}`),
        ` “${e.trigger}” `,
        el('span', { style: `color:${goldsteinColor(e.goldstein)}` }, fmtG(e.goldstein)),
        e.location ? ` · ${e.location.name}` : ''));
    out.replaceChildren(
      el('p', { id: 'code-summary', 'data-doc': docInfo ? docInfo.id : '' },
        docInfo ? `document ${docInfo.id} (${docInfo.lang}): ${r.events.length} events` : 'nothing coded'),
      ...r.errors.map((e) => el('p', { class: 'error' }, `${e.id}: ${e.message}`)),
      el('ul', {}, ...items),
    );
    if (docInfo) {
      // Show what was just coded: its events, its network and places, and the document.
      document.getElementById('filters').reset();
      filterBy({ doc: docInfo.id });
      openDocument(docInfo.id);
    }
  } catch (e) {
    showError(out, e);
  } finally {
    button.disabled = false;
  }
}

// ---------------------------------------------------------------- wiring

function filterBy(f) {
  const form = document.getElementById('filters');
  for (const [k, v] of Object.entries(f)) if (form.elements[k]) form.elements[k].value = v;
  applyFilters();
}

function applyFilters() {
  state.filters = readFilters();
  state.offset = 0;
  return refresh();
}

function refresh() {
  return Promise.all([loadStats(), loadEvents(), loadNetwork(), loadMap()]);
}

document.getElementById('filters').addEventListener('submit', (e) => { e.preventDefault(); applyFilters(); });
document.getElementById('filters').addEventListener('reset', () => setTimeout(applyFilters, 0));
document.getElementById('events-prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
document.getElementById('events-next').addEventListener('click', () => { state.offset += PAGE; loadEvents(); });
document.getElementById('timeline-dyad').addEventListener('change', (e) => {
  const [source, target] = e.target.value.split('\u0000');
  state.dyad = { source, target };
  loadTimeline();
});
document.getElementById('timeline-bucket').addEventListener('change', loadTimeline);
document.getElementById('code-form').addEventListener('submit', codeText);
refresh().then(() => document.body.setAttribute('data-ready', 'true'));
