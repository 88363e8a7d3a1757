// The interface languages the publication can be set in (VITE_LOCALE). Articles keep their own language
// and direction whatever the interface's.

export const INTERFACE_LOCALES = ['en', 'fr', 'ar'] as const

export type InterfaceLocale = (typeof INTERFACE_LOCALES)[number]

export function isInterfaceLocale(value: string): value is InterfaceLocale {
  return (INTERFACE_LOCALES as readonly string[]).includes(value)
}

export function interfaceDirection(locale: InterfaceLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr'
}
