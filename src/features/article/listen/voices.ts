// Which voices can read an article: the browser's own, in the article's language. Tiny, in the first view.

function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? ''
}

export function hasSpeech(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
}

/** The voices for `language` ("en" matches en-GB and en-US), the browser's default first. */
export function voicesFor(language: string): SpeechSynthesisVoice[] {
  if (!hasSpeech()) return []
  return window.speechSynthesis
    .getVoices()
    .filter((voice) => primary(voice.lang) === primary(language))
    .sort((a, b) => Number(b.default) - Number(a.default))
}

/** Voices arrive late in most browsers: the list is empty until `voiceschanged`. */
export function subscribeToVoices(onChange: () => void): () => void {
  if (!hasSpeech()) return () => undefined
  window.speechSynthesis.addEventListener('voiceschanged', onChange)
  return () => {
    window.speechSynthesis.removeEventListener('voiceschanged', onChange)
  }
}
