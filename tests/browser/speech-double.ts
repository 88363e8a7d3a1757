import type { Page } from '@playwright/test'

export interface DoubleVoice {
  name: string
  lang: string
}

/**
 * Replaces the browser's speechSynthesis before the app loads (the app's code is unchanged): voices as
 * given, each utterance "starts" at once, and the test moves it on with window.speechDouble.boundary() and
 * .end(). Everything spoken is recorded in .spoken.
 */
export async function installSpeechDouble(page: Page, voices: DoubleVoice[]): Promise<void> {
  await page.addInitScript((voiceList) => {
    const made = voiceList.map((voice, index) => ({
      ...voice,
      voiceURI: `double:${voice.name}`,
      localService: true,
      default: index === 0,
    }))
    // The platform's utterance takes only the platform's voices: the double brings its own utterance too.
    class UtteranceDouble extends EventTarget {
      lang = ''
      voice: unknown = null
      rate = 1
      pitch = 1
      volume = 1
      constructor(public text: string) {
        super()
      }
    }
    const event = (type: string, fields: Record<string, unknown> = {}) =>
      Object.assign(new Event(type), fields)
    let current: UtteranceDouble | undefined
    const spoken: { text: string; rate: number; voice: string | undefined }[] = []
    class SpeechDouble extends EventTarget {
      speaking = false
      paused = false
      pending = false
      onvoiceschanged = null
      getVoices() {
        return made as unknown as SpeechSynthesisVoice[]
      }
      speak(utterance: UtteranceDouble) {
        current = utterance
        const voice = utterance.voice as { name?: string } | null
        spoken.push({ text: utterance.text, rate: utterance.rate, voice: voice?.name })
        this.speaking = true
        setTimeout(() => {
          if (current === utterance) utterance.dispatchEvent(event('start'))
        }, 0)
      }
      cancel() {
        const cancelled = current
        current = undefined
        this.speaking = false
        cancelled?.dispatchEvent(event('error', { error: 'interrupted' }))
      }
      pause() {
        this.paused = true
      }
      resume() {
        this.paused = false
      }
    }
    const double = new SpeechDouble()
    Object.defineProperty(window, 'speechSynthesis', { value: double, configurable: true })
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: UtteranceDouble,
      configurable: true,
    })
    Object.assign(window, {
      speechDouble: {
        spoken,
        current: () => current?.text,
        boundary(charIndex: number, charLength: number) {
          if (current)
            current.dispatchEvent(event('boundary', { charIndex, charLength, name: 'word' }))
        },
        end() {
          const ended = current
          current = undefined
          double.speaking = false
          ended?.dispatchEvent(event('end'))
        },
      },
    })
  }, voices)
}

export const ENGLISH_VOICES: DoubleVoice[] = [
  { name: 'Double English', lang: 'en-GB' },
  { name: 'Double American', lang: 'en-US' },
]
