// The dyad chart: cooperation and conflict event counts per period on the left axis, the tension
// index (−1 cooperation … +1 conflict) on the right.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DyadPeriod } from './api.ts';

/** Seconds since the epoch for a period ('YYYY-MM-DD' or 'YYYY-MM'), as uPlot's x values. */
function periodSeconds(period: string): number {
  const [year, month, day] = period.split('-').map(Number) as [number, number, number | undefined];
  return Date.UTC(year, month - 1, day ?? 1) / 1000;
}

const HEIGHT = 300;

export function DyadChart(props: { periods: DyadPeriod[] }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { periods } = props;
    const data: uPlot.AlignedData = [
      periods.map((p) => periodSeconds(p.period)),
      periods.map((p) => p.quad[0] + p.quad[1]),
      periods.map((p) => p.quad[2] + p.quad[3]),
      periods.map((p) => p.tension),
    ];
    const options: uPlot.Options = {
      width: Math.max(320, element.clientWidth),
      height: HEIGHT,
      // Periods are calendar days in UTC; local time would shift them across midnight.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { x: { time: true }, tension: { range: [-1, 1] } },
      series: [
        {},
        { label: 'Cooperation (events)', stroke: 'hsl(140 60% 32%)', fill: 'hsla(140 60% 40% / 0.12)', width: 2, points: { size: 6 } },
        { label: 'Conflict (events)', stroke: 'hsl(0 70% 45%)', fill: 'hsla(0 70% 50% / 0.10)', width: 2, points: { size: 6 } },
        { label: 'Tension', scale: 'tension', stroke: 'hsl(265 45% 35%)', width: 2, dash: [6, 4], points: { size: 5 } },
      ],
      axes: [
        {},
        { label: 'events', size: 50 },
        { label: 'tension', scale: 'tension', side: 1, grid: { show: false }, size: 50 },
      ],
    };
    const chart = new uPlot(options, data, element);
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(320, element.clientWidth), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [props.periods]);

  return <div class="dyad-chart" ref={container} />;
}
