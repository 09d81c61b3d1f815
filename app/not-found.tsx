import { getMessages } from "@/lib/i18n/server";
import { HomeLink, StatusPage } from "./status-page";

export default async function NotFound() {
  const t = await getMessages();
  return <StatusPage code="404" title={t.states.notFoundTitle} body={t.states.notFoundBody} action={<HomeLink label={t.states.backHome} />} />;
}
