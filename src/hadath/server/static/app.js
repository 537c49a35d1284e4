// hadath web app. Article text is only ever put in the page with textContent: never innerHTML.
"use strict";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const TYPE_AR = { AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "تأييد", CONCEDE: "تنازل", COOPERATE: "تعاون",
  AID: "مساعدة", RETREAT: "انسحاب", REQUEST: "طلب", ACCUSE: "اتهام", REJECT: "رفض", THREATEN: "تهديد",
  PROTEST: "احتجاج", SANCTION: "عقوبات", MOBILIZE: "تعبئة", COERCE: "إكراه", ASSAULT: "اعتداء" };
const I18N = {
  ar: { title: "حدث", subtitle: "أحداث سياسية من الأخبار العربية", nav_analyze: "تحليل مقال", nav_events: "الأحداث",
    nav_timeline: "الخط الزمني", nav_network: "شبكة الفاعلين", nav_map: "الخريطة", nav_api: "واجهة البرمجة",
    analyze_title: "الصق مقالا أو حمّل ملفا", article_placeholder: "نص المقال…", pub_date: "تاريخ النشر",
    outlet: "المصدر", upload: "ملف", analyze: "حلّل", store: "حلّل واحفظ", legend_actor: "فاعل",
    legend_recipient: "متلقٍّ", legend_evidence: "دليل", legend_trigger: "فعل الحدث", legend_mention: "اسم معروف",
    events_title: "الأحداث المخزّنة", f_type: "النوع", any: "الكل", f_actor_country: "بلد الفاعل",
    f_recipient_country: "بلد المتلقي", f_country: "أي بلد", f_since: "من", f_until: "إلى", f_place: "المكان",
    f_text: "نص", apply: "تطبيق", reset: "مسح", c_date: "التاريخ", c_type: "النوع", c_actor: "الفاعل",
    c_recipient: "المتلقي", c_place: "المكان", c_sources: "المصادر", prev: "السابق", next: "التالي",
    timeline_title: "عدد الأحداث في اليوم", uses_filters: "يستخدم مرشحات صفحة الأحداث.",
    network_title: "شبكة الفاعلين (من فعل ماذا بمن)", map_title: "أماكن الأحداث",
    footer: "hadath — Apache-2.0 — يعمل دون اتصال بالإنترنت", working: "جارٍ التحليل…",
    n_events: (n) => `${n} حدث`, total: (n) => `المجموع: ${n}`, no_events: "لا أحداث.",
    stored: (s) => `حُفظ (${s}).`, empty: "الصق نصا أولا.", event: "حدث", sources: "المصادر",
    mentions: "الإشارات", articles: "المقالات", outlets: "المنافذ", date: "التاريخ", mode: "الصيغة",
    place: "المكان", actor: "الفاعل", recipient: "المتلقي", published: "نُشر", evidence: "الأدلة", back: "رجوع",
    not_found: "الحدث غير موجود.", page: (a, b) => `${a}–${b}`, toggle: "English", none: "—",
    error: (r) => `خطأ: ${r}`, no_data: "لا بيانات بعد." },
  en: { title: "hadath", subtitle: "political events from Arabic news", nav_analyze: "Analyze an article",
    nav_events: "Events", nav_timeline: "Timeline", nav_network: "Actor network", nav_map: "Map", nav_api: "API",
    analyze_title: "Paste an article or upload a file", article_placeholder: "Article text…",
    pub_date: "Publication date", outlet: "Outlet", upload: "File", analyze: "Analyze", store: "Analyze and store",
    legend_actor: "actor", legend_recipient: "recipient", legend_evidence: "evidence", legend_trigger: "trigger",
    legend_mention: "known name", events_title: "Stored events", f_type: "Type", any: "Any",
    f_actor_country: "Actor country", f_recipient_country: "Recipient country", f_country: "Any country",
    f_since: "From", f_until: "To", f_place: "Place", f_text: "Text", apply: "Apply", reset: "Clear",
    c_date: "Date", c_type: "Type", c_actor: "Actor", c_recipient: "Recipient", c_place: "Place",
    c_sources: "Sources", prev: "Previous", next: "Next", timeline_title: "Events per day",
    uses_filters: "Uses the filters of the Events page.", network_title: "Actor network (who did what to whom)",
    map_title: "Event places", footer: "hadath — Apache-2.0 — works offline", working: "Analyzing…",
    n_events: (n) => `${n} events`, total: (n) => `Total: ${n}`, no_events: "No events.",
    stored: (s) => `Stored (${s}).`, empty: "Paste some text first.", event: "Event", sources: "Sources",
    mentions: "mentions", articles: "articles", outlets: "outlets", date: "Date", mode: "Mode", place: "Place",
    actor: "Actor", recipient: "Recipient", published: "published", evidence: "Evidence", back: "Back",
    not_found: "No such event.", page: (a, b) => `${a}–${b}`, toggle: "العربية", none: "—",
    error: (r) => `Error: ${r}`, no_data: "No data yet." },
};

const state = { lang: localStorage.getItem("hadath-lang") || "ar", offset: 0, limit: 20, filters: {}, last: null };
const $ = (id) => document.getElementById(id);
const t = (key, ...args) => { const v = I18N[state.lang][key]; return typeof v === "function" ? v(...args) : v; };
const typeName = (code) => (state.lang === "ar" ? `${TYPE_AR[code] || code} (${code})` : code);
const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.setAttribute("class", v);
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

async function api(path, options = {}) {
  const response = await fetch(path, { headers: { "Content-Type": "application/json", ...(options.headers || {}) }, ...options });
  const body = await response.json().catch(() => ({ reason: response.statusText }));
  if (!response.ok) throw new Error(body.reason || response.statusText);
  return body;
}

// -- language ---------------------------------------------------------------------------------------
function applyLanguage() {
  const root = document.documentElement;
  root.lang = state.lang;
  root.dir = state.lang === "ar" ? "rtl" : "ltr";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  $("lang-toggle").textContent = t("toggle");
  const select = $("f-type");
  for (const option of select.options) if (option.value) option.textContent = typeName(option.value);
}

function toggleLanguage() {
  state.lang = state.lang === "ar" ? "en" : "ar";
  localStorage.setItem("hadath-lang", state.lang);
  applyLanguage();
  route();
}

// -- actors, places -----------------------------------------------------------------------------------
function actorLabel(actor) {
  if (!actor) return t("none");
  const who = actor.name || actor.org || actor.country || t("none");
  const codes = [actor.country, actor.sector].filter(Boolean).join(" ");
  return codes && who !== actor.country ? `${who} (${codes})` : who;
}
const placeLabel = (loc) => (loc ? [loc.name, loc.country].filter(Boolean).join(", ") : t("none"));

// -- analyze: highlighted text -----------------------------------------------------------------------
function highlightSpans(result, focus) {
  const spans = [];
  for (const m of result.mentions) spans.push([m.start, m.end, "hl-mention"]);
  result.events.forEach((e, i) => {
    const focused = focus === i;
    for (const ev of e.evidence) spans.push([ev.start, ev.end, focused ? "hl-evidence hl-focus" : "hl-evidence"]);
    if (e.actor && e.actor.start != null) spans.push([e.actor.start, e.actor.end, "hl-actor"]);
    if (e.recipient && e.recipient.start != null) spans.push([e.recipient.start, e.recipient.end, "hl-recipient"]);
    if (e.trigger_end > e.trigger_start) spans.push([e.trigger_start, e.trigger_end, "hl-trigger"]);
  });
  return spans;
}

function renderArticle(result, focus = null) {
  const chars = Array.from(result.document.text);  // offsets count code points, as in Python
  const classes = new Array(chars.length).fill("");
  const order = ["hl-evidence", "hl-mention", "hl-actor", "hl-recipient", "hl-trigger"];
  const spans = highlightSpans(result, focus).sort((a, b) => order.indexOf(a[2].split(" ")[0]) - order.indexOf(b[2].split(" ")[0]));
  for (const [start, end, cls] of spans) for (let i = start; i < end && i < chars.length; i++) classes[i] = mergeClass(classes[i], cls);
  const view = clear($("article-view"));
  let i = 0;
  while (i < chars.length) {
    let j = i;
    while (j < chars.length && classes[j] === classes[i]) j++;
    const text = chars.slice(i, j).join("");
    view.append(classes[i] ? el("span", { class: classes[i], text }) : document.createTextNode(text));
    i = j;
  }
}

function mergeClass(current, added) {
  const parts = new Set(current.split(" ").filter(Boolean));
  if (added.startsWith("hl-evidence")) { for (const p of added.split(" ")) parts.add(p); return [...parts].join(" "); }
  for (const p of [...parts]) if (p !== "hl-evidence" && p !== "hl-focus") parts.delete(p);
  parts.add(added);
  return [...parts].join(" ");
}

function eventCard(e, index, onClick) {
  const card = el("li", { class: "card", "data-testid": "event-card", onclick: onClick },
    el("span", { class: "badge", text: typeName(e.event_type) }),
    el("strong", { text: actorLabel(e.actor) }), " → ", el("strong", { text: actorLabel(e.recipient) }),
    el("div", { class: "muted", text: `${t("date")}: ${e.date || t("none")}${e.mode ? ` · ${t("mode")}: ${e.mode}` : ""} · ${t("place")}: ${placeLabel(e.location)}` }));
  if (e.num_sources != null) card.append(el("div", { class: "muted", text: `${t("outlets")}: ${e.num_sources} · ${t("articles")}: ${e.num_articles}` }));
  card.dataset.index = index;
  return card;
}

function renderExtraction(result, stored) {
  state.last = result;
  renderArticle(result);
  const list = clear($("extract-events"));
  result.events.forEach((e, i) => list.append(eventCard(e, i, () => {
    for (const c of list.children) c.classList.toggle("selected", c === list.children[i]);
    renderArticle(result, i);
  })));
  const skipped = result.document.skipped ? ` (${result.document.skipped})` : "";
  $("analyze-status").textContent = t("n_events", result.events.length) + skipped + (stored ? ` ${t("stored", stored)}` : "");
}

function documentBody() {
  const text = $("article").value;
  const body = { text, date: $("article-date").value || null, outlet: $("article-outlet").value || null };
  if (/^\s*<(!doctype|html|head|body)/i.test(text)) { body.html = text; body.text = null; }
  return body;
}

async function analyze(store) {
  const status = $("analyze-status");
  status.classList.remove("error");
  if (!$("article").value.trim()) { status.textContent = t("empty"); return; }
  status.textContent = t("working");
  try {
    const result = await api("/extract", { method: "POST", body: JSON.stringify(documentBody()) });
    let stored = null;
    if (store) stored = (await api("/documents", { method: "POST", body: JSON.stringify(documentBody()) })).status;
    renderExtraction(result, stored);
  } catch (err) {
    status.classList.add("error");
    status.textContent = t("error", err.message);
  }
}

function loadFile(event) {
  const file = event.target.files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => { $("article").value = String(reader.result); };
  reader.readAsText(file, "utf-8");
}

// -- events -------------------------------------------------------------------------------------------
function readFilters() {
  const data = new FormData($("filters"));
  state.filters = {};
  for (const [k, v] of data.entries()) if (String(v).trim()) state.filters[k] = String(v).trim();
}

const query = (extra = {}) => new URLSearchParams({ ...state.filters, ...extra }).toString();

async function showEvents() {
  const tbody = $("events-list");
  try {
    const page = await api(`/events?${query({ limit: state.limit, offset: state.offset })}`);
    clear(tbody);
    $("events-total").textContent = page.total ? t("total", page.total) : t("no_events");
    for (const e of page.items) {
      tbody.append(el("tr", { "data-testid": "event-row", "data-id": e.id, onclick: () => { location.hash = `#/event/${e.id}`; } },
        el("td", { text: e.date || t("none") }), el("td", { text: typeName(e.event_type) }),
        el("td", { text: actorLabel(e.actor) }), el("td", { text: actorLabel(e.recipient) }),
        el("td", { text: placeLabel(e.location) }), el("td", { text: `${e.num_sources} / ${e.num_articles}` })));
    }
    $("page-info").textContent = page.total ? t("page", state.offset + 1, state.offset + page.items.length) : "";
    $("prev-page").disabled = state.offset === 0;
    $("next-page").disabled = state.offset + page.items.length >= page.total;
  } catch (err) {
    $("events-total").textContent = t("error", err.message);
  }
}

async function showEvent(id) {
  const box = clear($("event-detail"));
  let e;
  try { e = await api(`/events/${encodeURIComponent(id)}`); } catch (err) { box.append(el("p", { text: t("not_found") })); return; }
  box.append(el("p", {}, el("a", { href: "#/events", text: t("back") })),
    el("h2", { "data-testid": "event-title" }, el("span", { class: "badge", text: typeName(e.event_type) }),
      `${actorLabel(e.actor)} → ${actorLabel(e.recipient)}`));
  const facts = el("dl", { class: "facts" });
  const rows = [["date", `${e.date || t("none")} (${e.date_precision})`], ["mode", e.mode || t("none")],
    ["place", placeLabel(e.location)], ["actor", actorLabel(e.actor)], ["recipient", actorLabel(e.recipient)],
    ["sources", `${e.num_sources} ${t("outlets")} · ${e.num_articles} ${t("articles")} · ${e.num_mentions} ${t("mentions")}`]];
  for (const [k, v] of rows) facts.append(el("dt", { text: t(k) }), el("dd", { text: v }));
  box.append(facts, el("h3", { text: t("sources") }));
  const list = el("ol", { class: "cards" });
  for (const s of e.sources) {
    const head = el("div", {}, el("strong", { text: s.outlet || s.source }), " · ", el("span", { class: "muted", text: `${t("published")}: ${s.published || t("none")} · ${s.document_id}` }));
    if (s.url && /^https?:\/\//i.test(s.url)) head.append(" · ", el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank", text: s.url }));
    const item = el("li", { class: "card", "data-testid": "source" }, head);
    for (const ev of s.evidence || []) item.append(el("blockquote", { dir: "auto", text: ev.text }));
    list.append(item);
  }
  box.append(list);
}

// -- charts --------------------------------------------------------------------------------------------
async function stats() { return api(`/stats?${query()}`); }

function noData(svg) { svg.append(el("svg:text", { x: 20, y: 40, text: t("no_data") })); }

async function showTimeline() {
  const svg = clear($("timeline-chart"));
  const days = (await stats()).by_day.filter((d) => d.date);
  if (!days.length) { noData(svg); return; }
  const [w, h, pad] = [900, 320, 40];
  const max = Math.max(...days.map((d) => d.count));
  const first = Date.parse(days[0].date), last = Date.parse(days[days.length - 1].date);
  const span = Math.max(1, (last - first) / 86400000 + 1);
  const barW = Math.max(2, (w - 2 * pad) / span - 1);
  svg.append(el("svg:line", { class: "axis", x1: pad, y1: h - pad, x2: w - pad, y2: h - pad }));
  for (const d of days) {
    const x = pad + ((Date.parse(d.date) - first) / 86400000) * ((w - 2 * pad) / span);
    const bh = (d.count / max) * (h - 2 * pad);
    const bar = el("svg:rect", { class: "bar", x, y: h - pad - bh, width: barW, height: bh, "data-testid": "timeline-bar" });
    bar.append(el("svg:title", { text: `${d.date}: ${d.count}` }));
    svg.append(bar);
  }
  svg.append(el("svg:text", { x: pad, y: h - 10, text: days[0].date }),
    el("svg:text", { x: w - pad, y: h - 10, "text-anchor": "end", text: days[days.length - 1].date }),
    el("svg:text", { x: pad, y: pad - 10, text: `max ${max}` }));
}

async function showNetwork() {
  const svg = clear($("network-chart"));
  const dyads = (await stats()).by_dyad.filter((d) => d.actor || d.recipient);
  if (!dyads.length) { noData(svg); return; }
  const names = [...new Set(dyads.flatMap((d) => [d.actor || "?", d.recipient || "?"]))];
  const [cx, cy, r] = [350, 350, 270];
  const pos = new Map(names.map((n, i) => [n, [cx + r * Math.cos((2 * Math.PI * i) / names.length), cy + r * Math.sin((2 * Math.PI * i) / names.length)]]));
  const max = Math.max(...dyads.map((d) => d.count));
  for (const d of dyads) {
    const [a, b] = [pos.get(d.actor || "?"), pos.get(d.recipient || "?")];
    const line = a === b
      ? el("svg:circle", { class: "edge", cx: a[0], cy: a[1] - 18, r: 14, "stroke-width": 1 + (4 * d.count) / max })
      : el("svg:line", { class: "edge", x1: a[0], y1: a[1], x2: b[0], y2: b[1], "stroke-width": 1 + (6 * d.count) / max });
    line.append(el("svg:title", { text: `${d.actor || "?"} → ${d.recipient || "?"}: ${d.count}` }));
    svg.append(line);
  }
  for (const [name, [x, y]] of pos) {
    svg.append(el("svg:circle", { class: "node", cx: x, cy: y, r: 16, "data-testid": "network-node" }),
      el("svg:text", { x, y: y + 4, "text-anchor": "middle", text: name }));
  }
}

const project = (lat, lon) => [((lon + 180) / 360) * 1000, ((90 - lat) / 180) * 500];

async function showMap() {
  const svg = clear($("map-chart"));
  svg.append(el("svg:rect", { class: "ocean", x: 0, y: 0, width: 1000, height: 500 }));
  for (let lon = -180; lon <= 180; lon += 30) svg.append(el("svg:line", { class: "grat", x1: project(0, lon)[0], y1: 0, x2: project(0, lon)[0], y2: 500 }));
  for (let lat = -60; lat <= 90; lat += 30) svg.append(el("svg:line", { class: "grat", x1: 0, y1: project(lat, 0)[1], x2: 1000, y2: project(lat, 0)[1] }));
  const [countries, data] = await Promise.all([api("/countries"), stats()]);
  for (const c of countries) {
    const [x, y] = project(c.lat, c.lon);
    const dot = el("svg:circle", { class: "land", cx: x, cy: y, r: 2.5 });
    dot.append(el("svg:title", { text: c.name }));
    svg.append(dot);
  }
  const list = clear($("map-places"));
  const places = data.by_place.filter((p) => p.lat != null && p.lon != null);
  const max = Math.max(1, ...places.map((p) => p.count));
  for (const p of places) {
    const [x, y] = project(p.lat, p.lon);
    const dot = el("svg:circle", { class: "place", cx: x, cy: y, r: 4 + (10 * p.count) / max, "data-testid": "map-place" });
    dot.append(el("svg:title", { text: `${p.name || p.country}: ${p.count}` }));
    svg.append(dot);
    list.append(el("li", { text: `${p.name || p.country} (${p.country || "?"}): ${p.count}` }));
  }
}

// -- routing --------------------------------------------------------------------------------------------
const VIEWS = ["analyze", "events", "timeline", "network", "map", "event"];

function route() {
  const [, view = "analyze", arg] = location.hash.split("/");
  const name = VIEWS.includes(view) ? view : "analyze";
  for (const v of VIEWS) $(`view-${v}`).hidden = v !== name;
  for (const a of document.querySelectorAll("#nav a[data-view]")) a.classList.toggle("active", a.dataset.view === name);
  const show = { events: showEvents, timeline: showTimeline, network: showNetwork, map: showMap, event: () => showEvent(arg) }[name];
  if (show) show().catch((err) => console.error(err));
  if (name === "analyze" && state.last) renderExtraction(state.last, null);
}

function init() {
  const select = $("f-type");
  for (const code of TYPES) select.append(el("option", { value: code, text: code }));
  applyLanguage();
  $("lang-toggle").addEventListener("click", toggleLanguage);
  $("analyze-btn").addEventListener("click", () => analyze(false));
  $("store-btn").addEventListener("click", () => analyze(true));
  $("article-file").addEventListener("change", loadFile);
  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); readFilters(); state.offset = 0; showEvents(); });
  $("filters").addEventListener("reset", () => { state.filters = {}; state.offset = 0; setTimeout(showEvents, 0); });
  $("prev-page").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); showEvents(); });
  $("next-page").addEventListener("click", () => { state.offset += state.limit; showEvents(); });
  window.addEventListener("hashchange", route);
  route();
}

document.addEventListener("DOMContentLoaded", init);
