// Bundled alone into an inline <script> in <head> (build/deploy/boot-script.ts): before the first paint it
// applies the saved settings and reserves the room of the front page's "Continue reading" row and of an
// article's "Continue where you left off". Never throws: a page must render whatever storage holds.
import { applySettings, readStoredSettings } from '../features/reader-settings/settings'
import { reserveContinueReading } from '../features/reading-place/continue-reading-reserve'
import { reserveYourPlace } from '../features/reading-place/your-place-reserve'

const storage = () => window.localStorage
const settings = readStoredSettings(storage)
applySettings(document.documentElement, settings)
if (settings.continueReading === 'on') reserveContinueReading(document.documentElement, storage)
reserveYourPlace(document.documentElement, storage, window.location.pathname)
