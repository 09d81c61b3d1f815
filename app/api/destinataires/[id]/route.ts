import { NextResponse } from "next/server";
import { z } from "zod";
import { recipientDetail } from "@/app/(portal)/factures/emises/destinataires/_lib/recipients";
import { failure, json, supplierContext } from "../_lib/supplier-guard";

const idParam = z.coerce.number().int().positive();

/** GET /api/destinataires/<idStructureCPP>?structure=<idStructureCPP of the supplier> */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const auth = await supplierContext(req, "destinataires.consulter");
    if ("refusal" in auth) return auth.refusal;
    const id = idParam.safeParse((await params).id);
    if (!id.success) return json(400, "Identifiant de destinataire invalide.");
    const detail = await recipientDetail(auth.ctx, id.data);
    if (!detail) return json(404, "Ce destinataire n'est pas une structure publique de Chorus Pro.");
    await auth.audit({ idDestinataire: id.data });
    return NextResponse.json(detail);
  } catch (err) {
    return failure(err, "destinataires.consulter");
  }
}
