// Billing: mode (postpaid or prepaid credits), balance, this period's spend, buying
// credits (the API answers a Stripe Checkout URL: a link the customer follows; the
// console itself never talks to Stripe), invoices with status and Stripe's links.

import { api, describe } from "../api.js?v=316f09864457";
import { clear, field, h, say, table } from "../dom.js?v=316f09864457";
import { usd } from "../format.js?v=316f09864457";

export const title = "Billing";
export const needsKey = true;

export async function render(main, { status }) {
  const overview = h("div", { id: "billing-overview" });
  const checkout = h("div", { id: "checkout-result" });
  const form = h("form", { id: "credits-form", class: "inline" },
    field("credits-amount", "Buy credits (USD)", { type: "number", min: "1", max: "10000", step: "0.01",
                                                    required: true, value: "10" }),
    h("button", { type: "submit", id: "credits-buy", text: "Continue to payment" }));
  main.append(overview, h("h2", { text: "Prepaid credits" }), form, checkout);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    say(status, "");
    try {
      const amount = Number(form.querySelector("#credits-amount").value);
      const session = await api("POST", "/account/credits/checkout", { body: { amount_usd: amount } });
      clear(checkout).append(h("p", {}, `A payment of $${session.amount_usd} is ready: `,
        h("a", { id: "checkout-link", href: session.url, rel: "noopener noreferrer", text: "pay with Stripe Checkout" }),
        ". Credits appear here once Stripe confirms the payment."));
      checkout.querySelector("a").focus();
    } catch (err) {
      say(status, describe(err, "Buying credits"));
    }
  });
  let summary;
  try {
    summary = await api("GET", "/account/billing");
  } catch (err) {
    say(status, describe(err, "Billing"));
    return;
  }
  clear(overview).append(h("dl", { class: "totals" },
    h("dt", { text: "Mode" }), h("dd", { id: "billing-mode",
      text: summary.mode === "credit" ? "prepaid credits" : "postpaid (monthly invoice)" }),
    h("dt", { text: "Balance" }), h("dd", { id: "billing-balance",
      text: summary.balance_micro_usd === null ? "— (postpaid)" : usd(summary.balance_micro_usd) }),
    h("dt", { text: "Spent this period" }), h("dd", { id: "billing-period",
      text: `${usd(summary.current_period?.spend_micro_usd ?? null)} (${summary.current_period?.period ?? "?"})` }),
    h("dt", { text: "Keys" }), h("dd", { id: "billing-suspended",
      text: summary.suspended ? "suspended for an unpaid invoice" : "active" })),
  h("h2", { text: "Invoices" }),
  table("Invoices", [
    { label: "Period", value: (i) => i.period },
    { label: "Amount", num: true, value: (i) => `$${Number(i.amount_usd).toFixed(2)}` },
    { label: "Status", value: (i) => i.status },
    { label: "Invoice", value: (i) => (i.hosted_invoice_url
        ? h("a", { href: i.hosted_invoice_url, rel: "noopener noreferrer", text: `View ${i.period} invoice` })
        : "not sent yet") },
  ], summary.invoices || [], "invoices-table"));
}
