// Input size and time limits, and how a breach of them is worded.

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** The reason given for input over the byte cap; `size` is omitted when reading stopped at the cap. */
export function tooLarge(maxBytes: number, size?: number): string {
  const over = size === undefined ? 'is over' : `is ${formatBytes(size)} (${size} bytes), over`;
  return `${over} the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`;
}
