import { Chart, type ChartConfiguration } from 'chart.js/auto';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import type { Screen } from '../screen.js';
import { failure, loading, refusal } from './common.js';
import { loadKpis, type KpiData } from './kpis.js';

const COLOURS = ['#1f6feb', '#d97706', '#2e7d32', '#c62828', '#7c3aed', '#0891b2'];

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}


/** KPI charts of one currency at a time: money is never summed across currencies. */
export const dashboardScreen: Screen = (root, { viewer }) => {
  const refused = refusal(viewer, 'KPIS_READ');
  if (refused) {
    replace(root, h('h1', {}, t('dashboard.title')), refused);
    return;
  }
  const today = new Date();
  const from = h('input', { type: 'date', name: 'from', value: isoDay(new Date(today.getTime() - 29 * 86_400_000)) });
  const to = h('input', { type: 'date', name: 'to', value: isoDay(today) });
  const currency = h('select', { name: 'currency' });
  const body = h('div', {});
  const charts: Chart<'line' | 'bar', number[], string>[] = [];
  let data: KpiData | null = null;

  function destroyCharts(): void {
    for (const chart of charts.splice(0)) chart.destroy();
  }

  function chart(id: string, title: string, config: ChartConfiguration<'line' | 'bar', number[], string>): HTMLElement {
    const canvas = h('canvas', { 'data-chart': id, 'aria-label': title, role: 'img' });
    const box = h('div', { class: 'card' }, h('h2', {}, title), h('div', { class: 'chart' }, canvas));
    // Drawn once attached (Chart.js measures its container).
    queueMicrotask(() => charts.push(new Chart(canvas, config)));
    return box;
  }

  function draw(): void {
    destroyCharts();
    if (!data) return;
    const code = currency.value;
    const labels = data.periods.map((p) => p.start);
    const figures = data.periods.map((p) => p.currencies.find((c) => c.currency === code) ?? null);
    // The API's decimal in major units ("12.50"): for plotting only, never to compute money.
    const money = (pick: (f: NonNullable<(typeof figures)[number]>) => string) => figures.map((f) => (f ? Number(pick(f)) : 0));
    const line = (label: string, values: number[], i: number) => ({ label, data: values, borderColor: COLOURS[i], backgroundColor: COLOURS[i], tension: 0.2 });
    const options = { responsive: true, maintainAspectRatio: false, animation: false as const };
    replace(
      body,
      h('p', { class: 'muted' }, `${t('dashboard.timeZone')}: ${data.timeZone}`),
      h('div', { class: 'grid' },
        chart('ggr-ngr', `${t('dashboard.ggrNgr')} (${code})`, { type: 'line', data: { labels, datasets: [
          line(t('dashboard.ggr'), money((f) => f.ggr), 0), line(t('dashboard.ngr'), money((f) => f.ngr), 1)] }, options }),
        chart('flows', `${t('dashboard.flows')} (${code})`, { type: 'bar', data: { labels, datasets: [
          line(t('dashboard.deposits'), money((f) => f.deposits), 2), line(t('dashboard.withdrawals'), money((f) => f.withdrawals), 3)] }, options }),
        chart('active', t('dashboard.active'), { type: 'bar', data: { labels, datasets: [
          line(`${t('dashboard.activePlayers')} (${code})`, figures.map((f) => f?.activePlayers ?? 0), 4)] },
          // Counts: never below zero, whole players only.
          options: { ...options, scales: { y: { min: 0, ticks: { precision: 0 } } } } }),
        chart('retention', t('dashboard.retention'), { type: 'line', data: {
          labels: data.retentionDays.map((d) => `D${d}`),
          datasets: data.cohorts.map((c, i) => line(`${c.start} (${c.size})`, data!.retentionDays.map((d) => {
            const r = c.retention.find((x) => x.day === d);
            return r ? r.rate * 100 : 0;
          }), i % COLOURS.length)) }, options: { ...options, plugins: { legend: { display: data.cohorts.length <= 8 } }, scales: { y: { min: 0, max: 100, title: { display: true, text: t('dashboard.rate') } } } } }),
      ),
    );
  }

  let generation = 0;
  async function load(): Promise<void> {
    const mine = ++generation;
    destroyCharts();
    replace(body, loading());
    try {
      const loaded = await loadKpis(from.value, to.value);
      // An older range that answered late is not drawn over a newer one.
      if (mine !== generation) return;
      data = loaded;
      if (!data) {
        replace(body, h('p', { class: 'notice', 'data-testid': 'kpis-unavailable' }, t('dashboard.unavailable')));
        return;
      }
      const previous = currency.value;
      replace(currency, data.currencies.map((c) => h('option', { value: c, selected: c === previous }, c)));
      if (data.currencies.length === 0) {
        replace(body, h('p', { class: 'notice' }, t('dashboard.noCurrency')));
        return;
      }
      draw();
    } catch (error) {
      if (mine === generation) replace(body, failure(error));
    }
  }

  currency.addEventListener('change', draw);
  replace(
    root,
    h('h1', {}, t('dashboard.title')),
    h('form', { class: 'inline', onsubmit: (e: Event) => {
      e.preventDefault();
      void load();
    } },
      h('label', {}, t('dashboard.from'), from),
      h('label', {}, t('dashboard.to'), to),
      h('label', {}, t('dashboard.currency'), currency),
      h('button', { type: 'submit', class: 'primary' }, t('dashboard.show'))),
    body,
  );
  void load();
  return destroyCharts;
};
