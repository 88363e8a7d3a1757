import { useCallback, useEffect, useRef, useState } from 'react'
import { highlightSpoken, clearSpoken } from './highlight'
import { followSpoken } from './follow'
import type { Sentence } from './speech-text'
import { rangeOf, wordLengthAt } from './speech-text'

export type ListenStatus = 'playing' | 'paused' | 'stopped' | 'finished'

interface SpeechOptions {
  sentences: Sentence[]
  language: string
  voice: SpeechSynthesisVoice | undefined
  rate: number
  onFinished: () => void
}

/**
 * One utterance per sentence: the sentence highlight then follows the speech for every voice, and the word
 * highlight too where the voice reports word boundaries. Pause is cancel-and-remember (the platform's own
 * pause() is unreliable across engines); play starts the remembered sentence again.
 */
export function useSpeech({ sentences, language, voice, rate, onFinished }: SpeechOptions) {
  const [status, setStatus] = useState<ListenStatus>('stopped')
  const [index, setIndex] = useState(0)
  // Each utterance carries the turn it was spoken in: events from a cancelled one are ignored.
  const turn = useRef(0)
  const latest = useRef({ sentences, language, voice, rate, onFinished })
  useEffect(() => {
    latest.current = { sentences, language, voice, rate, onFinished }
  })

  const speakRef = useRef<(at: number) => void>(() => undefined)
  const speak = useCallback((at: number) => {
    const { sentences: all, language: lang, voice: chosen, rate: speed } = latest.current
    const sentence = all[at]
    turn.current += 1
    const mine = turn.current
    window.speechSynthesis.cancel()
    if (!sentence) {
      clearSpoken()
      setStatus('finished')
      latest.current.onFinished()
      return
    }
    setIndex(at)
    setStatus('playing')
    const utterance = new SpeechSynthesisUtterance(sentence.text)
    utterance.lang = chosen?.lang ?? lang
    if (chosen) utterance.voice = chosen
    utterance.rate = speed
    utterance.addEventListener('start', () => {
      if (mine !== turn.current) return
      performance.mark('broadsheet:listen-start')
      const range = rangeOf(sentence.element, sentence.start, sentence.end)
      highlightSpoken(sentence.element, range, undefined)
      if (range) followSpoken(range)
    })
    utterance.addEventListener('boundary', (event) => {
      if (mine !== turn.current || event.name !== 'word') return
      const length = event.charLength || wordLengthAt(sentence.text, event.charIndex)
      const start = sentence.start + event.charIndex
      highlightSpoken(
        sentence.element,
        rangeOf(sentence.element, sentence.start, sentence.end),
        rangeOf(sentence.element, start, start + length),
      )
    })
    utterance.addEventListener('end', () => {
      if (mine === turn.current) speakRef.current(at + 1)
    })
    utterance.addEventListener('error', (event) => {
      if (mine !== turn.current || event.error === 'interrupted' || event.error === 'canceled')
        return
      setStatus('stopped')
      clearSpoken()
    })
    window.speechSynthesis.speak(utterance)
  }, [])

  useEffect(() => {
    speakRef.current = speak
  }, [speak])

  const stopSpeaking = useCallback(() => {
    turn.current += 1
    window.speechSynthesis.cancel()
  }, [])

  useEffect(() => stopSpeaking, [stopSpeaking])
  useEffect(() => clearSpoken, [])

  const blockStart = (block: number) => sentences.findIndex((sentence) => sentence.block === block)
  const current = sentences[index]

  return {
    status,
    index,
    play: () => {
      speak(status === 'finished' ? 0 : index)
    },
    pause: () => {
      stopSpeaking()
      setStatus('paused')
    },
    stop: () => {
      stopSpeaking()
      clearSpoken()
      setIndex(0)
      setStatus('stopped')
    },
    previous: () => {
      const block = current ? current.block : 0
      // Some way into a paragraph, "previous" goes back to its start, as a music player's does.
      const start = blockStart(block)
      speak(index > start ? start : Math.max(0, blockStart(Math.max(0, block - 1))))
    },
    next: () => {
      const following = sentences.findIndex((sentence) => sentence.block > (current?.block ?? -1))
      speak(following === -1 ? sentences.length : following)
    },
    /** A new speed or voice takes effect from the start of the sentence being read. */
    restartSentence: () => {
      if (status === 'playing') speak(index)
    },
  }
}
