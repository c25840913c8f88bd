import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ManagerKey, managerMessages } from '../i18n/manager';
import { type Language, type Translate, otherLanguage, translator } from '../i18n/language';
import { rememberLanguage } from '../i18n/preference';
import {
  type AuditEntry, type DryRun, type DryRunKpis, type Kpis, type Me, type SavedWeights, type ShiftException, type Shifts, type Staff,
  type Store, type TaxonomyNode, WEIGHT_KEYS, type WeightKey, type Weekday, type WeeklyShift,
} from '../shared/api-types';
import { h } from '../shared/dom';
import { DEFAULT_TIME_ZONE, formatDateTime, formatTime, localDate } from '../shared/format';
import { ApiError } from '../shared/http';
import type { StaffAuth } from '../console/auth';
import { KPI_POLL_MS, hourlySeries, kpiQuery, percent, seconds } from './kpi';
import type { ManagerApi, StaffInput } from './manager-api';
import { type HoursRow, WEEKDAYS, calendarBlocks, hoursRows, openingHours, weekOf, weeklyProblems } from './shifts';
import { type StoreInsights, renderInsights } from './insights';
import { descendants, isTagId, splitList, treeRows } from './taxonomy';
import { deltaTone, formatDelta, parseWeights, weightFields } from './weights';

export const SCREENS = ['dashboard', 'insights', 'staff', 'shifts', 'taxonomy', 'weights', 'stores', 'audit'] as const;
export type Screen = (typeof SCREENS)[number];

const SERVICE_LEVEL_SECONDS = 20;
const KPI_HOURS = 24;
const CHANNELS = ['VIDEO', 'VOICE', 'CHAT'];
const LANGUAGE_CODES = ['ja', 'en'];

function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#/, '');
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'dashboard';
}

/**
 * The manager console: a live KPI dashboard, the staff directory with expertise, weekly shifts and
 * exceptions on a calendar, the taxonomy editor, matching weights with a dry-run preview, stores and
 * the audit log. One screen at a time, chosen by the URL's hash, so that a screen can be linked to.
 */
export class ManagerApp {
  private language: Language;
  private t: Translate<ManagerKey>;
  private screen: Screen = screenFromHash(location.hash);
  private me: Me | null = null;
  private stores: Store[] = [];
  private staff: Staff[] = [];
  private taxonomy: TaxonomyNode[] = [];
  private notice: { text: string; error: boolean } | null = null;

  private kpis: Kpis | null = null;
  private kpiStore = '';
  private kpiUpdated: Date | null = null;
  private kpiError = false;
  private chart: uPlot | null = null;
  private kpiTimer: ReturnType<typeof setInterval> | null = null;
  private openings = 0;

  private editing: { username: string | null; input: StaffInput; expertise: { tag: string; level: number }[]; newUsername: string } | null = null;
  private shiftUser = '';
  private shiftWeek = localDate(new Date());
  private shifts: Shifts | null = null;
  private weekly: WeeklyShift[] = [];
  private shiftsLoading = false;
  private shiftLoads = 0;
  private calendar: Map<string, { startMinute: number; endMinute: number }[]> = new Map();
  private tagDraft: (TaxonomyNode & { isNew: boolean }) | null = null;
  private saved: SavedWeights | null = null;
  private weightDraft: Record<WeightKey, string> | null = null;
  private dryRun: DryRun | null = null;
  private audit: AuditEntry[] = [];
  private insights: StoreInsights[] = [];
  private insightDays = 30;
  private hoursDraft: { store: Store; rows: HoursRow[] } | null = null;

  private readonly header = h('header', { class: 'bar' });
  private readonly skip = h('a', { class: 'skip', href: '#screen' });
  private readonly nav = h('nav', { class: 'tabs' });
  private readonly main = h('main', { class: 'screen', id: 'screen', tabindex: '-1' });

  constructor(
    private readonly root: HTMLElement,
    private readonly auth: StaffAuth,
    private readonly api: ManagerApi,
    language: Language,
  ) {
    this.language = language;
    this.t = translator(managerMessages, language);
  }

  async start(): Promise<void> {
    this.root.replaceChildren(this.skip, this.header, this.nav, this.main);
    window.addEventListener('hashchange', () => {
      this.screen = screenFromHash(location.hash);
      void this.open();
    });
    try {
      const [me, stores, staff, taxonomy] = await Promise.all([this.api.me(), this.api.stores(), this.api.staff(), this.api.taxonomy()]);
      this.me = me;
      this.stores = stores;
      this.staff = staff;
      this.taxonomy = taxonomy;
    } catch (error) {
      this.root.replaceChildren(h('p', { class: 'fatal', role: 'alert' }, this.t('loadFailed', { detail: describe(error) })));
      return;
    }
    this.shiftUser = this.staff[0]?.username ?? '';
    await this.open();
  }

  // ---- navigation ---------------------------------------------------------------------------

  private async open(): Promise<void> {
    const opened = ++this.openings;
    this.notice = null;
    this.stopPolling();
    this.renderChrome();
    this.renderScreen();
    switch (this.screen) {
      case 'dashboard':
        await this.loadKpis();
        if (opened === this.openings) {
          this.kpiTimer = setInterval(() => void this.loadKpis(), KPI_POLL_MS);
        }
        break;
      case 'shifts':
        await this.loadShifts();
        break;
      case 'weights':
        await this.loadWeights();
        break;
      case 'audit':
        await this.guard(async () => { this.audit = await this.api.audit(50); });
        break;
      case 'insights':
        await this.guard(async () => { this.insights = await this.api.storeInsights(this.insightDays); });
        break;
      default:
        break;
    }
    // A screen opened meanwhile owns the page now: redrawing would replace its form under the manager's hands.
    if (opened === this.openings) {
      this.renderScreen();
    }
  }

  private stopPolling(): void {
    if (this.kpiTimer) {
      clearInterval(this.kpiTimer);
      this.kpiTimer = null;
    }
    this.chart?.destroy();
    this.chart = null;
  }

  /** Runs an action; a problem becomes a notice on the screen, never an uncaught error. */
  private async guard(action: () => Promise<void>, done?: ManagerKey): Promise<boolean> {
    try {
      await action();
      this.notice = done ? { text: this.t(done), error: false } : null;
      return true;
    } catch (error) {
      this.notice = { text: this.problemText(error), error: true };
      return false;
    }
  }

  private problemText(error: unknown): string {
    if (error instanceof ApiError) {
      const slug = error.slug;
      const known: Partial<Record<string, ManagerKey>> = {
        'shift-overlap': 'errorShiftOverlap', 'tag-in-use': 'errorTagInUse', 'unknown-tag': 'errorUnknownTag',
        'not-your-store': 'errorNotYourStore', forbidden: 'errorForbidden', 'invalid-request': 'errorInvalid',
        'outside-opening-hours': 'errorOutsideHours', 'staff-busy': 'errorStaffBusy', 'store-has-staff': 'errorStoreHasStaff',
      };
      const key = slug ? known[slug] : undefined;
      if (key) {
        return this.t(key);
      }
      if (error.status === 403) {
        return this.t('errorForbidden');
      }
    }
    return this.t('actionFailed', { detail: describe(error) });
  }

  private get timeZone(): string {
    return this.stores[0]?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  private storeZone(storeId: string | undefined): string {
    return this.stores.find(store => store.id === storeId)?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  private storeName(id: string): string {
    return this.stores.find(store => store.id === id)?.name[this.language] ?? id;
  }

  private tagName(id: string): string {
    return this.taxonomy.find(node => node.id === id)?.name[this.language] ?? id;
  }

  private get isAdmin(): boolean {
    return this.me?.roles.includes('admin') ?? false;
  }

  /** Stores this manager may edit: those assigned to them (admins get every store from /me). */
  private get ownStores(): Store[] {
    const ids = this.me?.storeIds ?? [];
    return this.stores.filter(store => ids.includes(store.id));
  }

  // ---- chrome -------------------------------------------------------------------------------

  private renderChrome(): void {
    const t = this.t;
    document.title = t('title');
    this.skip.textContent = t('skipToContent');
    const languageSwitch = h('button', {
      type: 'button', class: 'link', 'data-testid': 'lang-switch', lang: otherLanguage(this.language), 'aria-label': t('languageSwitchLabel'),
    }, t('languageSwitch'));
    languageSwitch.addEventListener('click', () => {
      this.language = otherLanguage(this.language);
      this.t = translator(managerMessages, this.language);
      rememberLanguage(this.language);
      this.stopPolling();
      void this.open();
    });
    const logout = h('button', { type: 'button', class: 'link' }, t('logout'));
    logout.addEventListener('click', () => void this.auth.logout());
    this.header.replaceChildren(
      h('div', {}, h('h1', {}, t('title')),
        this.me ? h('span', { class: 'muted' }, t('signedInAs', { user: this.me.username, stores: this.ownStores.map(store => store.name[this.language]).join(this.language === 'ja' ? '、' : ', ') || '—' })) : null),
      h('div', { class: 'tools' }, languageSwitch, logout));
    this.nav.replaceChildren(h('ul', {}, SCREENS.map(screen => h('li', {},
      h('a', {
        href: `#${screen}`, 'data-testid': `mgr-tab-${screen}`, 'aria-current': this.screen === screen ? 'page' : false,
      }, t(`screen_${screen}`))))));
    this.nav.setAttribute('aria-label', t('navigation'));
  }

  private renderScreen(): void {
    const notice = this.notice ? h('p', { class: this.notice.error ? 'notice error' : 'notice ok', role: this.notice.error ? 'alert' : 'status', 'data-testid': 'mgr-notice' }, this.notice.text) : null;
    const body = (() => {
      switch (this.screen) {
        case 'dashboard': return this.renderDashboard();
        case 'staff': return this.renderStaff();
        case 'shifts': return this.renderShifts();
        case 'taxonomy': return this.renderTaxonomy();
        case 'weights': return this.renderWeights();
        case 'stores': return this.renderStores();
        case 'audit': return this.renderAudit();
        case 'insights': return renderInsights(this.insights, this.insightDays, this.language,
          { store: id => this.storeName(id), tag: id => this.tagName(id) },
          days => { this.insightDays = days; void this.open(); });
      }
    })();
    if (this.screen === 'dashboard' && this.chart) {
      // The chart keeps its canvas across redraws; only the numbers around it change.
      this.updateDashboard();
      return;
    }
    this.main.replaceChildren(h('h2', {}, this.t(`screen_${this.screen}`)), ...(notice ? [notice] : []), ...body);
    if (this.screen === 'dashboard') {
      this.drawChart();
    }
  }

  // ---- dashboard ----------------------------------------------------------------------------

  private async loadKpis(): Promise<void> {
    try {
      this.kpis = await this.api.kpis(kpiQuery(new Date(), KPI_HOURS, this.kpiStore || null, SERVICE_LEVEL_SECONDS));
      this.kpiUpdated = new Date();
      this.kpiError = false;
    } catch {
      this.kpiError = true;
    }
    if (this.screen === 'dashboard') {
      this.renderScreen();
    }
  }

  private renderDashboard(): HTMLElement[] {
    const t = this.t;
    const store = h('select', { id: 'kpi-store', 'data-testid': 'kpi-store' },
      h('option', { value: '' }, t(this.isAdmin ? 'allStores' : 'myStores')),
      this.ownStores.map(s => h('option', { value: s.id }, s.name[this.language])));
    store.value = this.kpiStore;
    store.addEventListener('change', () => {
      this.kpiStore = store.value;
      this.stopPolling();
      void this.open();
    });
    const csv = h('button', { type: 'button', 'data-testid': 'kpi-csv' }, t('exportCsv'));
    csv.addEventListener('click', () => void this.downloadCsv());
    return [
      h('div', { class: 'toolbar' },
        h('label', { for: 'kpi-store' }, t('store')), store, csv,
        h('span', { class: 'muted', 'data-testid': 'kpi-updated', role: 'status' }, '')),
      h('div', { class: 'tiles', 'data-testid': 'kpi-tiles' }),
      h('section', { class: 'panel' }, h('h3', {}, t('chartTitle')),
        h('div', { class: 'chart', 'data-testid': 'kpi-chart', role: 'img', 'aria-label': t('chartLabel') })),
      h('div', { class: 'tables', 'data-testid': 'kpi-tables' }),
    ];
  }

  private tile(testId: string, label: string, value: string, sub: string | null = null): HTMLElement {
    return h('div', { class: 'tile', 'data-testid': testId }, h('span', { class: 'label' }, label), h('strong', {}, value),
      sub ? h('span', { class: 'sub' }, sub) : null);
  }

  /** Fills the numbers of the dashboard in place, so that the chart and focus stay where they are. */
  private updateDashboard(): void {
    const t = this.t;
    const k = this.kpis;
    const updated = this.main.querySelector<HTMLElement>('[data-testid=kpi-updated]');
    if (updated) {
      updated.textContent = this.kpiError ? t('kpiFailed')
        : this.kpiUpdated ? t('updatedAt', { time: formatTime(this.kpiUpdated.toISOString(), this.language, this.timeZone) }) : t('loading');
    }
    const tiles = this.main.querySelector<HTMLElement>('[data-testid=kpi-tiles]');
    const tables = this.main.querySelector<HTMLElement>('[data-testid=kpi-tables]');
    if (!k || !tiles || !tables) {
      return;
    }
    tiles.replaceChildren(
      this.tile('kpi-queue', t('kpiQueue'), String(k.queueLength)),
      this.tile('kpi-wait', t('kpiWait'), `${seconds(k.waitSeconds.p50)} / ${seconds(k.waitSeconds.p90)}`, t('kpiWaitSub')),
      this.tile('kpi-service-level', t('kpiServiceLevel', { seconds: SERVICE_LEVEL_SECONDS }), percent(k.serviceLevel)),
      this.tile('kpi-abandonment', t('kpiAbandonment'), percent(k.abandonment), t('kpiAbandonedCount', { count: k.abandoned })),
      this.tile('kpi-answered', t('kpiAnswered'), String(k.answered)),
      this.tile('kpi-offers', t('kpiOffers'), `${k.offers.accepted} / ${k.offers.made}`,
        t('kpiOffersSub', { declined: k.offers.declined, timedOut: k.offers.timedOut })));
    const table = (caption: string, testId: string, head: string[], rows: (string | HTMLElement)[][]) => h('table', { 'data-testid': testId },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, head.map(cell => h('th', { scope: 'col' }, cell)))),
      h('tbody', {}, rows.length ? rows.map(row => h('tr', {}, row.map(cell => h('td', {}, cell))))
        : h('tr', {}, h('td', { colspan: head.length, class: 'muted' }, t('noData')))));
    tables.replaceChildren(
      table(t('occupancyTitle'), 'kpi-occupancy', [t('colStaff'), t('colOccupancy')], k.occupancy.map(row => [
        this.staff.find(s => s.username === row.staffUsername)?.displayName ?? row.staffUsername,
        h('span', { class: 'meter-cell' }, h('meter', { min: 0, max: 1, value: row.ratio, 'aria-label': row.staffUsername }), percent(row.ratio)),
      ])),
      table(t('outcomesTitle'), 'kpi-outcomes', [t('colOutcome'), t('colCount')],
        Object.entries(k.outcomes).map(([outcome, count]) => [
          outcome === 'PURCHASED' || outcome === 'CONSIDERING' || outcome === 'NOT_INTERESTED' || outcome === 'NONE' ? t(`outcome_${outcome}`) : outcome,
          String(count)])),
      table(t('byStoreTitle'), 'kpi-by-store', [t('store'), t('colRequests'), t('colAnswered'), t('colServiceLevel')],
        k.byStore.map(row => [this.storeName(row.storeId), String(row.requests), String(row.answered), percent(row.serviceLevel)])),
      table(t('byTagTitle'), 'kpi-by-tag', [t('colTag'), t('colRequests')], k.byTag.map(row => [this.tagName(row.tag), String(row.requests)])));
    this.chart?.setData(hourlySeries(k));
  }

  private drawChart(): void {
    const target = this.main.querySelector<HTMLElement>('[data-testid=kpi-chart]');
    if (!target) {
      return;
    }
    const t = this.t;
    const zone = this.timeZone;
    const data = this.kpis ? hourlySeries(this.kpis) : [[], [], [], []];
    this.chart = new uPlot({
      width: Math.max(300, target.clientWidth || 640),
      height: 240,
      tzDate: ts => uPlot.tzDate(new Date(ts * 1000), zone),
      series: [
        { label: t('colHour'), value: (_chart, raw) => (raw === null ? '—' : formatTime(new Date(raw * 1000).toISOString(), this.language, zone)) },
        { label: t('colRequests'), stroke: '#1f4e8c', width: 2 },
        { label: t('colAnswered'), stroke: '#0b6e4f', width: 2 },
        { label: t('colAbandoned'), stroke: '#b71c1c', width: 2, dash: [6, 4] },
      ],
      axes: [
        { values: (_chart, splits) => splits.map(split => formatTime(new Date(split * 1000).toISOString(), this.language, zone)) },
        { label: t('chartAxis') },
      ],
    }, data as uPlot.AlignedData, target);
    this.updateDashboard();
  }

  private async downloadCsv(): Promise<void> {
    await this.guard(async () => {
      const blob = await this.api.kpisCsv(kpiQuery(new Date(), KPI_HOURS, this.kpiStore || null, SERVICE_LEVEL_SECONDS));
      const url = URL.createObjectURL(blob);
      const link = h('a', { href: url, download: `tsunagu-kpis-${localDate(new Date(), this.timeZone)}.csv` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
    if (this.notice) {
      this.stopPolling();
      this.renderScreen();
    }
  }

  // ---- staff --------------------------------------------------------------------------------

  private renderStaff(): HTMLElement[] {
    const t = this.t;
    const add = h('button', { type: 'button', class: 'primary', 'data-testid': 'staff-new' }, t('staffNew'));
    add.addEventListener('click', () => {
      this.editing = {
        username: null, newUsername: '', expertise: [],
        input: { displayName: '', storeId: this.ownStores[0]?.id ?? '', languages: ['ja'], maxConcurrent: 1, channels: ['VIDEO'] },
      };
      this.renderScreen();
    });
    const rows = this.staff.map(member => {
      const edit = h('button', { type: 'button', 'data-testid': `staff-edit-${member.username}`, 'aria-label': t('editStaffLabel', { name: member.displayName }) }, t('edit'));
      edit.addEventListener('click', () => {
        this.editing = {
          username: member.username, newUsername: member.username, expertise: member.expertise.map(e => ({ ...e })),
          input: {
            displayName: member.displayName, storeId: member.storeId, languages: [...member.languages],
            maxConcurrent: member.maxConcurrent, channels: [...(member.channels ?? ['VIDEO'])],
          },
        };
        this.renderScreen();
      });
      return h('tr', {},
        h('th', { scope: 'row' }, member.displayName, h('br'), h('small', { class: 'muted' }, member.username)),
        h('td', {}, this.storeName(member.storeId)),
        h('td', {}, member.languages.join(', ')),
        h('td', {}, String(member.maxConcurrent)),
        h('td', {}, h('ul', { class: 'chips' }, member.expertise.map(e => h('li', {}, `${this.tagName(e.tag)} ${e.level}`)))),
        h('td', {}, member.onShift === undefined ? '—' : member.onShift ? t('onShift') : t('offShift')),
        h('td', {}, t(`presence_${member.presence}`)),
        h('td', { class: 'actions' }, edit, this.deleteStaffButton(member)));
    });
    return [
      h('div', { class: 'toolbar' }, add),
      h('table', { 'data-testid': 'staff-table' },
        h('thead', {}, h('tr', {}, [t('colStaff'), t('store'), t('colLanguages'), t('colCapacity'), t('colExpertise'), t('colShift'), t('colPresence'), '']
          .map(cell => h('th', { scope: 'col' }, cell)))),
        h('tbody', {}, rows)),
      this.editing ? this.renderStaffForm() : h('span', {}),
    ];
  }

  /** Managers delete the staff of their own stores; staff-directory refuses while a consultation is open. */
  private deleteStaffButton(member: Staff): HTMLElement | null {
    if (!this.ownStores.some(store => store.id === member.storeId)) {
      return null;
    }
    const t = this.t;
    return this.deleteButton(`staff-delete-${member.username}`, t('deleteStaffLabel', { name: member.displayName }),
      t('confirmDeleteStaff', { name: member.displayName, username: member.username }), () => this.api.deleteStaff(member.username));
  }

  /** A delete button that asks first, then reloads the stores and staff it may have changed. */
  private deleteButton(testId: string, label: string, question: string, remove: () => Promise<void>): HTMLElement {
    const button = h('button', { type: 'button', class: 'danger', 'data-testid': testId, 'aria-label': label }, this.t('delete'));
    button.addEventListener('click', () => {
      if (!window.confirm(question)) {
        return;
      }
      void this.guard(async () => {
        await remove();
        [this.stores, this.staff] = await Promise.all([this.api.stores(), this.api.staff()]);
        this.editing = null;
      }, 'deleted').then(() => this.renderScreen());
    });
    return button;
  }

  private renderStaffForm(): HTMLElement {
    const t = this.t;
    const edit = this.editing!;
    const field = (id: string, label: string, control: HTMLElement) => h('div', { class: 'field' }, h('label', { for: id }, label), control);
    const username = h('input', { type: 'text', id: 'staff-username', 'data-testid': 'staff-username', value: edit.newUsername, disabled: edit.username !== null, required: true });
    username.addEventListener('input', () => { edit.newUsername = username.value.trim(); });
    const name = h('input', { type: 'text', id: 'staff-name', 'data-testid': 'staff-name', value: edit.input.displayName, required: true });
    name.addEventListener('input', () => { edit.input.displayName = name.value; });
    const store = h('select', { id: 'staff-store', 'data-testid': 'staff-store' },
      (this.ownStores.length ? this.ownStores : this.stores).map(s => h('option', { value: s.id }, s.name[this.language])));
    store.value = edit.input.storeId;
    store.addEventListener('change', () => { edit.input.storeId = store.value; });
    const capacity = h('input', { type: 'number', id: 'staff-capacity', 'data-testid': 'staff-capacity', min: 1, max: 5, value: edit.input.maxConcurrent });
    capacity.addEventListener('input', () => { edit.input.maxConcurrent = Number(capacity.value); });
    const checks = (legend: string, values: string[], chosen: string[], label: (value: string) => string, testId: string) => h('fieldset', { 'data-testid': testId },
      h('legend', {}, legend),
      values.map(value => {
        const box = h('input', { type: 'checkbox', value });
        box.checked = chosen.includes(value);
        box.addEventListener('change', () => {
          const at = chosen.indexOf(value);
          if (box.checked && at < 0) {
            chosen.push(value);
          } else if (!box.checked && at >= 0) {
            chosen.splice(at, 1);
          }
        });
        return h('label', { class: 'inline' }, box, label(value));
      }));
    const expertise = edit.expertise.map((entry, index) => {
      const tag = h('select', { 'aria-label': t('colTag'), 'data-testid': `expertise-tag-${index}` },
        treeRows(this.taxonomy).map(row => h('option', { value: row.node.id }, `${'　'.repeat(row.depth)}${row.node.name[this.language] ?? row.node.id}`)));
      tag.value = entry.tag;
      tag.addEventListener('change', () => { entry.tag = tag.value; });
      const level = h('input', { type: 'number', min: 1, max: 5, value: entry.level, 'aria-label': t('colLevel'), 'data-testid': `expertise-level-${index}` });
      level.addEventListener('input', () => { entry.level = Number(level.value); });
      const remove = h('button', { type: 'button', 'aria-label': t('remove') }, '×');
      remove.addEventListener('click', () => { edit.expertise.splice(index, 1); this.renderScreen(); });
      return h('li', {}, tag, level, remove);
    });
    const addExpertise = h('button', { type: 'button', 'data-testid': 'expertise-add' }, t('expertiseAdd'));
    addExpertise.addEventListener('click', () => {
      edit.expertise.push({ tag: this.taxonomy[0]?.id ?? '', level: 3 });
      this.renderScreen();
    });
    const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'staff-save' }, t('save'));
    const cancel = h('button', { type: 'button' }, t('cancel'));
    cancel.addEventListener('click', () => { this.editing = null; this.renderScreen(); });
    const form = h('form', { class: 'card', 'data-testid': 'staff-form', novalidate: true },
      h('h3', {}, edit.username ? t('staffEditTitle', { name: edit.input.displayName }) : t('staffNew')),
      h('div', { class: 'grid' },
        field('staff-username', t('colUsername'), username),
        field('staff-name', t('colName'), name),
        field('staff-store', t('store'), store),
        field('staff-capacity', t('colCapacity'), capacity)),
      checks(t('colLanguages'), LANGUAGE_CODES, edit.input.languages, code => t(`language_${code as 'ja' | 'en'}`), 'staff-languages'),
      checks(t('colChannels'), CHANNELS, edit.input.channels, channel => t(`channel_${channel as 'VIDEO' | 'VOICE' | 'CHAT'}`), 'staff-channels'),
      h('fieldset', {}, h('legend', {}, t('colExpertise')), h('ul', { class: 'rows' }, expertise), addExpertise),
      h('div', { class: 'actions' }, save, cancel));
    form.addEventListener('submit', event => {
      event.preventDefault();
      void this.saveStaff();
    });
    return form;
  }

  private async saveStaff(): Promise<void> {
    const edit = this.editing;
    if (!edit) {
      return;
    }
    if (!edit.newUsername || !edit.input.displayName.trim()) {
      this.notice = { text: this.t('errorRequired'), error: true };
      this.renderScreen();
      return;
    }
    const ok = await this.guard(async () => {
      const input = { ...edit.input, displayName: edit.input.displayName.trim() };
      if (edit.username === null) {
        await this.api.createStaff(edit.newUsername, input);
      } else {
        await this.api.updateStaff(edit.username, input);
      }
      await this.api.setExpertise(edit.newUsername, edit.expertise.filter(entry => entry.tag));
      this.staff = await this.api.staff();
    }, 'saved');
    if (ok) {
      this.editing = null;
    }
    this.renderScreen();
  }

  // ---- shifts -------------------------------------------------------------------------------

  private async loadShifts(): Promise<void> {
    if (!this.shiftUser) {
      return;
    }
    const days = weekOf(this.shiftWeek);
    const member = this.staff.find(s => s.username === this.shiftUser);
    const zone = this.storeZone(member?.storeId);
    const next = new Date(Date.parse(`${days[6]}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    // Until this member's week arrives the editor is locked, so a row added meanwhile is not overwritten;
    // only the latest load applies, so an earlier member's late answer cannot replace a later one's week.
    const load = ++this.shiftLoads;
    const user = this.shiftUser;
    this.shiftsLoading = true;
    try {
      await this.guard(async () => {
        const [shifts, intervals] = await Promise.all([this.api.shifts(user), this.api.calendar(user, days[0], next)]);
        if (load !== this.shiftLoads) {
          return;
        }
        this.shifts = shifts;
        this.weekly = shifts.weekly.map(shift => ({ ...shift }));
        this.calendar = calendarBlocks(intervals, days, zone);
      });
    } finally {
      if (load === this.shiftLoads) {
        this.shiftsLoading = false;
      }
    }
  }

  private renderShifts(): HTMLElement[] {
    const t = this.t;
    const who = h('select', { id: 'shift-staff', 'data-testid': 'shift-staff' },
      this.staff.map(member => h('option', { value: member.username }, `${member.displayName} (${this.storeName(member.storeId)})`)));
    who.value = this.shiftUser;
    who.addEventListener('change', () => {
      this.shiftUser = who.value;
      this.weekly = [];
      this.calendar = new Map();
      const loading = this.loadShifts();
      this.renderScreen();
      void loading.then(() => this.renderScreen());
    });
    const move = (weeks: number, testId: string, label: string) => {
      const button = h('button', { type: 'button', 'data-testid': testId }, label);
      button.addEventListener('click', () => {
        this.shiftWeek = new Date(Date.parse(`${this.shiftWeek}T00:00:00Z`) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
        void this.loadShifts().then(() => this.renderScreen());
      });
      return button;
    };
    const days = weekOf(this.shiftWeek);
    const member = this.staff.find(s => s.username === this.shiftUser);
    const calendar = h('div', { class: 'calendar', 'data-testid': 'shift-calendar', role: 'table', 'aria-label': t('calendarTitle') },
      days.map((day, index) => h('div', { class: 'day', role: 'row' },
        h('div', { class: 'day-name', role: 'rowheader' }, `${t(`day_${WEEKDAYS[index]}`)} ${day.slice(5)}`),
        h('div', { class: 'day-track', role: 'cell' },
          (this.calendar.get(day) ?? []).map(block => h('span', {
            class: 'block', 'data-testid': 'shift-block',
            style: `left:${(block.startMinute / 1440) * 100}%;width:${((block.endMinute - block.startMinute) / 1440) * 100}%`,
          }, `${clock(block.startMinute)}–${clock(block.endMinute)}`))))));
    return [
      h('div', { class: 'toolbar' },
        h('label', { for: 'shift-staff' }, t('colStaff')), who,
        move(-1, 'shift-prev-week', t('previousWeek')), move(1, 'shift-next-week', t('nextWeek')),
        h('span', { class: 'muted' }, t('timeZoneNote', { zone: this.storeZone(member?.storeId) }))),
      h('section', { class: 'panel' }, h('h3', {}, t('calendarTitle')), calendar),
      this.renderWeeklyEditor(),
      this.renderExceptions(),
    ];
  }

  private renderWeeklyEditor(): HTMLElement {
    const t = this.t;
    const problems = weeklyProblems(this.weekly);
    const rows = this.weekly.map((shift, index) => {
      const day = h('select', { 'aria-label': t('colDay'), 'data-testid': `shift-day-${index}` },
        WEEKDAYS.map(value => h('option', { value }, t(`day_${value}`))));
      day.value = shift.day;
      day.addEventListener('change', () => { shift.day = day.value as Weekday; });
      const start = h('input', { type: 'time', value: shift.start, 'aria-label': t('colStart'), 'data-testid': `shift-start-${index}` });
      start.addEventListener('change', () => { shift.start = start.value; });
      const end = h('input', { type: 'time', value: shift.end, 'aria-label': t('colEnd'), 'data-testid': `shift-end-${index}` });
      end.addEventListener('change', () => { shift.end = end.value; });
      const remove = h('button', { type: 'button', 'aria-label': t('remove') }, '×');
      remove.addEventListener('click', () => { this.weekly.splice(index, 1); this.renderScreen(); });
      const bad = problems.invalid.includes(index) || problems.overlapping.includes(index);
      return h('li', { class: bad ? 'bad' : null }, day, start, '–', end, remove);
    });
    const add = h('button', { type: 'button', 'data-testid': 'shift-add', disabled: this.shiftsLoading }, t('shiftAdd'));
    add.addEventListener('click', () => { this.weekly.push({ day: 'MON', start: '10:00', end: '18:00' }); this.renderScreen(); });
    const save = h('button', { type: 'button', class: 'primary', 'data-testid': 'shift-save', disabled: this.shiftsLoading }, t('save'));
    save.addEventListener('click', () => void this.saveWeekly());
    return h('section', { class: 'panel' }, h('h3', {}, t('weeklyTitle')),
      h('p', { class: 'muted' }, t('weeklyHint')),
      h('ul', { class: 'rows', 'data-testid': 'shift-weekly' }, rows),
      problems.overlapping.length ? h('p', { class: 'notice error', role: 'alert' }, t('errorShiftOverlap')) : null,
      h('div', { class: 'actions' }, add, save));
  }

  private async saveWeekly(): Promise<void> {
    const problems = weeklyProblems(this.weekly);
    if (problems.invalid.length || problems.overlapping.length) {
      this.notice = { text: this.t(problems.overlapping.length ? 'errorShiftOverlap' : 'errorInvalid'), error: true };
      this.renderScreen();
      return;
    }
    await this.guard(() => this.api.setWeekly(this.shiftUser, this.weekly).then(() => this.loadShifts()), 'saved');
    this.renderScreen();
  }

  private renderExceptions(): HTMLElement {
    const t = this.t;
    const list = (this.shifts?.exceptions ?? []).map(exception => {
      const remove = h('button', { type: 'button', 'data-testid': `exception-delete-${exception.id}` }, t('delete'));
      remove.addEventListener('click', () => void this.guard(() => this.api.deleteException(this.shiftUser, exception.id).then(() => this.loadShifts()), 'saved')
        .then(() => this.renderScreen()));
      return h('li', {}, `${exception.date} · ${t(exception.kind === 'OFF' ? 'kindOff' : 'kindWork')}`,
        exception.start ? ` ${exception.start}–${exception.end ?? ''}` : '', exception.reason ? ` · ${exception.reason}` : '', ' ', remove);
    });
    const draft: Omit<ShiftException, 'id'> = { date: localDate(new Date(), this.timeZone), kind: 'OFF', start: null, end: null, reason: '' };
    const date = h('input', { type: 'date', id: 'exception-date', 'data-testid': 'exception-date', value: draft.date });
    date.addEventListener('change', () => { draft.date = date.value; });
    const kind = h('select', { id: 'exception-kind', 'data-testid': 'exception-kind' },
      h('option', { value: 'OFF' }, t('kindOff')), h('option', { value: 'WORK' }, t('kindWork')));
    kind.addEventListener('change', () => { draft.kind = kind.value as 'OFF' | 'WORK'; });
    const start = h('input', { type: 'time', id: 'exception-start', 'data-testid': 'exception-start' });
    start.addEventListener('change', () => { draft.start = start.value || null; });
    const end = h('input', { type: 'time', id: 'exception-end', 'data-testid': 'exception-end' });
    end.addEventListener('change', () => { draft.end = end.value || null; });
    const reason = h('input', { type: 'text', id: 'exception-reason', 'data-testid': 'exception-reason', maxlength: 200 });
    reason.addEventListener('input', () => { draft.reason = reason.value; });
    const add = h('button', { type: 'submit', 'data-testid': 'exception-add' }, t('exceptionAdd'));
    const form = h('form', { class: 'inline-form', novalidate: true },
      h('label', { for: 'exception-date' }, t('colDate')), date,
      h('label', { for: 'exception-kind' }, t('colKind')), kind,
      h('label', { for: 'exception-start' }, t('colStart')), start,
      h('label', { for: 'exception-end' }, t('colEnd')), end,
      h('label', { for: 'exception-reason' }, t('colReason')), reason, add);
    form.addEventListener('submit', event => {
      event.preventDefault();
      void this.guard(() => this.api.addException(this.shiftUser, draft).then(() => this.loadShifts()), 'saved').then(() => this.renderScreen());
    });
    return h('section', { class: 'panel' }, h('h3', {}, t('exceptionsTitle')),
      list.length ? h('ul', { 'data-testid': 'exception-list' }, list) : h('p', { class: 'muted', 'data-testid': 'exception-list' }, t('noData')),
      form);
  }

  // ---- taxonomy -----------------------------------------------------------------------------

  private renderTaxonomy(): HTMLElement[] {
    const t = this.t;
    const add = h('button', { type: 'button', class: 'primary', 'data-testid': 'tag-new' }, t('tagNew'));
    add.addEventListener('click', () => {
      this.tagDraft = { isNew: true, id: '', parentId: null, name: { ja: '', en: '' }, synonyms: { ja: [], en: [] }, productIds: [], categories: [] };
      this.renderScreen();
    });
    const rows = treeRows(this.taxonomy).map(({ node, depth }) => {
      const edit = h('button', { type: 'button', 'data-testid': `tag-edit-${node.id}` }, t('edit'));
      edit.addEventListener('click', () => {
        this.tagDraft = { ...structuredClone(node), isNew: false };
        this.renderScreen();
      });
      const remove = h('button', { type: 'button', 'data-testid': `tag-delete-${node.id}` }, t('delete'));
      remove.addEventListener('click', () => void this.guard(async () => {
        if (!window.confirm(t('confirmDelete', { name: node.name[this.language] ?? node.id }))) {
          return;
        }
        await this.api.deleteTag(node.id);
        this.taxonomy = await this.api.taxonomy();
      }, 'saved').then(() => this.renderScreen()));
      return h('li', { style: `padding-left:${0.8 + depth * 1.5}rem`, 'data-tag': node.id },
        h('strong', {}, node.name[this.language] ?? node.id), h('span', { class: 'muted' }, ` ${node.id}`),
        node.synonyms[this.language]?.length ? h('span', { class: 'muted' }, ` · ${node.synonyms[this.language].join(', ')}`) : null,
        ' ', edit, ' ', remove);
    });
    return [
      h('div', { class: 'toolbar' }, add),
      h('ul', { class: 'tree', 'data-testid': 'taxonomy-tree' }, rows),
      this.tagDraft ? this.renderTagForm(this.tagDraft) : h('span', {}),
    ];
  }

  private renderTagForm(draft: TaxonomyNode & { isNew: boolean }): HTMLElement {
    const t = this.t;
    const text = (id: string, label: string, value: string, set: (value: string) => void, disabled = false) => {
      const input = h('input', { type: 'text', id, 'data-testid': id, value, disabled });
      input.addEventListener('input', () => set(input.value));
      return h('div', { class: 'field' }, h('label', { for: id }, label), input);
    };
    const blocked = draft.isNew ? new Set<string>() : descendants(this.taxonomy, draft.id);
    const parent = h('select', { id: 'tag-parent', 'data-testid': 'tag-parent' },
      h('option', { value: '' }, t('tagNoParent')),
      treeRows(this.taxonomy).filter(row => !blocked.has(row.node.id))
        .map(row => h('option', { value: row.node.id }, `${'　'.repeat(row.depth)}${row.node.name[this.language] ?? row.node.id}`)));
    parent.value = draft.parentId ?? '';
    parent.addEventListener('change', () => { draft.parentId = parent.value || null; });
    const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'tag-save' }, t('save'));
    const cancel = h('button', { type: 'button' }, t('cancel'));
    cancel.addEventListener('click', () => { this.tagDraft = null; this.renderScreen(); });
    const form = h('form', { class: 'card', 'data-testid': 'tag-form', novalidate: true },
      h('h3', {}, draft.isNew ? t('tagNew') : t('tagEditTitle', { id: draft.id })),
      h('div', { class: 'grid' },
        text('tag-id', t('tagId'), draft.id, value => { draft.id = value.trim(); }, !draft.isNew),
        h('div', { class: 'field' }, h('label', { for: 'tag-parent' }, t('tagParent')), parent),
        text('tag-name-ja', t('tagNameJa'), draft.name.ja ?? '', value => { draft.name.ja = value; }),
        text('tag-name-en', t('tagNameEn'), draft.name.en ?? '', value => { draft.name.en = value; }),
        text('tag-synonyms-ja', t('tagSynonymsJa'), (draft.synonyms.ja ?? []).join(', '), value => { draft.synonyms.ja = splitList(value); }),
        text('tag-synonyms-en', t('tagSynonymsEn'), (draft.synonyms.en ?? []).join(', '), value => { draft.synonyms.en = splitList(value); }),
        text('tag-products', t('tagProducts'), draft.productIds.join(', '), value => { draft.productIds = splitList(value); }),
        text('tag-categories', t('tagCategories'), draft.categories.join(', '), value => { draft.categories = splitList(value); })),
      h('p', { class: 'muted' }, t('listHint')),
      h('div', { class: 'actions' }, save, cancel));
    form.addEventListener('submit', event => {
      event.preventDefault();
      void this.saveTag(draft);
    });
    return form;
  }

  private async saveTag(draft: TaxonomyNode & { isNew: boolean }): Promise<void> {
    if (!isTagId(draft.id) || !draft.name.ja?.trim() || !draft.name.en?.trim()) {
      this.notice = { text: this.t('errorTag'), error: true };
      this.renderScreen();
      return;
    }
    const { isNew, ...node } = draft;
    const ok = await this.guard(async () => {
      await (isNew ? this.api.createTag(node) : this.api.updateTag(node));
      this.taxonomy = await this.api.taxonomy();
    }, 'saved');
    if (ok) {
      this.tagDraft = null;
    }
    this.renderScreen();
  }

  // ---- weights ------------------------------------------------------------------------------

  private async loadWeights(): Promise<void> {
    await this.guard(async () => {
      this.saved = await this.api.weights();
      this.weightDraft = weightFields(this.saved.weights);
      this.dryRun = null;
    });
  }

  private renderWeights(): HTMLElement[] {
    const t = this.t;
    const draft = this.weightDraft;
    if (!draft) {
      return [h('p', { class: 'muted' }, t('loading'))];
    }
    const parsed = parseWeights(draft);
    const invalid = 'invalid' in parsed ? parsed.invalid : [];
    const fields = WEIGHT_KEYS.map(key => {
      const input = h('input', {
        type: 'number', id: `weight-${key}`, 'data-testid': `weight-${key}`, min: 0, max: 1000, step: 1, value: draft[key],
        'aria-invalid': invalid.includes(key) ? 'true' : false, 'aria-describedby': `weight-${key}-hint`,
      });
      input.addEventListener('input', () => {
        draft[key] = input.value;
        // A preview of other weights would mislead: it goes until asked for again.
        this.dryRun = null;
        this.main.querySelector('[data-testid=weights-dry-run]')?.remove();
      });
      return h('div', { class: 'field' }, h('label', { for: `weight-${key}` }, t(`weight_${key}`)), input,
        h('small', { class: 'muted', id: `weight-${key}-hint` }, t(`weightHint_${key}`)));
    });
    const preview = h('button', { type: 'button', 'data-testid': 'weights-preview' }, t('weightsPreview'));
    preview.addEventListener('click', () => void this.previewWeights());
    const save = h('button', { type: 'button', class: 'primary', 'data-testid': 'weights-save' }, t('save'));
    save.addEventListener('click', () => void this.saveWeights());
    return [
      this.saved?.updatedAt
        ? h('p', { class: 'muted' }, t('weightsUpdated', { at: formatDateTime(this.saved.updatedAt, this.language, this.timeZone), by: this.saved.updatedBy ?? '—' }))
        : h('span', {}),
      h('div', { class: 'grid weights' }, fields),
      h('p', { class: 'muted' }, t('weightsHint')),
      h('div', { class: 'actions' }, preview, save),
      this.dryRun ? this.renderDryRun(this.dryRun) : h('span', {}),
    ];
  }

  private renderDryRun(run: DryRun): HTMLElement {
    const t = this.t;
    const keys: (keyof DryRunKpis)[] = ['assigned', 'meanFit', 'maxWaitSeconds', 'loadMaxMin'];
    const value = (key: keyof DryRunKpis, v: number) => (key === 'meanFit' || key === 'loadMaxMin' ? v.toFixed(2) : String(Math.round(v)));
    return h('section', { class: 'panel', 'data-testid': 'weights-dry-run', 'aria-live': 'polite' },
      h('h3', {}, t('dryRunTitle', { count: run.queueLength })),
      h('table', {},
        h('thead', {}, h('tr', {}, [t('colKpi'), t('colCurrent'), t('colCandidate'), t('colDelta')].map(cell => h('th', { scope: 'col' }, cell)))),
        h('tbody', {}, keys.map(key => h('tr', {},
          h('th', { scope: 'row' }, t(`dryKpi_${key}`)),
          h('td', {}, value(key, run.current.kpis[key])),
          h('td', {}, value(key, run.candidate.kpis[key])),
          h('td', { class: `delta ${deltaTone(key, run.deltas[key])}`, 'data-testid': `delta-${key}` }, formatDelta(key, run.deltas[key])))))),
      h('h4', {}, t('dryRunChanged')),
      run.changed.length
        ? h('ul', { 'data-testid': 'dry-run-changed' }, run.changed.map(change => h('li', {},
          t('dryRunChange', { request: change.requestId.slice(0, 8), from: change.from ?? t('nobody'), to: change.to ?? t('nobody') }))))
        : h('p', { class: 'muted', 'data-testid': 'dry-run-changed' }, t('dryRunNoChange')));
  }

  private async previewWeights(): Promise<void> {
    const parsed = this.weightDraft ? parseWeights(this.weightDraft) : null;
    if (!parsed || 'invalid' in parsed) {
      this.notice = { text: this.t('errorWeights'), error: true };
      this.renderScreen();
      return;
    }
    await this.guard(async () => { this.dryRun = await this.api.dryRun(parsed.weights); });
    this.renderScreen();
  }

  private async saveWeights(): Promise<void> {
    const parsed = this.weightDraft ? parseWeights(this.weightDraft) : null;
    if (!parsed || 'invalid' in parsed) {
      this.notice = { text: this.t('errorWeights'), error: true };
      this.renderScreen();
      return;
    }
    await this.guard(async () => {
      this.saved = await this.api.saveWeights(parsed.weights);
      this.weightDraft = weightFields(this.saved.weights);
      this.dryRun = null;
    }, 'saved');
    this.renderScreen();
  }

  // ---- stores and audit ---------------------------------------------------------------------

  private renderStores(): HTMLElement[] {
    const t = this.t;
    const mine = new Set(this.ownStores.map(store => store.id));
    return [h('table', { 'data-testid': 'store-table' },
      h('thead', {}, h('tr', {}, [t('store'), t('colTimeZone'), t('colHours'), ''].map(cell => h('th', { scope: 'col' }, cell)))),
      h('tbody', {}, this.stores.map(store => {
        const name = store.name[this.language] ?? store.id;
        const edit = mine.has(store.id) ? h('button', { type: 'button', 'data-testid': `store-edit-${store.id}`, 'aria-label': t('editStoreLabel', { name }) }, t('edit')) : null;
        edit?.addEventListener('click', () => {
          this.hoursDraft = { store, rows: hoursRows(store.openingHours ?? []) };
          this.renderScreen();
        });
        return h('tr', {},
          h('th', { scope: 'row' }, store.name[this.language] ?? store.id),
          h('td', {}, store.timeZone),
          h('td', {}, (store.openingHours ?? []).length
            ? h('ul', { class: 'hours' }, (store.openingHours ?? []).map(hours => h('li', {}, `${t(`day_${hours.day}`)} ${hours.opens}–${hours.closes}`)))
            : '—'),
          h('td', { class: 'actions' }, edit, this.isAdmin ? this.deleteButton(`store-delete-${store.id}`, t('deleteStoreLabel', { name }),
            t('confirmDeleteStore', { name }), () => this.api.deleteStore(store.id)) : null));
      }))),
    this.hoursDraft ? this.renderHoursForm(this.hoursDraft) : h('span', {})];
  }

  private renderHoursForm(draft: { store: Store; rows: HoursRow[] }): HTMLElement {
    const t = this.t;
    const rows = draft.rows.map(row => {
      const open = h('input', { type: 'checkbox', 'data-testid': `hours-open-${row.day}` });
      open.checked = row.open;
      open.addEventListener('change', () => { row.open = open.checked; });
      const opens = h('input', { type: 'time', value: row.opens, 'aria-label': `${t(`day_${row.day}`)} ${t('colOpens')}`, 'data-testid': `hours-opens-${row.day}` });
      opens.addEventListener('change', () => { row.opens = opens.value; });
      const closes = h('input', { type: 'text', value: row.closes, inputmode: 'numeric', pattern: '[0-2][0-9]:[0-5][0-9]', size: 5,
        'aria-label': `${t(`day_${row.day}`)} ${t('colCloses')}`, 'data-testid': `hours-closes-${row.day}` });
      closes.addEventListener('input', () => { row.closes = closes.value.trim(); });
      return h('li', {}, h('label', { class: 'inline' }, open, t(`day_${row.day}`)), opens, '–', closes);
    });
    const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'hours-save' }, t('save'));
    const cancel = h('button', { type: 'button' }, t('cancel'));
    cancel.addEventListener('click', () => { this.hoursDraft = null; this.renderScreen(); });
    const form = h('form', { class: 'card', 'data-testid': 'hours-form', novalidate: true },
      h('h3', {}, t('hoursTitle', { store: draft.store.name[this.language] ?? draft.store.id })),
      h('p', { class: 'muted' }, t('hoursHint', { zone: draft.store.timeZone })),
      h('ul', { class: 'rows' }, rows),
      h('div', { class: 'actions' }, save, cancel));
    form.addEventListener('submit', event => {
      event.preventDefault();
      const parsed = openingHours(draft.rows);
      if ('invalid' in parsed) {
        this.notice = { text: t('errorHours', { days: parsed.invalid.map(day => t(`day_${day}`)).join(', ') }), error: true };
        this.renderScreen();
        return;
      }
      void this.guard(async () => {
        await this.api.updateStore({ ...draft.store, openingHours: parsed.hours });
        this.stores = await this.api.stores();
        this.hoursDraft = null;
      }, 'saved').then(() => this.renderScreen());
    });
    return form;
  }

  private renderAudit(): HTMLElement[] {
    const t = this.t;
    return [h('table', { 'data-testid': 'audit-table' },
      h('thead', {}, h('tr', {}, [t('colWhen'), t('colActor'), t('colAction'), t('colEntity'), t('colDetail')].map(cell => h('th', { scope: 'col' }, cell)))),
      h('tbody', {}, this.audit.length ? this.audit.map(entry => h('tr', {},
        h('td', {}, formatDateTime(entry.at, this.language, this.timeZone)),
        h('td', {}, entry.actor), h('td', {}, entry.action), h('td', {}, `${entry.entity} ${entry.entityId}`), h('td', {}, entry.detail)))
        : h('tr', {}, h('td', { colspan: 5, class: 'muted' }, t('noData')))))];
  }
}

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
