import "server-only";

// Process-local counters for the administrators' page: enough to see a token storm or an error
// burst without a metrics stack. Per instance, reset on restart.
const counters = {
  calls: 0,
  callsByOperation: {} as Record<string, number>,
  errorsByKind: {} as Record<string, number>,
  retries: 0,
  tokenRenewals: 0,
  tokenFailures: 0,
  since: new Date().toISOString(),
};

export function countCall(operation: string) {
  counters.calls++;
  counters.callsByOperation[operation] = (counters.callsByOperation[operation] ?? 0) + 1;
}
export function countError(kind: string) {
  counters.errorsByKind[kind] = (counters.errorsByKind[kind] ?? 0) + 1;
}
export function countRetry() { counters.retries++; }
export function countTokenRenewal() { counters.tokenRenewals++; }
export function countTokenFailure() { counters.tokenFailures++; }

export type GatewayMetrics = typeof counters;

export function getGatewayMetrics(): GatewayMetrics {
  return structuredClone(counters);
}

export function resetGatewayMetrics() {
  counters.calls = 0; counters.callsByOperation = {}; counters.errorsByKind = {};
  counters.retries = 0; counters.tokenRenewals = 0; counters.tokenFailures = 0;
  counters.since = new Date().toISOString();
}
