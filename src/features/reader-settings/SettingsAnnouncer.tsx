import { useSettingsAnnouncement } from './settings-store'

/** One polite live region for every settings change the reader makes, by button, key or panel. */
export function SettingsAnnouncer() {
  const announcement = useSettingsAnnouncement()
  return (
    <p role="status" aria-live="polite" className="visually-hidden">
      {/* Keyed by id so the same text twice (Reset, Reset) is announced twice. */}
      <span key={announcement.id}>{announcement.text}</span>
    </p>
  )
}
