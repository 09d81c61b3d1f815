/**
 * Peak RSS growth of the portal while a 30 MB flux is uploaded (POST /api/uploads, streamed from
 * disk). The server's RSS is read from /proc for the process listening on the portal's port.
 * The streamed deposit itself is measured in lib/chorus-pro/file-operations.int.test.ts.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";

function pidListeningOn(port: number): number | null {
  try {
    const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
    const pid = /pid=(\d+)/.exec(out)?.[1];
    return pid ? Number(pid) : null;
  } catch {
    return null;
  }
}
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;

export async function benchFluxMemory(baseUrl: string, cookie: string, idStructureCPP = 27000001) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bench-flux-")), "lot.zip");
  // Random bytes behind a ZIP signature: 30 MB that no compression shrinks.
  writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(30_000_000 - 4)]));
  const pid = pidListeningOn(Number(new URL(baseUrl).port));
  if (!pid) return { error: "portal process not found" };
  const before = rssOf(pid);
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, rssOf(pid)); }, 20);
  const started = Date.now();
  const res = await fetch(`${baseUrl}/api/uploads?kind=flux&structure=${idStructureCPP}&name=lot.zip`, {
    method: "POST",
    headers: { cookie, "content-type": "application/octet-stream", "content-length": "30000000" },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  await res.text();
  clearInterval(timer);
  return {
    "upload status": res.status,
    "upload ms": Date.now() - started,
    "RSS growth MB (budget 64)": Number(((peak - before) / 1_000_000).toFixed(1)),
  };
}
