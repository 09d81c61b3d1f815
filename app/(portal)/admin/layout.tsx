import { requireRole } from "@/lib/auth/guards";

// Every admin action checks again on the server, and on the structure it touches.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole("admin");
  return children;
}
