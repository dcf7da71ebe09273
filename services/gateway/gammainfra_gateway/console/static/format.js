// Money is integer micro-USD in the API (1 USD = 1,000,000); it stays an integer
// until it is shown.

export function usd(micro) {
  if (micro === null || micro === undefined) return "—";
  const negative = micro < 0;
  const abs = Math.abs(micro);
  const whole = Math.floor(abs / 1e6);
  const frac = String(abs % 1e6).padStart(6, "0");
  return `${negative ? "-" : ""}$${whole.toLocaleString("en-US")}.${frac}`;
}

export function count(n) { return n === null || n === undefined ? "—" : Number(n).toLocaleString("en-US"); }

// "12.50" (dollars, up to 6 decimals) -> 12500000 micro-USD, exactly (no float).
export function microFromDollars(text) {
  const m = /^\s*(\d{1,9})(?:\.(\d{0,6}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 1e6 + Number((m[2] || "").padEnd(6, "0"));
}

export function isoDay(date) { return date.toISOString().slice(0, 10); }

export function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
}

export function when(ts) { return ts ? ts.replace("T", " ").replace(/\.\d+Z$/, "Z") : "—"; }
