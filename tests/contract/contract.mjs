// contract.mjs: the real daemon against api/openapi.json. Drives every operation, in both
// token modes (--token-file: mutations need the token; --token-required-for-reads: every
// operation but /healthz does), and checks each answer with the document: the status is one the
// operation documents, required headers are there, the Content-Type is exactly a documented
// media type (none for a body-less 204), and the body validates against the schema (Ajv,
// strict mode). A method a path does not take must be a 405 whose Allow lists the documented
// ones. At the end every (operation, documented status) pair must have been seen at least
// once: a status the document promises but the daemon never sends fails the build too.
// Usage: node contract.mjs PATH/TO/closured
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..", "..");
const DOC = JSON.parse(readFileSync(join(ROOT, "api", "openapi.json"), "utf8"));
const BINARY = process.argv[2] || process.env.CLOSURED;
const TOKEN = "contract-token-7f3a";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const failures = [];
function fail(msg) {
  failures.push(msg);
  console.error("FAIL " + msg);
}

// ---- the document: schemas compiled strictly, operations indexed -----------------------------

function resolveRef(obj) {
  while (obj && obj.$ref) {
    const parts = obj.$ref.replace(/^#\//, "").split("/");
    obj = parts.reduce((o, k) => o[k.replace(/~1/g, "/").replace(/~0/g, "~")], DOC);
  }
  return obj;
}

// OpenAPI's schema references point into the document; Ajv gets them as definitions of one
// schema ("doc"), so every component is compiled (and checked) in strict mode.
function rewriteRefs(x) {
  if (Array.isArray(x)) return x.map(rewriteRefs);
  if (x && typeof x === "object") {
    const o = {};
    for (const [k, v] of Object.entries(x)) {
      o[k] = k === "$ref" && typeof v === "string"
        ? v.replace("#/components/schemas/", "doc#/definitions/") : rewriteRefs(v);
    }
    return o;
  }
  return x;
}

const ajv = new Ajv({ strict: true, strictRequired: true, strictTypes: true, allErrors: true });
addFormats(ajv);
ajv.addVocabulary(["example"]);
ajv.addSchema({ $id: "doc", definitions: rewriteRefs(DOC.components.schemas) });
for (const name of Object.keys(DOC.components.schemas)) {
  try {
    ajv.compile({ $ref: "doc#/definitions/" + name });
  } catch (err) {
    fail(`schema ${name} does not compile in strict mode: ${err.message}`);
  }
}
const validators = new Map();
function validatorFor(schema) {
  const key = JSON.stringify(schema);
  if (!validators.has(key)) validators.set(key, ajv.compile(rewriteRefs(schema)));
  return validators.get(key);
}

const paths = Object.entries(DOC.paths).map(([template, item]) => ({
  template, item,
  re: new RegExp("^" + template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+") + "$"),
  literal: template.replace(/\{[^}]+\}/g, "").length,
})).sort((a, b) => b.literal - a.literal);

function findPath(pathname) {
  return paths.find((p) => p.re.test(pathname)) || null;
}

// ---- the daemon ----------------------------------------------------------------------------

async function startDaemon(args) {
  const dir = mkdtempSync(join(tmpdir(), "closured-contract-"));
  const wdir = join(dir, "workloads");
  mkdirSync(wdir);
  mkdirSync(join(dir, "state"));
  for (const f of ["steady_counter.py", "cyclic_closures.py", "leaky_handlers.py"])
    copyFileSync(join(ROOT, "examples", f), join(wdir, f));
  writeFileSync(join(dir, "token"), TOKEN + "\n");
  const env = { ...process.env };
  delete env.CREDENTIALS_DIRECTORY;
  const proc = spawn(BINARY, ["serve", "--listen", "127.0.0.1:0", "--workloads", wdir,
                              "--state-dir", join(dir, "state"), "--token-file", join(dir, "token"),
                              ...args], { stdio: ["ignore", "ignore", "pipe"], env });
  const lines = [];
  const port = await new Promise((ok, no) => {
    let buf = "";
    const timer = setTimeout(() => no(new Error("no listening line:\n" + lines.join("\n"))), 15000);
    proc.stderr.setEncoding("utf8");
    proc.stderr.on("data", (chunk) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        lines.push(line);
        const m = /closured listening on http:\/\/[^/\s]+:(\d+)\//.exec(line);
        if (m) { clearTimeout(timer); ok(Number(m[1])); }
      }
    });
    proc.on("exit", (code) => no(new Error(`closured exited (${code}):\n` + lines.join("\n"))));
  });
  return {
    port, lines, dir,
    async stop() {
      if (proc.exitCode === null) {
        const done = new Promise((ok) => proc.once("exit", ok));
        proc.kill("SIGTERM");
        await done;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// One request; a text/event-stream answer is cut after its headers.
function send(port, { method, path, headers = {}, body }) {
  return new Promise((ok, no) => {
    const data = body === undefined ? null : Buffer.isBuffer(body) ? body
      : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
    const h = { Host: `127.0.0.1:${port}`, ...headers };
    if (data) h["Content-Length"] = data.length;
    const req = http.request({ host: "127.0.0.1", port, method, path, headers: h, agent: false },
      (res) => {
        const chunks = [];
        if ((res.headers["content-type"] || "").startsWith("text/event-stream")) {
          ok({ status: res.statusCode, headers: res.headers, body: Buffer.alloc(0) });
          res.destroy();
          return;
        }
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => ok({ status: res.statusCode, headers: res.headers,
                                 body: Buffer.concat(chunks) }));
      });
    req.on("error", no);
    req.setTimeout(20000, () => req.destroy(new Error(`${method} ${path}: timeout`)));
    if (data) req.write(data);
    req.end();
  });
}

// ---- checking one answer against the document ---------------------------------------------

const seen = new Set(); // "operationId status"
const seen405 = new Set(); // path templates answered 405

function allowedOf(item) {
  const m = METHODS.filter((x) => x !== "head" && item[x]).map((x) => x.toUpperCase());
  if (m.includes("GET")) m.push("HEAD");
  return m.sort();
}

function checkAnswer(mode, req, res) {
  const what = `[${mode}] ${req.method} ${req.path} -> ${res.status}`;
  const pathname = req.path.split("?")[0];
  const p = findPath(pathname);
  if (!p) { fail(`${what}: no documented path`); return null; }
  const method = req.method === "HEAD" ? "get" : req.method.toLowerCase();
  const op = p.item[method];
  if (!op) {
    seen405.add(p.template);
    if (res.status !== 405) fail(`${what}: an undocumented method must be 405`);
    const allow = (res.headers.allow || "").split(",").map((s) => s.trim()).filter(Boolean).sort();
    if (JSON.stringify(allow) !== JSON.stringify(allowedOf(p.item)))
      fail(`${what}: Allow "${res.headers.allow}", the document has ${allowedOf(p.item)}`);
    checkBody(what, req, res, { content: { "application/problem+json": {
      schema: { $ref: "#/components/schemas/Problem" } } } });
    return null;
  }
  const spec = resolveRef(op.responses[String(res.status)]);
  if (!spec) {
    fail(`${what}: ${op.operationId} does not document ${res.status} (${res.body.toString().slice(0, 200)})`);
    return op;
  }
  seen.add(`${op.operationId} ${res.status}`);
  for (const [name, h] of Object.entries(spec.headers || {})) {
    const hs = resolveRef(h);
    const v = res.headers[name.toLowerCase()];
    if (hs.required && v === undefined) fail(`${what}: the ${name} header is missing`);
    if (v !== undefined && hs.schema && !validatorFor(hs.schema)(hs.schema.type === "integer" ? Number(v) : v))
      fail(`${what}: header ${name}: ${v} does not match its schema`);
  }
  checkBody(what, req, res, spec);
  return op;
}

function checkBody(what, req, res, spec) {
  if (!spec) return;
  const ct = res.headers["content-type"];
  if (!spec.content) {
    if (ct !== undefined) fail(`${what}: Content-Type "${ct}" on an answer documented without a body`);
    if (res.body.length) fail(`${what}: a body on an answer documented without one`);
    return;
  }
  const media = spec.content[ct];
  if (!media) {
    fail(`${what}: Content-Type "${ct}" is not one of ${Object.keys(spec.content).join(" | ")}`);
    return;
  }
  if (req.method === "HEAD") {
    if (res.body.length) fail(`${what}: HEAD answered a body`);
    return;
  }
  if (!/json/.test(ct) || !media.schema) return;
  let value;
  try {
    value = JSON.parse(res.body.toString("utf8"));
  } catch (err) {
    fail(`${what}: the body is not JSON: ${err.message}`);
    return;
  }
  const v = validatorFor(media.schema);
  if (!v(value)) {
    const errs = v.errors.slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message}` +
      (e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ""));
    fail(`${what}: the body does not match the schema: ${errs.join("; ")}`);
  }
}

// ---- the operations, driven ---------------------------------------------------------------

function opOf(method, path) {
  const p = findPath(path.split("?")[0]);
  return p && p.item[method.toLowerCase() === "head" ? "get" : method.toLowerCase()];
}

// Whether an operation needs the token in this mode, from its `security`.
function needsToken(mode, op) {
  if (!op.security || !op.security.length) return false; // public
  const open = op.security.some((s) => Object.keys(s).length === 0);
  return mode === "reads" || !open;
}

async function run(mode) {
  const args = mode === "reads" ? ["--token-required-for-reads"] : [];
  const d = await startDaemon(args);
  const auth = { Authorization: "Bearer " + TOKEN };
  const json = { "Content-Type": "application/json" };

  async function call(req, expect) {
    const mutation = req.method === "POST" || req.method === "DELETE";
    const full = { ...req, headers: { ...(req.auth === false ? {} : auth),
                                      ...(mutation && req.json !== false ? json : {}),
                                      ...(req.headers || {}) } };
    const res = await send(d.port, full);
    checkAnswer(mode, full, res);
    if (expect !== undefined && res.status !== expect)
      fail(`[${mode}] ${req.method} ${req.path}: expected ${expect}, got ${res.status} ` +
           res.body.toString().slice(0, 300));
    let body = null;
    if (/json/.test(res.headers["content-type"] || "") && res.body.length)
      body = JSON.parse(res.body.toString());
    return { ...res, json: body };
  }

  const W = "/api/v1/workloads";
  const wl = (name, rest = "") => `${W}/${name}${rest}`;
  const until = async (fn, what) => {
    for (let i = 0; i < 150; i++) {
      if (await fn()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    fail(`[${mode}] timed out waiting for ${what}`);
  };

  // fixtures: workloads to change and remove, a closure that stays alive, marks to point at
  const tickSource = "def tick():\n    pass\n";
  await call({ method: "POST", path: W, body: { name: "target", source: tickSource, tick_ms: 50 } }, 201);
  await call({ method: "POST", path: W, body: { name: "doomed", source: tickSource } }, 201);
  await call({ method: "POST", path: W, body: { name: "modular", main: "main.py", files: {
    "main.py": "from pkg import util\nprint(util.twice(2))\n", "pkg/__init__.py": "",
    "pkg/util.py": "def twice(x):\n    return 2 * x\n" } } }, 201);
  const firstClosure = async () => (await call({ method: "GET", path: wl("leaky_handlers", "/closures?sort=age&limit=1") })).json?.closures?.[0];
  await until(firstClosure, "a closure");
  const closure = await firstClosure();
  const mark = (await call({ method: "POST", path: wl("steady_counter", "/snapshots"), body: {} }, 201)).json;
  const mark2 = (await call({ method: "POST", path: wl("steady_counter", "/snapshots"), body: {} }, 201)).json;
  const mark3 = (await call({ method: "POST", path: wl("steady_counter", "/snapshots"), body: {} }, 201)).json;

  // Every operation's request that succeeds: [method, path, body?, status]
  const good = [
    ["GET", "/healthz", undefined, 200],
    ["GET", "/metrics", undefined, 200],
    ["GET", "/api/v1/status", undefined, 200],
    ["GET", "/api/v1/openapi.json", undefined, 200],
    ["GET", "/api/v1/events", undefined, 200],
    ["GET", W, undefined, 200],
    ["GET", wl("target"), undefined, 200],
    ["POST", wl("target", "/pause"), {}, 200],
    ["POST", wl("target", "/resume"), {}, 200],
    ["POST", wl("target", "/restart"), {}, 200],
    ["GET", wl("cyclic_closures", "/closures?sort=retained_bytes&limit=5"), undefined, 200],
    ["GET", wl("cyclic_closures", "/closures?max_age=0&limit=5"), undefined, 200],
    ["GET", wl("cyclic_closures", "/sites?max_age=0.5"), undefined, 200],
    ["GET", wl("leaky_handlers", `/closures/${closure.id}`), undefined, 200],
    ["GET", wl("leaky_handlers", "/sites?sort=growth&window=4"), undefined, 200],
    ["GET", wl("leaky_handlers", `/objects/${closure.id}/path`), undefined, 200],
    ["GET", wl("leaky_handlers", "/dominators?depth=4&limit=5&min_permille=1"), undefined, 200],
    ["GET", wl("steady_counter", "/heap?limit=3"), undefined, 200],
    ["GET", wl("steady_counter", "/heap.heapsnapshot"), undefined, 200],
    ["GET", wl("steady_counter", "/snapshots"), undefined, 200],
    ["GET", wl("steady_counter", `/snapshots/${mark.id}`), undefined, 200],
    ["GET", wl("steady_counter", `/snapshots/${mark.id}/diff/${mark2.id}?limit=5`), undefined, 200],
    ["GET", wl("steady_counter", `/snapshots/${mark.id}/diff?against=now`), undefined, 200],
    ["GET", wl("cyclic_closures", "/gc"), undefined, 200],
    ["POST", wl("cyclic_closures", "/gc"), { generation: 0 }, 200],
    ["GET", wl("cyclic_closures", "/gc/events?since=0"), undefined, 200],
    ["GET", wl("steady_counter", "/output?since=0"), undefined, 200],
    ["GET", wl("steady_counter", "/series"), undefined, 200],
    ["POST", W, { name: "probe", source: tickSource }, 201],
    ["POST", wl("steady_counter", "/snapshots"), {}, 201],
    ["DELETE", wl("steady_counter", `/snapshots/${mark3.id}`), undefined, 204],
    ["DELETE", wl("doomed"), undefined, 204],
  ];
  for (const [method, path, body, status] of good) {
    await call({ method, path, body }, status);
    if (method === "GET" && !path.startsWith("/api/v1/events"))
      await call({ method: "HEAD", path }, status);
    const op = opOf(method, path);
    // without the token: 401 exactly where the document's security asks for it
    const r = await call({ method, path, body, auth: false });
    if (needsToken(mode, op) !== (r.status === 401))
      fail(`[${mode}] ${method} ${path} without the token: ${r.status}, security ${JSON.stringify(op.security)}`);
    if (r.status === 401 && !r.headers["www-authenticate"])
      fail(`[${mode}] ${method} ${path}: 401 without WWW-Authenticate`);
    // a query parameter it does not take
    await call({ method, path: path + (path.includes("?") ? "&" : "?") + "bogus=1", body }, 400);
    // a workload that does not exist
    if (path.startsWith(W + "/"))
      await call({ method, path: path.replace(/^\/api\/v1\/workloads\/[^/?]+/, W + "/nope"), body }, 404);
    // a Host that is not the daemon's (DNS rebinding), a foreign Origin (another site)
    await call({ method, path, body, headers: { Host: "rebound.example:8321" } }, 421);
    await call({ method, path, body, headers: { Origin: "http://evil.example" } }, 403);
    if (method === "POST" || method === "DELETE") {
      // a mutation sent as a form could be (no JSON content type), and a body over 1 MiB
      await call({ method, path, body, json: false }, 415);
      await call({ method, path, body: "[" + "0,".repeat(600000) + "0]" }, 413);
    }
  }
  // every path, every method it does not take: 405 with Allow
  for (const p of paths) {
    const concrete = p.template.replace("{name}", "steady_counter").replace(/\{[^}]+\}/g, "1");
    for (const m of ["get", "post", "delete", "put", "patch"]) {
      if (p.item[m]) continue;
      await call({ method: m.toUpperCase(), path: concrete, body: m === "get" ? undefined : {} }, 405);
    }
  }

  // the operations' own refusals
  await call({ method: "POST", path: W, body: { name: "target", source: "x = 1\n" } }, 409);
  await call({ method: "POST", path: W, body: { name: "broken", source: "def f(:\n" } }, 400);
  await call({ method: "POST", path: W, body: { name: "escape", files: { "main.py": "", "../x.py": "" } } }, 400);
  await call({ method: "POST", path: W, body: { name: "crowd", files: Object.fromEntries(
    Array.from({ length: 300 }, (_, i) => [`m${i}.py`, ""]).concat([["main.py", ""]])) } }, 413);
  await call({ method: "POST", path: W, body: "{not json" }, 400);
  await call({ method: "POST", path: W, body: { name: "big", source: "#" + "x".repeat(2 << 20) } }, 413);
  // routes that take no body refuse any field (and before the worker is asked)
  for (const op of ["/pause", "/resume", "/restart", "/snapshots"])
    await call({ method: "POST", path: wl("target", op), body: { force: true } }, 400);
  await call({ method: "POST", path: wl("cyclic_closures", "/gc"), body: { gen: 0 } }, 400);
  await call({ method: "POST", path: wl("target", "/pause"), body: {} }, 200);
  await call({ method: "POST", path: wl("target", "/pause"), body: {} }, 409);
  await call({ method: "POST", path: wl("target", "/resume"), body: {} }, 200);
  await call({ method: "POST", path: wl("target", "/resume"), body: {} }, 409);
  await call({ method: "GET", path: wl("cyclic_closures", "/closures?sort=size") }, 400);
  await call({ method: "GET", path: wl("cyclic_closures", "/closures/x") }, 400);
  await call({ method: "GET", path: wl("cyclic_closures", "/closures/8") }, 404);
  // an upload the state dir cannot keep: 500, and nothing was added
  const state = join(d.dir, "state");
  rmSync(state, { recursive: true, force: true });
  writeFileSync(state, "not a directory");
  await call({ method: "POST", path: W, body: { name: "unkept", source: "x = 1\n" } }, 500);
  await call({ method: "GET", path: wl("unkept") }, 404);
  await call({ method: "GET", path: wl("leaky_handlers", "/sites?window=1") }, 400);
  await call({ method: "GET", path: wl("leaky_handlers", "/sites?max_age=-1") }, 400);
  await call({ method: "GET", path: wl("leaky_handlers", "/closures?max_age=soon") }, 400);
  await call({ method: "GET", path: wl("cyclic_closures", "/objects/x/path") }, 400);
  await call({ method: "GET", path: wl("cyclic_closures", "/objects/8/path") }, 404);
  await call({ method: "GET", path: wl("cyclic_closures", "/dominators?depth=0") }, 400);
  await call({ method: "GET", path: wl("steady_counter", "/heap?limit=0") }, 400);
  await call({ method: "POST", path: wl("cyclic_closures", "/gc"), body: { generation: 3 } }, 400);
  await call({ method: "GET", path: wl("cyclic_closures", "/gc/events?since=-1") }, 400);
  await call({ method: "GET", path: wl("steady_counter", "/output?since=x") }, 400);
  await call({ method: "GET", path: wl("steady_counter", "/snapshots/x") }, 400);
  await call({ method: "GET", path: wl("steady_counter", "/snapshots/999") }, 404);
  await call({ method: "GET", path: wl("steady_counter", `/snapshots/${mark.id}/diff/999`) }, 404);
  await call({ method: "GET", path: wl("steady_counter", `/snapshots/${mark.id}/diff?against=x`) }, 400);
  await call({ method: "GET", path: wl("steady_counter", `/snapshots/999/diff`) }, 404);
  await call({ method: "GET", path: wl("steady_counter", `/snapshots/${mark.id}/diff/now?limit=0`) }, 400);
  await call({ method: "GET", path: "/api/v1/events?workload=nope" }, 404);
  await call({ method: "DELETE", path: wl("steady_counter", "/snapshots/x") }, 400);
  await call({ method: "DELETE", path: wl("steady_counter", `/snapshots/${mark2.id}`) }, 204);
  await call({ method: "DELETE", path: wl("steady_counter", `/snapshots/${mark2.id}`) }, 404);
  await call({ method: "DELETE", path: wl("target") }, 204);
  await call({ method: "DELETE", path: wl("target") }, 404);
  await d.stop();
}

// ---- main -----------------------------------------------------------------------------------

if (!BINARY) {
  console.error("usage: node contract.mjs PATH/TO/closured");
  process.exit(2);
}
for (const mode of ["writes", "reads"]) await run(mode);

// Every documented (operation, status) must have been seen. A response that no request here
// can produce says so in the document itself, with the reason, as `x-contract-unprovoked`
// (out of memory, the moment the daemon stops); nothing else may stay unseen.
let unprovoked = 0;
for (const p of paths) {
  for (const m of METHODS) {
    const op = p.item[m];
    if (!op) continue;
    for (const status of Object.keys(op.responses)) {
      if (seen.has(`${op.operationId} ${status}`)) continue;
      if (resolveRef(op.responses[status])["x-contract-unprovoked"]) { unprovoked++; continue; }
      fail(`${op.operationId} documents ${status}, which no request produced`);
    }
  }
}
for (const p of paths) if (!seen405.has(p.template) && METHODS.some((m) => !p.item[m]))
  fail(`${p.template}: no request checked its 405`);
if (failures.length) {
  console.error(`${failures.length} contract failure(s)`);
  process.exit(1);
}
console.log(`ok: ${seen.size} (operation, status) pairs seen, ${unprovoked} documented as ` +
            `not provoked here (x-contract-unprovoked), ${seen405.size} paths answered 405`);
