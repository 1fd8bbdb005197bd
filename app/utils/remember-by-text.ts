/**
 * A pure function of a text, remembered for the last `max` texts it was asked about: for
 * the parsing of a list's query string, which every load of the list asks again (Zod's
 * parse of the obstacles list's query was a fiftieth of the page's server time). Each
 * answer is a shallow copy, so a caller that changes it leaves the memory as it was.
 */
export function rememberByText<T extends object>(compute: (text: string) => T, max = 200): (text: string) => T {
  const remembered = new Map<string, T>()
  return (text) => {
    let value = remembered.get(text)
    if (value === undefined) {
      value = compute(text)
      if (remembered.size >= max) remembered.clear()
      remembered.set(text, value)
    }
    return { ...value }
  }
}
