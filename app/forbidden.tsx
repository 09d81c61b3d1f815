import { getMessages } from "@/lib/i18n/server";
import { HomeLink, StatusPage } from "./status-page";

export default async function Forbidden() {
  const t = await getMessages();
  return <StatusPage code="403" title={t.states.forbiddenTitle} body={t.states.forbiddenBody} action={<HomeLink label={t.states.backHome} />} />;
}
