import { ResponsiveImage } from '../../components/ResponsiveImage'
import type { AuthorProfileView } from '../../content/listing-view'
import styles from './listing.module.css'
import { t } from '../../i18n/interface'

const PHOTO_SIZES = '(min-width: 40rem) 10rem, 8rem'

/** The author's photo, biography and links, from authors/<slug>.json; each part only when it is there. */
export function AuthorProfile({ profile }: { profile: AuthorProfileView }) {
  return (
    <>
      {profile.photo !== undefined ? (
        <div className={styles.photoFrame}>
          <ResponsiveImage image={profile.photo} sizes={PHOTO_SIZES} className={styles.photo} />
        </div>
      ) : null}
      {profile.bio.length > 0 ? (
        <div className={styles.bio}>
          {profile.bio.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      ) : null}
      {profile.links.length > 0 ? (
        <ul className={styles.links} aria-label={t('listing.elsewhere', { name: profile.name })}>
          {profile.links.map((link) => (
            <li key={link.href}>
              <a href={link.href} rel="noopener noreferrer">
                {link.label}
                <span className="visually-hidden">{t('article.externalSite')}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
