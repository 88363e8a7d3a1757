import { Fragment } from 'react'
import type { ReactNode } from 'react'
import type { MessageId } from '../i18n/catalogue-types'
import { t } from '../i18n/interface'
import type { Translator } from '../i18n/translate'

type MessageProps<Id extends string> = (
  | { id: MessageId; translate?: undefined }
  /** Code that loads on demand passes its part's translator (src/i18n/on-demand) for its own ids. */
  | { id: Id; translate: Translator<Id> }
) & {
  /** Elements set into the message's {placeholders}: a link, a <time>. Each language puts them in its own order. */
  parts: Readonly<Record<string, ReactNode>>
  /** Plain values, formatted as `t` does (numbers in the locale's digits, {count} picks the plural). */
  values?: Readonly<Record<string, string | number>>
}

/** A catalogue message with elements inside it, so the words around a link are translated as one sentence. */
export function Message<Id extends string>({ parts, values, ...message }: MessageProps<Id>) {
  const text = message.translate ? message.translate(message.id, values) : t(message.id, values)
  // Placeholders `t` did not fill are the parts'; split on them and set each part in its place.
  const pieces = text.split(/\{(\w+)\}/)
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 0 ? (
          piece
        ) : (
          <Fragment key={index}>{piece in parts ? parts[piece] : `{${piece}}`}</Fragment>
        ),
      )}
    </>
  )
}
