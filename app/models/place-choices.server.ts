import { serverT } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'

type Place = { id: string; name: string; kind: string; province: string }
export type Choice = { value: string; label: string }

const made = new WeakMap<readonly Place[], Map<Locale, Choice[]>>()

/**
 * The list filters' choice of commune, each named as people say it ("Phường Hà Lầm (Quảng
 * Ninh)"), sent ready to show. Made once per list of places and language: the registers'
 * cached reads hand back the same list until the database changes, and naming 31 places on
 * every page load was work the page repeated for nothing.
 */
export function placeChoices(places: readonly Place[], locale: Locale): Choice[] {
  let byLocale = made.get(places)
  if (!byLocale) {
    byLocale = new Map()
    made.set(places, byLocale)
  }
  let choices = byLocale.get(locale)
  if (!choices) {
    const t = serverT(locale)
    choices = places.map((place) => ({
      value: place.id,
      label: `${t(`unitKind.${place.kind}`)} ${place.name} (${place.province})`,
    }))
    byLocale.set(locale, choices)
  }
  return choices
}
