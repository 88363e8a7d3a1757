// WordPress keeps arrays in postmeta PHP-serialized (`a:2:{s:5:"width";i:1200;…}`): attachment metadata, with
// the photo's EXIF credit and copyright. A string's length is in UTF-8 bytes, so the text is read as bytes.
// Exports that went through a naive search-and-replace (a domain move) carry wrong lengths: a string whose
// length does not end at its closing quote is read up to the next `";` instead, as WordPress's own repair
// tools do, rather than losing the whole array.

export type PhpValue = string | number | boolean | null | PhpArray
export interface PhpArray {
  readonly entries: ReadonlyMap<string, PhpValue>
}

const MAX_DEPTH = 16

class Reader {
  private at = 0
  constructor(private readonly bytes: Buffer) {}

  private expect(char: string): void {
    if (String.fromCharCode(this.bytes[this.at] ?? 0) !== char) throw new Error('unexpected')
    this.at += 1
  }

  private until(char: string): string {
    const end = this.bytes.indexOf(char, this.at)
    if (end < 0) throw new Error('unterminated')
    const value = this.bytes.subarray(this.at, end).toString('utf8')
    this.at = end + 1
    return value
  }

  private string(): string {
    const length = Number(this.until(':'))
    this.expect('"')
    const start = this.at
    const declaredEnd = start + length
    const fits =
      Number.isInteger(length) &&
      this.bytes[declaredEnd] === 0x22 &&
      this.bytes[declaredEnd + 1] === 0x3b
    const end = fits ? declaredEnd : this.bytes.indexOf('";', start)
    if (end < 0) throw new Error('unterminated string')
    this.at = end + 2
    return this.bytes.subarray(start, end).toString('utf8')
  }

  value(depth = 0): PhpValue {
    if (depth > MAX_DEPTH) throw new Error('too deep')
    const type = String.fromCharCode(this.bytes[this.at] ?? 0)
    this.at += 1
    if (type === 'N') {
      this.expect(';')
      return null
    }
    this.expect(':')
    if (type === 's') return this.string()
    if (type === 'i' || type === 'd') return Number(this.until(';'))
    if (type === 'b') return this.until(';') === '1'
    if (type === 'O') {
      // An object: its class name, then its properties like an array's.
      this.until(':')
      this.className()
    }
    if (type === 'a' || type === 'O') {
      const count = Number(this.until(':'))
      this.expect('{')
      const entries = new Map<string, PhpValue>()
      for (let index = 0; index < count; index += 1) {
        const key = this.value(depth + 1)
        // PHP array keys are integers or strings; anything else is not serialized data.
        if (typeof key !== 'string' && typeof key !== 'number') throw new Error('bad key')
        entries.set(String(key), this.value(depth + 1))
      }
      this.expect('}')
      return { entries }
    }
    throw new Error(`unknown type ${type}`)
  }

  // O:8:"stdClass":2:{…}: the class name is quoted and followed by a colon, not a semicolon.
  private className(): void {
    this.expect('"')
    this.until('"')
    this.expect(':')
  }
}

/** The value, or undefined when the text is not PHP-serialized data. */
export function unserialize(text: string | undefined): PhpValue | undefined {
  if (text === undefined || text.trim() === '') return undefined
  try {
    return new Reader(Buffer.from(text.trim(), 'utf8')).value()
  } catch {
    return undefined
  }
}

/** A value down a path of keys ("image_meta", "credit"), or undefined. */
export function phpPath(value: PhpValue | undefined, ...keys: string[]): PhpValue | undefined {
  let current = value
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined
    current = current.entries.get(key)
  }
  return current
}
