// attache dashboard: a small hash-routed page over the JSON API (docs/api.md). No build step, nothing from another host.
// Every list: filters and paging kept in the address (#/events?domain=trade&offset=50), an export of what it shows.
"use strict";

const view = document.getElementById("view");
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
// Only absolute http(s) addresses become links (the API checks too: `link` is null otherwise).
const safeLink = (u) => (typeof u === "string" && /^https?:\/\/[^\s\x00-\x1f]+$/i.test(u) ? u : null);
const fmt = (x, d = 2) => (x === null || x === undefined ? "—" : (x > 0 ? "+" : "") + Number(x).toFixed(d));
const enc = encodeURIComponent;
const plural = (n, word, many) => `${Number(n ?? 0).toLocaleString("en")} ${n === 1 ? word : many || word + "s"}`;
let charts = [];
let palette = null, world = null, filterValues = null;

async function api(path) {
  const r = await fetch(path);
  if (!r.ok) {
    let detail = r.statusText, body = {};
    try { body = await r.json(); detail = body.detail; } catch (e) { /* not JSON */ }
    if (Array.isArray(detail)) detail = detail.map((d) => `${(d.loc || []).slice(-1)[0] || ""}: ${d.msg}`).join("; ");
    const err = new Error(`${r.status}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
    err.status = r.status;
    err.parameter = body.parameter;
    err.candidates = body.candidates || [];
    throw err;
  }
  return r.json();
}
const optional = (path, fallback = null) => api(path).catch(() => fallback);

async function loadPalette() {
  if (!palette) palette = await api("/static/data/palette.json");
  return palette;
}
// The colour of a domain from the shared palette; any other key by its name (as report/charts.py `colour`).
function colourOf(key) {
  if (palette.domains[key]) return palette.domains[key];
  let sum = 0;
  for (const ch of key) sum += ch.codePointAt(0);
  return palette.fallback[sum % palette.fallback.length];
}

// ---------------------------------------------------------------- routing
function route() {
  charts.forEach((c) => c.destroy());
  charts = [];
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query || "");
  const parts = (path || "/").split("/").filter(Boolean).map(decodeURIComponent);
  const pages = { "": overview, events: eventsPage, articles: articlesPage, stories: storiesPage, threads: threadsPage,
    actors: actorsPage, alerts: alertsPage, countries: countriesPage, dyad: dyadPage, story: storyPage, thread: threadPage, article: articlePage,
    actor: actorPage, country: countryPage, search: searchPage };
  const page = pages[parts[0] || ""] || notFound;
  document.querySelectorAll("header nav a").forEach((a) => a.classList.toggle("here", a.getAttribute("href") === "#/" + (parts[0] || "")));
  view.innerHTML = '<p class="muted">Loading…</p>';
  view.removeAttribute("data-ready");
  const hash = location.hash;
  // data-ready: the page is drawn (what the browser tests wait for); data-page names it
  // data-hash: the address it was drawn for (a view still showing the last address is not this one's)
  const done = () => { if (location.hash === hash) { view.dataset.page = parts[0] || "overview"; view.dataset.hash = hash; view.setAttribute("data-ready", "1"); } };
  loadPalette().then(() => page(parts.slice(1), params)).then(() => coverageBadge()).then(done)
    .catch((e) => { view.innerHTML = `<h1>Something went wrong</h1><p class="error">${esc(e.message)}</p><p><a href="#/">Back to the overview</a></p>`; done(); });
}

function notFound() { view.innerHTML = "<h1>Not found</h1><p><a href='#/'>Back to the overview</a></p>"; return Promise.resolve(); }

// The analysed-coverage badge, on every page (header).
let coverage = null;
async function coverageBadge(cov) {
  const el = document.getElementById("coverage");
  if (cov) coverage = cov;
  if (!coverage) {
    coverage = await optional("/coverage");
    if (!coverage) {
      const h = await optional("/health", {});
      el.textContent = h.articles != null ? `${Number(h.articles).toLocaleString("en")} stored articles` : "";
      return;
    }
  }
  el.textContent = `${coverage.analysed.toLocaleString("en")} of ${coverage.articles.toLocaleString("en")} stored articles analysed`
    + (coverage.skipped ? ` (${coverage.skipped.toLocaleString("en")} set aside: not English)` : "");
  el.title = "Everything shown about actors, events and stories comes from the analysed articles.";
}

// ---------------------------------------------------------------- lists: filters, paging, export
const FILTERS = {
  since: { label: "from", type: "date" }, until: { label: "to", type: "date" },
  country: { label: "country", placeholder: "name or code", list: "countries" }, actor: { label: "actor", placeholder: "name or id" },
  domain: { label: "domain", options: "domains" }, type: { label: "event type", options: "types" },
  outlet: { label: "outlet", placeholder: "name", list: "outlets" }, factuality: { label: "factuality", options: "factualities" },
  min_sources: { label: "min. sources", type: "number", min: 1 }, min_size: { label: "min. articles", type: "number", min: 1 },
  q: { label: "words", placeholder: "in title or text" },
};
const DEFAULT_OPTIONS = { factualities: ["asserted", "reported", "planned", "demanded", "hypothetical", "negated", "question"] };

async function filterOptions() {
  if (!filterValues) {
    filterValues = (await optional("/filters")) || {};
    filterValues.domains = filterValues.domains || Object.keys(palette.domains);
    filterValues.factualities = filterValues.factualities || DEFAULT_OPTIONS.factualities;
  }
  return filterValues;
}

function filterForm(keys, params, opts) {
  const fields = keys.map((k) => {
    const f = FILTERS[k], v = params.get(k) || "";
    let input;
    if (f.options && (opts[f.options] || []).length) {
      input = `<select name="${k}"><option value="">any</option>${opts[f.options].map((o) => `<option${o === v ? " selected" : ""}>${esc(o)}</option>`).join("")}</select>`;
    } else {
      input = `<input name="${k}" type="${f.type || "text"}" value="${esc(v)}"${f.placeholder ? ` placeholder="${esc(f.placeholder)}"` : ""}${f.min ? ` min="${f.min}"` : ""}${f.list ? ` list="dl-${f.list}"` : ""}>`;
    }
    return `<label class="filter">${esc(f.label)}${input}</label>`;
  }).join("");
  const lists = `<datalist id="dl-countries">${(opts.countries || []).map((c) => `<option value="${esc(c.code)}">${esc(c.name)}</option>`).join("")}</datalist>
    <datalist id="dl-outlets">${(opts.outlets || []).map((o) => `<option value="${esc(o.name)}"></option>`).join("")}</datalist>`;
  return `<form class="filters" id="filters">${fields}<button type="submit">Apply</button> <a href="${location.hash.split("?")[0]}" class="clear">clear</a>${lists}</form>`;
}

// Submitting the form writes the filters into the address (first page again); the router draws the list.
function wireFilters(base) {
  const form = document.getElementById("filters");
  if (!form) return;
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    const kept = new URLSearchParams(location.hash.split("?")[1] || "");
    for (const k of ["limit", "interval"]) if (kept.get(k)) q.set(k, kept.get(k));  // the page size and the like stay
    for (const [k, v] of new FormData(form)) if (String(v).trim()) q.set(k, String(v).trim());
    location.hash = base + (q.toString() ? "?" + q : "");
  });
}

function pager(base, params, shown, total, limit) {
  const offset = Number(params.get("offset") || 0);
  const link = (o) => { const q = new URLSearchParams(params); if (o > 0) q.set("offset", o); else q.delete("offset"); return base + (q.toString() ? "?" + q : ""); };
  const last = total != null ? Math.min(total, offset + shown) : offset + shown;
  const hasNext = total != null ? offset + shown < total : shown === limit;
  return `<nav class="pager" aria-label="pages"><span class="count">${shown ? `${(offset + 1).toLocaleString("en")}–${last.toLocaleString("en")}` : "0"}${total != null ? ` of ${total.toLocaleString("en")}` : ""}</span>
    ${offset > 0 ? `<a class="prev" href="${link(Math.max(0, offset - limit))}">← previous</a>` : '<span class="muted">← previous</span>'}
    ${hasNext ? `<a class="next" href="${link(offset + limit)}">next →</a>` : '<span class="muted">next →</span>'}</nav>`;
}

// The export bar: the rows shown as CSV or JSON (made here), and every matching row from the API.
function exportBar(apiPath) {
  const all = apiPath.replace(/([?&])(limit|offset|format)=[^&]*/g, "$1").replace(/[?&]+$/, "");
  const sep = all.includes("?") ? "&" : "?";
  return `<div class="export">Export what is shown: <button type="button" data-export="csv">CSV</button> <button type="button" data-export="json">JSON</button>
    · every match: <a href="${esc(all + sep)}format=csv" download>CSV</a> <a href="${esc(all + sep)}format=jsonl" download>JSON Lines</a></div>`;
}

function cell(v) {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}
function toCSV(rows, columns) {
  const q = (s) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [columns.map((c) => q(c.label)).join(","), ...rows.map((r) => columns.map((c) => q(cell(c.value(r)))).join(","))].join("\r\n") + "\r\n";
}
function wireExport(name, rows, columns) {
  view.querySelectorAll("[data-export]").forEach((b) => b.addEventListener("click", () => {
    const kind = b.dataset.export;
    const body = kind === "csv" ? toCSV(rows, columns) : JSON.stringify(rows, null, 1);
    const blob = new Blob([body], { type: kind === "csv" ? "text/csv" : "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${name}.${kind}`;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }));
}

// A filterable, paged list of one API route. spec: {title, base, path, filters, columns, rowHref, limit, intro}
async function listPage(spec, params) {
  const limit = Number(params.get("limit") || spec.limit || 50);
  const q = new URLSearchParams();
  for (const k of spec.filters) if (params.get(k)) q.set(k, params.get(k));
  for (const [k, v] of Object.entries(spec.fixed || {})) q.set(k, v);
  q.set("limit", limit);
  if (params.get("offset")) q.set("offset", params.get("offset"));
  const path = `${spec.path}?${q}`;
  const opts = await filterOptions();
  let page;
  try {
    page = await api(path);
  } catch (e) {
    if (e.status !== 422 && e.status !== 404) throw e;
    // a filter the API cannot take: the form stays, with the reason and what the name may have meant
    const fix = e.candidates.map((c) => { const p = new URLSearchParams(params); p.set(e.parameter, c.code); p.delete("offset");
      return `<a href="${spec.base}?${p}">${esc(c.label)}</a>`; }).join(", ");
    view.innerHTML = `<h1>${esc(spec.title)}</h1>${filterForm(spec.filters, params, opts)}
      <p class="error" id="filter-error">${esc(e.message)}${fix ? ` — did you mean ${fix}?` : ""}</p>`;
    wireFilters(spec.base);
    return null;
  }
  const rows = page.items || [];
  if (page.coverage) coverage = page.coverage;
  const head = spec.columns.map((c) => `<th${c.num ? ' class="n"' : ""}>${esc(c.label)}</th>`).join("");
  const body = rows.map((r) => `<tr class="click${spec.rowClass ? " " + spec.rowClass : ""}" data-href="${esc(spec.rowHref(r))}">${spec.columns.map((c) => {
    const html = c.html ? c.html(r) : esc(cell(c.value(r)));
    return `<td class="${c.cls || ""}${c.num ? " n" : ""}"${c.cls === "title" ? ` title="${esc(cell(c.value(r)))}"` : ""}>${html}</td>`;
  }).join("")}</tr>`).join("");
  view.innerHTML = `<h1>${esc(spec.title)}</h1>${spec.intro || ""}
    ${filterForm(spec.filters, params, opts)}
    ${pager(spec.base, params, rows.length, page.total, limit)}
    <div class="table-wrap"><table class="list" id="${spec.id || "list"}"><thead><tr>${head}</tr></thead><tbody>${body || `<tr><td colspan="${spec.columns.length}" class="muted">nothing matches these filters</td></tr>`}</tbody></table></div>
    ${exportBar(path)}`;
  wireFilters(spec.base);
  wireExport(spec.id || "list", rows, spec.columns);
  clickableRows();
  return page;
}

function clickableRows(root = view) {
  root.querySelectorAll("tr.click").forEach((tr) => tr.addEventListener("click", (ev) => {
    if (ev.target.tagName !== "A" && tr.dataset.href) location.hash = tr.dataset.href;
  }));
}

const party = (p) => (p ? p.name || p.country || p.actor_id : "?");
const partyLink = (p) => (p ? (p.actor_id && p.actor_id.length === 3 ? `<a href="#/country/${enc(p.actor_id)}">${esc(party(p))}</a>`
  : p.actor_id ? `<a href="#/actor/${enc(p.actor_id)}">${esc(party(p))}</a>` : esc(party(p))) : "?");
const domainChip = (d) => (d ? `<span class="chip" style="--c:${colourOf(d)}">${esc(d)}</span>` : "");
const EVENT_COLUMNS = [
  { label: "date", value: (e) => e.date || "undated", cls: "nowrap" },
  { label: "source", value: (e) => party(e.source), html: (e) => partyLink(e.source), cls: "clip" },
  { label: "event", cls: "nowrap", value: (e) => e.plover_type, html: (e) => `<a href="#/article/${enc(e.article_id)}?event=${enc(e.id)}">${esc(e.plover_type)}</a> <span class="muted">${esc(e.cameo_code)}</span>` },
  { label: "target", value: (e) => party(e.target), html: (e) => partyLink(e.target), cls: "clip" },
  { label: "factuality", value: (e) => e.factuality },
  { label: "domain", value: (e) => e.domain, html: (e) => domainChip(e.domain) },
  { label: "sources", value: (e) => e.sources ?? "", num: true },
  { label: "outlet", value: (e) => e.outlet || "", cls: "clip" },
  { label: "sentence", value: (e) => e.sentence?.text || "", cls: "title" },
];

function eventsPage(_, params) {
  return listPage({ title: "Events", base: "#/events", path: "/events", id: "events", rowClass: "event-row",
    filters: ["since", "until", "country", "actor", "domain", "type", "factuality", "outlet", "min_sources"],
    columns: EVENT_COLUMNS, rowHref: (e) => `#/article/${e.article_id}?event=${e.id}` }, params);
}

function articlesPage(_, params) {
  return listPage({ title: "Articles", base: "#/articles", path: "/articles", id: "articles",
    filters: ["since", "until", "country", "actor", "domain", "type", "outlet", "q"],
    columns: [
      { label: "date", value: (a) => a.published || "undated", cls: "nowrap" },
      { label: "outlet", value: (a) => a.outlet || "", cls: "clip" },
      { label: "outlet country", value: (a) => a.outlet_country || "" },
      { label: "title", value: (a) => a.title || "(untitled)", html: (a) => `<a href="#/article/${enc(a.id)}">${esc(a.title || "(untitled)")}</a>`, cls: "title" },
      { label: "genre", value: (a) => a.genre || "" },
      { label: "analysed", value: (a) => (a.analysed === undefined ? "" : a.analysed ? "yes" : "no") },
    ], rowHref: (a) => `#/article/${a.id}` }, params);
}

const STORY_COLUMNS = [
  { label: "story", value: (s) => s.title || s.id, html: (s) => `<a href="#/story/${enc(s.id)}">${esc(s.title || s.id)}</a>`, cls: "title" },
  { label: "articles", value: (s) => s.size, num: true },
  { label: "sources", value: (s) => s.sources ?? "", num: true },
  { label: "outlets", value: (s) => (s.outlets || []).join(", "), cls: "clip" },
  { label: "from", value: (s) => s.start || "", cls: "nowrap" },
  { label: "to", value: (s) => s.end || "", cls: "nowrap" },
];

function storiesPage(_, params) {
  return listPage({ title: "Stories", base: "#/stories", path: "/stories", id: "stories",
    filters: ["since", "until", "country", "actor", "domain", "type", "outlet", "min_sources", "min_size"],
    columns: STORY_COLUMNS, rowHref: (s) => `#/story/${s.id}` }, params);
}

function threadsPage(_, params) {
  return listPage({ title: "Threads", base: "#/threads", path: "/threads", id: "threads",
    intro: "<p class='muted'>A thread groups related stories: a bilateral relationship in a month, a crisis as it unfolds.</p>",
    filters: ["since", "until", "country", "min_size"],
    columns: [
      { label: "thread", value: (t) => t.title || t.id, html: (t) => `<a href="#/thread/${enc(t.id)}">${esc(t.title || t.id)}</a>`, cls: "title" },
      { label: "stories", value: (t) => t.size, num: true }, { label: "articles", value: (t) => t.articles ?? "", num: true },
      { label: "from", value: (t) => t.start || "", cls: "nowrap" }, { label: "to", value: (t) => t.end || "", cls: "nowrap" },
    ], rowHref: (t) => `#/thread/${t.id}` }, params);
}

function alertsPage(_, params) {
  return listPage({ title: "Alerts", base: "#/alerts", path: "/alerts", id: "alerts", filters: ["since", "until"],
    intro: "<p class='muted'>Sharp changes of a pair's index and first-time events, newest first.</p>",
    columns: [
      { label: "when", value: (a) => String(a.period).slice(0, 10), cls: "nowrap" },
      { label: "dyad", value: (a) => `${a.a} – ${a.b}`, html: (a) => `<a href="#/dyad/${enc(a.a)}/${enc(a.b)}">${esc(a.a)} – ${esc(a.b)}</a>`, cls: "nowrap" },
      { label: "what", value: (a) => (a.kind === "first" ? "first " + a.plover_type : a.domain + " shift") },
      { label: "direction", value: (a) => a.direction, html: (a) => `<span class="${a.direction.includes("conflict") ? "neg" : "pos"}">${esc(a.direction)}</span>` },
      { label: "evidence", value: (a) => (a.evidence?.[0]?.text || ""), cls: "title" },
    ], rowHref: (a) => `#/dyad/${a.a}/${a.b}` }, params);
}

function actorsPage(_, params) {
  return listPage({ title: "Actors", base: "#/actors", path: "/actors", id: "actors", filters: ["q", "country"],
    columns: [
      { label: "actor", value: (a) => a.name, html: (a) => `<a href="#/actor/${enc(a.id)}">${esc(a.name)}</a>`, cls: "title" },
      { label: "id", value: (a) => a.id, cls: "clip muted" }, { label: "kind", value: (a) => a.kind || "" },
      { label: "country", value: (a) => a.country || "", html: (a) => (a.country ? `<a href="#/country/${enc(a.country)}">${esc(a.country)}</a>` : "") },
      { label: "sector", value: (a) => a.sector || "" }, { label: "mentions", value: (a) => a.mentions ?? "", num: true },
    ], rowHref: (a) => `#/actor/${a.id}` }, params);
}

// ---------------------------------------------------------------- overview
async function overview() {
  const [dyads, stories, alerts, threads] = await Promise.all([api("/dyads?limit=12"), api("/stories?limit=12&min_size=1"),
    api("/alerts?limit=12"), optional("/threads?limit=8", { items: [] })]);
  if (stories.coverage) coverage = stories.coverage;
  const dyadRows = dyads.items.map((d) => `<tr class="click" data-href="#/dyad/${d.a}/${d.b}"><td><a href="#/dyad/${d.a}/${d.b}">${esc(d.a)} – ${esc(d.b)}</a></td>
      <td class="n">${d.events}</td><td class="n ${d.index >= 0 ? "pos" : "neg"}">${fmt(d.index)}</td><td class="nowrap">${esc(d.latest)}</td></tr>`).join("");
  const storyRows = stories.items.map((s) => `<tr class="click" data-href="#/story/${s.id}"><td class="title" title="${esc(s.title)}"><a href="#/story/${s.id}">${esc(s.title)}</a></td>
      <td class="n">${s.size}</td><td class="clip" title="${esc((s.outlets || []).join(", "))}">${esc((s.outlets || []).join(", "))}</td><td class="nowrap">${esc(s.end || s.start || "")}</td></tr>`).join("");
  const alertRows = alerts.items.map((a) => `<tr class="click" data-href="#/dyad/${a.a}/${a.b}"><td class="nowrap">${esc(String(a.period).slice(0, 10))}</td>
      <td class="nowrap"><a href="#/dyad/${a.a}/${a.b}">${esc(a.a)} – ${esc(a.b)}</a></td><td class="clip">${a.kind === "first" ? "first " + esc(a.plover_type) : esc(a.domain) + " shift"}</td>
      <td class="nowrap ${a.direction.includes("conflict") ? "neg" : "pos"}">${esc(a.direction.replace("toward ", "→ "))}</td></tr>`).join("");
  const threadRows = (threads.items || []).map((t) => `<tr class="click" data-href="#/thread/${t.id}"><td class="title" title="${esc(t.title)}"><a href="#/thread/${t.id}">${esc(t.title)}</a></td>
      <td class="n">${t.size}</td><td class="nowrap">${esc(t.end || t.start || "")}</td></tr>`).join("");
  view.innerHTML = `<h1>Overview</h1><div class="grid">
    <section class="card"><h2>Busiest dyads</h2><table class="list"><tr><th>dyad</th><th class="n">events</th><th class="n">index</th><th>latest</th></tr>${dyadRows || "<tr><td colspan=4 class=muted>no events yet</td></tr>"}</table>
      <p><a href="#/countries">All countries and the map →</a></p></section>
    <section class="card wide"><h2>Stories</h2><table class="list"><tr><th>story</th><th class="n">articles</th><th>outlets</th><th>date</th></tr>${storyRows || "<tr><td colspan=4 class=muted>no stories yet</td></tr>"}</table>
      <p><a href="#/stories">All stories, with filters →</a></p></section>
    <section class="card"><h2>Alerts</h2><table class="list"><tr><th>when</th><th>dyad</th><th>what</th><th>direction</th></tr>${alertRows || "<tr><td colspan=4 class=muted>no alerts</td></tr>"}</table>
      <p><a href="#/alerts">All alerts, with dates →</a></p></section>
    ${threadRows ? `<section class="card wide"><h2>Threads</h2><table class="list"><tr><th>thread</th><th class="n">stories</th><th>date</th></tr>${threadRows}</table><p><a href="#/threads">All threads →</a></p></section>` : ""}
  </div>`;
  clickableRows();
}

// ---------------------------------------------------------------- charts (shared palette; calendar axis; zero line; headroom)
function nextPeriod(day, interval) {
  const d = new Date(day + "T00:00:00Z");
  if (interval === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + ({ month: 1, quarter: 3, year: 12 }[interval] || 1));
  return d.toISOString().slice(0, 10);
}
// Every interval from the first period to the last, empty ones included (as report/charts.py `fill_periods`).
function fillPeriods(tl) {
  const have = new Map(tl.periods.map((p) => [String(p.period).slice(0, 10), p]));
  if (!have.size) return [];
  const keys = [...have.keys()].sort();
  const out = [];
  for (let day = keys[0]; day <= keys[keys.length - 1] && out.length <= 5000; day = nextPeriod(day, tl.interval)) {
    out.push(have.get(day) || { period: day, events: 0, index: null, by: {}, empty: true });
  }
  return out;
}
function periodLabel(p, interval) {
  if (interval === "year") return p.slice(0, 4);
  if (interval === "quarter") return `${p.slice(0, 4)} Q${Math.floor((Number(p.slice(5, 7)) - 1) / 3) + 1}`;
  if (interval === "month") return p.slice(0, 7);
  return p.slice(0, 10);
}

function drawTimeline(canvas, tl) {
  const periods = fillPeriods(tl);
  const totals = {};
  periods.forEach((p) => Object.entries(p.by).forEach(([k, v]) => { totals[k] = (totals[k] || 0) + (v.events || 0); }));
  const keys = Object.keys(totals).sort((a, b) => totals[b] - totals[a] || a.localeCompare(b));
  const tallest = Math.max(0, ...periods.map((p) => p.events));
  const datasets = keys.map((k) => ({ type: "bar", label: k, data: periods.map((p) => (p.by[k] || {}).events || 0),
    backgroundColor: colourOf(k), stack: "events", yAxisID: "y", order: 2 }));
  datasets.push({ type: "line", label: "index", data: periods.map((p) => p.index), borderColor: palette.index_line,
    backgroundColor: palette.index_line, yAxisID: "y1", tension: 0.2, spanGaps: false, order: 1, pointRadius: 3 });
  const scale = palette.index_scale;
  const chart = new Chart(canvas, {
    data: { labels: periods.map((p) => periodLabel(p.period, tl.interval)), datasets },
    options: { maintainAspectRatio: false, animation: false, interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom" }, tooltip: { callbacks: { footer: (items) => (periods[items[0].dataIndex].empty ? "no events" : "") } } },
      scales: {
        x: { stacked: true, grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0 } },
        y: { stacked: true, beginAtZero: true, max: Math.max(1, Math.ceil(tallest * 1.15)), ticks: { precision: 0 },
             title: { display: true, text: "events" }, grid: { color: palette.grid } },
        y1: { position: "right", min: scale.min, max: scale.max, title: { display: true, text: "cooperation (+) / conflict (−) index" },
              grid: { drawOnChartArea: true, color: (c) => (c.tick && c.tick.value === 0 ? palette.zero_line : "transparent"),
                      lineWidth: (c) => (c.tick && c.tick.value === 0 ? 1.5 : 0) } },
      } },
  });
  charts.push(chart);
  return { periods: periods.length, empty: periods.filter((p) => p.empty).length };
}

// ---------------------------------------------------------------- dyad
async function dyadPage([a, b], params) {
  const range = new URLSearchParams();
  for (const k of ["since", "until"]) if (params.get(k)) range.set(k, params.get(k));
  const interval = params.get("interval") || "month";
  const tl = await api(`/dyads/${enc(a)}/${enc(b)}/timeline?interval=${enc(interval)}&${range}`);
  const intervals = ["week", "month", "quarter", "year"].map((i) => {
    const q = new URLSearchParams(params); q.set("interval", i);
    return i === interval ? `<strong>${i}</strong>` : `<a href="#/dyad/${enc(a)}/${enc(b)}?${q}">${i}</a>`;
  }).join(" · ");
  view.innerHTML = `<h1>${partyTitle(a)} – ${partyTitle(b)}</h1>
    <p class="muted" id="dyad-summary">${plural(tl.periods.reduce((n, p) => n + p.events, 0), "counted event")} (${esc(tl.counted || "")})
      · <a href="/dyads/${enc(a)}/${enc(b)}/brief?format=html&${range}">brief (HTML)</a> · <a href="/dyads/${enc(a)}/${enc(b)}/brief?format=md&${range}">Markdown</a></p>
    <p class="muted">per ${intervals} <span id="periods"></span></p>
    <div class="chart-box"><canvas id="timeline" aria-label="timeline by domain"></canvas></div>
    <h2>Domain by domain</h2><ul class="domains" id="domains"><li class="muted">working out the brief…</li></ul>
    <h2>Events</h2><div id="dyad-events"></div>`;
  // the brief (corroborated events, domain by domain) can take a while on a big store: it fills in when it comes
  api(`/dyads/${enc(a)}/${enc(b)}/brief?${range}`).then((br) => {
    if (br.coverage) coverageBadge(br.coverage);
    const cite = (c) => `<a href="#/article/${enc(c.article_id)}?start=${c.start}&end=${c.end}">${esc(c.outlet || "source")}</a>`;
    document.getElementById("domains").innerHTML = br.domains.map((d) => `<li>${domainChip(d.domain)} ${esc(d.direction)} (${esc(d.strength)}, index ${fmt(d.index, 1)}, ${plural(d.events, "event")})
      — “${esc(d.evidence[0].text)}” ${cite(d.evidence[0])}</li>`).join("") || "<li class=muted>no corroborated events</li>";
    document.getElementById("dyad-summary").insertAdjacentHTML("afterbegin", `${plural(br.events, "corroborated event")} (of ${br.coded_events} coded) in ${plural(br.articles, "article")} · <span class="clip-inline">${esc(br.outlets.join(", "))}</span> · `);
  }).catch((e) => { document.getElementById("domains").innerHTML = `<li class="error">the brief did not come: ${esc(e.message)}</li>`; })
    .finally(() => { const d = document.getElementById("domains"); if (d) d.dataset.ready = "1"; });
  const drawn = drawTimeline(document.getElementById("timeline"), tl);
  document.getElementById("periods").textContent = `· ${plural(drawn.periods, tl.interval)} on the axis, ${drawn.empty} without events`;
  // the events list: the dyad's events with the list's own filters and paging, inside this page
  const sub = document.getElementById("dyad-events");
  const q = new URLSearchParams({ limit: params.get("limit") || 50, all: "true" });
  q.append("dyad", a); q.append("dyad", b);
  for (const k of ["since", "until", "domain", "type", "factuality", "outlet", "min_sources", "offset"]) if (params.get(k)) q.set(k, params.get(k));
  const path = `/events?${q}`;
  const [opts, page] = await Promise.all([filterOptions(), api(path)]);
  const base = `#/dyad/${enc(a)}/${enc(b)}`;
  const rows = page.items;
  sub.innerHTML = `${filterForm(["since", "until", "domain", "type", "factuality", "outlet", "min_sources"], params, opts)}
    ${pager(base, params, rows.length, page.total, Number(q.get("limit")))}
    <table class="list" id="events"><thead><tr>${EVENT_COLUMNS.map((c) => `<th${c.num ? ' class="n"' : ""}>${c.label}</th>`).join("")}</tr></thead><tbody>
    ${rows.map((e) => `<tr class="click event-row" data-href="#/article/${e.article_id}?event=${e.id}">${EVENT_COLUMNS.map((c) =>
      `<td class="${c.cls || ""}${c.num ? " n" : ""}"${c.cls === "title" ? ` title="${esc(cell(c.value(e)))}"` : ""}>${c.html ? c.html(e) : esc(cell(c.value(e)))}</td>`).join("")}</tr>`).join("")
      || `<tr><td colspan="${EVENT_COLUMNS.length}" class="muted">no events match</td></tr>`}</tbody></table>${exportBar(path)}`;
  const form = document.getElementById("filters");
  form.querySelector(".clear").setAttribute("href", base);
  wireFilters(base);
  wireExport(`events-${a}-${b}`, rows, EVENT_COLUMNS);
  clickableRows();
}
const partyTitle = (code) => (/^[A-Z]{3}$/.test(code) ? `<a href="#/country/${enc(code)}">${esc(code)}</a>` : esc(code));

// ---------------------------------------------------------------- story, thread
async function storyPage([id]) {
  const [st, cmp] = await Promise.all([api(`/stories/${enc(id)}`), api(`/stories/${enc(id)}/comparison`)]);
  const item = (i) => {
    const c = i.citations?.[0];
    const head = i.kind === "event" ? `<strong>${esc(i.plover_type)}</strong> ${esc(i.source)} → ${esc(i.target)} (${esc(i.factuality)})`
      : i.kind === "quantity" ? `<strong>${esc((i.values || []).join(" vs "))} ${esc(i.unit)}</strong> ${esc(i.subject || "")}`
      : i.kind === "actor" ? `<strong>${esc(i.name)}</strong>` : `<strong>${esc(i.speaker)}</strong> ${esc(i.verb)}`;
    const links = (i.citations || []).slice(0, 4).map((c) => `<a href="#/article/${enc(c.article_id)}?start=${c.start}&end=${c.end}">${esc(c.outlet || "source")}</a>`).join(" ");
    const told = i.sources > 1 ? ` <span class="muted">(${plural(i.sources, "source")})</span>` : "";
    return `<li>${head}${told}: “${esc((i.text || "").slice(0, 220))}” ${c ? links : ""}</li>`;
  };
  // outlets side by side, each with its country (by_outlet from the API; else the comparison's outlets)
  const byOutlet = new Map((st.by_outlet || []).map((o) => [o.outlet, o]));
  const countryOf = {};
  (cmp.by_country || []).forEach((c) => c.outlets.forEach((o) => { countryOf[o] = c.label; }));
  const outlets = cmp.outlets && cmp.outlets.length ? cmp.outlets : [...byOutlet.keys()];
  const cols = outlets.map((o) => {
    const info = byOutlet.get(o) || {};
    const arts = (info.articles || (st.members || []).filter((m) => m.outlet === o)).map((m) =>
      `<li><a href="#/article/${enc(m.id)}" title="${esc(m.title)}">${esc(m.title || m.id)}</a> <span class="muted">${esc(m.published || "")}</span></li>`).join("");
    return `<section class="card outlet"><h3 title="${esc(o)}">${esc(o)}</h3>
      <p class="muted"><span class="country">${esc(info.country || (countryOf[o] && !countryOf[o].includes("unknown") ? countryOf[o] : "country unknown"))}</span>${cmp.genre?.[o] ? " · " + esc(cmp.genre[o]) : ""}</p>
      <ul class="plain">${arts}</ul>
      <h4>Only here</h4><ul>${(cmp.unique?.[o] || []).slice(0, 8).map(item).join("") || "<li class=muted>nothing of its own</li>"}</ul>
      <h4>Frames</h4><p>${(cmp.frames?.[o] || []).map((f) => `<span class="tag">${esc(f.phrase)}</span>`).join("") || "—"}</p>
      <h4>Tone</h4><p>${Object.entries(cmp.tone?.[o] || {}).map(([k, v]) => `${esc(k)} <span class="${v >= 0 ? "pos" : "neg"}">${fmt(v)}</span>`).join(", ") || "—"}</p></section>`;
  }).join("");
  const w = st.fivew1h || {};
  const fivew = ["who", "what", "when", "where", "why", "how"].map((q) => `<tr><th>${q}</th><td>${w[q]?.article_id
    ? `<a href="#/article/${enc(w[q].article_id)}?start=${w[q].start}&end=${w[q].end}">${esc(w[q].text)}</a>` : esc(w[q]?.text || "—")}</td></tr>`).join("");
  const thread = st.thread ? ` · thread <a href="#/thread/${enc(st.thread.id)}">${esc(st.thread.title || st.thread.id)}</a>` : "";
  view.innerHTML = `<h1>${esc(st.title)}</h1><p class="muted">${plural(st.articles.length, "article")} · ${plural(cmp.sources ?? outlets.length, "independent source")} · ${esc(st.start || "?")} – ${esc(st.end || "?")}${thread}</p>
    <div class="grid"><section class="card"><h2>Main event</h2><table>${fivew}</table></section>
    <section class="card"><h2>Summary</h2><ul>${(st.summary || []).map((s) => `<li>${esc(s.text)} <a href="#/article/${enc(s.article_id)}?start=${s.start}&end=${s.end}">source</a></li>`).join("")}</ul></section></div>
    ${cmp.single_source ? "<p class=muted>Only one independent source tells this story: there is nothing to compare.</p>" : ""}
    <h2>Side by side</h2><div class="cols">${cols}</div>
    <h2>Told by at least two independent sources</h2><ul id="agree">${(cmp.agree || []).map(item).join("") || "<li class=muted>no event or figure is told by two sources</li>"}</ul>
    ${(cmp.conflicts || []).length ? `<h2>Conflicts</h2><ul>${cmp.conflicts.map(item).join("")}</ul>` : ""}
    ${(cmp.by_country || []).length ? `<h2>Frames by outlet country</h2><ul>${cmp.by_country.map((c) => `<li><strong>${esc(c.label)}</strong> (${esc(c.outlets.join(", "))}): ${c.frames.slice(0, 12).map((f) => `<span class="tag">${esc(f.phrase)}</span>`).join("") || "no frame"}</li>`).join("")}</ul>` : ""}`;
}

async function threadPage([id]) {
  const t = await api(`/threads/${enc(id)}`);
  const stories = t.stories || [];
  view.innerHTML = `<h1>${esc(t.title || t.id)}</h1><p class="muted">${plural(stories.length, "story", "stories")} · ${plural(t.articles ?? 0, "article")} · ${esc(t.start || "?")} – ${esc(t.end || "?")}</p>
    <table class="list" id="thread-stories"><thead><tr>${STORY_COLUMNS.map((c) => `<th${c.num ? ' class="n"' : ""}>${c.label}</th>`).join("")}</tr></thead><tbody>
    ${stories.map((s) => `<tr class="click" data-href="#/story/${s.id}">${STORY_COLUMNS.map((c) => `<td class="${c.cls || ""}${c.num ? " n" : ""}"${c.cls === "title" ? ` title="${esc(cell(c.value(s)))}"` : ""}>${c.html ? c.html(s) : esc(cell(c.value(s)))}</td>`).join("")}</tr>`).join("")}</tbody></table>
    ${exportBar(`/stories?thread=${enc(id)}`)}`;
  wireExport(`thread-${id}`, stories, STORY_COLUMNS);
  clickableRows();
}

// ---------------------------------------------------------------- actor, country, map
async function actorPage([id], params) {
  const range = new URLSearchParams();
  for (const k of ["since", "until"]) if (params.get(k)) range.set(k, params.get(k));
  const a = await api(`/actors/${enc(id)}?${range}`);
  const roles = (a.roles || []).map((r) => `<tr><td>${esc(r.title || "")}</td><td>${esc(r.country || "")}</td><td>${esc(r.sector || "")}</td><td class="nowrap">${esc(r.start || "…")} – ${esc(r.end || "…")}</td></tr>`).join("");
  const counterparts = (a.counterparts || []).map((c) => `<tr class="click" data-href="${c.id && c.id.length === 3 ? `#/country/${enc(c.id)}` : `#/actor/${enc(c.id)}`}">
      <td class="title" title="${esc(c.name || c.id)}">${esc(c.name || c.id)}</td><td>${esc(c.country || "")}</td><td class="n">${c.events}</td><td class="n">${c.as_source ?? ""}</td><td class="n">${c.as_target ?? ""}</td>
      <td class="n ${c.index >= 0 ? "pos" : "neg"}">${fmt(c.index, 1)}</td></tr>`).join("");
  const recent = a.recent_events || [];
  view.innerHTML = `<h1>${esc(a.name || a.id)}</h1>
    <p class="muted">${esc(a.id)} · ${esc(a.kind || "")}${a.country ? ` · <a href="#/country/${enc(a.country)}">${esc(a.country)}</a>` : ""}${a.sector ? " · " + esc(a.sector) : ""}
      · ${plural(a.mentions ?? 0, "mention")} in ${plural(a.articles ?? 0, "article")}${(a.aliases || []).length ? ` · also: ${esc(a.aliases.slice(0, 6).join(", "))}` : ""}</p>
    ${filterForm(["since", "until"], params, {})}
    <div class="grid">
      <section class="card"><h2>Roles over time</h2><div class="chart-box small"><canvas id="activity" aria-label="events per month as source and as target"></canvas></div>
        ${roles ? `<table class="list"><tr><th>role</th><th>country</th><th>sector</th><th>when</th></tr>${roles}</table>` : "<p class=muted>no recorded roles</p>"}</section>
      <section class="card"><h2>Counterparts</h2><table class="list" id="counterparts"><tr><th>with</th><th>country</th><th class="n">events</th><th class="n">as source</th><th class="n">as target</th><th class="n">index</th></tr>
        ${counterparts || "<tr><td colspan=6 class=muted>no events with others</td></tr>"}</table></section>
    </div>
    <h2>Recent events</h2>
    <table class="list" id="events"><thead><tr>${EVENT_COLUMNS.map((c) => `<th${c.num ? ' class="n"' : ""}>${c.label}</th>`).join("")}</tr></thead><tbody>
    ${recent.map((e) => `<tr class="click event-row" data-href="#/article/${e.article_id}?event=${e.id}">${EVENT_COLUMNS.map((c) => `<td class="${c.cls || ""}${c.num ? " n" : ""}"${c.cls === "title" ? ` title="${esc(cell(c.value(e)))}"` : ""}>${c.html ? c.html(e) : esc(cell(c.value(e)))}</td>`).join("")}</tr>`).join("")
      || `<tr><td colspan="${EVENT_COLUMNS.length}" class="muted">no events</td></tr>`}</tbody></table>
    <p><a href="#/events?actor=${enc(a.id)}">All events of ${esc(a.name || a.id)}, with filters →</a></p>${exportBar(`/events?actor=${enc(a.id)}`)}`;
  wireExport(`actor-${a.id}`, recent, EVENT_COLUMNS);
  wireFilters(`#/actor/${enc(id)}`);
  clickableRows();
  const act = a.activity || [];
  if (act.length) {
    const tl = { interval: "month", periods: act.map((p) => ({ period: p.period.length === 7 ? p.period + "-01" : p.period, events: p.events, by: { "as source": { events: p.as_source }, "as target": { events: p.as_target } } })) };
    const periods = fillPeriods(tl);
    const tallest = Math.max(0, ...periods.map((p) => p.events));
    charts.push(new Chart(document.getElementById("activity"), {
      type: "bar",
      data: { labels: periods.map((p) => p.period.slice(0, 7)), datasets: ["as source", "as target"].map((k, i) => ({
        label: k, data: periods.map((p) => (p.by[k] || {}).events || 0), backgroundColor: palette.fallback[i], stack: "roles" })) },
      options: { maintainAspectRatio: false, animation: false, plugins: { legend: { position: "bottom" } },
        scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, max: Math.max(1, Math.ceil(tallest * 1.15)), ticks: { precision: 0 } } } },
    }));
  } else {
    document.getElementById("activity").parentElement.outerHTML = "<p class='muted'>no dated events</p>";
  }
}

async function loadWorld() {
  if (!world) world = await api("/static/data/world-110m.json");
  return world;
}

// The colour of an index on the palette's diverging scale (conflict red .. cooperation blue).
function indexColour(v) {
  const stops = palette.index_scale.stops;
  if (v === null || v === undefined || Number.isNaN(v)) return palette.index_scale.no_data;
  if (v <= stops[0][0]) return stops[0][1];
  for (let i = 1; i < stops.length; i++) {
    const [x1, c1] = stops[i];
    if (v <= x1) {
      const [x0, c0] = stops[i - 1];
      const t = (v - x0) / (x1 - x0);
      const p = (c) => [1, 3, 5].map((j) => parseInt(c.slice(j, j + 2), 16));
      const [a, b] = [p(c0), p(c1)];
      return "#" + a.map((x, j) => Math.round(x + (b[j] - x) * t).toString(16).padStart(2, "0")).join("");
    }
  }
  return stops[stops.length - 1][1];
}

// An equirectangular world map in SVG: countries coloured by value[iso3].index; `focus` outlined.
function worldMap(geo, values, focus, hrefOf) {
  const W = 960, top = 84, bottom = -58, k = W / 360, H = (top - bottom) * k;
  const proj = ([lon, lat]) => `${((lon + 180) * k).toFixed(1)},${((top - lat) * k).toFixed(1)}`;
  const paths = geo.countries.filter((c) => c.iso3 !== "ATA").map((c) => {
    const v = values[c.iso3];
    const d = c.rings.map((r) => "M" + r.map(proj).join("L") + "Z").join("");
    const fill = c.iso3 === focus ? "#1d232a" : v ? indexColour(v.index) : palette.index_scale.no_data;
    const label = c.iso3 === focus ? `${c.name} (this country)` : v ? `${c.name}: ${plural(v.events, "event")}, index ${fmt(v.index, 1)}` : `${c.name}: no events`;
    const path = `<path d="${d}" fill="${fill}" data-iso3="${c.iso3}"${v ? ` data-index="${v.index ?? ""}" class="has-data"` : ""}><title>${esc(label)}</title></path>`;
    return v && hrefOf ? `<a href="${esc(hrefOf(c.iso3))}">${path}</a>` : path;
  }).join("");
  const stops = palette.index_scale.stops;
  const grad = stops.map(([x, c]) => `<stop offset="${((x - stops[0][0]) / (stops[stops.length - 1][0] - stops[0][0]) * 100).toFixed(0)}%" stop-color="${c}"/>`).join("");
  return `<svg id="map" viewBox="0 0 ${W} ${(H + 40).toFixed(0)}" role="img" aria-label="world map coloured by the cooperation–conflict index">
    <defs><linearGradient id="scale">${grad}</linearGradient></defs>
    <rect width="${W}" height="${H.toFixed(0)}" fill="#f4f8fb"/>${paths}
    <g transform="translate(20,${(H + 12).toFixed(0)})"><rect width="240" height="10" fill="url(#scale)" stroke="#999" stroke-width=".5"/>
      <text x="0" y="24" font-size="11">conflict −10</text><text x="120" y="24" font-size="11" text-anchor="middle">0</text><text x="240" y="24" font-size="11" text-anchor="end">+10 cooperation</text>
      <rect x="290" width="14" height="10" fill="${palette.index_scale.no_data}" stroke="#999" stroke-width=".5"/><text x="310" y="9" font-size="11">no events</text></g></svg>`;
}

async function countryRelations(code, params) {
  const range = new URLSearchParams();
  for (const k of ["since", "until"]) if (params.get(k)) range.set(k, params.get(k));
  try {
    return await api(`/countries/${enc(code)}?${range}`);
  } catch (e) {
    if (e.status !== 404 && e.status !== 405) throw e;
    // an older server without /countries: the busiest dyads that hold this country
    const d = await api(`/dyads?limit=100&${range}`);
    const relations = d.items.filter((x) => x.a === code || x.b === code)
      .map((x) => ({ counterpart: x.a === code ? x.b : x.a, name: null, events: x.events, index: x.index, last: x.latest }));
    if (!relations.length && e.status === 404 && !/^[A-Z]{3}$/.test(code)) throw e;
    return { code, name: code, events: relations.reduce((s, r) => s + r.events, 0), relations };
  }
}

async function countryPage([code], params) {
  const [c, geo] = await Promise.all([countryRelations(code, params), loadWorld()]);
  const iso = c.code || code;
  const values = {};
  c.relations.forEach((r) => { values[r.counterpart] = r; });
  const name = (c.name && c.name !== iso ? c.name : null) || geo.countries.find((g) => g.iso3 === iso)?.name || iso;
  const rows = c.relations.map((r) => `<tr class="click" data-href="#/dyad/${enc(iso)}/${enc(r.counterpart)}"><td><span class="swatch" style="background:${indexColour(r.index)}"></span>
      <a href="#/dyad/${enc(iso)}/${enc(r.counterpart)}">${esc(r.name || geo.countries.find((g) => g.iso3 === r.counterpart)?.name || r.counterpart)}</a> <span class="muted">${esc(r.counterpart)}</span></td>
      <td class="n">${r.events}</td><td class="n">${r.happened ?? ""}</td><td class="n ${r.index >= 0 ? "pos" : "neg"}">${fmt(r.index, 1)}</td>
      <td class="n">${r.cooperative ?? ""}</td><td class="n">${r.conflictual ?? ""}</td><td class="nowrap">${esc(r.last || "")}</td></tr>`).join("");
  view.innerHTML = `<h1>${esc(name)} <span class="muted">${esc(iso)}</span></h1>
    <p class="muted">${plural(c.events ?? 0, "event")} with ${plural(c.relations.length, "country", "countries")} · <a href="#/events?country=${enc(iso)}">its events</a> · <a href="#/stories?country=${enc(iso)}">its stories</a></p>
    ${filterForm(["since", "until"], params, {})}
    <div class="map-box">${worldMap(geo, values, iso, (other) => `#/dyad/${iso}/${other}`)}</div>
    <h2>Relations</h2>
    <table class="list" id="relations"><thead><tr><th>with</th><th class="n">events</th><th class="n">happened</th><th class="n">index</th><th class="n">cooperative</th><th class="n">conflictual</th><th>latest</th></tr></thead>
    <tbody>${rows || "<tr><td colspan=7 class=muted>no events with other countries</td></tr>"}</tbody></table>`;
  wireFilters(`#/country/${enc(code)}`);
  clickableRows();
}

async function countriesPage(_, params) {
  const [opts, geo] = await Promise.all([filterOptions(), loadWorld()]);
  let list = opts.countries || [];
  if (!list.length) {
    const d = await api("/dyads?limit=100");
    const n = {};
    d.items.forEach((x) => { n[x.a] = (n[x.a] || 0) + x.events; n[x.b] = (n[x.b] || 0) + x.events; });
    list = Object.entries(n).sort((x, y) => y[1] - x[1]).map(([code, events]) => ({ code, name: null, events }));
  }
  const values = {};
  const most = Math.max(1, ...list.map((c) => c.events || 0));
  list.forEach((c) => { values[c.code] = { events: c.events, index: null }; });
  view.innerHTML = `<h1>Countries</h1><p class="muted">Countries with events, busiest first. Open one for its relations and the map of them.</p>
    <div class="map-box">${worldMap(geo, {}, null, null)}</div>
    <table class="list" id="countries"><thead><tr><th>country</th><th class="n">events</th></tr></thead><tbody>
    ${list.map((c) => `<tr class="click" data-href="#/country/${enc(c.code)}"><td><a href="#/country/${enc(c.code)}">${esc(c.name || geo.countries.find((g) => g.iso3 === c.code)?.name || c.code)}</a> <span class="muted">${esc(c.code)}</span></td><td class="n">${c.events ?? ""}</td></tr>`).join("")}</tbody></table>`;
  // the overview map: countries shaded by how many events they take part in; a click opens the country
  view.querySelectorAll("#map path").forEach((p) => {
    const v = values[p.dataset.iso3];
    if (v) {
      p.setAttribute("fill", `rgba(31,95,168,${(0.2 + 0.8 * Math.sqrt((v.events || 0) / most)).toFixed(2)})`);
      p.classList.add("has-data");
      p.addEventListener("click", () => { location.hash = `#/country/${p.dataset.iso3}`; });
    }
  });
  clickableRows();
}

// ---------------------------------------------------------------- article
async function articlePage([id], params) {
  const a = await api(`/articles/${enc(id)}`);
  let focus = null;
  if (params.get("event")) {
    const e = a.events.find((x) => x.id === params.get("event"));
    if (e) focus = [e.sentence.start, e.sentence.end];
  } else if (params.get("start")) {
    focus = [Number(params.get("start")), Number(params.get("end"))];
  }
  // the text, its section headings put back before the paragraph each opens
  const heads = [...(a.headings || [])].sort((x, y) => x.at - y.at);
  let hi = 0;
  const body = a.paragraphs.map((p) => {
    let out = "";
    while (hi < heads.length && heads[hi].at <= p.start) out += `<h3 class="section">${esc(heads[hi++].text)}</h3>`;
    const tag = p.kind === "dek" ? 'p class="dek"' : "p";
    return out + `<${tag} data-start="${p.start}">${markText(a.text, p.start, p.end, a.highlights || [], focus)}</${tag.split(" ")[0]}>`;
  }).join("") + heads.slice(hi).map((h) => `<h3 class="section">${esc(h.text)}</h3>`).join("");
  const facts = a.facts ? `${esc(a.facts.genre)} · tone ${fmt(a.facts.tone, 1)}` : esc(a.genre || "");
  const at = (s, e, label) => `<a href="#/article/${enc(a.id)}?start=${s}&end=${e}" class="jump">${label}</a>`;
  const events = (a.events || []).map((e) => `<li>${domainChip(e.domain)} <strong>${esc(e.plover_type)}</strong> ${esc(party(e.source))} → ${esc(party(e.target))}
      <span class="muted">${esc(e.factuality)}${e.date ? " · " + esc(e.date) : ""}</span> ${at(e.sentence.start, e.sentence.end, "¶")}</li>`).join("");
  const actorCounts = new Map();
  (a.actors || []).forEach((x) => actorCounts.set(x.actor_id, { ...x }));
  if (!a.actors) (a.mentions || []).forEach((m) => {
    if (!m.actor_id) return;
    const x = actorCounts.get(m.actor_id) || { actor_id: m.actor_id, name: m.name || m.text, country: m.country, sector: m.sector, mentions: 0 };
    x.mentions += 1; actorCounts.set(m.actor_id, x);
  });
  const actors = [...actorCounts.values()].sort((x, y) => y.mentions - x.mentions).slice(0, 25).map((x) =>
    `<li><a href="${x.actor_id.length === 3 ? `#/country/${enc(x.actor_id)}` : `#/actor/${enc(x.actor_id)}`}">${esc(x.name || x.actor_id)}</a> <span class="muted">${esc([x.country, x.sector].filter(Boolean).join(" "))} · ${x.mentions}×</span></li>`).join("");
  const figures = (a.quantities || []).map((q) => `<li><strong>${esc(q.text)}</strong> <span class="muted">${esc(q.kind)}${q.subject ? " · " + esc(q.subject) : ""}</span> ${at(q.sentence_start ?? q.start_char, q.sentence_end ?? q.end_char, "¶")}</li>`).join("");
  const claims = (a.claims || []).map((c) => `<li><strong>${esc(c.speaker || "?")}</strong> ${esc(c.verb || "")}: “${esc((c.text || "").slice(0, 160))}” ${at(c.start_char ?? c.start, c.end_char ?? c.end, "¶")}</li>`).join("");
  const panel = (title, cls, items, n) => `<section class="panel ${cls}"><h2>${title} <span class="muted">${n}</span></h2><ul>${items || "<li class=muted>none</li>"}</ul></section>`;
  view.innerHTML = `<h1>${esc(a.title || "(untitled)")}</h1>
    <p class="muted">${esc(a.outlet || "")}${a.outlet_info?.country ? ` (${esc(a.outlet_info.country)})` : ""} · ${esc(a.published || "undated")} · ${facts}
    ${a.author ? "· by " + esc(a.author) : ""} ${a.story_id ? `· <a href="#/story/${enc(a.story_id)}">story</a>` : ""} ${a.thread_id ? `· <a href="#/thread/${enc(a.thread_id)}">thread</a>` : ""}
    ${safeLink(a.link) ? `· <a href="${esc(safeLink(a.link))}" rel="noopener noreferrer">original</a>` : ""}</p>
    <p class="legend"><mark class="actor">actor</mark> <mark class="quantity">figure</mark> <mark class="event">event trigger</mark> <span class="sentence focus">cited sentence</span></p>
    <div class="article-layout">
      <div class="article-text">${a.subtitle && !a.paragraphs.some((p) => p.kind === "dek") ? `<p class="dek">${esc(a.subtitle)}</p>` : ""}${body}</div>
      <aside class="side">${panel("Events", "events", events, (a.events || []).length)}${panel("Actors", "actors", actors, actorCounts.size)}
        ${panel("Figures", "figures", figures, (a.quantities || []).length)}${panel("Claims", "claims", claims, (a.claims || []).length)}</aside>
    </div>`;
  const f = view.querySelector(".article-text .sentence.focus");
  if (f) f.scrollIntoView({ block: "center" });
}

// Text between start and end with highlight spans (non-overlapping, first wins) and the focus sentence wrapped.
function markText(text, start, end, highlights, focus) {
  const marks = highlights.filter((h) => h.start >= start && h.end <= end && h.kind !== "claim");
  let out = "", pos = start, last = -1;
  const cuts = [];
  for (const h of marks) { if (h.start >= last) { cuts.push(h); last = h.end; } }
  const piece = (s, e) => {
    if (!focus || e <= focus[0] || s >= focus[1]) return esc(text.slice(s, e));
    const a = Math.max(s, focus[0]), b = Math.min(e, focus[1]);
    return esc(text.slice(s, a)) + `<span class="sentence focus">${esc(text.slice(a, b))}</span>` + esc(text.slice(b, e));
  };
  for (const h of cuts) {
    out += piece(pos, h.start);
    out += `<mark class="${esc(h.kind)}" title="${esc(h.kind)}: ${esc(h.label)}">${piece(h.start, h.end)}</mark>`;
    pos = h.end;
  }
  return out + piece(pos, end);
}

// ---------------------------------------------------------------- search
async function searchPage(_, params) {
  const q = params.get("q") || "";
  document.querySelector("#search input").value = q;
  if (q.length < 2) { view.innerHTML = "<h1>Search</h1><p class=muted>Type at least two characters.</p>"; return; }
  const limit = 20, offset = Number(params.get("offset") || 0);
  const sq = new URLSearchParams({ q, limit, offset });
  for (const k of ["outlet", "since", "until", "country"]) if (params.get(k)) sq.set(k, params.get(k));
  const r = await api(`/search?${sq}`);
  const facet = (name, entries) => {
    const list = Array.isArray(entries) ? entries : Object.entries(entries || {}).map(([value, n]) => ({ value, n }));
    return list.length ? `<div class="facet"><h3>${name}</h3><ul class="plain">${list.slice(0, 10).map((f) => {
      const v = f.value ?? f.name ?? f.key, n = f.n ?? f.count ?? f.articles;
      const p = new URLSearchParams(params); p.delete("offset");
      if (name === "month") { p.set("since", `${v}-01`); p.set("until", `${v}-31`); } else p.set(name, v);
      return `<li><a href="#/search?${p}">${esc(v)}</a> <span class="muted">${n ?? ""}</span></li>`;
    }).join("")}</ul></div>` : "";
  };
  const f = r.facets || {};
  const snippet = (a) => {
    if (!a.snippet) return "";
    let s = esc(a.snippet);
    for (const t of r.terms || []) s = s.replace(new RegExp(`\\b(${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})`, "gi"), "<b>$1</b>");
    return `<br><span class="snippet">${s}</span>`;
  };
  view.innerHTML = `<h1>Search: ${esc(q)}</h1><p class="muted">${plural(r.total, "article")}, best first</p>
    <div class="search-layout"><aside class="facets">${facet("outlet", f.outlet)}${facet("month", f.month)}${facet("country", f.country)}</aside>
    <div><section><h2>Articles</h2><ol class="results" start="${offset + 1}">${r.articles.map((a) => `<li><a href="#/article/${enc(a.id)}">${esc(a.title || a.id)}</a> <span class="muted">${esc(a.outlet || "")} ${esc(a.published || "")}</span>${snippet(a)}</li>`).join("") || "<li class=muted>none</li>"}</ol>
      ${pager(`#/search`, params, r.articles.length, r.total, limit)}</section>
    <div class="grid"><section class="card"><h2>Actors</h2><ul>${r.actors.map((a) => `<li><a href="${a.id && a.id.length === 3 ? `#/country/${enc(a.id)}` : `#/actor/${enc(a.id)}`}">${esc(a.name)}</a> <span class="muted">${esc(a.id)}</span></li>`).join("") || "<li class=muted>none</li>"}</ul></section>
    <section class="card wide"><h2>Stories</h2><ul>${r.stories.map((s) => `<li><a href="#/story/${enc(s.id)}">${esc(s.title)}</a> <span class="muted">${plural(s.size, "article")}</span></li>`).join("") || "<li class=muted>none</li>"}</ul></section></div></div></div>`;
}

document.getElementById("search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  location.hash = "#/search?q=" + enc(new FormData(ev.target).get("q"));
});
window.addEventListener("hashchange", route);
route();
