import type {
  AuditEntry, DryRun, Interval, Kpis, MatchingWeights, Me, SavedWeights, ShiftException, Shifts, Staff, Store, TaxonomyNode, WeeklyShift,
} from '../shared/api-types';
import { ApiError, type CallOptions, callJson } from '../shared/http';
import type { StoreInsights } from './insights';

const path = (value: string) => encodeURIComponent(value);
const DIRECTORY = '/api/staff-directory';

export interface StaffInput {
  displayName: string;
  storeId: string;
  languages: string[];
  maxConcurrent: number;
  channels: string[];
}

/** What the manager console asks of staff-directory and matching, always with the current token. */
export class ManagerApi {
  constructor(private readonly token: () => Promise<string>) {}

  me(): Promise<Me> { return this.call(`${DIRECTORY}/me`); }
  stores(): Promise<Store[]> { return this.call(`${DIRECTORY}/stores`); }
  updateStore(store: Store): Promise<Store> { return this.call(`${DIRECTORY}/stores/${path(store.id)}`, { method: 'PUT', body: store }); }
  deleteStore(id: string): Promise<void> { return this.call(`${DIRECTORY}/stores/${path(id)}`, { method: 'DELETE' }); }
  staff(): Promise<Staff[]> { return this.call(`${DIRECTORY}/staff`); }
  createStaff(username: string, input: StaffInput): Promise<Staff> {
    return this.call(`${DIRECTORY}/staff`, { method: 'POST', body: { username, ...input } });
  }
  updateStaff(username: string, input: StaffInput): Promise<Staff> {
    return this.call(`${DIRECTORY}/staff/${path(username)}`, { method: 'PUT', body: input });
  }
  deleteStaff(username: string): Promise<void> { return this.call(`${DIRECTORY}/staff/${path(username)}`, { method: 'DELETE' }); }
  setExpertise(username: string, expertise: { tag: string; level: number }[]): Promise<Staff> {
    return this.call(`${DIRECTORY}/staff/${path(username)}/expertise`, { method: 'PUT', body: expertise });
  }
  taxonomy(): Promise<TaxonomyNode[]> { return this.call(`${DIRECTORY}/taxonomy`); }
  createTag(node: TaxonomyNode): Promise<TaxonomyNode> { return this.call(`${DIRECTORY}/taxonomy`, { method: 'POST', body: node }); }
  updateTag(node: TaxonomyNode): Promise<TaxonomyNode> { return this.call(`${DIRECTORY}/taxonomy/${path(node.id)}`, { method: 'PUT', body: node }); }
  deleteTag(id: string): Promise<void> { return this.call(`${DIRECTORY}/taxonomy/${path(id)}`, { method: 'DELETE' }); }
  shifts(username: string): Promise<Shifts> { return this.call(`${DIRECTORY}/staff/${path(username)}/shifts`); }
  setWeekly(username: string, weekly: WeeklyShift[]): Promise<unknown> {
    return this.call(`${DIRECTORY}/staff/${path(username)}/shifts/weekly`, { method: 'PUT', body: weekly });
  }
  addException(username: string, exception: Omit<ShiftException, 'id'>): Promise<ShiftException> {
    return this.call(`${DIRECTORY}/staff/${path(username)}/shifts/exceptions`, { method: 'POST', body: exception });
  }
  deleteException(username: string, id: string): Promise<void> {
    return this.call(`${DIRECTORY}/staff/${path(username)}/shifts/exceptions/${path(id)}`, { method: 'DELETE' });
  }
  calendar(username: string, from: string, to: string): Promise<Interval[]> {
    return this.call(`${DIRECTORY}/staff/${path(username)}/shifts/calendar?from=${path(from)}&to=${path(to)}`);
  }
  audit(limit = 50): Promise<AuditEntry[]> { return this.call(`${DIRECTORY}/audit?limit=${limit}`); }
  weights(): Promise<SavedWeights> { return this.call('/api/matching/weights'); }
  saveWeights(weights: MatchingWeights): Promise<SavedWeights> { return this.call('/api/matching/weights', { method: 'PUT', body: weights }); }
  dryRun(weights: MatchingWeights): Promise<DryRun> { return this.call('/api/matching/weights/dry-run', { method: 'POST', body: weights }); }
  kpis(query: string): Promise<Kpis> { return this.call(`/api/matching/kpis?${query}`); }
  storeInsights(days: number): Promise<StoreInsights[]> { return this.call(`/api/profile-bridge/store-insights?days=${days}`); }

  /** The CSV as a file: a plain link cannot carry the bearer token, so it is fetched and handed over as a blob. */
  async kpisCsv(query: string): Promise<Blob> {
    const response = await fetch(`/api/matching/kpis.csv?${query}`, { headers: { Authorization: `Bearer ${await this.token()}`, Accept: 'text/csv' } });
    if (!response.ok) {
      throw new ApiError(response.status, null);
    }
    return response.blob();
  }

  private async call<T>(url: string, options: CallOptions = {}): Promise<T> {
    const headers = { ...options.headers, Authorization: `Bearer ${await this.token()}` };
    return callJson<T>(url, { ...options, headers });
  }
}
