// Small inline-SVG charts; each has a title and a description, and a table follows for the data.
import { h } from './dom.js';

const W = 600;
const H = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 34 };

function frame(label, description, max, yLabel) {
  const id = `chart-${Math.random().toString(36).slice(2, 8)}`;
  const svg = h('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-labelledby': `${id}-t ${id}-d`,
    preserveAspectRatio: 'xMidYMid meet' },
  h('title', { id: `${id}-t` }, label), h('desc', { id: `${id}-d` }, description));
  for (const f of (max >= 2 ? [0, 0.5, 1] : [0, 1])) {
    const y = PAD.top + (1 - f) * (H - PAD.top - PAD.bottom);
    svg.append(h('line', { x1: PAD.left, x2: W - PAD.right, y1: y, y2: y, class: 'grid' }),
      h('text', { x: PAD.left - 6, y: y + 4, 'text-anchor': 'end', class: 'axis' }, `${Math.round(max * f)}${yLabel}`));
  }
  return svg;
}

/** A line of values (0–100) over attempts. */
export function lineChart(label, points) {
  const description = points.length
    ? `${points.length} points from ${points[0].value} to ${points[points.length - 1].value} per cent.`
    : 'No data yet.';
  const svg = frame(label, description, 100, '%');
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + (points.length === 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v) => PAD.top + (1 - v / 100) * innerH;
  if (points.length > 1) {
    svg.append(h('polyline', { class: 'series', points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ') }));
  }
  points.forEach((p, i) => {
    svg.append(h('circle', { cx: x(i), cy: y(p.value), r: 4, class: 'dot' }, h('title', {}, `${p.label}: ${p.value} %`)));
  });
  return svg;
}

/** Vertical bars, e.g. reviews due per day. */
export function barChart(label, bars, unit = '') {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  const svg = frame(label, `${bars.length} bars, ${total}${unit} in all, at most ${max}${unit} in one.`, max, '');
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(1, bars.length);
  bars.forEach((b, i) => {
    const height = (b.value / max) * innerH;
    svg.append(h('rect', { x: PAD.left + i * step + 1, y: PAD.top + innerH - height, width: Math.max(1, step - 2),
      height, class: 'bar' }, h('title', {}, `${b.label}: ${b.value}${unit}`)));
    if (bars.length <= 12 || i % 5 === 0) {
      svg.append(h('text', { x: PAD.left + i * step + step / 2, y: H - PAD.bottom + 16, 'text-anchor': 'middle',
        class: 'axis' }, b.short || b.label));
    }
  });
  return svg;
}

/** A table beside a chart so the numbers can be read without it. */
export function dataTable(caption, headers, rows) {
  return h('table', { class: 'data' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))));
}

/** A horizontal meter for one share (0–1). */
export function meter(share, label) {
  const value = Math.round(Math.max(0, Math.min(1, share || 0)) * 100);
  return h('span', { class: 'meter-wrap' },
    h('meter', { min: '0', max: '100', value: String(value), 'aria-label': label }),
    h('span', { class: 'meter-value' }, `${value} %`));
}
