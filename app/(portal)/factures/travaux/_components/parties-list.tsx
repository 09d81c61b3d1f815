import { DefinitionList } from "@/components/factures/definition-list";
import type { PartieTravaux } from "@/lib/chorus-pro";
import { formatSiret } from "@/lib/format";
import type { Messages } from "@/lib/i18n";

type Parties = { fournisseur?: PartieTravaux | undefined; sousTraitant?: PartieTravaux | undefined; moe?: PartieTravaux | undefined; moa?: PartieTravaux | undefined; destinataire?: PartieTravaux | undefined; valideur?: PartieTravaux | undefined };

const show = (p: PartieTravaux | undefined) => {
  if (!p?.designationStructure) return undefined;
  const id = p.identifiantStructure && /^\d{14}$/.test(p.identifiantStructure) ? ` – ${formatSiret(p.identifiantStructure)}` : "";
  return `${p.designationStructure}${id}${p.codeService ? ` (service ${p.codeService})` : ""}`;
};

/** Supplier, subcontractor, MOE, MOA, recipient and validator of a piece or file. */
export function PartiesList({ parties, t }: { parties: Parties; t: Messages["travaux"]["detail"] }) {
  return (
    <DefinitionList items={[
      { label: t.fournisseur, value: show(parties.fournisseur) }, { label: t.sousTraitant, value: show(parties.sousTraitant) },
      { label: t.moe, value: show(parties.moe) }, { label: t.moa, value: show(parties.moa) },
      { label: t.destinataire, value: show(parties.destinataire) }, { label: t.valideur, value: show(parties.valideur) },
    ]} />
  );
}
