// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';

/** The manager console's weights and taxonomy screens driven through a fake API. */

const WEIGHTS = { expertiseFit: 10, waitingTime: 2, continuity: 5, storeAffinity: 3, fairLoad: 1, shiftEnd: 5 };

function fakeApi() {
  return {
    dryRuns: [] as unknown[],
    savedWeights: [] as unknown[],
    deleted: [] as string[],
    me: async () => ({ username: 'sora', roles: ['manager'], storeIds: ['tokyo'] }),
    stores: async () => [{ id: 'tokyo', name: { ja: '東京店', en: 'Tokyo' }, timeZone: 'Asia/Tokyo', openingHours: [] }],
    staffList: [
      { username: 'aoi', displayName: 'Aoi Tanaka', storeId: 'tokyo', languages: ['ja'], expertise: [], maxConcurrent: 1, presence: 'IN_CALL', presenceSince: '' },
      { username: 'kai', displayName: 'Kai Mori', storeId: 'tokyo', languages: ['ja'], expertise: [], maxConcurrent: 1, presence: 'OFFLINE', presenceSince: '' },
      { username: 'hana', displayName: 'Hana Sato', storeId: 'sapporo', languages: ['ja'], expertise: [], maxConcurrent: 1, presence: 'OFFLINE', presenceSince: '' },
    ],
    async staff() { return this.staffList; },
    async deleteStaff(username: string) {
      if (username === 'aoi') {
        const { ApiError } = await import('../src/shared/http');
        throw new ApiError(409, { type: 'https://tsunagu.io/problems/staff-busy', status: 409 });
      }
      this.staffList = this.staffList.filter(member => member.username !== username);
    },
    taxonomy: async () => [
      { id: 'outdoor', parentId: null, name: { ja: 'アウトドア', en: 'Outdoor' }, synonyms: {}, productIds: [], categories: [] },
      { id: 'mountaineering', parentId: 'outdoor', name: { ja: '登山', en: 'Mountaineering' }, synonyms: { en: ['hiking'] }, productIds: [], categories: [] },
    ],
    kpiQueries: [] as string[],
    async kpis(query: string) {
      this.kpiQueries.push(query);
      const queue = this.kpiQueries.length;
      return {
        from: '', to: '', queueLength: queue, waitSeconds: { p50: 12, p90: 40 }, serviceLevel: 0.8, answered: 40, abandoned: 3, abandonment: 0.07,
        offers: { made: 50, accepted: 40, declined: 6, timedOut: 4 }, occupancy: [{ staffUsername: 'aoi', ratio: 0.42 }],
        outcomes: { PURCHASED: 10 }, byStore: [], byTag: [], byHour: [{ hour: '2026-11-24T01:00:00Z', requests: 3, answered: 2, abandoned: 1 }],
      };
    },
    weights: async () => ({ weights: WEIGHTS, updatedAt: '2026-11-24T01:00:00Z', updatedBy: 'sora' }),
    async dryRun(weights: unknown) {
      this.dryRuns.push(weights);
      return {
        queueLength: 4,
        current: { assignments: [], kpis: { assigned: 3, meanFit: 0.62, maxWaitSeconds: 40, loadMaxMin: 1 } },
        candidate: { assignments: [], kpis: { assigned: 3, meanFit: 0.72, maxWaitSeconds: 55, loadMaxMin: 1 } },
        deltas: { assigned: 0, meanFit: 0.1, maxWaitSeconds: 15, loadMaxMin: 0 },
        changed: [{ requestId: 'abcdef0123456789', from: 'aoi', to: 'ren' }],
      };
    },
    async saveWeights(weights: unknown) {
      this.savedWeights.push(weights);
      return { weights, updatedAt: '2026-11-24T02:00:00Z', updatedBy: 'sora' };
    },
    async deleteTag(id: string) {
      this.deleted.push(id);
      const { ApiError } = await import('../src/shared/http');
      throw new ApiError(409, { type: 'https://tsunagu.io/problems/tag-in-use', status: 409 });
    },
  };
}

const settle = (ms = 5) => new Promise(resolve => setTimeout(resolve, ms));
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);

let ManagerApp: typeof import('../src/manager/app').ManagerApp;

beforeAll(async () => {
  // happy-dom draws nothing: a 2D context whose every method does nothing lets the chart run.
  const context: unknown = new Proxy({}, {
    get: (_target, name) => (name === 'measureText' ? () => ({ width: 10 }) : name === 'canvas' ? document.createElement('canvas') : () => undefined),
    set: () => true,
  });
  HTMLCanvasElement.prototype.getContext = (() => context) as never;
  vi.stubGlobal('Path2D', class { moveTo() {} lineTo() {} rect() {} arc() {} closePath() {} bezierCurveTo() {} addPath() {} });
  ({ ManagerApp } = await import('../src/manager/app'));
});

async function open(hash: string) {
  document.body.innerHTML = '<div id="manager"></div>';
  location.hash = hash;
  // The hashchange of this assignment must not reach the app as a second navigation.
  await settle();
  const api = fakeApi();
  await new ManagerApp(document.querySelector('#manager')!, { logout: async () => undefined } as never, api as never, 'en').start();
  await settle();
  return api;
}

describe('the manager console', () => {
  it('refreshes the KPI dashboard every 5 seconds without a reload', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const api = await open('#dashboard');
      expect(byId('kpi-queue')!.textContent).toContain('1');
      expect(byId('kpi-service-level')!.textContent).toContain('80%');
      expect(byId('kpi-abandonment')!.textContent).toContain('7%');
      vi.advanceTimersByTime(5_000);
      await settle();
      expect(api.kpiQueries).toHaveLength(2);
      expect(byId('kpi-queue')!.textContent).toContain('2');
      expect(new URLSearchParams(api.kpiQueries[0]).get('serviceLevelSeconds')).toBe('20');
    } finally {
      location.hash = '#weights';
      vi.useRealTimers();
    }
  });

  it('previews weights on the live queue before saving, and refuses weights out of range', async () => {
    const api = await open('#weights');
    expect(byId('mgr-tab-weights')!.getAttribute('aria-current')).toBe('page');
    const fit = byId<HTMLInputElement>('weight-expertiseFit')!;
    expect(fit.value).toBe('10');

    fit.value = '20';
    fit.dispatchEvent(new Event('input'));
    byId('weights-preview')!.click();
    await settle();
    expect(api.dryRuns).toEqual([{ ...WEIGHTS, expertiseFit: 20 }]);
    expect(api.savedWeights).toEqual([]);
    expect(byId('delta-meanFit')!.textContent).toBe('+0.10');
    expect(byId('delta-meanFit')!.className).toContain('better');
    expect(byId('delta-maxWaitSeconds')!.className).toContain('worse');
    expect(byId('dry-run-changed')!.textContent).toContain('abcdef01: aoi → ren');

    const load = byId<HTMLInputElement>('weight-fairLoad')!;
    load.value = '1001';
    load.dispatchEvent(new Event('input'));
    expect(byId('weights-dry-run')).toBeNull();
    byId('weights-save')!.click();
    await settle();
    expect(api.savedWeights).toEqual([]);
    expect(byId('mgr-notice')!.textContent).toBe('Weights are whole numbers from 0 to 1000.');

    const loadAgain = byId<HTMLInputElement>('weight-fairLoad')!;
    loadAgain.value = '4';
    loadAgain.dispatchEvent(new Event('input'));
    byId('weights-save')!.click();
    await settle();
    expect(api.savedWeights).toEqual([{ ...WEIGHTS, expertiseFit: 20, fairLoad: 4 }]);
    expect(byId('mgr-notice')!.textContent).toBe('Saved.');
  });

  it('shows the taxonomy as a tree and explains a tag still in use', async () => {
    const api = await open('#taxonomy');
    const items = [...byId('taxonomy-tree')!.querySelectorAll('li')].map(item => item.dataset.tag);
    expect(items).toEqual(['outdoor', 'mountaineering']);
    vi.stubGlobal('confirm', () => true);
    byId('tag-delete-outdoor')!.click();
    await settle();
    expect(api.deleted).toEqual(['outdoor']);
    expect(byId('mgr-notice')!.textContent).toBe('This tag is used by staff expertise or by tags under it, so it cannot be deleted.');
  });

  it('deletes a staff member of the manager\'s store only after asking, and explains a refusal', async () => {
    const api = await open('#staff');
    expect(byId('staff-delete-hana')).toBeNull();
    expect(byId('staff-delete-kai')!.getAttribute('aria-label')).toBe('Delete Kai Mori');

    const questions: string[] = [];
    vi.stubGlobal('confirm', (question: string) => { questions.push(question); return false; });
    byId('staff-delete-kai')!.click();
    await settle();
    expect(questions).toEqual(['Delete Kai Mori (kai)? The record of their past consultations is kept.']);
    expect(api.staffList.map(member => member.username)).toContain('kai');

    vi.stubGlobal('confirm', () => true);
    byId('staff-delete-kai')!.click();
    await settle();
    expect(byId('staff-delete-kai')).toBeNull();
    expect(byId('mgr-notice')!.textContent).toBe('Deleted.');

    byId('staff-delete-aoi')!.click();
    await settle();
    expect(byId('mgr-notice')!.textContent).toContain('cannot be deleted now');
    expect(byId('staff-delete-aoi')).not.toBeNull();
  });
});
