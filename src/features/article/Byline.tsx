import { ListingLink } from '../../components/ListingLink'
import type { AuthorView } from '../../content/view-model'
import styles from './article.module.css'
import { interfaceLanguage, t } from '../../i18n/interface'
import { Message } from '../../components/Message'

function joinNames(count: number, index: number): string {
  if (index === 0) return ''
  return index === count - 1 ? t('article.byLastSeparator') : t('article.bySeparator')
}

/** "By Shelby Talcott, Senior White House Correspondent": each author with their role. */
export function Byline({ authors }: { authors: AuthorView[] }) {
  if (authors.length === 0) return null
  return (
    <p className={styles.byline}>
      <span {...interfaceLanguage}>
        <Message
          id="article.by"
          parts={{
            names: authors.map((author, index) => (
              <span key={`${author.name}-${index}`}>
                {joinNames(authors.length, index)}
                {author.slug !== undefined ? (
                  <ListingLink kind="author" slug={author.slug} className={styles.authorName}>
                    {author.name}
                  </ListingLink>
                ) : (
                  <span className={styles.authorName}>{author.name}</span>
                )}
                {author.title !== undefined ? (
                  <span className={styles.authorTitle}>
                    {t('article.authorTitle', { title: author.title })}
                  </span>
                ) : null}
              </span>
            )),
          }}
        />
      </span>
    </p>
  )
}
