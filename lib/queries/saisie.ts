import { queryOptions } from "@tanstack/react-query";

// React Query options for the key-in form and the recipient lookup. The response schemas live in
// ./saisie-schemas and are imported on demand, so that zod is not part of the pages' first load.
export type { DestinataireDetail, DestinataireResume, Referentiels } from "./saisie-schemas";

type Schemas = typeof import("./saisie-schemas");

/** Fetches one of the portal's JSON routes and parses it; zod loads with the first answer, not with the page. */
async function getJson<K extends "destinatairesListSchema" | "destinataireDetailSchema" | "referentielsSchema">(url: string, key: K): Promise<ReturnType<Schemas[K]["parse"]>> {
  const [res, schemas] = await Promise.all([fetch(url, { headers: { accept: "application/json" } }), import("./saisie-schemas")]);
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = schemas.errorSchema.safeParse(body);
    throw new Error(parsed.success ? parsed.data.error.message : "Le service est indisponible. Réessayez dans un instant.");
  }
  return schemas[key].parse(body) as ReturnType<Schemas[K]["parse"]>;
}

export const saisieKeys = {
  all: ["saisie"] as const,
  destinataires: (structure: number, q: string) => [...saisieKeys.all, "destinataires", structure, q] as const,
  destinataire: (structure: number, id: number) => [...saisieKeys.all, "destinataire", structure, id] as const,
  referentiels: (structure: number) => [...saisieKeys.all, "referentiels", structure] as const,
};

export const destinatairesQuery = (structure: number, q: string) =>
  queryOptions({
    queryKey: saisieKeys.destinataires(structure, q),
    queryFn: () => getJson(`/api/destinataires?structure=${structure}&q=${encodeURIComponent(q)}`, "destinatairesListSchema"),
    enabled: q.trim().length >= 2,
  });

export const destinataireQuery = (structure: number, id: number | null) =>
  queryOptions({
    queryKey: saisieKeys.destinataire(structure, id ?? 0),
    queryFn: () => getJson(`/api/destinataires/${id}?structure=${structure}`, "destinataireDetailSchema"),
    enabled: id !== null,
    staleTime: 5 * 60_000,
  });

export const referentielsQuery = (structure: number) =>
  queryOptions({
    queryKey: saisieKeys.referentiels(structure),
    queryFn: () => getJson(`/api/referentiels?structure=${structure}`, "referentielsSchema"),
    staleTime: 60 * 60_000,
  });
