import type { Message } from './translate'
import type { en } from './messages/en'

export type MessageId = keyof typeof en

/** Every other language's catalogue has every English id: a missing one is a type error, not a blank. */
export type CatalogueOf = Readonly<Record<MessageId, Message>>
