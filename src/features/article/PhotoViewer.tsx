import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent, SyntheticEvent } from 'react'
import { ResponsiveImage } from '../../components/ResponsiveImage'
import type { ImageView } from '../../content/image-view'
import styles from './photo-viewer.module.css'
import { photoOpenId } from './use-photo-viewer'
import { t } from '../../i18n/on-demand/photo-viewer'

interface PhotoViewerProps {
  photos: ImageView[]
  index: number
  direction: 'ltr' | 'rtl'
  onShow: (index: number) => void
  onClose: () => void
}

/**
 * The article's photos full size, one at a time, in a modal <dialog>: the browser traps focus inside it and
 * makes the page behind inert. Escape closes, arrow keys move, and focus goes back to the photo it came from.
 */
export function PhotoViewer({ photos, index, direction, onShow, onClose }: PhotoViewerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const photo = photos[index]
  const hasPrevious = index > 0
  const hasNext = index < photos.length - 1
  const openedFrom = useRef(index)
  const closeRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    // Browsers differ on where showModal() puts focus; the Close button is where keyboard users expect it.
    closeRef.current?.focus()
    const returnTo = openedFrom.current
    return () => {
      dialog?.close()
      document.querySelector<HTMLElement>(`[data-photo-open="${photoOpenId(returnTo)}"]`)?.focus()
    }
  }, [])

  // Escape is the dialog's "cancel": the URL, not the dialog, decides whether the viewer is open.
  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault()
    onClose()
  }

  // A modal dialog makes the page inert, but Tab can still leave for the browser's own toolbar: wrap instead.
  const keepFocusInside = (event: KeyboardEvent) => {
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button') ?? [])]
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) last.focus()
    else if (!event.shiftKey && document.activeElement === last) first.focus()
    else return
    event.preventDefault()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      keepFocusInside(event)
      return
    }
    const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft'
    if (event.key === forward && hasNext) onShow(index + 1)
    else if (event.key === back && hasPrevious) onShow(index - 1)
    else return
    event.preventDefault()
  }

  if (!photo) return null
  return (
    // A modal dialog is the interactive container here: arrow keys anywhere inside it move between photos.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialogRef}
      className={styles.viewer}
      aria-labelledby={titleId}
      onCancel={onCancel}
      onKeyDown={onKeyDown}
    >
      <div className={styles.bar}>
        <p id={titleId} className={styles.counter}>
          {t('photo.counter', { index: index + 1, count: photos.length })}
        </p>
        {/* First in the dialog: focus starts here. */}
        <button ref={closeRef} type="button" className={styles.button} onClick={onClose}>
          {t('photo.close')}
        </button>
      </div>
      <div className={styles.stage}>
        <ResponsiveImage
          key={photo.src}
          image={photo}
          className={styles.image}
          sizes="100vw"
          priority
        />
      </div>
      {photo.caption !== undefined || photo.credit !== undefined ? (
        <p className={styles.caption}>
          {photo.caption}
          {photo.caption !== undefined && photo.credit !== undefined ? ' ' : null}
          {photo.credit !== undefined ? (
            <span className={styles.credit}>{photo.credit}</span>
          ) : null}
        </p>
      ) : null}
      <div className={styles.nav}>
        <button
          type="button"
          className={styles.button}
          // Not `disabled`: the button keeps the focus that pressed it on the way to the first photo.
          aria-disabled={!hasPrevious}
          onClick={() => {
            if (hasPrevious) onShow(index - 1)
          }}
        >
          {t('photo.previous')}
        </button>
        <button
          type="button"
          className={styles.button}
          aria-disabled={!hasNext}
          onClick={() => {
            if (hasNext) onShow(index + 1)
          }}
        >
          {t('photo.next')}
        </button>
      </div>
    </dialog>
  )
}
