"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import type { Messages } from "@/lib/i18n";
import type { DestinataireDetail } from "@/lib/queries/saisie";
import type { SaisieFacture } from "@/lib/validations/saisie-facture";
import { RecipientDetail } from "../../destinataires/_components/recipient-detail";
import { RecipientLookup } from "../../destinataires/_components/recipient-lookup";

type Props = {
  structure: number;
  value: SaisieFacture["destinataire"];
  detail: DestinataireDetail | undefined;
  onChange: (d: SaisieFacture["destinataire"]) => void;
  errorOf: (path: string) => string[] | undefined;
  t: Messages["saisie"];
};

/** Recipient and service: chosen from the lookup, the service from the recipient's own list. */
export function RecipientSection({ structure, value, detail, onChange, errorOf, t }: Props) {
  const required = detail ? detail.exigences.codeService && !detail.exigences.codeServiceOuEngagement : false;
  return (
    <section aria-labelledby="s-destinataire" className="flex flex-col gap-4">
      <h2 id="s-destinataire" className="text-lg font-semibold">{t.sectionRecipient}</h2>
      {value.idStructureCPP === null ? (
        <>
          <RecipientLookup structure={structure} t={t} onChoose={(d) => onChange({ siret: d.siret, idStructureCPP: d.idStructureCPP, nom: d.nom, codeServiceExecutant: "" })} />
          {errorOf("destinataire.siret") ? <Alert tone="danger" live="none">{errorOf("destinataire.siret")?.join(" ")}</Alert> : null}
        </>
      ) : (
        <>
          <p>
            {t.chosen} : <strong>{value.nom}</strong> <span className="font-mono">({value.siret})</span>{" "}
            <Button type="button" variant="link" onClick={() => onChange({ siret: "", idStructureCPP: null, nom: "", codeServiceExecutant: "" })}>{t.change}</Button>
          </p>
          {errorOf("destinataire.siret") ? <Alert tone="danger" live="none">{errorOf("destinataire.siret")?.join(" ")}</Alert> : null}
          <RecipientDetail structure={structure} id={value.idStructureCPP} t={t} headingId="destinataire-choisi" />
          <Field label={t.service} required={required} error={errorOf("destinataire.codeServiceExecutant")}>
            <NativeSelect name="destinataire.codeServiceExecutant" value={value.codeServiceExecutant} onChange={(e) => onChange({ ...value, codeServiceExecutant: e.target.value })}>
              <option value="">{t.serviceNone}</option>
              {value.codeServiceExecutant && detail && !detail.services.some((s) => s.codeService === value.codeServiceExecutant) ? <option value={value.codeServiceExecutant}>{value.codeServiceExecutant}</option> : null}
              {(detail?.services ?? []).map((s) => (
                <option key={s.codeService} value={s.codeService} disabled={!s.actif}>{s.codeService} — {s.libelleService}{s.actif ? "" : ` (${t.serviceInactive})`}</option>
              ))}
            </NativeSelect>
          </Field>
        </>
      )}
    </section>
  );
}
