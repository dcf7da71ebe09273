// Usage over a chosen range of UTC days: totals, charts per day (requests, tokens,
// cost + fee), a table per model and provider, and the per-request log (metadata
// only), paged newest first.

import { api, describe } from "../api.js?v=316f09864457";
import { barChart } from "../charts.js?v=316f09864457";
import { clear, field, h, say, table } from "../dom.js?v=316f09864457";
import { addDays, count, isoDay, usd, when } from "../format.js?v=316f09864457";

export const title = "Usage";
export const needsKey = true;
const PAGE_SIZE = 20;

function sum(rows, key) { return rows.reduce((s, r) => s + r[key], 0); }

function groupBy(rows, keyOf) {
  const out = new Map();
  for (const r of rows) {
    const k = keyOf(r);
    const acc = out.get(k) || { requests: 0, prompt_tokens: 0, completion_tokens: 0, cost_micro_usd: 0,
                                platform_fee_micro_usd: 0 };
    for (const f of Object.keys(acc)) acc[f] += r[f];
    out.set(k, acc);
  }
  return out;
}

export async function render(main, { status }) {
  const today = isoDay(new Date());
  const form = h("form", { id: "usage-range", class: "inline" },
    field("usage-from", "From (UTC day)", { type: "date", value: addDays(today, -6), required: true }),
    field("usage-to", "To (UTC day, included)", { type: "date", value: today, required: true }),
    h("button", { type: "submit", id: "usage-load", text: "Show usage" }));
  const summary = h("div", { id: "usage-summary" });
  const charts = h("div", { id: "usage-charts", class: "charts" });
  const tables = h("div", { id: "usage-tables" });
  const logStatus = h("div", { class: "status" });
  const log = h("div", { id: "request-log" });
  main.append(form, summary, charts, tables, h("h2", { text: "Requests" }),
    h("p", { text: "Metadata of each request, newest first. Prompts and responses are never kept." }),
    logStatus, log);

  async function load() {
    say(status, "");
    const from = form.querySelector("#usage-from").value;
    const last = form.querySelector("#usage-to").value;
    if (!from || !last || last < from) { say(status, "Pick a range whose first day is not after its last."); return; }
    const to = addDays(last, 1);
    try {
      const { data } = await api("GET", "/account/usage", { query: { from, to } });
      showTotals(data, from, to);
    } catch (err) {
      say(status, describe(err, "Usage"));
    }
    await showLog(`${from}T00:00:00Z`, `${to}T00:00:00Z`, null, []);
  }

  function showTotals(rows, from, to) {
    const days = [];
    for (let d = from; d < to; d = addDays(d, 1)) days.push(d);
    const perDay = groupBy(rows, (r) => r.day);
    const at = (d, f) => (perDay.get(d) || {})[f] || 0;
    clear(summary).append(h("dl", { class: "totals" },
      // One <div> per term and value: the grid then keeps each label above its own figure.
      ["requests", "prompt_tokens", "completion_tokens", "cost_micro_usd", "platform_fee_micro_usd"].map((f) => h("div", {},
        h("dt", { text: { requests: "Requests", prompt_tokens: "Prompt tokens", completion_tokens: "Completion tokens",
                          cost_micro_usd: "Cost", platform_fee_micro_usd: "Platform fee" }[f] }),
        h("dd", { id: `total-${f}`, text: f.endsWith("usd") ? usd(sum(rows, f)) : count(sum(rows, f)) })))));
    clear(charts).append(
      barChart({ id: "chart-requests", title: "Requests per day", categories: days,
                 series: [{ label: "requests", cls: "s1", values: days.map((d) => at(d, "requests")) }], format: count }),
      barChart({ id: "chart-tokens", title: "Tokens per day", categories: days, format: count, series: [
        { label: "prompt", cls: "s1", values: days.map((d) => at(d, "prompt_tokens")) },
        { label: "completion", cls: "s2", values: days.map((d) => at(d, "completion_tokens")) }] }),
      barChart({ id: "chart-cost", title: "Cost and fee per day (USD)", categories: days,
                 format: (v) => usd(Math.round(v)), series: [
        { label: "cost", cls: "s1", values: days.map((d) => at(d, "cost_micro_usd")) },
        { label: "platform fee", cls: "s2", values: days.map((d) => at(d, "platform_fee_micro_usd")) }] }));
    const perModel = [...groupBy(rows, (r) => `${r.model}\u0000${r.provider}`)].map(([k, v]) => {
      const [model, provider] = k.split("\u0000");
      return { model: model || "(none)", provider: provider || "(none)", ...v };
    });
    const money = [
      { label: "Requests", num: true, value: (r) => count(r.requests) },
      { label: "Prompt tokens", num: true, value: (r) => count(r.prompt_tokens) },
      { label: "Completion tokens", num: true, value: (r) => count(r.completion_tokens) },
      { label: "Cost", num: true, value: (r) => usd(r.cost_micro_usd) },
      { label: "Fee", num: true, value: (r) => usd(r.platform_fee_micro_usd) }];
    clear(tables).append(
      table("Per model and provider", [{ label: "Model", value: (r) => r.model },
                                        { label: "Provider", value: (r) => r.provider }, ...money],
            perModel, "usage-by-model"),
      table("Per day, model and provider", [{ label: "Day", value: (r) => r.day },
                                             { label: "Model", value: (r) => r.model || "(none)" },
                                             { label: "Provider", value: (r) => r.provider || "(none)" }, ...money],
            rows, "usage-by-day"));
  }

  // `cursors` holds the cursor of every earlier page, so "Newer" can go back.
  async function showLog(from, to, cursor, cursors) {
    say(logStatus, "");
    let page;
    try {
      page = await api("GET", "/account/requests", { query: { from, to, limit: PAGE_SIZE, cursor } });
    } catch (err) {
      say(logStatus, describe(err, "The request log"));
      clear(log);
      return;
    }
    const nav = h("div", { class: "pager" },
      h("button", { type: "button", id: "log-newer", disabled: cursors.length === 0,
                    onclick: () => showLog(from, to, cursors[cursors.length - 1], cursors.slice(0, -1)),
                    text: "Newer requests" }),
      h("span", { id: "log-page", text: `Page ${cursors.length + 1}` }),
      h("button", { type: "button", id: "log-older", disabled: !page.has_more,
                    onclick: () => showLog(from, to, page.next_cursor, [...cursors, cursor]),
                    text: "Older requests" }));
    clear(log).append(table("Request log", [
      { label: "Finished", value: (r) => when(r.finished_at) },
      { label: "Request id", value: (r) => r.request_id },
      { label: "Model", value: (r) => r.model_dispatched || r.model_requested },
      { label: "Provider", value: (r) => r.provider },
      { label: "Status", value: (r) => `${r.status} (${r.http_status})` },
      { label: "Task", value: (r) => r.task_label },
      { label: "Prompt tok.", num: true, value: (r) => count(r.prompt_tokens) },
      { label: "Compl. tok.", num: true, value: (r) => count(r.completion_tokens) },
      { label: "Latency ms", num: true, value: (r) => count(r.latency_ms) },
      { label: "Cost", num: true, value: (r) => usd(r.cost_micro_usd) },
      { label: "Fee", num: true, value: (r) => usd(r.platform_fee_micro_usd) },
      { label: "Key", value: (r) => r.api_key_id },
    ], page.data, "log-table"), nav);
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  await load();
}
