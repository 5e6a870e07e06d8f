// lint.mjs: api/openapi.json passes Redocly CLI (`recommended`, redocly.yaml) and Spectral
// (`spectral:oas`, .spectral.yaml) with no error and no warning: any problem fails, listed
// one a line. The rules turned off are argued for in those two files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const DOC = resolve(HERE, "..", "..", "api", "openapi.json");
const BIN = join(HERE, "node_modules", ".bin");
// No telemetry, no update check: nothing leaves the machine at test time.
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
              NO_UPDATE_NOTIFIER: "1" };

function run(cmd, args) {
  const r = spawnSync(join(BIN, cmd), args, { cwd: HERE, env, encoding: "utf8", timeout: 120000 });
  if (r.error) throw r.error;
  return r;
}

// The JSON report starts at the first '{' or '[' (banners may come before it).
function parseReport(text, open) {
  const at = text.indexOf(open);
  if (at < 0) throw new Error("no JSON report in:\n" + text);
  return JSON.parse(text.slice(at));
}

let problems = [];

const redocly = run("redocly", ["lint", "--config", "redocly.yaml", "--format", "json", DOC]);
const rep = parseReport(redocly.stdout, "{");
for (const p of rep.problems || []) {
  const where = (p.location || []).map((l) => l.pointer).join(", ");
  problems.push(`redocly ${p.severity} ${p.ruleId}: ${p.message} at ${where}`);
}
if (redocly.status !== 0 && !(rep.problems || []).length)
  problems.push(`redocly exited ${redocly.status}: ${redocly.stderr}`);

const tmp = mkdtempSync(join(tmpdir(), "closured-spectral-"));
const report = join(tmp, "report.json");
const spectral = run("spectral", ["lint", "--ruleset", ".spectral.yaml", "--format", "json",
                                  "--output", report, "--fail-severity", "hint", DOC]);
const list = existsSync(report) ? JSON.parse(readFileSync(report, "utf8")) : [];
rmSync(tmp, { recursive: true, force: true });
for (const p of list) {
  problems.push(`spectral severity ${p.severity} ${p.code}: ${p.message} at ${(p.path || []).join(".")}`);
}
if (spectral.status !== 0 && !list.length)
  problems.push(`spectral exited ${spectral.status}: ${spectral.stdout}${spectral.stderr}`);

if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`${problems.length} problem(s) in api/openapi.json`);
  process.exit(1);
}
console.log("ok: redocly (recommended) and spectral (spectral:oas) find no problem");
