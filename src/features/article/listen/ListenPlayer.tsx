import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { interfaceLocale } from '../../../i18n/interface'
import { t } from '../../../i18n/on-demand/listen'
import { useNavigate } from 'react-router'
import { ArticleLink } from '../../../components/ArticleLink'
import { articlePath } from '../../../content/site-paths'
import styles from './listen.module.css'
import type { NextStory } from './ListenButton'
import { RATES, readListenPreferences, saveListenPreferences } from './listen-preferences'
import type { ListenPreferences } from './listen-preferences'
import { readableBlocks, sentencesOf } from './speech-text'
import { useMediaSession } from './use-media-session'
import { useSpeech } from './use-speech'
import { subscribeToVoices, voicesFor } from './voices'
import button from '../../../components/button.module.css'
import { Message } from '../../../components/Message'

interface ListenPlayerProps {
  language: string
  headline: string
  next?: NextStory
  onClose: () => void
}

function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? language
}

const STATUS_TEXT = {
  playing: t('listen.playing'),
  paused: t('listen.paused'),
  stopped: t('listen.stopped'),
  finished: t('listen.finished'),
} as const

/** Play, pause, stop, previous and next paragraph, speed, voice; the article's text read aloud. */
export function ListenPlayer({ language, headline, next, onClose }: ListenPlayerProps) {
  const navigate = useNavigate()
  const rootRef = useRef<HTMLElement>(null)
  const [preferences, setPreferences] = useState<ListenPreferences>(readListenPreferences)
  const [voices, setVoices] = useState(() => voicesFor(language))
  const [announcement, setAnnouncement] = useState('')
  const [article, setArticle] = useState<Element | null>(null)
  const speedId = useId()
  const voiceId = useId()

  useEffect(
    () =>
      subscribeToVoices(() => {
        setVoices(voicesFor(language))
      }),
    [language],
  )
  useEffect(() => {
    setArticle(rootRef.current?.closest('article') ?? null)
  }, [])

  const sentences = useMemo(
    () => (article ? sentencesOf(readableBlocks(article, preferences.captions), language) : []),
    [article, preferences.captions, language],
  )
  const lang = primary(language)
  const voice =
    voices.find((candidate) => candidate.voiceURI === preferences.voices[lang]) ?? voices[0]

  const change = (update: Partial<ListenPreferences>, message: string) => {
    const nextPreferences = { ...preferences, ...update }
    setPreferences(nextPreferences)
    saveListenPreferences(nextPreferences)
    setAnnouncement(message)
  }

  const speech = useSpeech({
    sentences,
    language,
    voice,
    rate: preferences.rate,
    onFinished: () => {
      if (next && preferences.goOn) {
        setAnnouncement(t('listen.finishedGoingOn', { headline: next.headline }))
        void navigate(articlePath(next.slug), { state: { listen: true } })
      } else
        setAnnouncement(
          next ? t('listen.finishedNext', { headline: next.headline }) : t('listen.finished'),
        )
    },
  })

  // Pressing Listen means play: start once the text is known.
  const started = useRef(false)
  useEffect(() => {
    if (started.current || sentences.length === 0) return
    started.current = true
    speech.play()
  }, [sentences, speech])

  // A new speed or voice applies from the start of the sentence being read.
  const restart = useRef(speech.restartSentence)
  useEffect(() => {
    restart.current = speech.restartSentence
  })
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    restart.current()
  }, [preferences.rate, voice])

  useMediaSession({
    title: headline,
    status: speech.status,
    play: speech.play,
    pause: speech.pause,
    previous: speech.previous,
    next: speech.next,
  })

  const playing = speech.status === 'playing'
  return (
    <section
      ref={rootRef}
      lang={interfaceLocale}
      className={styles.player}
      aria-label={t('listen.listen')}
      data-print="hide"
    >
      <div className={styles.controls}>
        <button
          type="button"
          className={`${button.primary} ${styles.primary}`}
          onClick={playing ? speech.pause : speech.play}
        >
          {playing ? t('listen.pause') : t('listen.play')}
        </button>
        <button type="button" className={button.button} onClick={speech.previous}>
          {t('listen.previous')}
        </button>
        <button type="button" className={button.button} onClick={speech.next}>
          {t('listen.next')}
        </button>
        <button type="button" className={button.button} onClick={speech.stop}>
          {t('listen.stop')}
        </button>
        <button
          type="button"
          className={button.button}
          onClick={() => {
            speech.stop()
            onClose()
          }}
        >
          {t('listen.close')}
        </button>
      </div>
      <div className={styles.options}>
        <label htmlFor={speedId} className={styles.field}>
          {t('listen.speed')}
          <select
            id={speedId}
            className={styles.select}
            value={preferences.rate}
            onChange={(event) => {
              const rate = Number(event.target.value)
              change({ rate }, t('listen.speedChosen', { rate }))
            }}
          >
            {RATES.map((rate) => (
              <option key={rate} value={rate}>
                {t('listen.rate', { rate })}
              </option>
            ))}
          </select>
        </label>
        {voices.length > 1 ? (
          <label htmlFor={voiceId} className={styles.field}>
            {t('listen.voice')}
            <select
              id={voiceId}
              className={styles.select}
              value={voice?.voiceURI}
              onChange={(event) => {
                const chosen = voices.find((option) => option.voiceURI === event.target.value)
                change(
                  { voices: { ...preferences.voices, [lang]: event.target.value } },
                  t('listen.voiceChosen', { name: chosen?.name ?? event.target.value }),
                )
              }}
            >
              {voices.map((option) => (
                <option key={option.voiceURI} value={option.voiceURI}>
                  {option.name} ({option.lang})
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={preferences.captions}
            onChange={(event) => {
              change(
                { captions: event.target.checked },
                event.target.checked ? t('listen.captionsOn') : t('listen.captionsOff'),
              )
            }}
          />
          {t('listen.captions')}
        </label>
        {next ? (
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={preferences.goOn}
              onChange={(event) => {
                change(
                  { goOn: event.target.checked },
                  event.target.checked ? t('listen.goOnOn') : t('listen.goOnOff'),
                )
              }}
            />
            {t('listen.goOn')}
          </label>
        ) : null}
      </div>
      {speech.status === 'finished' && next && !preferences.goOn ? (
        <p className={styles.next}>
          <Message
            translate={t}
            id="listen.nextStory"
            parts={{
              headline: (
                <ArticleLink slug={next.slug}>
                  <span lang={language}>{next.headline}</span>
                </ArticleLink>
              ),
            }}
          />
        </p>
      ) : null}
      {/* What just happened: the player's state, then the choice just made or how it ended. */}
      <p role="status" className={styles.status}>
        <span>{STATUS_TEXT[speech.status]}</span> <span>{announcement}</span>
      </p>
    </section>
  )
}
