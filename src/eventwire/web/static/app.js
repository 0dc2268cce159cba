// eventwire's page: a map and a timeline of incidents, filters that drive both, and an
// incident view with each source's text and its evidence highlighted. Every piece of article
// text is put in the page as text (textContent, text nodes), never as markup.
"use strict";

const COLORS = {
  "Air/drone strike": "#d9480f", "Shelling/artillery/missile attack": "#c2255c",
  "Remote explosive/landmine/IED": "#7048e8", "Suicide bomb": "#5f3dc4",
  "Armed clash": "#1971c2", "Attack": "#2b8a3e", "Abduction/forced disappearance": "#e67700",
  "Peaceful protest": "#0c8599", "Violent demonstration": "#0b7285",
};
const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

let basemap = null;
let view = { x0: -180, y0: -90, x1: 180, y1: 90 };

function project([lon, lat]) {
  const w = 960, h = 480;
  return [((lon - view.x0) / (view.x1 - view.x0)) * w, ((view.y1 - lat) / (view.y1 - view.y0)) * h];
}

function fitView(items) {
  const placed = items.filter((i) => i.latitude !== null && i.longitude !== null);
  if (!placed.length) { view = { x0: -180, y0: -90, x1: 180, y1: 90 }; return; }
  let x0 = Math.min(...placed.map((i) => i.longitude)), x1 = Math.max(...placed.map((i) => i.longitude));
  let y0 = Math.min(...placed.map((i) => i.latitude)), y1 = Math.max(...placed.map((i) => i.latitude));
  const pad = Math.max(4, (x1 - x0) * 0.2, (y1 - y0) * 0.2);
  x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
  // keep the 2:1 shape of the drawing
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  let w = x1 - x0, h = y1 - y0;
  if (w < 2 * h) w = 2 * h; else h = w / 2;
  view = { x0: cx - w / 2, x1: cx + w / 2, y0: cy - h / 2, y1: cy + h / 2 };
}

function drawMap(items) {
  const map = document.getElementById("map");
  map.replaceChildren();
  if (basemap) {
    for (const feature of basemap.features) {
      for (const line of feature.geometry.coordinates) {
        const points = line.map((p) => project(p).map((v) => v.toFixed(1)).join(",")).join(" ");
        map.appendChild(svg("polyline", { points, class: feature.properties.kind }));
      }
    }
  }
  for (const item of items) {
    if (item.latitude === null || item.longitude === null) continue;
    const [x, y] = project([item.longitude, item.latitude]);
    const r = 4 + 2 * Math.sqrt(item.fatalities_best || 0);
    const dot = svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1),
      fill: COLORS[item.sub_event_type] || "#555", "data-incident": item.incident_id });
    const title = svg("title");
    title.textContent = `${item.event_date || "date unknown"} · ${item.sub_event_type} · ${item.location || ""}`;
    dot.appendChild(title);
    dot.addEventListener("click", () => openIncident(item.incident_id));
    map.appendChild(dot);
  }
}

function drawTimeline(items) {
  // incidents per day, one stacked bar per day, coloured by type as on the map
  const line = document.getElementById("timeline");
  line.replaceChildren();
  const days = {};
  for (const item of items) {
    if (!item.event_date) continue;
    const day = (days[item.event_date] = days[item.event_date] || {});
    day[item.sub_event_type] = (day[item.sub_event_type] || 0) + 1;
  }
  const keys = Object.keys(days).sort();
  if (!keys.length) return;
  const first = Date.parse(keys[0]), last = Date.parse(keys[keys.length - 1]);
  const span = Math.max(1, (last - first) / 86400000 + 1);
  const total = (key) => Object.values(days[key]).reduce((a, b) => a + b, 0);
  const top = Math.max(...keys.map(total));
  const width = Math.max(2, 940 / span - 1);
  for (const key of keys) {
    const x = ((Date.parse(key) - first) / 86400000) * (940 / span) + 10;
    let y = 100;
    for (const [type, n] of Object.entries(days[key])) {
      const h = (n / top) * 90;
      y -= h;
      const bar = svg("rect", { x: x.toFixed(1), y: y.toFixed(1), width: width.toFixed(1),
        height: h.toFixed(1), fill: COLORS[type] || "#555", "data-day": key });
      const title = svg("title");
      title.textContent = `${key}: ${n} ${type}`;
      bar.appendChild(title);
      line.appendChild(bar);
    }
  }
  const label = svg("text", { x: 10, y: 115, "font-size": 11 });
  label.textContent = `${keys[0]} … ${keys[keys.length - 1]}`;
  line.appendChild(label);
}

function drawList(page) {
  document.getElementById("count").textContent =
    `${page.total} incident(s)` + (page.total > page.items.length ? `, the first ${page.items.length} shown` : "");
  const body = document.querySelector("#list tbody");
  body.replaceChildren();
  for (const item of page.items) {
    const row = el("tr", { "data-incident": item.incident_id });
    for (const value of [item.event_date || "unknown", item.sub_event_type, item.location || "unknown",
      item.fatalities_best ?? "–", item.n_sources]) row.appendChild(el("td", {}, value));
    row.addEventListener("click", () => openIncident(item.incident_id));
    body.appendChild(row);
  }
}

async function refresh() {
  const form = new FormData(document.getElementById("filters"));
  const params = new URLSearchParams({ limit: "500", sort: "-n_sources" });
  for (const [k, v] of form.entries()) if (v) params.set(k, v);
  const page = await getJSON(`/api/incidents?${params}`);
  fitView(page.items);
  drawMap(page.items);
  drawTimeline(page.items);
  drawList(page);
  document.body.dataset.ready = "yes";
}

function highlighted(text, spans) {
  // the text as text nodes, with each evidence span wrapped in <mark>
  const out = document.createDocumentFragment();
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    out.appendChild(document.createTextNode(text.slice(at, span.start)));
    out.appendChild(el("mark", {}, text.slice(span.start, span.end)));
    at = span.end;
  }
  out.appendChild(document.createTextNode(text.slice(at)));
  return out;
}

async function openIncident(id) {
  const incident = await getJSON(`/api/incidents/${encodeURIComponent(id)}`);
  document.getElementById("overview").hidden = true;
  document.getElementById("incident").hidden = false;
  document.getElementById("incident-title").textContent =
    `${incident.sub_event_type} · ${incident.location || "place unknown"} · ${incident.event_date || "date unknown"}`;
  const fields = document.getElementById("incident-fields");
  fields.replaceChildren();
  for (const [k, v] of [["actors", `${incident.actor1 || "–"} → ${incident.actor2 || "–"}`],
    ["killed (low/best/high)", `${incident.fatalities_low ?? "–"}/${incident.fatalities_best ?? "–"}/${incident.fatalities_high ?? "–"}`],
    ["injured (low/best/high)", `${incident.injuries_low ?? "–"}/${incident.injuries_best ?? "–"}/${incident.injuries_high ?? "–"}`],
    ["notes", incident.notes]]) {
    fields.appendChild(el("dt", {}, k));
    fields.appendChild(el("dd", {}, v));
  }
  const conflicts = document.getElementById("conflicts");
  conflicts.replaceChildren(...incident.conflicts.map((c) => el("p", { class: "conflict" }, c.note)));
  const sources = document.getElementById("sources");
  sources.replaceChildren();
  for (const source of incident.sources) {
    const box = el("article", { class: "source", "data-document": source.document_id });
    box.appendChild(el("h4", {}, `${source.outlet || source.source_path || source.document_id}`));
    box.appendChild(el("p", {}, `published ${source.published || "unknown"} · ${source.background ? "as background" : "as news"}`));
    const claims = el("ul");
    for (const c of source.claims) claims.appendChild(el("li", {}, `${c.field}: ${c.value ?? "?"}${c.attributed_to ? ", according to " + c.attributed_to : ""}${c.hedged ? " (unconfirmed)" : ""}`));
    box.appendChild(claims);
    const text = el("div", { class: "text" });
    box.appendChild(text);
    sources.appendChild(box);
    getJSON(`/api/documents/${encodeURIComponent(source.document_id)}`).then((doc) => {
      const spans = [...source.evidence, ...source.claims].map((s) => ({ start: s.start, end: s.end }));
      text.appendChild(highlighted(doc.text || "", spans));
      box.dataset.loaded = "yes";
    });
  }
  const said = document.getElementById("statements");
  said.replaceChildren();
  for (const s of incident.statements) {
    const item = el("li");
    item.appendChild(el("span", { class: "stance" }, `${s.stance}: `));
    item.appendChild(document.createTextNode(`${s.speaker || "unknown"}${s.speaker_role ? ", " + s.speaker_role : ""}${s.speaker_org ? " (" + s.speaker_org + ")" : ""} — `));
    item.appendChild(el("q", {}, s.quote));
    said.appendChild(item);
  }
  document.body.dataset.incident = id;
}

document.getElementById("close").addEventListener("click", () => {
  document.getElementById("incident").hidden = true;
  document.getElementById("overview").hidden = false;
});
document.getElementById("filters").addEventListener("submit", (event) => { event.preventDefault(); refresh(); });

(async () => {
  const stats = await getJSON("/api/stats");
  const select = document.querySelector("select[name=sub_event_type]");
  for (const row of stats.by_type) if (row.key) select.appendChild(el("option", { value: row.key }, `${row.key} (${row.incidents})`));
  basemap = await getJSON("/api/basemap");
  await refresh();
})();
