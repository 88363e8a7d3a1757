import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import styles from './reader-settings.module.css'
import button from '../../components/button.module.css'
import { FONTS, LINE_SPACINGS, SHORTCUTS, TEXT_WIDTHS, THEMES } from './settings'
import type { ReaderSettings } from './settings'
import { resetSettings, updateSettings, useReaderSettings } from './settings-store'

const LABELS = {
  lineSpacing: { tight: 'Tight', standard: 'Standard', relaxed: 'Relaxed', loose: 'Loose' },
  textWidth: { narrow: 'Narrow', standard: 'Standard', wide: 'Wide' },
  font: { serif: 'Serif', sans: 'Sans serif', legible: 'Atkinson Hyperlegible' },
  theme: {
    system: 'Match my device',
    light: 'Light',
    dark: 'Dark',
    sepia: 'Sepia',
    contrast: 'High contrast',
  },
  shortcuts: { on: 'On', off: 'Off' },
} as const

const LEGENDS = {
  lineSpacing: 'Line spacing',
  textWidth: 'Text width',
  font: 'Font',
  theme: 'Theme',
  shortcuts: 'Single-key shortcuts for text size (+, −, 0)',
} as const

type ChoiceKey = keyof typeof LABELS

interface ChoiceProps<K extends ChoiceKey> {
  setting: K
  options: readonly ReaderSettings[K][]
  value: ReaderSettings[K]
}

function Choice<K extends ChoiceKey>({ setting, options, value }: ChoiceProps<K>) {
  const name = useId()
  const labels: Record<string, string> = LABELS[setting]
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{LEGENDS[setting]}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={option === value}
              onChange={() => {
                updateSettings(
                  { [setting]: option },
                  `${LEGENDS[setting]}: ${labels[option] ?? option}`,
                )
              }}
            />
            {labels[option] ?? option}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

interface SettingsPanelProps {
  id: string
  onClose: () => void
}

/**
 * Line spacing, width, font, theme and the single-key shortcuts as native radio groups: arrow keys move within a group, Tab between
 * groups, Escape closes and returns focus to the button that opened it. Not modal: nothing is trapped.
 */
export function SettingsPanel({ id, onClose }: SettingsPanelProps) {
  const settings = useReaderSettings()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
    }
  }

  return (
    // The panel listens for Escape from the controls inside it; it is not itself interactive.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section id={id} className={styles.panel} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.panelTitle}>
        Reading settings
      </h2>
      <Choice setting="lineSpacing" options={LINE_SPACINGS} value={settings.lineSpacing} />
      <Choice setting="textWidth" options={TEXT_WIDTHS} value={settings.textWidth} />
      <Choice setting="font" options={FONTS} value={settings.font} />
      <Choice setting="theme" options={THEMES} value={settings.theme} />
      <Choice setting="shortcuts" options={SHORTCUTS} value={settings.shortcuts} />
      <div className={styles.panelActions}>
        <button
          type="button"
          className={button.button}
          onClick={() => {
            resetSettings()
          }}
        >
          Reset all settings
        </button>
        <button type="button" className={button.button} onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  )
}
