import { useId, useState } from 'react'
import styles from './reader-settings.module.css'
import { formatNumber } from '../../i18n/part-translator'
import { t } from '../../i18n/on-demand/settings'
import { contrastRatio, MINIMUM_CONTRAST } from './settings'
import { updateSettings } from './settings-store'

interface CustomColoursProps {
  text: string
  background: string
}

function formatRatio(ratio: number): string {
  // Rounded down: 4.49 must never read as an acceptable "4.5".
  const value = formatNumber(Math.floor(ratio * 10) / 10, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  return t('settings.ratio', { ratio: value })
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
        t('settings.coloursRefused', {
          ratio: formatRatio(ratio),
          minimum: t('settings.ratio', { ratio: MINIMUM_CONTRAST }),
        }),
      )
      return
    }
    setRefusal(undefined)
    updateSettings(
      { theme: 'custom', customText: next.text, customBackground: next.background },
      t('settings.coloursApplied', { ratio: formatRatio(ratio) }),
    )
  }

  return (
    <fieldset className={styles.fieldset} aria-describedby={refusal ? messageId : undefined}>
      <legend className={styles.legend}>{t('settings.colours')}</legend>
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
          {t('settings.textColour')}
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
          {t('settings.backgroundColour')}
        </label>
      </div>
      <p id={messageId} role="alert" className={styles.refusal}>
        {refusal}
      </p>
    </fieldset>
  )
}
