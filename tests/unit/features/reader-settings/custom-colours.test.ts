// @vitest-environment jsdom
import { expect, test } from 'vitest'
import {
  applySettings,
  DEFAULT_SETTINGS,
  parseSettings,
} from '../../../../src/features/reader-settings/settings'

// A reader's own colours reach the page as custom properties on <html> (tokens.css reads them), with the
// colour scheme that suits the background; any other theme leaves none behind.

const root = () => document.documentElement
const custom = (customText: string, customBackground: string) => ({
  ...DEFAULT_SETTINGS,
  theme: 'custom' as const,
  customText,
  customBackground,
})

test('light text on a dark background asks for the dark scheme', () => {
  applySettings(root(), custom('#f0f0f0', '#101010'))
  expect(root().style.getPropertyValue('--custom-text')).toBe('#f0f0f0')
  expect(root().style.getPropertyValue('--custom-background')).toBe('#101010')
  expect(root().style.getPropertyValue('--custom-scheme')).toBe('dark')
})

test('dark text on a light background asks for the light scheme', () => {
  applySettings(root(), custom('#1a1a1a', '#fbfaf7'))
  expect(root().style.getPropertyValue('--custom-scheme')).toBe('light')
})

test('choosing another theme removes the custom colours', () => {
  applySettings(root(), custom('#f0f0f0', '#101010'))
  applySettings(root(), { ...DEFAULT_SETTINGS, theme: 'dark' })
  for (const name of ['--custom-text', '--custom-background', '--custom-scheme'])
    expect(root().style.getPropertyValue(name), name).toBe('')
})

test.each(['x#123456', '#1234567'])('%s is no colour', (colour) => {
  expect(parseSettings(JSON.stringify({ customText: colour })).customText).toBe(
    DEFAULT_SETTINGS.customText,
  )
})

test('a new reader starts with normal spacing, text aligned to the start, continue reading on and line focus off', () => {
  expect(DEFAULT_SETTINGS).toMatchObject({
    letterSpacing: 'normal',
    paragraphSpacing: 'standard',
    textAlign: 'start',
    customText: '#1a1a1a',
    customBackground: '#fbfaf7',
    continueReading: 'on',
    lineFocus: 'off',
  })
})
