import type { Kpis } from '../shared/api-types';

/** The dashboard asks matching again this often; KPIs move with every request, offer and call. */
export const KPI_POLL_MS = 5_000;

/** byHour as the column arrays a chart wants: x in Unix seconds, then requests, answered, abandoned. */
export function hourlySeries(kpis: Kpis): [number[], number[], number[], number[]] {
  const hours = [...kpis.byHour].sort((a, b) => Date.parse(a.hour) - Date.parse(b.hour));
  return [
    hours.map(hour => Date.parse(hour.hour) / 1000),
    hours.map(hour => hour.requests),
    hours.map(hour => hour.answered),
    hours.map(hour => hour.abandoned),
  ];
}

/** A ratio as a whole percentage ("80%"), or a dash when there is nothing to divide. */
export function percent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined || !Number.isFinite(ratio) ? '—' : `${Math.round(ratio * 100)}%`;
}

export function seconds(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : `${Math.round(value)} s`;
}

/** The query string of the KPI endpoints: the last `hours` hours up to now, optionally one store. */
export function kpiQuery(now: Date, hours: number, storeId: string | null, serviceLevelSeconds: number): string {
  const params = new URLSearchParams({
    from: new Date(now.getTime() - hours * 3_600_000).toISOString(),
    to: now.toISOString(),
    serviceLevelSeconds: String(serviceLevelSeconds),
  });
  if (storeId) {
    params.set('storeId', storeId);
  }
  return params.toString();
}

/** May this user use the manager console? */
export function canManage(roles: string[]): boolean {
  return roles.includes('manager') || roles.includes('admin');
}
