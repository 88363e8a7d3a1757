export type ContentErrorKind = 'not-found' | 'http' | 'network' | 'offline' | 'timeout' | 'invalid'

/** One thing wrong with a file, worded for the publisher who has to fix it. */
export interface ContentProblem {
  path: string
  reason: string
}

/** Every failure to get content, classified once at the edge so the UI and the retry policy can decide. */
export class ContentError extends Error {
  override readonly name = 'ContentError'
  readonly kind: ContentErrorKind
  readonly url: string
  readonly status: number | undefined
  readonly problems: readonly ContentProblem[]

  constructor(
    kind: ContentErrorKind,
    url: string,
    options: { status?: number; problems?: readonly ContentProblem[]; cause?: unknown } = {},
  ) {
    super(describeKind(kind, options.status), { cause: options.cause })
    this.kind = kind
    this.url = url
    this.status = options.status
    this.problems = options.problems ?? []
  }
}

function describeKind(kind: ContentErrorKind, status?: number): string {
  switch (kind) {
    case 'not-found':
      return 'The file does not exist.'
    case 'http':
      return `The server answered with status ${status ?? 'unknown'}.`
    case 'network':
      return 'The content could not be reached.'
    case 'offline':
      return 'The device is offline.'
    case 'timeout':
      return 'The server took too long to answer.'
    case 'invalid':
      return 'The file is not a valid article.'
  }
}

export function isContentError(error: unknown): error is ContentError {
  return error instanceof ContentError
}

/** Retrying can only help when the failure was in transit or on an overloaded server. */
export function isRetryable(error: unknown): boolean {
  if (!isContentError(error)) return false
  if (error.kind === 'network' || error.kind === 'offline' || error.kind === 'timeout') return true
  return error.kind === 'http' && error.status !== undefined && error.status >= 500
}
