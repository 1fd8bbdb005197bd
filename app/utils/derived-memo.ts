/**
 * Values derived from an object that an exact cache hands back unchanged until the database
 * changes (app/utils/unchanged-cache.server.ts): a register's rows as the table shows them,
 * in a reader's language on a given day. Each value is made once per source object and
 * variant (the language and the day, say), and forgotten with the source.
 */
export function createDerivedMemo<Source extends object, Value>() {
  const made = new WeakMap<Source, Map<string, Value>>()
  return (source: Source, variant: string, derive: () => Value): Value => {
    let byVariant = made.get(source)
    if (!byVariant) {
      byVariant = new Map()
      made.set(source, byVariant)
    }
    let value = byVariant.get(variant)
    if (value === undefined) {
      value = derive()
      byVariant.set(variant, value)
    }
    return value
  }
}
