import type { Message } from './translate'
import type { en } from './messages/en'

/** The first view's ids. Each on-demand part (src/i18n/on-demand) adds its own, in the same namespace. */
export type MessageId = keyof typeof en

/**
 * Every other language's catalogue has every English id: a missing one is a type error, not a blank. The
 * first view's catalogue by default; an on-demand part's with its English catalogue: `CatalogueOf<typeof en>`.
 */
export type CatalogueOf<English extends object = typeof en> = Readonly<
  Record<keyof English, Message>
>
