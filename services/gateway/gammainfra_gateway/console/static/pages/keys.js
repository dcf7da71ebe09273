// API keys: list, create (name, requests per minute, monthly budget; the secret is
// shown once), revoke.

import { api } from "../api.js?v=316f09864457";
import { clear, field, h, say, table } from "../dom.js?v=316f09864457";
import { microFromDollars, usd, when } from "../format.js?v=316f09864457";
import { secretBox } from "./signup.js?v=316f09864457";

export const title = "API keys";
export const needsKey = true;

export async function render(main, { status }) {
  const created = h("div", { id: "key-created" });
  const list = h("div", { id: "keys-list" });
  const form = h("form", { id: "key-create-form" },
    h("h2", { text: "Create a key" }),
    field("key-name", "Name", { type: "text", maxlength: "100" }),
    field("key-rpm", "Requests per minute (optional)", { type: "number", min: "1", step: "1", inputmode: "numeric" }),
    field("key-budget", "Monthly budget in USD (optional)", { type: "text", inputmode: "decimal" },
          "Up to 6 decimals; empty means no limit."),
    h("button", { type: "submit", id: "key-create", text: "Create key" }));
  main.append(form, created, h("h2", { text: "Your keys" }), list);

  async function refresh() {
    const { data } = await api("GET", "/account/keys");
    clear(list).append(table("API keys", [
      { label: "Key id", value: (k) => k.key_id },
      { label: "Name", value: (k) => k.name },
      { label: "Requests/min", num: true, value: (k) => k.requests_per_minute ?? "default" },
      { label: "Monthly budget", num: true, value: (k) => k.monthly_budget_micro_usd === null ? "none" : usd(k.monthly_budget_micro_usd) },
      { label: "Created", value: (k) => when(k.created_at) },
      { label: "Status", value: (k) => (k.active ? "active" : `revoked ${when(k.revoked_at)}`) },
      { label: "Action", value: (k) => (k.active
          ? h("button", { type: "button", class: "danger", id: `revoke-${k.key_id}`,
                          "aria-label": `Revoke key ${k.name || k.key_id}`, onclick: () => revoke(k), text: "Revoke" })
          : "—") },
    ], data, "keys-table"));
  }

  async function revoke(key) {
    if (!window.confirm(`Revoke key ${key.name || key.key_id}? Requests with it stop working at once.`)) return;
    try {
      await api("DELETE", `/account/keys/${encodeURIComponent(key.key_id)}`);
      say(status, `Key ${key.key_id} revoked.`, "notice");
      await refresh();
    } catch (err) {
      say(status, err.message);
    }
  }

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    say(status, "");
    const body = {};
    const name = form.querySelector("#key-name").value.trim();
    const rpm = form.querySelector("#key-rpm").value.trim();
    const budget = form.querySelector("#key-budget").value.trim();
    if (name) body.name = name;
    if (rpm) body.requests_per_minute = Number(rpm);
    if (budget) {
      const micro = microFromDollars(budget);
      if (micro === null) { say(status, "The monthly budget must be an amount in USD like 25 or 12.50."); return; }
      body.monthly_budget_micro_usd = micro;
    }
    try {
      const key = await api("POST", "/account/keys", { body });
      clear(created).append(secretBox(`New key ${key.name || key.key_id}`, key.api_key, "new-key"));
      form.reset();
      await refresh();
      created.querySelector("button")?.focus();
    } catch (err) {
      say(status, err.message);
    }
  });
  await refresh();
}
