import { describe, expect, it } from "vitest";
import { en } from "./en";
import { fr } from "./fr";
import { format, isLocale } from "./index";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));
}

describe("i18n", () => {
  it("has the same keys in English as in French", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
  it("has no empty message", () => {
    const empty = [...keys(fr), ...keys(en)].filter((k) => k.length === 0);
    expect(empty).toEqual([]);
  });
  it("fills placeholders and keeps unknown ones visible", () => {
    expect(format("Bonjour {name}", { name: "Anne" })).toBe("Bonjour Anne");
    expect(format("{a} et {b}", { a: 1 })).toBe("1 et {b}");
  });
  it("recognises locales", () => {
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("de")).toBe(false);
  });
});
