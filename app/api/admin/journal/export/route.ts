import { NextResponse, type NextRequest } from "next/server";
import { walkAudit } from "@/lib/admin/audit-log";
import { CSV_BOM, csvLine } from "@/lib/admin/csv";
import { writeAudit } from "@/lib/audit";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canActOn, structuresForSpace } from "@/lib/auth/guards";
import { auditFilterSchema } from "@/lib/validations/admin";

const HEADERS = ["Date", "Compte", "Structure", "Action", "Type d'objet", "Objet", "Résultat", "Adresse IP", "Détail"];
const OUTCOMES: Record<string, string> = { success: "Réussi", denied: "Refusé", error: "Erreur", pending: "En attente" };

/** The audit log as CSV, streamed row by row: only the lines of the structures the caller administers. */
export async function GET(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Votre session a expiré. Reconnectez-vous pour continuer." }, { status: 401 });
  const raw = Object.fromEntries([...req.nextUrl.searchParams].filter(([, v]) => v !== ""));
  const parsed = auditFilterSchema.safeParse(raw);
  if (!parsed.success) return NextResponse.json({ error: "Filtres du journal invalides." }, { status: 400 });
  const f = parsed.data;
  const scope = structuresForSpace(user, "admin").map((s) => s.idStructureCPP);
  // A structure named in the URL must be one the caller administers; no structure → all of them.
  if ((f.structure !== undefined && !canActOn(user, f.structure, ["admin"])) || scope.length === 0) {
    await writeAudit({ action: "admin.journal.export", outcome: "denied", accountId: user.id, accountEmail: user.email, idStructureCPP: f.structure ?? null });
    return NextResponse.json({ error: "Seul un administrateur de la structure peut exporter son journal d'audit." }, { status: 403 });
  }
  await writeAudit({ action: "admin.journal.export", outcome: "success", accountId: user.id, accountEmail: user.email, idStructureCPP: f.structure ?? null, detail: { filters: { ...f } } });
  const enc = new TextEncoder();
  const rows = walkAudit(f, scope);
  const body = new ReadableStream<Uint8Array>({
    start(c) { c.enqueue(enc.encode(CSV_BOM + csvLine(HEADERS))); },
    async pull(c) {
      const { value, done } = await rows.next();
      if (done) return c.close();
      c.enqueue(enc.encode(csvLine([value.at, value.accountEmail, value.idStructureCPP, value.action, value.subjectType, value.subjectId, OUTCOMES[value.outcome] ?? value.outcome, value.ip, value.detail])));
    },
    async cancel() { await rows.return(undefined); },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="journal-audit-${day}.csv"`, "Cache-Control": "no-store" } });
}
