import type { Ref } from 'react'
import { StatusMessage } from '../components/StatusMessage'
import { ProblemPage } from './ProblemPage'

interface OfflinePageProps {
  what: string
  headingRef?: Ref<HTMLHeadingElement>
}

/** Shown while a request waits for the connection; the query resumes by itself when the device is back online. */
export function OfflinePage({ what, headingRef }: OfflinePageProps) {
  return (
    <ProblemPage title="You’re offline" headingRef={headingRef}>
      <StatusMessage>
        {`Your device isn’t connected to the internet. The ${what} will load by itself when you’re back online.`}
      </StatusMessage>
    </ProblemPage>
  )
}
