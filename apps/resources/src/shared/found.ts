/** A map entry that must be there (a row loaded for the keys at hand); its absence is a bug, not a refusal. */
export function found<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what} ${String(key)} was not loaded`);
  return value;
}
