import { requireSpace } from "@/lib/auth/guards";

// Checked here, outside the page's loading boundary, so that a refusal answers HTTP 403 before
// anything streams. Each action of the space checks again on the server.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireSpace("recues");
  return children;
}
