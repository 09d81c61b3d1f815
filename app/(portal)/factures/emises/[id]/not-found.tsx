import { DetailNotFound } from "@/components/factures/detail-not-found";
import { getMessages } from "@/lib/i18n/server";

// Same page for an id that does not exist and for another structure's invoice: nothing leaks.
export default async function NotFound() {
  const t = await getMessages();
  return <DetailNotFound title={t.factures.detail.notFoundTitle} body={t.factures.detail.notFoundBody} back={{ href: "/factures/emises", label: t.factures.detail.back }} />;
}
