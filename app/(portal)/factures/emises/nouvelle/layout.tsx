import { Providers } from "@/app/(portal)/providers";

// React Query only where the page is interactive (house style): here, not on every portal page.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <Providers>{children}</Providers>;
}
