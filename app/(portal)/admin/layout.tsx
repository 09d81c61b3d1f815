import { requireSpace } from "@/lib/auth/guards";

// Checked here, outside the page's loading boundary, so that a refusal answers HTTP 403 before
// anything streams. Every admin action checks again on the server, and on the structure it touches.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireSpace("admin");
  return children;
}
