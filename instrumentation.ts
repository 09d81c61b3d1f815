// Runs once per portal process before it serves requests (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPortalServices } = await import("@/lib/startup");
  await startPortalServices();
}
