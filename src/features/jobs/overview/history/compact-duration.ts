/** A wait in one unit, short enough for a heatmap's cell: 45s, 12m, 1.5h (45秒, 12分, 1.5時間). */
const formats = new Map<string, Intl.NumberFormat>();

export function compactDuration(ms: number, locale: string): string {
  const [unit, size, digits]: [string, number, number] =
    ms < 60_000 ? ['second', 1000, 0] : ms < 3_600_000 ? ['minute', 60_000, 0] : ['hour', 3_600_000, 1];
  const id = `${locale}|${unit}|${digits}`;
  let f = formats.get(id);
  const unitDisplay = locale.startsWith('ja') ? 'short' : 'narrow';
  if (!f) formats.set(id, (f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay, maximumFractionDigits: digits })));
  return f.format(ms / size).replace(/\s/g, locale.startsWith('ja') ? '' : '\u202f');
}
