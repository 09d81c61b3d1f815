import { NextResponse } from "next/server";
import { z } from "zod";
import { searchRecipients } from "@/app/(portal)/factures/emises/destinataires/_lib/recipients";
import { failure, json, supplierContext } from "./_lib/supplier-guard";

const query = z.string().trim().min(2, "Tapez au moins 2 caractères (SIRET ou nom).").max(100, "100 caractères au plus.");

/** GET /api/destinataires?structure=<idStructureCPP>&q=<SIRET or name> */
export async function GET(req: Request) {
  try {
    const auth = await supplierContext(req, "destinataires.rechercher");
    if ("refusal" in auth) return auth.refusal;
    const q = query.safeParse(new URL(req.url).searchParams.get("q") ?? "");
    if (!q.success) return json(400, q.error.issues[0]?.message ?? "Recherche invalide.");
    const items = await searchRecipients(auth.ctx, q.data);
    await auth.audit({ q: q.data, count: items.length });
    return NextResponse.json({ items });
  } catch (err) {
    return failure(err, "destinataires.rechercher");
  }
}
