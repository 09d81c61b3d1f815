import { describe, expect, it } from "vitest";
import { commandFor, isTypingTarget, step } from "./review-keys";

const body = { tagName: "BODY" };

describe("review queue keys", () => {
  it("maps J/→, K/←, V, R, Escape and ? to their commands", () => {
    expect(commandFor({ key: "j" }, body)).toBe("next");
    expect(commandFor({ key: "ArrowRight" }, body)).toBe("next");
    expect(commandFor({ key: "K" }, body)).toBe("previous");
    expect(commandFor({ key: "ArrowLeft" }, body)).toBe("previous");
    expect(commandFor({ key: "v" }, body)).toBe("validate");
    expect(commandFor({ key: "R" }, body)).toBe("refuse");
    expect(commandFor({ key: "Escape" }, body)).toBe("cancel");
    expect(commandFor({ key: "?" }, body)).toBe("help");
    expect(commandFor({ key: "x" }, body)).toBeNull();
  });

  it("never fires while typing, except Escape", () => {
    for (const target of [{ tagName: "INPUT", type: "text" }, { tagName: "TEXTAREA" }, { tagName: "SELECT" }, { tagName: "DIV", isContentEditable: true }, { tagName: "input" }]) {
      expect(commandFor({ key: "v" }, target)).toBeNull();
      expect(commandFor({ key: "ArrowRight" }, target)).toBeNull();
      expect(commandFor({ key: "Escape" }, target)).toBe("cancel");
    }
    expect(commandFor({ key: "v" }, { tagName: "BUTTON" })).toBe("validate");
    expect(commandFor({ key: "j" }, { tagName: "INPUT", type: "checkbox" })).toBe("next");
  });

  it("leaves modifier combinations to the browser", () => {
    expect(commandFor({ key: "r", ctrlKey: true }, body)).toBeNull();
    expect(commandFor({ key: "v", metaKey: true }, body)).toBeNull();
    expect(commandFor({ key: "j", altKey: true }, body)).toBeNull();
  });

  it("recognises typing targets", () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({ tagName: "A" })).toBe(false);
    expect(isTypingTarget({ tagName: "INPUT", type: "search" })).toBe(true);
  });

  it("clamps moves to the ends of the queue", () => {
    expect(step(0, 3, "previous")).toBe(0);
    expect(step(0, 3, "next")).toBe(1);
    expect(step(2, 3, "next")).toBe(2);
    expect(step(0, 0, "next")).toBe(0);
  });
});
