// Privacy: the objection to non-essential processing, the export (JSON, CSV or
// NDJSON, downloaded as a file), and account deletion with a typed confirmation,
// then what is known of the erasure's progress.

import { api, describe, forgetKey } from "../api.js?v=316f09864457";
import { clear, field, h, say } from "../dom.js?v=316f09864457";

export const title = "Privacy";
export const needsKey = true;
const POLL_MS = 2000;

export async function render(main, { status, keyChanged }) {
  const account = await api("GET", "/account");
  const objection = h("input", { type: "checkbox", id: "objection", checked: account.processing_objection });
  const objectionState = h("p", { id: "objection-state", role: "status" });
  const stateText = (on) => (on ? "You object: your request metadata is left out of routing optimisation."
                                : "Your request metadata is also used for routing optimisation.");
  objectionState.textContent = stateText(account.processing_objection);
  objection.addEventListener("change", async () => {
    say(status, "");
    try {
      const updated = await api("PATCH", "/account", { body: { processing_objection: objection.checked } });
      objection.checked = updated.processing_objection;
      objectionState.textContent = stateText(updated.processing_objection);
    } catch (err) {
      objection.checked = !objection.checked;
      say(status, err.message);
    }
  });

  const exportStatus = h("div", { class: "status", id: "export-status" });
  const exportButtons = ["json", "csv", "ndjson"].map((fmt) => h("button", {
    type: "button", id: `export-${fmt}`, onclick: () => download(fmt, exportStatus), text: `Download ${fmt.toUpperCase()}` }));

  const confirmInput = h("input", { id: "delete-confirm", type: "text", autocomplete: "off", spellcheck: "false" });
  const deleteButton = h("button", { type: "button", class: "danger", id: "delete-account", disabled: true,
                                     text: "Delete my account" });
  confirmInput.addEventListener("input", () => {
    deleteButton.disabled = confirmInput.value.trim().toLowerCase() !== account.email.toLowerCase();
  });
  const erasure = h("div", { id: "erasure", "aria-live": "polite" });
  deleteButton.addEventListener("click", async () => {
    say(status, "");
    try {
      const started = await api("DELETE", "/account", { body: { confirm: confirmInput.value.trim() } });
      forgetKey();
      keyChanged();
      deleteButton.disabled = true;
      confirmInput.disabled = true;
      showErasure(erasure, started);
    } catch (err) {
      say(status, err.message);
    }
  });

  main.append(
    h("section", { "aria-labelledby": "objection-h" },
      h("h2", { id: "objection-h", text: "Objection to non-essential processing" }),
      h("div", { class: "check" }, objection,
        h("label", { for: "objection", text: "Leave my request metadata out of routing optimisation" })),
      objectionState),
    h("section", { "aria-labelledby": "export-h" },
      h("h2", { id: "export-h", text: "Export everything held about you" }),
      h("p", { text: "Account, keys (never secrets), provider-key metadata, budgets, billing and every request's metadata." }),
      h("div", { class: "buttons" }, exportButtons), exportStatus),
    h("section", { "aria-labelledby": "delete-h" },
      h("h2", { id: "delete-h", text: "Delete the account" }),
      h("p", { class: "warning", text: "This erases the account and all its data. Every API key stops working at once " +
                                       "and your provider keys are deleted immediately. It cannot be undone." }),
      h("label", { for: "delete-confirm", text: `Type your email (${account.email}) to confirm` }),
      confirmInput, deleteButton, erasure));
}

// The export arrives with the key in a header (a plain link could not carry it), so it
// is fetched, then handed to the browser as a file from memory.
async function download(fmt, region) {
  say(region, `Preparing the ${fmt.toUpperCase()} export…`, "notice");
  try {
    const response = await api("GET", "/account/export", { query: { format: fmt }, raw: true });
    const blob = await response.blob();
    const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "")?.[1]
      || `gammainfra-export.${fmt}`;
    const href = URL.createObjectURL(blob);
    const a = h("a", { href, download: name, class: "visually-hidden", text: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60000);
    say(region, `Downloaded ${name} (${blob.size.toLocaleString("en-US")} bytes).`, "notice");
  } catch (err) {
    say(region, describe(err, "The export"));
  }
}

// After the 202: what already happened, then the progress while the API can tell it.
async function showErasure(region, started) {
  clear(region).append(h("h3", { text: "Erasure started" }),
    h("p", { id: "erasure-id", text: `Erasure ${started.erasure_id}: ${started.status}.` }),
    h("p", { text: "Done already: every API key of the account stopped working and every provider key was deleted. " +
                   "Each service now erases its data and reports back." }));
  const progress = h("p", { id: "erasure-progress", role: "status" });
  region.append(progress);
  for (;;) {
    try {
      const state = await api("GET", `/account/erasures/${encodeURIComponent(started.erasure_id)}`,
                              { anonymous: true });
      progress.textContent = `Progress: ${state.status}.`;
      if (state.status === "completed") return;
    } catch (err) {
      progress.textContent = describe(err, "Erasure progress") +
        ` Your operator can follow it with: gammainfra erasure status --id ${started.erasure_id}`;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
