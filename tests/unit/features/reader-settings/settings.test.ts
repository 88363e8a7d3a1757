import { describe, expect, test } from 'vitest'
import {
  contrastRatio,
  DEFAULT_SETTINGS,
  nearestTextSize,
  parseSettings,
  readStoredSettings,
  STORAGE_KEY,
  TEXT_SIZES,
} from '../../../../src/features/reader-settings/settings'
import {
  largerTextSize,
  smallerTextSize,
  textSizeLabel,
} from '../../../../src/features/reader-settings/text-size'

describe('parseSettings', () => {
  test.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['broken JSON', '{"textSize": 12'],
    ['an array', '[120, "dark"]'],
    ['a number', '42'],
    ['null', 'null'],
    ['a string', '"dark"'],
  ])('falls back to the defaults for %s', (_case, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS)
  })

  test('keeps every valid field and replaces each invalid one alone', () => {
    const raw = JSON.stringify({
      textSize: 150,
      lineSpacing: 'cramped',
      textWidth: 'wide',
      font: 42,
      theme: 'sepia',
      shortcuts: 'sometimes',
      extra: true,
    })
    expect(parseSettings(raw)).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 150,
      lineSpacing: 'standard',
      textWidth: 'wide',
      font: 'serif',
      theme: 'sepia',
      shortcuts: 'on',
    })
    expect(parseSettings(JSON.stringify({ shortcuts: 'off' })).shortcuts).toBe('off')
  })

  test.each([
    [117, 120],
    [1_000, 300],
    [-5, 80],
    [0, 80],
    [100, 100],
    [142.4, 135],
    // Halfway between two steps: the smaller one.
    [85, 80],
    [275, 250],
  ])('snaps a stored text size of %d to the step %d', (stored, expected) => {
    expect(parseSettings(JSON.stringify({ textSize: stored })).textSize).toBe(expected)
  })

  test.each([[Number.NaN], ['120'], [null], [{}]])(
    'treats a non-number text size (%j) as the default',
    (stored) => {
      expect(nearestTextSize(stored)).toBe(100)
    },
  )
})

describe('readStoredSettings', () => {
  test('settings live under the key every version of the reader has used', () => {
    // Renaming it would silently reset every reader's settings (and the boot script reads it before paint).
    expect(STORAGE_KEY).toBe('broadsheet:reader-settings')
  })

  test('survives storage that throws (private modes, blocked cookies)', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    expect(readStoredSettings(blocked)).toEqual(DEFAULT_SETTINGS)
  })

  test('reads its own key and nothing else', () => {
    const storage = new Map([
      [STORAGE_KEY, '{"textSize":200}'],
      ['other', 'x'],
    ])
    const fake = { getItem: (key: string) => storage.get(key) ?? null } as unknown as Storage
    expect(readStoredSettings(() => fake).textSize).toBe(200)
  })
})

describe('text size steps', () => {
  test('go from 80% to 300% in eleven steps', () => {
    expect(TEXT_SIZES).toEqual([80, 90, 100, 110, 120, 135, 150, 175, 200, 250, 300])
  })

  test.each([
    [100, 110, 90],
    [80, 90, 80],
    [300, 300, 250],
    [135, 150, 120],
  ] as const)('from %d%, larger is %d% and smaller is %d%', (size, larger, smaller) => {
    expect(largerTextSize(size)).toBe(larger)
    expect(smallerTextSize(size)).toBe(smaller)
  })

  test('labels the value the way the control shows it', () => {
    expect(textSizeLabel(120)).toBe('Text size 120%')
  })
})

describe('spacing, alignment and colours', () => {
  test('keeps valid spacing, alignment and front-page choices, and drops the rest alone', () => {
    const raw = JSON.stringify({
      letterSpacing: 'wider',
      wordSpacing: 'huge',
      paragraphSpacing: 'wide',
      textAlign: 'justify',
      continueReading: 'off',
      lineFocus: '3',
    })
    expect(parseSettings(raw)).toMatchObject({
      letterSpacing: 'wider',
      wordSpacing: 'normal',
      paragraphSpacing: 'wide',
      textAlign: 'justify',
      continueReading: 'off',
      lineFocus: '3',
    })
  })

  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#ffffff', '#767676', 4.54],
  ])('the contrast of %s on %s is %d:1', (text, background, ratio) => {
    expect(contrastRatio(text, background)).toBeCloseTo(ratio, 1)
  })

  test('a readable custom pair is kept, in lower case', () => {
    const raw = JSON.stringify({
      theme: 'custom',
      customText: '#F2E9C9',
      customBackground: '#10243a',
    })
    expect(parseSettings(raw)).toMatchObject({
      theme: 'custom',
      customText: '#f2e9c9',
      customBackground: '#10243a',
    })
  })

  test('an unreadable pair falls back to the default theme', () => {
    const raw = JSON.stringify({
      theme: 'custom',
      customText: '#999999',
      customBackground: '#888888',
    })
    expect(parseSettings(raw).theme).toBe('system')
  })

  test('anything but #rrggbb is no colour, and the default colour stands in for it', () => {
    const raw = JSON.stringify({ customText: 'red; background: url(x)', customBackground: 12 })
    expect(parseSettings(raw)).toMatchObject({
      customText: DEFAULT_SETTINGS.customText,
      customBackground: DEFAULT_SETTINGS.customBackground,
    })
  })
})
