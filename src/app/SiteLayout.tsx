import { useRef } from 'react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ReaderToolbar } from '../features/reader-settings/ReaderToolbar'
import { config, sitePath } from '../config/config'
import styles from './site-layout.module.css'
import { SiteNavigation } from './SiteNavigation'
import { UpdateBanner } from './UpdateBanner'
import { useStickyClearance } from './use-sticky-clearance'
import { t } from '../i18n/interface'

const MAIN_ID = 'main'

export function SiteLayout({ children }: { children: ReactNode }) {
  const toolbarRef = useRef<HTMLDivElement>(null)
  useStickyClearance(toolbarRef)
  return (
    <div className={styles.page}>
      <UpdateBanner />
      <a className={styles.skipLink} href={`#${MAIN_ID}`} data-print="hide">
        {t('site.skipToContent')}
      </a>
      <header className={styles.masthead}>
        <Link to="/" className={styles.siteName}>
          {config.logo ? (
            <img
              className={styles.logo}
              src={config.logo.src}
              width={config.logo.width}
              height={config.logo.height}
              alt={config.siteName}
            />
          ) : (
            config.siteName
          )}
        </Link>
        <SiteNavigation />
      </header>
      <div ref={toolbarRef} className={styles.toolbar} data-print="hide">
        <ReaderToolbar />
      </div>
      <main id={MAIN_ID} className={styles.main} tabIndex={-1}>
        {children}
      </main>
      <footer className={styles.footer} data-print="hide">
        <p>
          {t('site.about', { site: config.siteName })}{' '}
          <a href={sitePath('/schema/article.schema.json')}>{t('site.footerFormat')}</a>
        </p>
      </footer>
    </div>
  )
}
