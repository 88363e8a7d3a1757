import { useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { NavLink } from 'react-router'
import { mastheadSections } from '../config/sections'
import { sectionPath } from '../content/site-paths'
import styles from './site-navigation.module.css'
import button from '../components/button.module.css'
import { t } from '../i18n/interface'

/**
 * The masthead's navigation: the front page, then the publisher's sections in their order, the current one
 * marked (aria-current). On a narrow screen the sections fold behind a disclosure button (aria-expanded);
 * Escape closes it and puts focus back on the button, and choosing a section closes it.
 */
export function SiteNavigation() {
  const [open, setOpen] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const listId = useId()

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    event.stopPropagation()
    setOpen(false)
    toggleRef.current?.focus()
  }

  return (
    <nav aria-label={t('site.navigation')} className={styles.nav} data-print="hide">
      <ul className={styles.primary}>
        <li>
          <NavLink to="/" end className={styles.link}>
            {t('site.frontPage')}
          </NavLink>
        </li>
        <li>
          {/* A new document, not an in-app move: only the search page's policy lets Pagefind run. */}
          <NavLink to="/search" reloadDocument className={styles.link}>
            {t('site.search')}
          </NavLink>
        </li>
      </ul>
      {mastheadSections.length > 0 ? (
        // Escape is caught where focus is (the button or a link inside the list), not on the page.
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions
        <div className={styles.sections} onKeyDown={closeOnEscape}>
          <button
            ref={toggleRef}
            type="button"
            className={`${button.button} ${styles.toggle}`}
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => {
              setOpen(!open)
            }}
          >
            {t('site.sections')}
          </button>
          <ul id={listId} className={open ? styles.listOpen : styles.list}>
            {mastheadSections.map((section) => (
              <li key={section.slug}>
                <NavLink
                  to={sectionPath(section.slug)}
                  className={styles.link}
                  onClick={() => {
                    setOpen(false)
                  }}
                >
                  {section.name}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </nav>
  )
}
