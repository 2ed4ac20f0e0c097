import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import {
  chartSvg,
  escapeXml,
  formatTick,
  linearScale,
  niceCeiling,
  plotArea,
  spreadLabels,
  tickSteps,
  type Chart,
} from './chart.ts';

const chart: Chart = {
  title: 'Build time & memory <by size>',
  xLabel: 'articles per language',
  panels: [
    {
      title: 'Build time',
      yLabel: 'build time (s)',
      series: [
        {
          name: 'this site',
          dashed: false,
          points: [
            { x: 1000, y: 40 },
            { x: 0, y: 0 },
          ],
        },
        {
          name: 'Starlight',
          dashed: true,
          points: [
            { x: 0, y: 0 },
            { x: 500, y: 25 },
            { x: 1000, y: 50 },
          ],
        },
      ],
    },
    {
      title: 'Peak memory',
      yLabel: 'peak memory (MB)',
      series: [
        { name: 'this site', dashed: false, points: [{ x: 1000, y: 300 }] },
        { name: 'Starlight', dashed: true, points: [{ x: 1000, y: 500 }] },
      ],
    },
  ],
};
const svg = chartSvg(chart);

const attributes = (tag: string) =>
  [...svg.matchAll(new RegExp(`<${tag} ([^>]*)/>`, 'g'))].map(([, attrs]) =>
    Object.fromEntries([...attrs!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
  );

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(37)).toBe(50);
    expect(niceCeiling(50)).toBe(50);
    expect(niceCeiling(1001)).toBe(2000);
    expect(niceCeiling(2.2)).toBe(2.5);
    expect(niceCeiling(0.07)).toBe(0.1);
    expect(niceCeiling(0)).toBe(1);
  });
});

describe('tickSteps', () => {
  it('divides an axis so every tick is round: by 4 up to 2, 20, 200, by 5 otherwise', () => {
    expect(tickSteps(50)).toBe(5);
    expect(tickSteps(1000)).toBe(5);
    expect(tickSteps(20)).toBe(4);
    expect(tickSteps(2.5)).toBe(5);
  });

  it('puts a tick label at every step of the axis', () => {
    for (const label of ['>0<', '>10<', '>20<', '>30<', '>40<', '>50<', '>200<', '>800<']) expect(svg).toContain(label);
  });
});

describe('linearScale and formatTick', () => {
  it('maps the ends of the domain to the ends of the range, upside down for y', () => {
    const toY = linearScale([0, 50], [200, 40]);
    expect(toY(0)).toBe(200);
    expect(toY(50)).toBe(40);
    expect(toY(25)).toBe(120);
  });

  it('writes ticks without float noise', () => {
    expect(formatTick(0.1 + 0.2)).toBe('0.3');
    expect(formatTick(1250)).toBe('1250');
  });
});

describe('spreadLabels', () => {
  it('moves labels that would overlap apart, keeping their order', () => {
    expect(spreadLabels([100, 95, 200], 12)).toEqual([107, 95, 200]);
  });
});

describe('chartSvg', () => {
  it('is well-formed XML with a title', () => {
    expect(SyntaxValidator.validate(svg, { multipleRoots: false })).toBe(true);
    expect(svg).toContain('<title id="chart-title">');
  });

  it('escapes text', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&#60;b &#38; &#34;c&#34; &#39;d&#39;&#62;');
    expect(svg).toContain('Build time &#38; memory &#60;by size&#62;');
    expect(svg).not.toContain('<by size>');
  });

  it('places the points of a solid series as circles where their values are', () => {
    const area = plotArea(0);
    const circles = attributes('circle').map((c) => [Number(c.cx), Number(c.cy)]);
    // Axes run from 0 to 1000 articles and from 0 to 50 s (the largest value, already round).
    expect(circles).toContainEqual([area.left, area.bottom]);
    expect(circles).toContainEqual([area.right, area.bottom - 0.8 * (area.bottom - area.top)]);
  });

  it('places the points of a dashed series as squares, with a dashed line', () => {
    const area = plotArea(0);
    const squares = attributes('rect')
      .filter((r) => r['data-x'] !== undefined)
      .map((r) => [Number(r['data-x']), Number(r['data-y'])]);
    expect(squares).toContainEqual([(area.left + area.right) / 2, (area.top + area.bottom) / 2]);
    expect(squares).toContainEqual([area.right, area.top]);
    const dashed = attributes('polyline').filter((line) => line['stroke-dasharray']);
    expect(dashed).toHaveLength(2);
  });

  it('puts the second panel beside the first, on its own y axis', () => {
    const area = plotArea(1);
    expect(area.left).toBeGreaterThan(plotArea(0).right);
    const circles = attributes('circle').map((c) => [Number(c.cx), Number(c.cy)]);
    // 300 MB on an axis up to 500 MB.
    expect(circles).toContainEqual([area.right, area.bottom - 0.6 * (area.bottom - area.top)]);
  });

  it('names each series at the end of its lines and in the legend, with its line style', () => {
    expect(svg.match(/>this site</g)).toHaveLength(2);
    expect(svg.match(/>Starlight</g)).toHaveLength(2);
    expect(svg).toContain('this site (solid)');
    expect(svg).toContain('Starlight (dashed)');
    expect(svg).toContain('build time (s)');
    expect(svg).toContain('articles per language');
  });
});
