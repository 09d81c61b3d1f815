export * from "./accounts";
export * from "./audit";
export * from "./outbox";
export * from "./supplier";
export * from "./public-side";
