// Bundled alone into an inline <script> in <head> (build/deploy/boot-script.ts): applies the saved settings
// before the first paint. Never throws: a page must render whatever storage holds.
import { applySettings, readStoredSettings } from './settings'

applySettings(
  document.documentElement,
  readStoredSettings(() => window.localStorage),
)
