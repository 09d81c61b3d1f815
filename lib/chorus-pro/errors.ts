// Typed errors of the gateway. No "server-only" here: the UI may import the class and its kinds to
// render userMessage. Upstream bodies and credentials never go into an error; libelle only.

export const ERROR_KINDS = [
  "bad_request", "business", "service_code_required", "engagement_required",
  "technical_account_invalid", "technical_account_expired", "piste_credentials", "credentials_confused",
  "unauthorized", "forbidden", "not_found", "not_acceptable", "payload_too_large",
  "unsupported_media_type", "rate_limited", "server_error", "bad_gateway", "unavailable",
  "gateway_timeout", "timeout", "network", "invalid_response", "invalid_request", "configuration",
] as const;
export type ChorusProErrorKind = (typeof ERROR_KINDS)[number];

export interface ChorusProErrorInit {
  kind: ChorusProErrorKind;
  operation: string;
  httpStatus?: number;
  codeRetour?: number;
  libelle?: string;
  userMessage?: string;
  /** true when a write may have been applied upstream although we got no answer */
  outcomeUnknown?: boolean;
  retryAfterMs?: number;
  cause?: unknown;
}

export class ChorusProError extends Error {
  readonly kind: ChorusProErrorKind;
  readonly httpStatus: number | undefined;
  readonly codeRetour: number | undefined;
  readonly libelle: string | undefined;
  readonly operation: string;
  readonly userMessage: string;
  readonly outcomeUnknown: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(init: ChorusProErrorInit) {
    const userMessage = init.userMessage ?? userMessageFor(init.kind, init.libelle);
    super(`${init.operation}: ${init.kind}${init.httpStatus ? ` (HTTP ${init.httpStatus})` : ""}${init.codeRetour !== undefined ? ` codeRetour=${init.codeRetour}` : ""}${init.libelle ? ` ${init.libelle}` : ""}`, { cause: init.cause });
    this.name = "ChorusProError";
    this.kind = init.kind;
    this.httpStatus = init.httpStatus;
    this.codeRetour = init.codeRetour;
    this.libelle = init.libelle;
    this.operation = init.operation;
    this.userMessage = userMessage;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Plain data for logs, the outbox's lastError and ActionResult payloads. */
  toJSON() {
    return {
      kind: this.kind, httpStatus: this.httpStatus, codeRetour: this.codeRetour, libelle: this.libelle,
      operation: this.operation, userMessage: this.userMessage, outcomeUnknown: this.outcomeUnknown,
    };
  }
}

export function isChorusProError(e: unknown): e is ChorusProError {
  return e instanceof ChorusProError;
}

const MESSAGES: Record<ChorusProErrorKind, string> = {
  bad_request: "Chorus Pro a refusé la demande car des données sont invalides. Vérifiez les champs saisis puis réessayez.",
  business: "Chorus Pro a refusé l'opération.",
  service_code_required: "Ce destinataire exige un code service exécutant. Choisissez le service dans la liste des services du destinataire puis renvoyez la facture.",
  engagement_required: "Ce destinataire exige un numéro d'engagement juridique (bon de commande). Renseignez-le puis renvoyez la facture.",
  technical_account_invalid: "Le compte technique Chorus Pro de cette structure est refusé (identifiant ou mot de passe incorrect). Un administrateur doit mettre à jour le compte technique dans l'administration du portail.",
  technical_account_expired: "Le mot de passe du compte technique Chorus Pro de cette structure a expiré ou a été changé. Un administrateur doit le renouveler dans Chorus Pro puis le saisir à nouveau dans l'administration du portail.",
  piste_credentials: "Les identifiants de l'application PISTE (client_id / client_secret) sont refusés. Un administrateur doit vérifier PISTE_CLIENT_ID et PISTE_CLIENT_SECRET et l'abonnement de l'application aux API Chorus Pro.",
  credentials_confused: "Les identifiants PISTE et le compte technique Chorus Pro semblent inversés : le compte technique (TECH_…@cpro.fr) se saisit dans l'administration du portail, les identifiants PISTE dans la configuration du serveur. Un administrateur doit corriger la configuration.",
  unauthorized: "Chorus Pro a refusé l'authentification. Réessayez dans quelques instants ; si le problème persiste, prévenez un administrateur.",
  forbidden: "Ce compte n'a pas les droits nécessaires dans Chorus Pro pour cette opération ou cette structure. Vérifiez vos rattachements et habilitations.",
  not_found: "L'élément demandé est introuvable dans Chorus Pro.",
  not_acceptable: "Chorus Pro ne peut pas répondre dans le format demandé. Prévenez un administrateur.",
  payload_too_large: "Le fichier est trop volumineux pour Chorus Pro (10 Mo maximum par fichier). Réduisez sa taille puis réessayez.",
  unsupported_media_type: "Le format envoyé n'est pas accepté par Chorus Pro. Prévenez un administrateur.",
  rate_limited: "Chorus Pro reçoit trop de demandes en ce moment. Réessayez dans une minute.",
  server_error: "Chorus Pro a rencontré une erreur interne. Réessayez plus tard.",
  bad_gateway: "Chorus Pro est momentanément injoignable. Réessayez dans quelques minutes.",
  unavailable: "Chorus Pro est momentanément indisponible. Réessayez dans quelques minutes.",
  gateway_timeout: "Chorus Pro a mis trop de temps à répondre. Réessayez dans quelques minutes.",
  timeout: "Chorus Pro n'a pas répondu à temps. Réessayez dans quelques minutes.",
  network: "Impossible de joindre Chorus Pro (erreur réseau). Réessayez dans quelques minutes.",
  invalid_response: "Chorus Pro a renvoyé une réponse inattendue. Prévenez un administrateur.",
  invalid_request: "La demande préparée par le portail est incomplète ou invalide. Vérifiez les champs saisis.",
  configuration: "La connexion à Chorus Pro est mal configurée sur ce serveur. Prévenez un administrateur.",
};

export function userMessageFor(kind: ChorusProErrorKind, libelle?: string): string {
  const base = MESSAGES[kind];
  if (kind === "business" && libelle) return `${base} Motif : ${stripLibelleCode(libelle)}`;
  return base;
}

/** "GDP_MSG_11.033 - Le statut…" → "Le statut…" (the code part means nothing to a person). */
export function stripLibelleCode(libelle: string): string {
  const m = /^[A-Z]{2,5}_MSG_[\d.]+\s*[-:]\s*(.+)$/s.exec(libelle.trim());
  return (m?.[1] ?? libelle).trim();
}
