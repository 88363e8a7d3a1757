// The words of the reader’s place and “Continue reading” (src/features/reading-place), in English. They ship with that code, which loads on demand, not
// with the first view. One catalogue with ../en.ts: ids are unique across both (tests/unit/i18n).

export const en = {
  'place.label': 'Your place',
  'place.read': '{percent} read',
} as const
