// Zero-width characters survive String.prototype.trim(); a headline of only U+200B is still blank to a reader.
const EDGE_INVISIBLES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g

export function cleanText(value: string): string {
  return value.replace(EDGE_INVISIBLES, '')
}

/** Trimmed text, or undefined when nothing visible is left (so no empty caption box is rendered). */
export function optionalText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const cleaned = cleanText(value)
  return cleaned === '' ? undefined : cleaned
}

export function isBlank(value: string): boolean {
  return cleanText(value) === ''
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)
  return words ? words.length : 0
}
