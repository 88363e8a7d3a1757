// The words of the photo viewer (src/features/article/PhotoViewer.tsx), in English. They ship with that code, which loads on demand, not
// with the first view. One catalogue with ../en.ts: ids are unique across both (tests/unit/i18n).

export const en = {
  'photo.counter': 'Photo {index} of {count}',
  'photo.close': 'Close',
  'photo.previous': 'Previous photo',
  'photo.next': 'Next photo',
} as const
