// The console's shell: the key form, the page router (#/page) and focus handling
// (after a page change the focus moves to its heading, so keyboard and screen-reader
// users land on the new content).

import { describe, forgetKey, hasKey, setKey } from "./api.js?v=316f09864457";
import { clear, h, say } from "./dom.js?v=316f09864457";
import * as signup from "./pages/signup.js?v=316f09864457";
import * as usage from "./pages/usage.js?v=316f09864457";
import * as keys from "./pages/keys.js?v=316f09864457";
import * as byok from "./pages/byok.js?v=316f09864457";
import * as budgets from "./pages/budgets.js?v=316f09864457";
import * as billing from "./pages/billing.js?v=316f09864457";
import * as privacy from "./pages/privacy.js?v=316f09864457";

const PAGES = { signup, usage, keys, byok, budgets, billing, privacy };
const main = document.getElementById("main");
const keyState = document.getElementById("key-state");

function keyChanged() {
  keyState.textContent = hasKey() ? "A key is in use in this tab (memory only)." : "No key in this tab.";
}

async function show() {
  const name = (location.hash.replace(/^#\/?/, "") || (hasKey() ? "usage" : "signup")).split("?")[0];
  const page = PAGES[name];
  for (const a of document.querySelectorAll("#nav a")) {
    if (a.getAttribute("href") === `#/${name}`) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  clear(main);
  if (!page) {
    main.append(h("h1", { tabindex: "-1", text: "No such page" }), h("p", { text: "Pick a page from the menu." }));
  } else if (page.needsKey && !hasKey()) {
    main.append(h("h1", { tabindex: "-1", text: page.title }),
      h("p", { text: "Paste your API key above, or " }, h("a", { href: "#/signup", text: "sign up" }),
        " to get one."));
  } else {
    const status = h("div", { id: "page-status", class: "status" });
    main.append(h("h1", { tabindex: "-1", text: page.title }), status);
    try {
      await page.render(main, { status, keyChanged });
    } catch (err) {
      say(status, describe(err, page.title));
    }
  }
  main.querySelector("h1")?.focus();
  document.title = `${main.querySelector("h1")?.textContent || "Console"} · GammaInfra console`;
}

document.getElementById("key-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const input = document.getElementById("key-input");
  setKey(input.value);
  input.value = "";  // the key is not left in the DOM
  keyChanged();
  if (location.hash === "#/usage") show(); else location.hash = "#/usage";
});
document.getElementById("key-forget").addEventListener("click", () => {
  forgetKey();
  keyChanged();
  show();
});
window.addEventListener("hashchange", show);
keyChanged();
show();
