import { ARCHIVE_LIMITS, UPLOAD_LIMITS } from "./limits";
import { sniffType, type SniffedType } from "./sniff-type";

export type ArchiveEntry = {
  name: string;
  size: number;
  type: SniffedType;
  /** the inflated bytes, only for the entries a `keep` predicate asked for */
  data?: Uint8Array;
};

/** Which files' bytes to keep while reading (`index` counts files only, from 0). */
export type KeepEntry = (name: string, index: number) => boolean;

export type ArchiveOptions = {
  maxEntries?: number;
  maxTotalBytes?: number;
  maxEntryBytes?: number;
  maxRatio?: number;
};

export type ArchiveLimits = Required<ArchiveOptions>;

export function resolveLimits(options: ArchiveOptions = {}): ArchiveLimits {
  return {
    maxEntries: options.maxEntries ?? ARCHIVE_LIMITS.maxEntries,
    maxTotalBytes: options.maxTotalBytes ?? ARCHIVE_LIMITS.maxTotalBytes,
    maxEntryBytes: options.maxEntryBytes ?? UPLOAD_LIMITS.fluxFileBytes,
    maxRatio: options.maxRatio ?? ARCHIVE_LIMITS.maxRatio,
  };
}

/** Thrown by the readers to stop at the first sign of a bomb or a hostile entry. */
export class ArchiveRefusal extends Error {
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "ArchiveRefusal";
  }
}

const NESTED = /\.(zip|gz|tgz|tar|7z|rar|bz2|xz)$/i;

/** Refuses names that climb out of the extraction folder, absolute names and control characters. */
export function checkEntryName(name: string): void {
  if ([...name].length > ARCHIVE_LIMITS.maxNameChars) {
    throw new ArchiveRefusal("ARCHIVE-NOM-LONG", `L'archive contient un nom de fichier de plus de ${ARCHIVE_LIMITS.maxNameChars} caractères (« ${[...name].slice(0, 40).join("")}… ») : renommez le fichier avec un nom court, puis recréez l'archive.`);
  }
  const segments = name.split(/[/\\]/);
  if (name.startsWith("/") || name.startsWith("\\") || /^[A-Za-z]:/.test(name) || segments.includes("..") || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new ArchiveRefusal("ARCHIVE-CHEMIN", `L'archive contient un nom de fichier dangereux (« ${name.replace(/[\u0000-\u001f\u007f]/g, "?")} ») : chemin absolu ou remontée de dossier. Recréez l'archive avec les seules factures, sans dossier.`);
  }
}

/** Classifies an inflated entry; refuses archives inside the archive (by name or by content). */
export function finishEntry(name: string, size: number, head: Uint8Array, data?: Uint8Array): ArchiveEntry {
  const type = sniffType(head);
  if (NESTED.test(name) || type === "zip" || type === "gzip") {
    throw new ArchiveRefusal("ARCHIVE-IMBRIQUEE", `L'archive contient une autre archive (« ${name} ») : Chorus Pro n'accepte qu'un niveau. Mettez les factures directement dans l'archive.`);
  }
  return data ? { name, size, type, data } : { name, size, type };
}

/** Joins the chunks of a kept entry. */
export function joinChunks(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function checkRatio(produced: number, compressed: number, limits: ArchiveLimits): void {
  if (produced > ARCHIVE_LIMITS.ratioFloorBytes && produced / Math.max(compressed, 1) > limits.maxRatio) {
    throw new ArchiveRefusal("ARCHIVE-BOMBE", "L'archive se décompresse de façon anormale (taux de compression suspect) et a été refusée. Recréez-la avec votre outil habituel.");
  }
}

export const linkRefusal = (name: string) =>
  new ArchiveRefusal("ARCHIVE-LIEN", `L'archive contient un lien ou un fichier spécial (« ${name} ») : seules des factures (fichiers ordinaires) sont acceptées.`);

export const tooBig = (limits: ArchiveLimits) =>
  new ArchiveRefusal("ARCHIVE-TROP-GROSSE", `Une fois décompressée, l'archive dépasse les limites (${Math.floor(limits.maxEntryBytes / 1_000_000)} Mo par facture, ${Math.floor(limits.maxTotalBytes / 1_000_000)} Mo au total). Répartissez les factures en plusieurs dépôts.`);

export const tooMany = (limits: ArchiveLimits) =>
  new ArchiveRefusal("ARCHIVE-TROP-DE-FICHIERS", `L'archive contient plus de ${limits.maxEntries} fichiers. Répartissez les factures en plusieurs dépôts.`);
