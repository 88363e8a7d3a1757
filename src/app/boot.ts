// Bundled alone into an inline <script> in <head> (build/deploy/boot-script.ts): before the first paint it
// applies the saved settings and reserves the front page's "Continue reading" row. Never throws: a page must
// render whatever storage holds.
import { applySettings, readStoredSettings } from '../features/reader-settings/settings'
import { reserveContinueReading } from '../features/reading-place/continue-reading-reserve'

const storage = () => window.localStorage
const settings = readStoredSettings(storage)
applySettings(document.documentElement, settings)
if (settings.continueReading === 'on') reserveContinueReading(document.documentElement, storage)
