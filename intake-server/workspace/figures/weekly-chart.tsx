/** A small line chart of the widget's weekly counts, drawn on the server as SVG: no script, no inline styles. */
import type { WeekFigures } from './weekly-figures.js';

/** The three lines: colour (at least 3:1 on white), dash pattern and label, so colour is never the only difference. */
export const SERIES = [
  { key: 'views', colour: '#8c1a2e', dash: undefined },
  { key: 'starts', colour: '#1a4f8c', dash: '6 4' },
  { key: 'submits', colour: '#2d6a2d', dash: '2 3' },
] as const;

const WIDTH = 360;
const HEIGHT = 210;
const LEFT = 36;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 26;

/** A round, even top for the y axis (so its middle line is a whole number): 2, 4, 6, 8 or 10 times a power of ten, at least 4. */
export function niceMax(value: number): number {
  if (value <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  return [2, 4, 6, 8, 10].map((m) => m * power).find((m) => m >= value)!;
}

/** The weeks to draw and the words that make the chart accessible. */
export interface WeeklyChartProps {
  weeks: WeekFigures[];
  /** The chart's accessible name. */
  title: string;
  /** Its text alternative: the totals, and where the numbers are. */
  summary: string;
  format: (n: number) => string;
}

/**
 * An SVG with `role="img"`, named by its `<title>` and described by its `<desc>`; the numbers themselves are in the
 * table next to it. Scales to the width of its container (a phone's 320 px included) through its viewBox.
 */
export function WeeklyChart({ weeks, title, summary, format }: WeeklyChartProps) {
  const max = niceMax(Math.max(0, ...weeks.flatMap((w) => [w.views, w.starts, w.submits])));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (weeks.length > 1 ? (i * plotWidth) / (weeks.length - 1) : plotWidth / 2);
  const y = (v: number) => TOP + plotHeight - (v / max) * plotHeight;
  const r = (n: number) => Math.round(n * 10) / 10;
  return (
    <svg class="weekly-chart" role="img" aria-labelledby="weekly-chart-title weekly-chart-desc" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" preserveAspectRatio="xMidYMid meet">
      <title id="weekly-chart-title">{title}</title>
      <desc id="weekly-chart-desc">{summary}</desc>
      {[0, max / 2, max].map((v) => (
        <g>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={r(y(v))} y2={r(y(v))} stroke="#c8c8c8" stroke-width="1" />
          <text x={LEFT - 4} y={r(y(v)) + 4} text-anchor="end" font-size="12" fill="#1d1d1d">
            {format(v)}
          </text>
        </g>
      ))}
      {weeks.map((w, i) => (
        <text x={r(x(i))} y={HEIGHT - 6} text-anchor="middle" font-size="12" fill="#1d1d1d">
          {String(w.week)}
        </text>
      ))}
      {SERIES.map((s) => (
        <g>
          <polyline
            points={weeks.map((w, i) => `${r(x(i))},${r(y(w[s.key]))}`).join(' ')}
            fill="none"
            stroke={s.colour}
            stroke-width="2.5"
            stroke-dasharray={s.dash}
            stroke-linejoin="round"
          />
          {weeks.map((w, i) => (
            <circle cx={r(x(i))} cy={r(y(w[s.key]))} r="3" fill={s.colour} />
          ))}
        </g>
      ))}
    </svg>
  );
}

/** A swatch for the legend: the same colour and dash as the line. Decorative; the legend's text names the line. */
export function SeriesSwatch({ colour, dash }: { colour: string; dash: string | undefined }) {
  return (
    <svg class="series-swatch" aria-hidden="true" focusable="false" viewBox="0 0 28 10" width="28" height="10">
      <line x1="1" x2="27" y1="5" y2="5" stroke={colour} stroke-width="2.5" stroke-dasharray={dash} />
    </svg>
  );
}
