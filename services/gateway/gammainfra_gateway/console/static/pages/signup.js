// Sign-up: email (and an optional name) -> the account and its first API key, shown
// once here with a copy button; it is also put to use in this tab.

import { api, setKey } from "../api.js?v=316f09864457";
import { copyText, field, h, say } from "../dom.js?v=316f09864457";

export const title = "Sign up";
export const needsKey = false;

export async function render(main, { status, keyChanged }) {
  const result = h("div", { id: "signup-result" });
  const form = h("form", { id: "signup-form", novalidate: true },
    field("signup-email", "Email", { type: "email", required: true, autocomplete: "email" }),
    field("signup-name", "Name (optional)", { type: "text", autocomplete: "name" }),
    h("button", { type: "submit", id: "signup-submit", text: "Create account" }));
  main.append(h("p", { text: "Create an account; its first API key is shown once, right after." }), form, result);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    say(status, "");
    const email = form.querySelector("#signup-email").value.trim();
    const name = form.querySelector("#signup-name").value.trim();
    try {
      const body = await api("POST", "/account/signup", { anonymous: true,
                                                          body: name ? { email, name } : { email } });
      setKey(body.api_key);
      keyChanged();
      form.remove();
      result.append(secretBox("Your API key", body.api_key, "signup-key"),
        h("p", { text: `Account ${body.customer_id} created. The key is in use in this tab; ` },
          h("a", { href: "#/usage", text: "see your usage" }), "."));
      result.querySelector("button")?.focus();
    } catch (err) {
      say(status, err.message);
    }
  });
}

// The one place a full key is ever shown: with a warning and a copy button.
export function secretBox(label, secret, id) {
  const copied = h("div", { class: "status" });
  return h("section", { class: "secret", "aria-labelledby": `${id}-label` },
    h("h2", { id: `${id}-label`, text: label }),
    h("p", { class: "warning", role: "note",
             text: "Copy it now: it is shown only this once. GammaInfra keeps only a hash and cannot show it again." }),
    h("code", { id, class: "key", tabindex: "0", text: secret }),
    h("button", { type: "button", id: `${id}-copy`, onclick: () => copyText(secret, copied), text: "Copy key" }),
    copied);
}
