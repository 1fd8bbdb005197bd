import { createDerivedMemo } from '~/utils/derived-memo'
import { serverT } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'

type Place = { id: string; name: string; kind: string; province: string }
export type Choice = { value: string; label: string }

const made = createDerivedMemo<readonly Place[], Choice[]>()

/**
 * The list filters' choice of commune, each named as people say it ("Phường Hà Lầm (Quảng
 * Ninh)"), sent ready to show. Made once per list of places and language: the registers'
 * cached reads hand back the same list until the database changes, and naming 31 places on
 * every page load was work the page repeated for nothing.
 */
export function placeChoices(places: readonly Place[], locale: Locale): Choice[] {
  return made(places, locale, () => {
    const t = serverT(locale)
    return places.map((place) => ({
      value: place.id,
      label: `${t(`unitKind.${place.kind}`)} ${place.name} (${place.province})`,
    }))
  })
}
