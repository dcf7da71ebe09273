// Building the page from data without innerHTML: every value from the API is set as
// text (textContent) or as an attribute, so nothing it holds can become markup.

export function h(tag, attrs = {}, ...children) {
  const svg = tag.startsWith("svg:");
  const el = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
                 : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (name === "text") el.textContent = String(value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) { el.replaceChildren(); return el; }

// A labelled form control: <label for=id>text</label><input id=id ...>.
export function field(id, label, attrs = {}, hint = null) {
  const hintId = hint ? `${id}-hint` : null;
  return h("div", { class: "field" },
    h("label", { for: id, text: label }),
    h(attrs.tag || "input", { id, name: id, "aria-describedby": hintId, ...attrs, tag: null }),
    hint ? h("p", { class: "hint", id: hintId, text: hint }) : null);
}

// Show an error (the API's own message) or a notice where screen readers hear it.
export function say(region, message, kind = "error") {
  clear(region);
  if (!message) return;
  region.append(h("p", { class: kind, role: kind === "error" ? "alert" : "status", text: message }));
}

export function table(caption, columns, rows, id = null) {
  return h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": caption },
    h("table", { id },
      h("caption", { text: caption }),
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col", class: c.num ? "num" : null,
                                                             text: c.label })))),
      h("tbody", {}, rows.length === 0
        ? h("tr", {}, h("td", { colspan: columns.length, text: "Nothing yet." }))
        : rows.map((r) => h("tr", {}, columns.map((c) => {
            const v = c.value(r);
            return h("td", { class: c.num ? "num" : null }, v instanceof Node ? v : String(v ?? "—"));
          }))))));
}

export async function copyText(text, status) {
  try {
    await navigator.clipboard.writeText(text);
    say(status, "Copied to the clipboard.", "notice");
  } catch {
    say(status, "The browser refused the clipboard: select the key and copy it by hand.", "error");
  }
}
