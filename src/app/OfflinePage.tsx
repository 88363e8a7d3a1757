import type { Ref } from 'react'
import { StatusMessage } from '../components/StatusMessage'
import { ProblemPage } from './ProblemPage'
import { t } from '../i18n/interface'

interface OfflinePageProps {
  what: string
  headingRef?: Ref<HTMLHeadingElement>
}

/** Shown while a request waits for the connection; the query resumes by itself when the device is back online. */
export function OfflinePage({ what, headingRef }: OfflinePageProps) {
  return (
    <ProblemPage title={t('error.offline.title')} headingRef={headingRef}>
      <StatusMessage>{t('error.offline.text', { what })}</StatusMessage>
    </ProblemPage>
  )
}
