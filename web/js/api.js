// api.js: the dashboard's only door to the daemon: JSON calls under /api/v1 and the event stream.
"use strict";

const BASE = "/api/v1";

// An API failure: the problem+json body's title/detail, the HTTP status.
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || "HTTP " + status);
    this.status = status;
    this.problem = problem || {};
  }
}

let token = null;
try { token = sessionStorage.getItem("closured-token"); } catch (_) { /* storage off */ }

// Sets the bearer token for mutating calls (kept for the browser session).
export function setToken(t) {
  token = t || null;
  try {
    if (token) sessionStorage.setItem("closured-token", token);
    else sessionStorage.removeItem("closured-token");
  } catch (_) { /* storage off */ }
  reconnectEvents();
}

// fetch + JSON; throws ApiError on a non-2xx answer. A 401 asks the user for the
// daemon's bearer token (--token-file) once and retries.
export async function call(method, path, body, retried = false) {
  const headers = { Accept: "application/json" };
  // Every call that changes something says it is JSON, body or not: the daemon refuses
  // mutations without it (a cross-site form cannot send it).
  if (method !== "GET") headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = "Bearer " + token;
  const res = await fetch(BASE + path, {
    method, headers, cache: "no-store",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch (_) { data = { detail: text }; }
  }
  if (res.status === 401 && !retried) {
    const t = window.prompt("This daemon needs its API token (the contents of --token-file):");
    if (t) {
      setToken(t.trim());
      return call(method, path, body, true);
    }
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

export const get = (path) => call("GET", path);
export const post = (path, body) => call("POST", path, body === undefined ? {} : body);
export const del = (path) => call("DELETE", path);

// "/workloads/" + encoded name + rest.
export const wl = (name, rest = "") => "/workloads/" + encodeURIComponent(name) + rest;

// First array found: the value itself, or data[key] for the first key present.
export function list(data, ...keys) {
  if (Array.isArray(data)) return data;
  for (const k of keys) if (data && Array.isArray(data[k])) return data[k];
  return [];
}

// The token the user entered, or null (for links that cannot send a header).
export const currentToken = () => token;

// The event stream: handlers.{stats,gc,workload}(data, event) and
// handlers.state(connected: bool). Reconnects by itself (EventSource); an
// EventSource sends no Authorization header, so a token the user entered goes
// in ?token= (the daemon accepts it on this route). A stream closed for good
// (e.g. a 401 before the token was known) is reopened by reconnectEvents().
let stream = null;       // {es, handlers, token}

function openStream(handlers) {
  const url = BASE + "/events" + (token ? "?token=" + encodeURIComponent(token) : "");
  const es = new EventSource(url);
  es.onopen = () => handlers.state && handlers.state(true);
  es.onerror = () => handlers.state && handlers.state(false);
  for (const type of ["stats", "gc", "workload", "output"]) {
    es.addEventListener(type, (ev) => {
      let data;
      try { data = JSON.parse(ev.data); } catch (_) { return; }
      if (handlers[type]) handlers[type](data, ev);
    });
  }
  stream = { es, handlers, token };
  return es;
}

export function events(handlers) {
  if (stream) stream.es.close();
  return openStream(handlers);
}

// Reopens the stream when the token changed since it was opened (a stream the
// browser gave up without a new token would only fail again).
export function reconnectEvents() {
  if (!stream || stream.token === token) return;
  stream.es.close();
  openStream(stream.handlers);
}
