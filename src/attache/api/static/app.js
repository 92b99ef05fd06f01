// attache dashboard: a small hash-routed page over the JSON API. No build step.
"use strict";

const view = document.getElementById("view");
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
// Only absolute http(s) addresses become links (the API checks too: `link` is null otherwise).
const safeLink = (u) => (typeof u === "string" && /^https?:\/\/[^\s\x00-\x1f]+$/i.test(u) ? u : null);
const fmt = (x, d = 2) => (x === null || x === undefined ? "—" : (x > 0 ? "+" : "") + Number(x).toFixed(d));
let chart = null;

async function api(path) {
  const r = await fetch(path);
  if (!r.ok) {
    let detail = r.statusText;
    try { detail = (await r.json()).detail; } catch (e) { /* not JSON */ }
    throw new Error(`${r.status}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return r.json();
}

function route() {
  if (chart) { chart.destroy(); chart = null; }
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query || "");
  const parts = (path || "/").split("/").filter(Boolean).map(decodeURIComponent);
  const pages = { "": overview, dyad: dyadPage, story: storyPage, article: articlePage, search: searchPage };
  const page = pages[parts[0] || ""] || notFound;
  view.innerHTML = '<p class="muted">Loading…</p>';
  page(parts.slice(1), params).catch((e) => { view.innerHTML = `<h1>Something went wrong</h1><p>${esc(e.message)}</p>`; });
}

function notFound() { view.innerHTML = "<h1>Not found</h1><p><a href='#/'>Back to the overview</a></p>"; return Promise.resolve(); }

async function overview() {
  const [dyads, stories, alerts] = await Promise.all([api("/dyads?limit=12"), api("/stories?limit=12&min_size=1"), api("/alerts?limit=15")]);
  const dyadRows = dyads.items.map((d) => `<tr class="click" data-href="#/dyad/${d.a}/${d.b}"><td><a href="#/dyad/${d.a}/${d.b}">${esc(d.a)} – ${esc(d.b)}</a></td>
      <td>${d.events}</td><td class="${d.index >= 0 ? "pos" : "neg"}">${fmt(d.index)}</td><td>${esc(d.latest)}</td></tr>`).join("");
  const storyRows = stories.items.map((s) => `<tr class="click" data-href="#/story/${s.id}"><td><a href="#/story/${s.id}">${esc(s.title)}</a></td>
      <td>${s.size}</td><td>${esc((s.outlets || []).join(", "))}</td><td>${esc(s.end || s.start || "")}</td></tr>`).join("");
  const alertRows = alerts.items.map((a) => `<tr class="click" data-href="#/dyad/${a.a}/${a.b}"><td>${esc(a.period)}</td>
      <td><a href="#/dyad/${a.a}/${a.b}">${esc(a.a)} – ${esc(a.b)}</a></td><td>${a.kind === "first" ? "first " + esc(a.plover_type) : esc(a.domain) + " shift"}</td>
      <td class="${a.direction.includes("conflict") ? "neg" : "pos"}">${esc(a.direction)}</td></tr>`).join("");
  view.innerHTML = `<h1>Overview</h1><div class="grid">
    <section class="card"><h2>Busiest dyads</h2><table><tr><th>dyad</th><th>events</th><th>index</th><th>latest</th></tr>${dyadRows || "<tr><td colspan=4 class=muted>no events yet</td></tr>"}</table></section>
    <section class="card"><h2>Stories</h2><table><tr><th>story</th><th>articles</th><th>outlets</th><th>date</th></tr>${storyRows || "<tr><td colspan=4 class=muted>no stories yet</td></tr>"}</table></section>
    <section class="card"><h2>Alerts</h2><table><tr><th>when</th><th>dyad</th><th>what</th><th>direction</th></tr>${alertRows || "<tr><td colspan=4 class=muted>no alerts</td></tr>"}</table></section>
  </div>`;
  clickableRows();
}

function clickableRows() {
  view.querySelectorAll("tr.click").forEach((tr) => tr.addEventListener("click", (ev) => {
    if (ev.target.tagName !== "A") location.hash = tr.dataset.href;
  }));
}

async function dyadPage([a, b]) {
  const [tl, br, ev] = await Promise.all([
    api(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`),
    api(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/brief`),
    api(`/events?dyad=${encodeURIComponent(a)}&dyad=${encodeURIComponent(b)}&limit=200&all=true`),
  ]);
  const domains = br.domains.map((d) => `<li><strong>${esc(d.domain)}</strong>: ${esc(d.direction)} (${esc(d.strength)}, index ${fmt(d.index, 1)}, ${d.events} events)
      — “${esc(d.evidence[0].text)}” <a href="#/article/${d.evidence[0].article_id}?start=${d.evidence[0].start}&end=${d.evidence[0].end}">source</a></li>`).join("");
  const rows = ev.items.map((e) => `<tr class="click event-row" data-href="#/article/${e.article_id}?event=${e.id}"><td>${esc(e.date || "undated")}</td>
      <td>${esc(e.source?.name || e.source?.country || "?")}</td><td><a href="#/article/${e.article_id}?event=${e.id}">${esc(e.plover_type)}</a> <span class="muted">${esc(e.cameo_code)}</span></td>
      <td>${esc(e.target?.name || e.target?.country || "?")}</td><td>${esc(e.factuality)}</td><td>${esc(e.domain)}</td><td>${esc(e.outlet || "")}</td></tr>`).join("");
  view.innerHTML = `<h1>${esc(a)} – ${esc(b)}</h1>
    <p class="muted">${br.events} corroborated events (of ${br.coded_events} coded) in ${br.articles} articles · ${esc(br.outlets.join(", "))} · <span id="coverage">${br.coverage.analysed.toLocaleString("en")} of ${br.coverage.articles.toLocaleString("en")} stored articles analysed</span></p>
    <div class="chart-box"><canvas id="timeline" aria-label="timeline by domain"></canvas></div>
    <h2>Domain by domain</h2><ul>${domains || "<li class=muted>no events</li>"}</ul>
    <h2>Events</h2><table id="events"><tr><th>date</th><th>source</th><th>event</th><th>target</th><th>factuality</th><th>domain</th><th>outlet</th></tr>${rows}</table>`;
  clickableRows();
  drawTimeline(tl);
}

function drawTimeline(tl) {
  const labels = tl.periods.map((p) => p.period.slice(0, tl.interval === "day" || tl.interval === "week" ? 10 : 7));
  const keys = [...new Set(tl.periods.flatMap((p) => Object.keys(p.by)))];
  const colors = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"];
  const datasets = keys.map((k, i) => ({ type: "bar", label: k, data: tl.periods.map((p) => (p.by[k] || {}).events || 0), backgroundColor: colors[i % colors.length], stack: "events", yAxisID: "y" }));
  datasets.push({ type: "line", label: "index", data: tl.periods.map((p) => p.index), borderColor: "#222", backgroundColor: "#222", yAxisID: "y1", tension: 0.2 });
  chart = new Chart(document.getElementById("timeline"), {
    data: { labels, datasets },
    options: { maintainAspectRatio: false, animation: false, interaction: { mode: "index", intersect: false },
      scales: { y: { stacked: true, title: { display: true, text: "events" } }, x: { stacked: true },
                y1: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: "cooperation (+) / conflict (−)" } } } },
  });
}

async function storyPage([id]) {
  const [st, cmp] = await Promise.all([api(`/stories/${encodeURIComponent(id)}`), api(`/stories/${encodeURIComponent(id)}/comparison`)]);
  const item = (i) => {
    const c = i.citations?.[0];
    const head = i.kind === "event" ? `<strong>${esc(i.plover_type)}</strong> ${esc(i.source)} → ${esc(i.target)} (${esc(i.factuality)})`
      : i.kind === "quantity" ? `<strong>${esc(i.values.join(" vs "))} ${esc(i.unit)}</strong> ${esc(i.subject || "")}`
      : i.kind === "actor" ? `<strong>${esc(i.name)}</strong>` : `<strong>${esc(i.speaker)}</strong> ${esc(i.verb)}`;
    const link = c ? ` <a href="#/article/${c.article_id}?start=${c.start}&end=${c.end}">${esc(c.outlet || "source")}</a>` : "";
    const told = i.sources > 1 ? ` <span class="muted">(${i.sources} sources)</span>` : "";
    return `<li>${head}${told}: “${esc((i.text || "").slice(0, 220))}”${link}</li>`;
  };
  const cols = cmp.outlets.map((o) => `<section class="card outlet"><h3>${esc(o)}</h3><p class="muted">${esc(cmp.genre[o] || "")}</p>
      <h4>Only here</h4><ul>${(cmp.unique[o] || []).map(item).join("") || "<li class=muted>nothing of its own</li>"}</ul>
      <h4>Frames</h4><p>${(cmp.frames[o] || []).map((f) => `<span class="tag">${esc(f.phrase)}</span>`).join("") || "—"}</p>
      <h4>Tone</h4><p>${Object.entries(cmp.tone[o] || {}).map(([k, v]) => `${esc(k)} <span class="${v >= 0 ? "pos" : "neg"}">${fmt(v)}</span>`).join(", ") || "—"}</p></section>`).join("");
  const w = st.fivew1h || {};
  const fivew = ["who", "what", "when", "where", "why", "how"].map((q) => `<tr><th>${q}</th><td>${esc(w[q]?.text || "—")}</td></tr>`).join("");
  view.innerHTML = `<h1>${esc(st.title)}</h1><p class="muted">${st.articles.length} articles · ${esc(st.start || "?")} – ${esc(st.end || "?")} · ${esc((st.outlets || []).join(", "))}</p>
    <div class="grid"><section class="card"><h2>Main event</h2><table>${fivew}</table></section>
    <section class="card"><h2>Summary</h2><ul>${(st.summary || []).map((s) => `<li>${esc(s.text)} <a href="#/article/${s.article_id}?start=${s.start}&end=${s.end}">source</a></li>`).join("")}</ul></section></div>
    ${cmp.single_source ? "<p class=muted>Only one independent source tells this story: there is nothing to compare.</p>" : ""}
    <h2>Told by at least two independent sources</h2><ul id="agree">${cmp.agree.map(item).join("") || "<li class=muted>no event or figure is told by two sources</li>"}</ul>
    ${cmp.conflicts.length ? `<h2>Conflicts</h2><ul>${cmp.conflicts.map(item).join("")}</ul>` : ""}
    <h2>Side by side</h2><div class="cols">${cols}</div>`;
}

async function articlePage([id], params) {
  const a = await api(`/articles/${encodeURIComponent(id)}`);
  let focus = null;
  if (params.get("event")) {
    const e = a.events.find((x) => x.id === params.get("event"));
    if (e) focus = [e.sentence.start, e.sentence.end];
  } else if (params.get("start")) {
    focus = [Number(params.get("start")), Number(params.get("end"))];
  }
  const body = a.paragraphs.map((p) => `<p>${markText(a.text, p.start, p.end, a.highlights, focus)}</p>`).join("");
  const facts = a.facts ? `${esc(a.facts.genre)} · tone ${fmt(a.facts.tone, 1)}` : "";
  view.innerHTML = `<h1>${esc(a.title || "(untitled)")}</h1>
    <p class="muted">${esc(a.outlet || "")} · ${esc(a.published || "undated")} · ${facts} ${a.story_id ? `· <a href="#/story/${a.story_id}">story</a>` : ""}
    ${safeLink(a.link) ? `· <a href="${esc(safeLink(a.link))}" rel="noopener noreferrer">original</a>` : ""}</p>
    <p class="legend"><mark class="actor">actor</mark><mark class="event">event</mark><mark class="quantity">quantity</mark><mark class="focus-sample">cited sentence</mark></p>
    <div class="article-text">${body}</div>`;
  const f = view.querySelector(".article-text .sentence.focus");
  if (f) f.scrollIntoView({ block: "center" });
}

// Text between start and end with highlight spans (non-overlapping, first wins) and the focus sentence wrapped.
function markText(text, start, end, highlights, focus) {
  const marks = highlights.filter((h) => h.start >= start && h.end <= end);
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
    out += `<mark class="${h.kind}" title="${esc(h.label)}">${piece(h.start, h.end)}</mark>`;
    pos = h.end;
  }
  return out + piece(pos, end);
}

async function searchPage(_, params) {
  const q = params.get("q") || "";
  if (q.length < 2) { view.innerHTML = "<h1>Search</h1><p class=muted>Type at least two characters.</p>"; return; }
  const r = await api(`/search?q=${encodeURIComponent(q)}`);
  view.innerHTML = `<h1>Search: ${esc(q)}</h1><p class="muted">${r.total} articles, best first</p><div class="grid">
    <section class="card"><h2>Articles</h2><ul>${r.articles.map((a) => `<li><a href="#/article/${a.id}">${esc(a.title || a.id)}</a> <span class="muted">${esc(a.outlet || "")} ${esc(a.published || "")}</span>${a.snippet ? `<br><span class="snippet">${esc(a.snippet)}</span>` : ""}</li>`).join("") || "<li class=muted>none</li>"}</ul></section>
    <section class="card"><h2>Actors</h2><ul>${r.actors.map((a) => `<li>${esc(a.name)} <span class="muted">${esc(a.id)}</span>${a.country ? ` · <a href="#/search?q=${encodeURIComponent(a.name)}">${esc(a.country)}</a>` : ""}</li>`).join("") || "<li class=muted>none</li>"}</ul></section>
    <section class="card"><h2>Stories</h2><ul>${r.stories.map((s) => `<li><a href="#/story/${s.id}">${esc(s.title)}</a> <span class="muted">${s.size} articles</span></li>`).join("") || "<li class=muted>none</li>"}</ul></section></div>`;
}

document.getElementById("search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  location.hash = "#/search?q=" + encodeURIComponent(new FormData(ev.target).get("q"));
});
window.addEventListener("hashchange", route);
route();
