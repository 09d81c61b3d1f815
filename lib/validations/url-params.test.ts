import { describe, expect, it } from "vitest";
import { amountParam, dateParam } from "./url-fields";
import { buildListHref, parseFilters, parseOrder, parseStructure, sortDirAfter, type Ignored } from "./url-params";

const COLUMNS = { dateDepot: "DateDepot", numero: "NumeroFacture" } as const;
const FIELDS = { du: { schema: dateParam, invalid: "date" }, min: { schema: amountParam, invalid: "amount" } } as const;
const isKnown = (s: string): s is "A" | "B" => s === "A" || s === "B";

describe("parseFilters", () => {
  it("keeps each valid field and reports each bad one, then the statuses", () => {
    const ignored: Ignored<string> = [];
    const filters = parseFilters(FIELDS, { du: "2026-02-30", min: "1 234,5", statut: ["B", "X", "B"] }, isKnown, ignored);
    expect(filters).toEqual({ min: "1234.5", statut: ["B"] });
    expect(ignored).toEqual([{ name: "du", kind: "date" }, { name: "statut", kind: "enum" }]);
  });

  it("leaves out empty values without a message (the GET form sends every field)", () => {
    const ignored: Ignored<string> = [];
    expect(parseFilters(FIELDS, { du: "", min: " ", statut: "" }, isKnown, ignored)).toEqual({});
    expect(ignored).toEqual([]);
  });
});

describe("parseOrder", () => {
  it("defaults to the newest first, 20 a page", () => {
    expect(parseOrder({}, COLUMNS, "dateDepot", [])).toEqual({ sort: "dateDepot", dir: "desc", page: 1, size: 20 });
  });

  it("starts another column ascending and falls back on a bad sort, page or size", () => {
    const ignored: Ignored<string> = [];
    expect(parseOrder({ tri: "numero", page: "3", taille: "50" }, COLUMNS, "dateDepot", ignored)).toEqual({ sort: "numero", dir: "asc", page: 3, size: 50 });
    expect(parseOrder({ tri: "toString", page: "0", taille: "7" }, COLUMNS, "dateDepot", ignored)).toEqual({ sort: "dateDepot", dir: "desc", page: 1, size: 20 });
    expect(ignored.map((i) => i.name)).toEqual(["tri", "page"]);
  });
});

describe("parseStructure", () => {
  it("reads a numeric id and reports anything else", () => {
    const ignored: Ignored<string> = [];
    expect(parseStructure({ structure: "27000001" }, ignored)).toEqual({ structure: 27000001 });
    expect(parseStructure({ structure: "27000001 OR 1=1" }, ignored)).toEqual({});
    expect(ignored).toEqual([{ name: "structure", kind: "enum" }]);
  });
});

describe("buildListHref and sortDirAfter", () => {
  it("puts the lead first, repeats statuses and drops the default order", () => {
    const order = { sort: "dateDepot" as const, dir: "desc" as const, page: 1, size: 20 };
    expect(buildListHref("/l", { structure: "1", vue: undefined }, { numero: "F 1", statut: ["A", "B"] }, order, "dateDepot")).toBe("/l?structure=1&numero=F+1&statut=A&statut=B");
    expect(buildListHref("/l", {}, {}, { ...order, sort: "numero", dir: "asc", page: 2, size: 50 }, "dateDepot")).toBe("/l?tri=numero&sens=asc&taille=50&page=2");
    expect(buildListHref("/l", {}, {}, order, "dateDepot")).toBe("/l");
  });

  it("flips the current column and starts another ascending", () => {
    expect(sortDirAfter({ sort: "numero", dir: "asc" }, "numero", "dateDepot")).toBe("desc");
    expect(sortDirAfter({ sort: "numero", dir: "asc" }, "dateDepot", "dateDepot")).toBe("desc");
    expect(sortDirAfter({ sort: "dateDepot", dir: "desc" }, "numero", "dateDepot")).toBe("asc");
  });
});
