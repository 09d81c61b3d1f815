import { ListSkeleton } from "@/components/factures/list-skeleton";
import { getMessages } from "@/lib/i18n/server";

// Only the list streams its skeleton: the detail ([id]) sits outside this route group, so that
// an unknown id answers HTTP 404 before anything is sent.
export default async function Loading() {
  return <ListSkeleton label={(await getMessages()).states.loading} />;
}
