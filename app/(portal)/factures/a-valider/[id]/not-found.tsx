import { DetailNotFound } from "@/components/factures/detail-not-found";
import { getMessages } from "@/lib/i18n/server";

// Same page for an id that does not exist and for another structure's invoice: nothing leaks.
export default async function NotFound() {
  const t = await getMessages();
  return <DetailNotFound title={t.aValider.detail.notFoundTitle} body={t.aValider.detail.notFoundBody} back={{ href: "/factures/a-valider", label: t.aValider.detail.back }} />;
}
