import { createDerivedMemo } from '~/utils/derived-memo'
import { serverT } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'

type AdministrativeUnit = { id: string; name: string; kind: string; province: string }
export type Choice = { value: string; label: string }

const made = createDerivedMemo<readonly AdministrativeUnit[], Choice[]>()

/**
 * The list filters' choice of commune, each named as people say it ("Phường Hà Lầm (Quảng
 * Ninh)"), sent ready to show. Made once per list of administrative units and language: the
 * registers' cached reads hand back the same list until the database changes, and naming 31
 * units on every page load was work the page repeated for nothing.
 */
export function getAdministrativeUnitChoices(units: readonly AdministrativeUnit[], locale: Locale): Choice[] {
  return made(units, locale, () => {
    const t = serverT(locale)
    return units.map((unit) => ({
      value: unit.id,
      label: `${t(`unitKind.${unit.kind}`)} ${unit.name} (${unit.province})`,
    }))
  })
}
