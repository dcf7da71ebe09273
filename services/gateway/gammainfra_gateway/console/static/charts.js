// Small SVG bar charts drawn here (no chart library, nothing fetched). Each chart is
// an <svg role="img"> with a text alternative; the same numbers are in the tables
// beside it, which is what a screen reader should use.

import { h } from "./dom.js?v=316f09864457";

const W = 640, H = 220, PAD_L = 64, PAD_B = 40, PAD_T = 12, PAD_R = 8;

// series: [{label, values: [..], cls}] stacked per category; format: value -> text.
export function barChart({ id, title, categories, series, format }) {
  const totals = categories.map((_, i) => series.reduce((s, ser) => s + (ser.values[i] || 0), 0));
  const max = Math.max(1, ...totals);
  const plotW = W - PAD_L - PAD_R, plotH = H - PAD_T - PAD_B;
  const step = plotW / Math.max(1, categories.length);
  const barW = Math.max(2, Math.min(48, step * 0.7));
  const summary = `${title}: ` + categories.map((c, i) => `${c} ${format(totals[i])}`).join("; ");
  const svg = h("svg:svg", { id, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": summary,
                             class: "chart", preserveAspectRatio: "xMinYMin meet" },
    h("svg:title", { text: summary }));
  for (const frac of [0, 0.5, 1]) {
    const y = PAD_T + plotH * (1 - frac);
    svg.append(h("svg:line", { x1: PAD_L, x2: W - PAD_R, y1: y, y2: y, class: "grid" }),
               h("svg:text", { x: PAD_L - 6, y: y + 4, class: "axis", "text-anchor": "end",
                               text: format(max * frac) }));
  }
  categories.forEach((cat, i) => {
    const x = PAD_L + step * i + (step - barW) / 2;
    let base = PAD_T + plotH;
    for (const ser of series) {
      const v = ser.values[i] || 0;
      const hgt = (v / max) * plotH;
      base -= hgt;
      if (hgt > 0) {
        svg.append(h("svg:rect", { x, y: base, width: barW, height: hgt, class: `bar ${ser.cls}` },
          h("svg:title", { text: `${cat} ${ser.label}: ${format(v)}` })));
      }
    }
    // Label every category when few, else about eight of them.
    if (categories.length <= 8 || i % Math.ceil(categories.length / 8) === 0) {
      svg.append(h("svg:text", { x: x + barW / 2, y: H - PAD_B + 16, class: "axis", "text-anchor": "middle",
                                 text: cat.length === 10 ? cat.slice(5) : cat.slice(0, 14) }));
    }
  });
  const legend = series.length > 1
    ? h("ul", { class: "legend" }, series.map((s) => h("li", {}, h("span", { class: `swatch ${s.cls}` }), s.label)))
    : null;
  return h("figure", { class: "chart-box" }, h("figcaption", { text: title }), svg, legend);
}
