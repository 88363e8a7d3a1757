/**
 * The viewer's key for the nth photo of a gallery block. Apart from the gallery's component, whose code loads
 * on demand, because the article lists every photo for the viewer before any block's code is there.
 */
export function galleryPhotoKey(blockKey: string, n: number): string {
  return `${blockKey}-photo-${n}`
}
