import { getMessages } from "@/lib/i18n/server";
import { SpaceLoading } from "@/app/(portal)/_components/space-loading";

// The deposit report (flux/[id]) sits outside this route group: an unknown id answers HTTP 404
// before anything streams.
export default async function Loading() {
  return <SpaceLoading label={(await getMessages()).states.loading} />;
}
