// A one-line progress bar (done, rate, ETA) for long runs, drawn only on a terminal so pipes and
// logs stay clean.

export interface Progress {
  update(done: number, failed: number): void;
  finish(): void;
}

const WIDTH = 24;
const REDRAW_MS = 100;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** `total` is an estimate (null when unknown: the bar then shows the count and rate only). */
export function createProgress(stream: NodeJS.WriteStream, total: number | null, label: string): Progress {
  if (!stream.isTTY) return { update() {}, finish() {} };
  const started = Date.now();
  let drawn = 0;
  let last = '';
  const draw = (done: number, failed: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const parts = [label];
    if (total) {
      const share = Math.min(1, done / total);
      const filled = Math.round(share * WIDTH);
      parts.push(`[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} ${Math.floor(share * 100)}%`);
    } else parts.push(`${done}`);
    parts.push(`${rate.toFixed(1)}/s`);
    if (total && rate > 0 && done < total) parts.push(`ETA ${clock((total - done) / rate)}`);
    if (failed) parts.push(`${failed} failed`);
    last = parts.join(' · ');
    stream.write(`\r\x1b[2K${last}`);
  };
  return {
    update(done, failed) {
      const now = Date.now();
      if (now - drawn < REDRAW_MS) return;
      drawn = now;
      draw(done, failed);
    },
    finish() {
      if (last) stream.write('\r\x1b[2K');
    },
  };
}
