// Entry of `npm run sandbox`: one process, 127.0.0.1:SANDBOX_PORT (4010), graceful stop on SIGTERM/SIGINT.
import { startSandbox } from "./server";

async function main(): Promise<void> {
  const sandbox = await startSandbox();
  console.log(`Chorus Pro sandbox listening on ${sandbox.url}`);
  const stop = (signal: string) => {
    void sandbox.close().then(() => {
      console.log(`Chorus Pro sandbox stopped (${signal})`);
      process.exit(0);
    });
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

main().catch((err: unknown) => {
  console.error("Chorus Pro sandbox failed to start:", err);
  process.exit(1);
});
