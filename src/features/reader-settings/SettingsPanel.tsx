import { memo, useEffect, useId, useRef } from 'react'
import type { KeyboardEvent, ReactElement } from 'react'
import { t } from '../../i18n/on-demand/settings'
import styles from './reader-settings.module.css'
import button from '../../components/button.module.css'
import { CustomColours } from './CustomColours'
import {
  CONTINUE_READING,
  FONTS,
  LETTER_SPACINGS,
  LINE_FOCUS,
  LINE_SPACINGS,
  PARAGRAPH_SPACINGS,
  SHORTCUTS,
  TEXT_ALIGNS,
  TEXT_WIDTHS,
  THEMES,
  WORD_SPACINGS,
} from './settings'
import type { ReaderSettings } from './settings'
import { resetSettings, updateSettings, useReaderSettings } from './settings-store'
import { TextSizeControl } from './TextSizeControl'

const LABELS = {
  lineSpacing: {
    tight: t('settings.lineSpacing.tight'),
    standard: t('settings.lineSpacing.standard'),
    relaxed: t('settings.lineSpacing.relaxed'),
    loose: t('settings.lineSpacing.loose'),
  },
  textWidth: {
    narrow: t('settings.textWidth.narrow'),
    standard: t('settings.textWidth.standard'),
    wide: t('settings.textWidth.wide'),
  },
  font: {
    serif: t('settings.font.serif'),
    sans: t('settings.font.sans'),
    legible: t('settings.font.legible'),
  },
  theme: {
    system: t('settings.theme.system'),
    light: t('settings.theme.light'),
    dark: t('settings.theme.dark'),
    sepia: t('settings.theme.sepia'),
    cream: t('settings.theme.cream'),
    contrast: t('settings.theme.contrast'),
    custom: t('settings.theme.custom'),
  },
  shortcuts: { on: t('settings.on'), off: t('settings.off') },
  letterSpacing: {
    normal: t('settings.spacing.normal'),
    wide: t('settings.spacing.wide'),
    wider: t('settings.letterSpacing.wider'),
  },
  wordSpacing: {
    normal: t('settings.spacing.normal'),
    wide: t('settings.spacing.wide'),
    wider: t('settings.wordSpacing.wider'),
  },
  paragraphSpacing: {
    standard: t('settings.paragraphSpacing.standard'),
    wide: t('settings.paragraphSpacing.wide'),
    wider: t('settings.paragraphSpacing.wider'),
  },
  textAlign: { start: t('settings.textAlign.start'), justify: t('settings.textAlign.justify') },
  lineFocus: {
    off: t('settings.off'),
    '1': t('settings.lineFocus.lines', { count: 1 }),
    '3': t('settings.lineFocus.lines', { count: 3 }),
    '5': t('settings.lineFocus.lines', { count: 5 }),
  },
  continueReading: { on: t('settings.show'), off: t('settings.hide') },
} as const

const LEGENDS = {
  lineSpacing: t('settings.lineSpacing'),
  textWidth: t('settings.textWidth'),
  font: t('settings.font'),
  theme: t('settings.theme'),
  shortcuts: t('settings.shortcuts'),
  letterSpacing: t('settings.letterSpacing'),
  wordSpacing: t('settings.wordSpacing'),
  paragraphSpacing: t('settings.paragraphSpacing'),
  textAlign: t('settings.textAlign'),
  lineFocus: t('settings.lineFocus'),
  continueReading: t('settings.continueReading'),
} as const

type ChoiceKey = keyof typeof LABELS

interface ChoiceProps<K extends ChoiceKey> {
  setting: K
  options: readonly ReaderSettings[K][]
  value: ReaderSettings[K]
}

// Memoised: every change re-renders the panel, and only the group whose value changed needs to follow. The
// text-size control, the one pressed most, then costs no radio group a render.
const Choice = memo(function Choice<K extends ChoiceKey>({
  setting,
  options,
  value,
}: ChoiceProps<K>) {
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
                  t('settings.changed', {
                    setting: LEGENDS[setting],
                    choice: labels[option] ?? option,
                  }),
                )
              }}
            />
            {labels[option] ?? option}
          </label>
        ))}
      </div>
    </fieldset>
  )
}) as <K extends ChoiceKey>(props: ChoiceProps<K>) => ReactElement

interface SettingsPanelProps {
  id: string
  onClose: () => void
}

/**
 * Every setting but text size as native radio groups (text size too, when the toolbar is compact): arrow keys move within a group, Tab between
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
        {t('settings.heading')}
      </h2>
      {/* The toolbar's own copy folds away on narrow screens and at large sizes; this one shows then. */}
      <div className={styles.compactOnly}>
        <TextSizeControl />
      </div>
      <Choice setting="lineSpacing" options={LINE_SPACINGS} value={settings.lineSpacing} />
      <Choice setting="letterSpacing" options={LETTER_SPACINGS} value={settings.letterSpacing} />
      <Choice setting="wordSpacing" options={WORD_SPACINGS} value={settings.wordSpacing} />
      <Choice
        setting="paragraphSpacing"
        options={PARAGRAPH_SPACINGS}
        value={settings.paragraphSpacing}
      />
      <Choice setting="textAlign" options={TEXT_ALIGNS} value={settings.textAlign} />
      <Choice setting="textWidth" options={TEXT_WIDTHS} value={settings.textWidth} />
      <Choice setting="font" options={FONTS} value={settings.font} />
      <Choice setting="theme" options={THEMES} value={settings.theme} />
      {settings.theme === 'custom' ? (
        <CustomColours text={settings.customText} background={settings.customBackground} />
      ) : null}
      <Choice setting="lineFocus" options={LINE_FOCUS} value={settings.lineFocus} />
      <Choice
        setting="continueReading"
        options={CONTINUE_READING}
        value={settings.continueReading}
      />
      <Choice setting="shortcuts" options={SHORTCUTS} value={settings.shortcuts} />
      <div className={styles.panelActions}>
        <button
          type="button"
          className={button.button}
          onClick={() => {
            resetSettings()
          }}
        >
          {t('settings.resetAll')}
        </button>
        <button type="button" className={button.button} onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </section>
  )
}
