import { lazy, Suspense, useState, useSyncExternalStore } from 'react'
import { interfaceLocale } from '../../../i18n/interface'
import { t } from '../../../i18n/on-demand/listen'
import { useLocation } from 'react-router'
import { ErrorBoundary } from '../../../components/ErrorBoundary'
import { subscribeToVoices, voicesFor } from './voices'
import button from '../../../components/button.module.css'

// The player (queue, highlighting, media keys) loads the first time a reader presses Listen.
const ListenPlayer = lazy(async () => ({ default: (await import('./ListenPlayer')).ListenPlayer }))

function wantsListening(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'listen' in state && state.listen === true
}

export interface NextStory {
  slug: string
  headline: string
}

interface ListenButtonProps {
  language: string
  headline: string
  next?: NextStory
}

/**
 * "Listen", only where the browser can speak this article's language: no speech synthesis, or no voice
 * for the language, and there is no button at all (a button that can't work is worse than none).
 */
export function ListenButton({ language, headline, next }: ListenButtonProps) {
  const canSpeak = useSyncExternalStore(
    subscribeToVoices,
    () => voicesFor(language).length > 0,
    () => false,
  )
  // Arriving from the end of another story with "go on" chosen: carry on listening.
  const location = useLocation()
  const [open, setOpen] = useState(() => wantsListening(location.state))
  if (!canSpeak) return null
  if (!open)
    return (
      <button
        type="button"
        className={button.button}
        lang={interfaceLocale}
        onClick={() => {
          setOpen(true)
        }}
      >
        {t('listen.listen')}
      </button>
    )
  return (
    <ErrorBoundary fallback={<p role="status">{t('listen.failed')}</p>}>
      <Suspense fallback={<p role="status">{t('listen.loading')}</p>}>
        <ListenPlayer
          language={language}
          headline={headline}
          next={next}
          onClose={() => {
            setOpen(false)
          }}
        />
      </Suspense>
    </ErrorBoundary>
  )
}
