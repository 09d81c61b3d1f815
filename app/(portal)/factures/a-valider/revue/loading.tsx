import { getMessages } from "@/lib/i18n/server";
import { SpaceLoading } from "@/app/(portal)/_components/space-loading";

export default async function Loading() {
  return <SpaceLoading label={(await getMessages()).states.loading} />;
}
