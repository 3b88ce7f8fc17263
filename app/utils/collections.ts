/** Groups in first-seen order (Object.groupBy needs Node 21). */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}

/** Norwegian alphabetical order (æ, ø, å last); one collator, reused, is ~3× faster than localeCompare. */
export const nbCollator = new Intl.Collator("nb");
