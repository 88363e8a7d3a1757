import { ArticleLink } from '../../components/ArticleLink'
import styles from './article.module.css'
import { interfaceLocale, t } from '../../i18n/interface'

interface InlineRelatedLinkProps {
  slug: string
  headline: string
}

/** The print edition's "(RELATED: …)" line, as a link that opens inside the app. */
export function InlineRelatedLink({ slug, headline }: InlineRelatedLinkProps) {
  return (
    <p className={styles.inlineRelated}>
      <span className={styles.inlineRelatedLabel} lang={interfaceLocale}>
        {t('article.related')}
      </span>
      <ArticleLink slug={slug}>{headline}</ArticleLink>
    </p>
  )
}
