import { type TFunction } from 'i18next'

/**
 * Validation messages are i18n keys, optionally with one parameter after a colon
 * ("errors.tooLong:300", "errors.plannedOrder:milestone.irc"). The parameter is offered
 * both as written (max, date) and translated (previous), so one convention serves both kinds.
 */
export function translateError(t: TFunction, message: string): string {
  const [key = message, parameter] = message.split(/:(.*)/s)
  if (parameter === undefined) return t(key)
  return t(key, { max: parameter, date: parameter, previous: t(parameter) })
}
