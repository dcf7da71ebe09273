// Provider keys (bring your own key): add or replace per provider, delete. Only the
// hint (last 4 characters) is ever shown; the key itself never comes back.

import { api } from "../api.js?v=316f09864457";
import { clear, h, say } from "../dom.js?v=316f09864457";
import { when } from "../format.js?v=316f09864457";

export const title = "Provider keys (BYOK)";
export const needsKey = true;
const PROVIDERS = ["openai", "anthropic", "google", "mistral", "groq", "deepseek", "xai", "bedrock"];

export async function render(main, { status }) {
  const list = h("div", { id: "byok-list" });
  main.append(h("p", { text: "Your own provider keys are stored encrypted and used for your requests to that " +
                                "provider. For Bedrock use ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]." }), list);

  async function refresh() {
    const { data } = await api("GET", "/account/byok");
    const stored = Object.fromEntries(data.map((k) => [k.provider, k]));
    clear(list);
    for (const p of PROVIDERS) {
      const have = stored[p];
      const input = h("input", { id: `byok-${p}`, type: "password", autocomplete: "off", spellcheck: "false" });
      const form = h("form", { class: "byok-row", id: `byok-form-${p}` },
        h("h2", { text: p }),
        h("p", { id: `byok-state-${p}`,
                 text: have ? `Key ending in “${have.hint || "(hidden: short key)"}”, updated ${when(have.updated_at)}.`
                            : "No key: GammaInfra's managed access is used." }),
        h("label", { for: `byok-${p}`, text: `${have ? "Replace" : "Add"} the ${p} key` }),
        input,
        h("button", { type: "submit", id: `byok-save-${p}`, text: have ? "Replace key" : "Add key" }),
        have ? h("button", { type: "button", class: "danger", id: `byok-delete-${p}`,
                             onclick: () => remove(p), text: `Delete ${p} key` }) : null);
      form.addEventListener("submit", async (ev) => {
        ev.preventDefault();
        try {
          const saved = await api("PUT", `/account/byok/${p}`, { body: { api_key: input.value } });
          input.value = "";
          await refresh();
          say(status, `The ${p} key ending in “${saved.hint}” is stored.`, "notice");
        } catch (err) {
          say(status, err.message);
        }
      });
      list.append(form);
    }
  }

  async function remove(provider) {
    if (!window.confirm(`Delete your ${provider} key? It is erased at once.`)) return;
    try {
      await api("DELETE", `/account/byok/${provider}`);
      await refresh();
      say(status, `The ${provider} key is deleted.`, "notice");
    } catch (err) {
      say(status, err.message);
    }
  }
  await refresh();
}
