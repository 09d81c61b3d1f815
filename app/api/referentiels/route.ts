import { NextResponse } from "next/server";
import { loadReferentiels } from "@/app/(portal)/factures/emises/nouvelle/_lib/referentiels";
import { failure, supplierContext } from "@/app/api/destinataires/_lib/supplier-guard";

/** GET /api/referentiels?structure=<idStructureCPP>: VAT rates and payment modes of the form. */
export async function GET(req: Request) {
  try {
    const auth = await supplierContext(req, "referentiels.saisie");
    if ("refusal" in auth) return auth.refusal;
    return NextResponse.json(await loadReferentiels(auth.ctx));
  } catch (err) {
    return failure(err, "referentiels.saisie");
  }
}
