// Zero-width and direction-control characters survive String.prototype.trim(); a headline made only of
// U+200B or U+202E is still blank to a reader. Default_Ignorable_Code_Point covers them all.
const EDGE_INVISIBLES =
  /^[\s\p{Default_Ignorable_Code_Point}]+|[\s\p{Default_Ignorable_Code_Point}]+$/gu

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
