import { Dec, money, parseDec, round2, sum } from "./decimal";

/** One keyed-in line, amounts as decimal strings ("12.50"), never numbers. */
export type TotalsLineInput = {
  quantity: string;
  unitPrice: string;
  /** Line discount, HT, for the whole line (lignePosteMontantRemiseHT). */
  discount?: string;
  /** Référentiel code sent to Chorus Pro (`TVA20`). */
  vatRateCode: string;
  /** Percentage of that code ("20", "5.5"). */
  vatRate: string;
};

export type TotalsInput = {
  lines: readonly TotalsLineInput[];
  /** montantRemiseGlobaleTTC: a discount on the total including VAT. */
  globalDiscountTtc?: string;
  /** Amount already paid (BT-113), deducted from the amount due. */
  prepaid?: string;
};

/**
 * Result in Chorus Pro wire names. `lignePosteMontantHtApresRemise` and
 * `montantTtcAvantRemiseGlobalTTC` are the names Chorus uses in its consulter answers; soumettre
 * does not take them, so the gateway sends only its own subset.
 */
export type ChorusTotals = {
  lignePoste: {
    lignePosteNumero: number;
    lignePosteQuantite: string;
    lignePosteMontantUnitaireHT: string;
    lignePosteMontantRemiseHT: string;
    lignePosteTauxTva: string;
    lignePosteMontantHtApresRemise: string;
  }[];
  ligneTva: {
    ligneTvaTaux: string;
    ligneTvaMontantBaseHtParTaux: string;
    ligneTvaMontantTvaParTaux: string;
  }[];
  montantTotal: {
    montantHtTotal: string;
    montantTVA: string;
    montantTtcAvantRemiseGlobalTTC: string;
    montantRemiseGlobaleTTC: string;
    montantTtcTotal: string;
    montantAPayer: string;
  };
};

export class InvalidAmountError extends Error {
  constructor(readonly field: string, readonly value: string) {
    super(`Not a decimal amount in ${field}: ${JSON.stringify(value)}`);
    this.name = "InvalidAmountError";
  }
}

function need(value: string | undefined, field: string, fallback = "0"): Dec {
  const parsed = parseDec(value ?? fallback);
  if (!parsed) throw new InvalidAmountError(field, value ?? "");
  return parsed;
}

/** Line net amount (BT-131): quantity × unit price − line discount, rounded to 2 decimals. */
export function lineNet(line: TotalsLineInput, index = 0): Dec {
  const quantity = need(line.quantity, `lines[${index}].quantity`);
  const price = need(line.unitPrice, `lines[${index}].unitPrice`);
  const discount = need(line.discount, `lines[${index}].discount`);
  return round2(quantity.times(price).minus(discount));
}

/**
 * Totals of a keyed-in invoice, the way EN 16931 computes them: the VAT is computed once per rate
 * on the sum of the line nets of that rate (BR-S-08/BR-S-09), never per line then summed, so the
 * portal and Chorus Pro land on the same cent. Throws InvalidAmountError on a non-decimal amount.
 */
export function computeTotals(input: TotalsInput): ChorusTotals {
  const nets = input.lines.map((line, i) => lineNet(line, i));

  // Insertion order of first use: the breakdown reads in the order the lines were typed.
  const groups = new Map<string, { rate: Dec; base: Dec }>();
  input.lines.forEach((line, i) => {
    const rate = need(line.vatRate, `lines[${i}].vatRate`);
    const group = groups.get(line.vatRateCode);
    const net = nets[i] ?? new Dec(0);
    if (group) group.base = group.base.plus(net);
    else groups.set(line.vatRateCode, { rate, base: net });
  });

  const ligneTva = [...groups.entries()].map(([code, { rate, base }]) => ({
    code,
    base,
    vat: round2(base.times(rate).dividedBy(100)),
  }));

  const ht = sum(nets);
  const tva = sum(ligneTva.map((g) => g.vat));
  const ttcBefore = ht.plus(tva);
  const discount = need(input.globalDiscountTtc, "globalDiscountTtc");
  // INFERRED: montantTtcTotal is the TTC after the global TTC discount (Chorus shows both
  // montantTtcAvantRemiseGlobalTTC and montantTtcTotal), and the discount leaves the VAT unchanged.
  const ttc = ttcBefore.minus(discount);
  const due = ttc.minus(need(input.prepaid, "prepaid"));

  return {
    lignePoste: input.lines.map((line, i) => ({
      lignePosteNumero: i + 1,
      lignePosteQuantite: need(line.quantity, `lines[${i}].quantity`).toString(),
      lignePosteMontantUnitaireHT: need(line.unitPrice, `lines[${i}].unitPrice`).toString(),
      lignePosteMontantRemiseHT: money(need(line.discount, `lines[${i}].discount`)),
      lignePosteTauxTva: line.vatRateCode,
      lignePosteMontantHtApresRemise: money(nets[i] ?? new Dec(0)),
    })),
    ligneTva: ligneTva.map((g) => ({
      ligneTvaTaux: g.code,
      ligneTvaMontantBaseHtParTaux: money(g.base),
      ligneTvaMontantTvaParTaux: money(g.vat),
    })),
    montantTotal: {
      montantHtTotal: money(ht),
      montantTVA: money(tva),
      montantTtcAvantRemiseGlobalTTC: money(ttcBefore),
      montantRemiseGlobaleTTC: money(discount),
      montantTtcTotal: money(ttc),
      montantAPayer: money(due),
    },
  };
}
