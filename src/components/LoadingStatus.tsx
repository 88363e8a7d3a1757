import { StatusMessage } from './StatusMessage'

interface LoadingStatusProps {
  children: string
}

/** Loading is said, not spun: a polite status message that screen readers announce. */
export function LoadingStatus({ children }: LoadingStatusProps) {
  return <StatusMessage className="loading-status">{children}</StatusMessage>
}
