// Prints one closing line for the whole suite, "tests: N passed, N failed", from the JSON reports
// of Vitest (unit, integration) and Playwright (e2e) written by scripts/test.sh.
import fs from "node:fs";

let passed = 0;
let failed = 0;
const lines = [];
for (const [label, file] of [["unit", ".tmp/unit.json"], ["integration", ".tmp/integration.json"], ["e2e", ".tmp/e2e.json"]]) {
  if (!fs.existsSync(file)) {
    lines.push(`${label}: no report`);
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  // Vitest: numPassedTests/numFailedTests; Playwright: stats.expected/unexpected/flaky.
  const p = r.numPassedTests ?? (r.stats ? r.stats.expected + r.stats.flaky : 0);
  const f = r.numFailedTests ?? (r.stats ? r.stats.unexpected : 0);
  passed += p;
  failed += f;
  lines.push(`${label}: ${p} passed, ${f} failed`);
}
console.log(lines.map((l) => `  ${l}`).join("\n"));
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
