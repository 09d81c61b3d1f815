import "server-only";
import { readFile } from "node:fs/promises";
import { rechercherDestinataires, referentiel, type ChorusContext } from "@/lib/chorus-pro";
import { validateInvoiceModel } from "@/lib/invoice/en16931/validate";
import { issue, type InvoiceIssue } from "@/lib/invoice/issue";
import type { RecipientParams } from "@/lib/invoice/keyed-invoice";
import { detectSyntax } from "@/lib/invoice/xml/detect-syntax";
import { extractInvoice } from "@/lib/invoice/xml/extract";
import type { InvoiceModel } from "@/lib/invoice/xml/model";
import { inspectArchive, type ArchiveFormat } from "@/lib/uploads/inspect-archive";
import { sniffType } from "@/lib/uploads/sniff-type";

export type DocumentReport = {
  name: string;
  numero?: string;
  buyerSiret?: string;
  montantTTC?: string;
  issues: InvoiceIssue[];
};
export type FluxCheck = {
  syntaxeFlux: string | null;
  documents: DocumentReport[];
  issues: InvoiceIssue[];
  /** a batch: its format (read from the content) and how many invoices it holds */
  archive?: { format: ArchiveFormat; count: number };
  /** invoices of the batch past DEEP_CHECKS, left to Chorus Pro */
  unchecked?: number;
};

// Past this many invoices in a batch, only the first ones are checked in depth (the rest are
// checked by Chorus Pro): a 30 MB batch must not cost minutes of the portal's CPU.
const DEEP_CHECKS = 50;

const siretOf = (m: InvoiceModel) =>
  m.buyer.identifiers.map((p) => p.id.replace(/\s/g, "")).find((id) => /^\d{14}$/.test(id));

/** Recipient requirements from the gateway, by SIRET; null when the SIRET is unknown or inactive. */
async function recipientOf(ctx: ChorusContext, siret: string, cache: Map<string, RecipientParams | null>): Promise<RecipientParams | null> {
  if (cache.has(siret)) return cache.get(siret) ?? null;
  const page = await rechercherDestinataires(ctx, { identifiant: siret, parametresRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 5 } });
  const hit = page.items.find((d) => d.siret === siret);
  let params: RecipientParams | null = null;
  if (hit?.idStructureCPP) {
    const e = await referentiel.exigences(ctx, { idStructureCPP: hit.idStructureCPP, identifiant: siret });
    params = { codeServiceDoitEtreRenseigne: e.codeService, numeroEJDoitEtreRenseigne: e.numeroEngagement, gestionNumeroEJOuCodeService: e.codeServiceOuEngagement, active: true };
  }
  cache.set(siret, params);
  return params;
}

async function checkDocument(ctx: ChorusContext, name: string, data: Uint8Array, cache: Map<string, RecipientParams | null>): Promise<DocumentReport & { syntaxeFlux?: string }> {
  const detected = await detectSyntax(data);
  if (!detected.ok) return { name, issues: [issue(detected.error.code, "fichier", detected.error.message)] };
  const model = extractInvoice(detected.detected);
  const buyerSiret = siretOf(model);
  const recipient = buyerSiret ? await recipientOf(ctx, buyerSiret, cache) : null;
  const { en16931, chorus } = validateInvoiceModel(model, recipient ? { recipient } : {});
  const issues = [...en16931, ...chorus];
  if (buyerSiret && !recipient) {
    issues.push(issue("CPP-DESTINATAIRE-INCONNU", "BT-47", `Aucune structure publique active ne porte le SIRET ${buyerSiret} dans Chorus Pro : vérifiez le SIRET de l'acheteur dans l'annuaire.`));
  }
  return { name, syntaxeFlux: detected.detected.syntaxeFlux, numero: model.number, buyerSiret, montantTTC: model.totals.taxInclusive, issues };
}

/**
 * Everything the portal checks before a flux is deposited: syntax detected from the content,
 * safe XML, EN 16931 and Chorus Pro rules, the recipient's requirements looked up in Chorus Pro.
 */
export async function checkFlux(ctx: ChorusContext, absolutePath: string, fileName: string): Promise<FluxCheck> {
  const buf = await readFile(absolutePath);
  const type = sniffType(buf.subarray(0, 64));
  const cache = new Map<string, RecipientParams | null>();
  if (type === "xml" || type === "pdf") {
    const doc = await checkDocument(ctx, fileName, buf, cache);
    return { syntaxeFlux: doc.syntaxeFlux ?? null, documents: [doc], issues: [] };
  }
  // One pass over the archive: every entry bounded and checked, the first DEEP_CHECKS kept in
  // memory for the invoice checks (a .zip and a .tar.gz batch are read the same way).
  const inspection = await inspectArchive(buf, { keep: (_name, index) => index < DEEP_CHECKS });
  if (!inspection.ok) return { syntaxeFlux: null, documents: [], issues: inspection.issues };
  const documents: (DocumentReport & { syntaxeFlux?: string })[] = [];
  for (const entry of inspection.entries) {
    if (entry.data) documents.push(await checkDocument(ctx, entry.name, entry.data, cache));
  }
  const syntaxes = new Set(documents.map((d) => d.syntaxeFlux).filter(Boolean));
  const issues: InvoiceIssue[] = [];
  if (syntaxes.size > 1) issues.push(issue("CPP-LOT-SYNTAXES", "fichier", "Les factures du lot n'ont pas toutes la même syntaxe (UBL, CII, Factur-X) : Chorus Pro n'accepte qu'une syntaxe par dépôt. Faites un lot par syntaxe."));
  const archive = { format: inspection.format, count: inspection.entries.length };
  return { syntaxeFlux: [...syntaxes][0] ?? null, documents, issues, archive, unchecked: archive.count - documents.length };
}

export const fluxIsDepositable = (c: FluxCheck) => c.syntaxeFlux !== null && c.issues.length === 0 && c.documents.every((d) => d.issues.length === 0);
