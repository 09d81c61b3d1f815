import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { requireSpace } from "@/lib/auth/guards";
import { formatAmount } from "@/lib/format";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { CADRES, nextCadres, openingCadres } from "@/lib/travaux/cadres";
import { actingRole, allowedActions } from "@/lib/travaux/rules";
import { pieceState } from "../actions/guard";
import { loadPiece } from "../_components/piece-data";
import { PieceForm } from "./piece-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).travaux.form.openTitle };
}

const VALIDATOR_CADRES = Object.entries(CADRES).filter(([, c]) => c.needsValidator).map(([k]) => k);

/** ?precedente=<id>: the next piece of that file; otherwise a new billing file (suppliers). */
export default async function Page({ searchParams }: { searchParams: Promise<{ precedente?: string }> }) {
  const { active } = await requireSpace("travaux");
  const [t, { precedente }] = await Promise.all([getMessages(), searchParams]);
  const f = t.travaux.form;
  const idPrev = precedente && /^\d{1,15}$/.test(precedente) ? Number(precedente) : undefined;
  let cadres: string[];
  let intro: string | null = null;
  let defaults = {};
  if (idPrev !== undefined) {
    const { piece } = await loadPiece(active, idPrev);
    const state = pieceState(piece);
    const role = actingRole(state);
    cadres = allowedActions(state, { idStructureCPP: active.idStructureCPP, roles: active.roles }).includes("deposerSuivante") && role ? nextCadres(piece.cadreFacturation, role) : [];
    intro = `${format(f.previousPiece, { numero: piece.numeroFactureTravaux ?? String(idPrev), cadre: piece.cadreFacturation ? t.travaux.cadres[piece.cadreFacturation] ?? "" : "" })} ${piece.montantHT && piece.montantTTC ? format(f.previousAmounts, { ht: formatAmount(piece.montantHT), ttc: formatAmount(piece.montantTTC) }) : ""}`;
    // The next piece starts from the previous amounts: the MOE/MOA rectify them (LIFECYCLE §5.2).
    defaults = { montantHT: piece.montantHT?.replace(".", ","), montantTVA: piece.montantTVA?.replace(".", ","), montantTTC: piece.montantTTC?.replace(".", ",") };
  } else {
    cadres = active.roles.includes("fournisseur") ? openingCadres("fournisseur") : [];
  }
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{idPrev !== undefined ? f.nextTitle : f.openTitle}</h1>
      {intro ? <p>{intro}</p> : null}
      {cadres.some((c) => CADRES[c as keyof typeof CADRES]?.sameAmounts) ? <Alert tone="info" live="none">{f.sameAmountsHint}</Alert> : null}
      <PieceForm idStructureCPP={active.idStructureCPP} cadres={cadres} idPiecePrecedente={idPrev} opener={idPrev === undefined} validatorCadres={VALIDATOR_CADRES} defaults={defaults} t={t.travaux} />
    </div>
  );
}
