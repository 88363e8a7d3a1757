import { useId, useState } from 'react'
import styles from './reader-settings.module.css'
import { contrastRatio, MINIMUM_CONTRAST } from './settings'
import { updateSettings } from './settings-store'

interface CustomColoursProps {
  text: string
  background: string
}

function formatRatio(ratio: number): string {
  // Rounded down: 4.49 must never read as an acceptable "4.5".
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`
}

/**
 * The reader's own text and background, from the browser's colour pickers. A pair below 4.5:1 is refused,
 * and the message says why (the ratio it has, the ratio it needs) in an alert, so it is heard as well as seen.
 */
export function CustomColours({ text, background }: CustomColoursProps) {
  const [draft, setDraft] = useState({ text, background })
  const [refusal, setRefusal] = useState<string | undefined>(undefined)
  const textId = useId()
  const backgroundId = useId()
  const messageId = useId()

  const choose = (next: { text: string; background: string }) => {
    setDraft(next)
    const ratio = contrastRatio(next.text, next.background)
    if (ratio < MINIMUM_CONTRAST) {
      setRefusal(
        `Not applied: these colours have a contrast of ${formatRatio(ratio)}. Text needs at least ${String(MINIMUM_CONTRAST)}:1 against its background to be readable. Pick a darker text or a lighter background (or the other way round).`,
      )
      return
    }
    setRefusal(undefined)
    updateSettings(
      { theme: 'custom', customText: next.text, customBackground: next.background },
      `My colours applied, contrast ${formatRatio(ratio)}`,
    )
  }

  return (
    <fieldset className={styles.fieldset} aria-describedby={refusal ? messageId : undefined}>
      <legend className={styles.legend}>My colours</legend>
      <div className={styles.options}>
        <label className={styles.option} htmlFor={textId}>
          <input
            id={textId}
            type="color"
            className={styles.colour}
            value={draft.text}
            onChange={(event) => {
              choose({ ...draft, text: event.target.value })
            }}
          />
          Text colour
        </label>
        <label className={styles.option} htmlFor={backgroundId}>
          <input
            id={backgroundId}
            type="color"
            className={styles.colour}
            value={draft.background}
            onChange={(event) => {
              choose({ ...draft, background: event.target.value })
            }}
          />
          Background colour
        </label>
      </div>
      <p id={messageId} role="alert" className={styles.refusal}>
        {refusal}
      </p>
    </fieldset>
  )
}
