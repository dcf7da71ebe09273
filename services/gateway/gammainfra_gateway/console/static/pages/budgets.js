// Budgets: each key's monthly budget (set when the key is created) and this month's
// spend; the account-wide budget only where the API offers a route for it.

import { ApiError, api, describe } from "../api.js?v=316f09864457";
import { h, say, table } from "../dom.js?v=316f09864457";
import { isoDay, usd } from "../format.js?v=316f09864457";

export const title = "Budgets";
export const needsKey = true;

export async function render(main, { status }) {
  const today = new Date();
  const monthStart = `${isoDay(today).slice(0, 8)}01`;
  const tomorrow = isoDay(new Date(today.getTime() + 86400000));
  const { data: keys } = await api("GET", "/account/keys");
  main.append(
    h("p", { text: "A key with a monthly budget is refused (HTTP 402) once its spend this month, cost plus fee, " +
                   "reaches the budget. Budgets are set when a key is created on the API keys page." }),
    table("Monthly budget per key", [
      { label: "Key id", value: (k) => k.key_id },
      { label: "Name", value: (k) => k.name },
      { label: "Status", value: (k) => (k.active ? "active" : "revoked") },
      { label: "Monthly budget", num: true, value: (k) => (k.monthly_budget_micro_usd === null ? "no limit" : usd(k.monthly_budget_micro_usd)) },
    ], keys, "budgets-table"));
  const spend = h("p", { id: "month-spend" });
  main.append(h("h2", { text: "This month" }), spend);
  try {
    const { data } = await api("GET", "/account/usage", { query: { from: monthStart, to: tomorrow } });
    const total = data.reduce((s, r) => s + r.cost_micro_usd + r.platform_fee_micro_usd, 0);
    spend.textContent = `Spent since ${monthStart} (UTC), cost plus fee: ${usd(total)}.`;
  } catch (err) {
    spend.textContent = describe(err, "This month's spend");
  }
  const account = h("p", { id: "account-budget" });
  main.append(h("h2", { text: "Account budget" }), account);
  try {
    const body = await api("GET", "/account/budgets");
    account.textContent = body.monthly_budget_micro_usd === null ? "No account-wide budget."
      : `Account-wide monthly budget: ${usd(body.monthly_budget_micro_usd)}.`;
  } catch (err) {
    if (err instanceof ApiError && err.routeMissing) {
      account.textContent = "This gateway's API has no route to show or change the account-wide budget yet; " +
        "your operator sets it (gammainfra budgets set). Per-key budgets above apply in any case.";
    } else {
      say(status, err.message);
    }
  }
}
