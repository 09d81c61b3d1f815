import { SpaceLoading } from "@/app/(portal)/_components/space-loading";
import { getMessages } from "@/lib/i18n/server";

export default async function Loading() {
  return <SpaceLoading label={(await getMessages()).states.loading} />;
}
