import { type RefObject, useEffect, useRef } from 'react'

/**
 * A list's filters are uncontrolled fields (they work without JavaScript), so a link that
 * changes the address without the form (clear filters, a count that narrows the list, "my
 * department's obstacles", the browser's back button) would leave the previous choices on
 * screen. When the address's filters change, set the fields to them again.
 */
export function useFiltersFollowAddress(
  form: RefObject<HTMLFormElement | null>,
  values: Record<string, string | boolean>,
) {
  const serialized = JSON.stringify(values)
  const shown = useRef(serialized)
  useEffect(() => {
    if (!form.current || shown.current === serialized) return
    shown.current = serialized
    for (const [name, value] of Object.entries(JSON.parse(serialized) as Record<string, string | boolean>)) {
      const field = form.current.elements.namedItem(name)
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === true
      else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = String(value)
    }
  }, [form, serialized])
}
