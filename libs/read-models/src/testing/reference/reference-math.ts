/** The reference's own arithmetic: one decimal, halves away from zero; type-7 percentiles. */
export const round1 = (x: number): number => {
  const r = Math.round(Math.abs(x) * 10 + 1e-9) / 10;
  return x < 0 && r !== 0 ? -r : r;
};

export const pct = (part: number, whole: number): number | null => (whole === 0 ? null : round1((part * 100) / whole));

export const interpolated = (values: number[], p: number): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return round1(a + (h - lo) * (b - a));
};

/** Groups by the listed dimension values; rows sorted by those values in order, nulls last. */
export const groupRows = <T>(items: T[], dims: readonly string[], value: (item: T, dim: string) => string | null) => {
  const groups: { values: (string | null)[]; items: T[] }[] = [];
  for (const item of items) {
    const values = dims.map((dim) => value(item, dim));
    let group = groups.find((g) => g.values.every((v, i) => v === values[i]));
    if (group === undefined) {
      group = { values, items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  groups.sort((x, y) => {
    for (let i = 0; i < dims.length; i += 1) {
      const [a, b] = [x.values[i] ?? null, y.values[i] ?? null];
      if (a === b) continue;
      if (a === null) return 1;
      if (b === null) return -1;
      return a < b ? -1 : 1;
    }
    return 0;
  });
  return groups.map((g) => ({
    key: Object.fromEntries(dims.map((dim, i) => [dim, g.values[i] ?? null])),
    items: g.items,
  }));
};

export const DAY = 86_400_000;
