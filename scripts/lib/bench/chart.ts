/**
 * A small SVG line chart for the benchmark report: panels side by side, each
 * with its own y axis and the same x axis, one line with points per series.
 * Series differ by more than colour: solid or dashed line, round or square
 * points, and their name at the end of each line and in the legend, so the
 * chart reads in grey print and for readers who do not tell colours apart.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Series {
  name: string;
  dashed: boolean;
  points: readonly Point[];
}

export interface Panel {
  title: string;
  /** The y axis' label, with its unit: `build time (s)`. */
  yLabel: string;
  series: readonly Series[];
}

export interface Chart {
  /** Read by screen readers and shown as a tooltip. */
  title: string;
  /** The x axis' label, with its unit, shared by every panel. */
  xLabel: string;
  panels: readonly Panel[];
}

/** Sizes of one panel, in SVG units: the plot area and the room around it for axes and line-end labels. */
export const PANEL = { width: 380, height: 260, left: 64, right: 96, top: 34, bottom: 48 } as const;
/** Room above the panels for the legend. */
export const LEGEND_HEIGHT = 30;

const COLOURS = ['#1f4e79', '#b35900', '#2e7d32', '#6a1b9a'];
const LABEL_GAP = 12;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`, so axes end on round numbers; 1 for nothing. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value * (1 - 1e-12))!;
  return step * power;
}

/** How many equal steps an axis up to `max` (from niceCeiling) takes, so each tick is a round number too. */
export function tickSteps(max: number): number {
  const leading = max / 10 ** Math.floor(Math.log10(max));
  return Math.abs(leading - 2) < 1e-9 ? 4 : 5;
}

/** Maps `value` from `domain` to `range` linearly. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (value: number) => r0 + ((value - d0) / (d1 - d0 || 1)) * (r1 - r0);
}

/** A number for an axis, as short as it can be: `2.5`, `1000`, `0.25`. */
export function formatTick(value: number): string {
  return String(Number(value.toPrecision(6)));
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Where a panel's plot area is, within the whole chart. */
export function plotArea(panelIndex: number) {
  const left = panelIndex * PANEL.width + PANEL.left;
  const top = LEGEND_HEIGHT + PANEL.top;
  return {
    left,
    right: panelIndex * PANEL.width + PANEL.width - PANEL.right,
    top,
    bottom: LEGEND_HEIGHT + PANEL.height - PANEL.bottom,
  };
}

/** Moves labels apart vertically so none is closer than `gap` to the next: returns their new y, in input order. */
export function spreadLabels(ys: readonly number[], gap = LABEL_GAP): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  const placed: number[] = [];
  for (const { y, i } of order) placed[i] = y;
  return placed;
}

function marker(point: { x: number; y: number }, square: boolean, colour: string): string {
  const [x, y] = [round(point.x), round(point.y)];
  return square
    ? `<rect x="${round(point.x - 3.5)}" y="${round(point.y - 3.5)}" width="7" height="7" fill="${colour}" data-x="${x}" data-y="${y}"/>`
    : `<circle cx="${x}" cy="${y}" r="4" fill="${colour}"/>`;
}

function panelSvg(panel: Panel, index: number, xMax: number, xLabel: string): string {
  const area = plotArea(index);
  const yMax = niceCeiling(Math.max(0, ...panel.series.flatMap((s) => s.points.map((p) => p.y))));
  const toX = linearScale([0, xMax], [area.left, area.right]);
  const toY = linearScale([0, yMax], [area.bottom, area.top]);
  const parts: string[] = [];
  const centreX = (area.left + area.right) / 2;
  const centreY = (area.top + area.bottom) / 2;

  parts.push(
    `<text x="${round(centreX)}" y="${round(area.top - 14)}" text-anchor="middle" font-weight="bold">${escapeXml(panel.title)}</text>`,
  );
  for (let k = 0, steps = tickSteps(yMax); k <= steps; k++) {
    const [value, y] = [(yMax * k) / steps, round(toY((yMax * k) / steps))];
    parts.push(
      `<line x1="${area.left}" y1="${y}" x2="${area.right}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${area.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${formatTick(value)}</text>`,
    );
  }
  for (let k = 0, steps = tickSteps(xMax); k <= steps; k++) {
    const [value, x] = [(xMax * k) / steps, round(toX((xMax * k) / steps))];
    parts.push(
      `<line x1="${x}" y1="${area.bottom}" x2="${x}" y2="${area.bottom + 4}" stroke="#333"/>`,
      `<text x="${x}" y="${area.bottom + 16}" text-anchor="middle">${formatTick(value)}</text>`,
    );
  }
  parts.push(
    `<path d="M${area.left} ${area.top}V${area.bottom}H${area.right}" fill="none" stroke="#333"/>`,
    `<text x="${round(centreX)}" y="${area.bottom + 36}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(${area.left - 46} ${round(centreY)}) rotate(-90)" text-anchor="middle">${escapeXml(panel.yLabel)}</text>`,
  );

  const ends: { y: number; x: number; name: string; colour: string }[] = [];
  panel.series.forEach((series, s) => {
    const colour = COLOURS[s % COLOURS.length]!;
    const points = [...series.points].sort((a, b) => a.x - b.x).map((p) => ({ x: toX(p.x), y: toY(p.y) }));
    if (points.length === 0) return;
    const dash = series.dashed ? ' stroke-dasharray="7 4"' : '';
    parts.push(
      `<g aria-label="${escapeXml(series.name)}">`,
      `<polyline points="${points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`,
      ...points.map((p) => marker(p, series.dashed, colour)),
      '</g>',
    );
    const last = points.at(-1)!;
    ends.push({ x: last.x, y: last.y, name: series.name, colour });
  });
  const labelYs = spreadLabels(ends.map((end) => end.y));
  ends.forEach((end, k) => {
    parts.push(
      `<text x="${round(end.x + 8)}" y="${round(labelYs[k]!)}" dominant-baseline="middle" fill="${end.colour}">${escapeXml(end.name)}</text>`,
    );
  });
  return parts.join('\n');
}

function legendSvg(series: readonly Series[]): string {
  return series
    .map((s, k) => {
      const colour = COLOURS[k % COLOURS.length]!;
      const x = PANEL.left + k * 170;
      const y = LEGEND_HEIGHT / 2 + 2;
      const dash = s.dashed ? ' stroke-dasharray="7 4"' : '';
      return [
        `<line x1="${x}" y1="${y}" x2="${x + 34}" y2="${y}" stroke="${colour}" stroke-width="2"${dash}/>`,
        marker({ x: x + 17, y }, s.dashed, colour).replace(/ data-x="[^"]*" data-y="[^"]*"/, ''),
        `<text x="${x + 42}" y="${y}" dominant-baseline="middle">${escapeXml(s.name)}${s.dashed ? ' (dashed)' : ' (solid)'}</text>`,
      ].join('\n');
    })
    .join('\n');
}

/** The chart as a standalone SVG document. */
export function chartSvg(chart: Chart): string {
  const xMax = niceCeiling(
    Math.max(0, ...chart.panels.flatMap((p) => p.series.flatMap((s) => s.points.map((q) => q.x)))),
  );
  const width = chart.panels.length * PANEL.width;
  const height = LEGEND_HEIGHT + PANEL.height;
  const legend = chart.panels[0]?.series ?? [];
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" font-family="sans-serif" font-size="12" fill="#222">
<title id="chart-title">${escapeXml(chart.title)}</title>
<rect width="${width}" height="${height}" fill="#fff"/>
${legendSvg(legend)}
${chart.panels.map((panel, index) => panelSvg(panel, index, xMax, chart.xLabel)).join('\n')}
</svg>
`;
}
