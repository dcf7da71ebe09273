// The one way the console talks to GammaInfra: the public API on this origin, with
// the customer's own key. No other origin is ever contacted (the CSP forbids it too).
//
// Where the key lives: in `apiKey` below, a variable of this module, i.e. in the
// memory of this browser tab. Closing or reloading the tab forgets it. Deliberately
// NOT localStorage/sessionStorage/cookies: anything script-readable that persists
// can be exfiltrated by any XSS for as long as it persists, and a key left in
// localStorage outlives the session on a shared or borrowed machine. A key in
// memory is gone with the tab, and no cookie means no ambient authority (no CSRF).

let apiKey = null;

export function setKey(key) { apiKey = key ? key.trim() : null; }
export function hasKey() { return apiKey !== null && apiKey !== ""; }
export function forgetKey() { apiKey = null; }

export class ApiError extends Error {
  constructor(status, message, code, param) {
    super(message);
    this.status = status;
    this.code = code;
    this.param = param;
  }

  // A route the API does not have (yet): the page says so instead of failing.
  get routeMissing() {
    return (this.status === 404 && this.message === "Unknown API route.") || this.code === "method_not_allowed";
  }
}

async function errorFrom(response) {
  let body = null;
  try { body = await response.json(); } catch { /* not JSON: described by status below */ }
  const err = body && body.error;
  if (err && typeof err.message === "string") {
    return new ApiError(response.status, err.message, err.code || err.type || null, err.param || null);
  }
  return new ApiError(response.status, `The API answered HTTP ${response.status} ${response.statusText}.`.trim(),
                      null, null);
}

function url(path, query) {
  const u = new URL(`/v1${path}`, window.location.origin);
  for (const [k, v] of Object.entries(query || {})) {
    if (v !== undefined && v !== null && v !== "") u.searchParams.set(k, String(v));
  }
  return u;
}

// `raw: true` gives the Response itself (for downloads); otherwise the parsed JSON.
export async function api(method, path, { body, query, raw = false, anonymous = false } = {}) {
  const headers = { Accept: "application/json" };
  if (!anonymous) {
    if (!hasKey()) throw new ApiError(0, "No API key in this tab: sign up or paste a key first.", null, null);
    headers.Authorization = `Bearer ${apiKey}`;
  }
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(url(path, query), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer",
    });
  } catch (e) {
    throw new ApiError(0, `The gateway could not be reached (${e.message}).`, null, null);
  }
  if (!response.ok) throw await errorFrom(response);
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}

// For pages: a plain sentence when the API has no such route yet, else its own message.
export function describe(err, what) {
  if (err instanceof ApiError && err.routeMissing) {
    return `${what} is not available from this gateway's API yet (${err.message}).`;
  }
  return err.message;
}
