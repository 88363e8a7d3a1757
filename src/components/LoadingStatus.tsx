interface LoadingStatusProps {
  children: string
}

/** Loading is said, not spun: a polite status region that screen readers announce. */
export function LoadingStatus({ children }: LoadingStatusProps) {
  return (
    <p role="status" className="loading-status">
      {children}
    </p>
  )
}
