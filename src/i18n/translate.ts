// A message catalogue is a flat object of messages by id. A message is text with {named} placeholders, or a
// set of plural forms chosen by Intl.PluralRules for a {count} ("1 story" / "2 stories"; Arabic has six
// forms). Numbers in placeholders are formatted in the publication's locale. Pure: no React, no globals, so
// the server, the browser and the build share it.

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
export type Message = string | PluralMessage
export type Catalogue = Readonly<Record<string, Message>>

export type MessageParams = Readonly<Record<string, string | number>>

export type Translator<Id extends string> = (id: Id, params?: MessageParams) => string

export function createTranslator<C extends Catalogue>(
  locale: string,
  catalogue: C,
): Translator<Extract<keyof C, string>> {
  const plurals = new Intl.PluralRules(locale)
  const numbers = new Intl.NumberFormat(locale)
  const format = (value: string | number) =>
    typeof value === 'number' ? numbers.format(value) : value
  return (id, params = {}) => {
    const message = catalogue[id]
    if (message === undefined) throw new Error(`No message "${id}" in the ${locale} catalogue`)
    const count = params.count
    const text =
      typeof message === 'string'
        ? message
        : (message[typeof count === 'number' ? plurals.select(count) : 'other'] ?? message.other)
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name]
      return value === undefined ? placeholder : format(value)
    })
  }
}
