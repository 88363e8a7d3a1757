import type { ReactNode, Ref } from 'react'
import styles from './problem-page.module.css'

interface ProblemPageProps {
  title: string
  children: ReactNode
  headingRef?: Ref<HTMLHeadingElement>
}

/** Every state that is not content is still a page: a heading that says what happened, plain words, a way on. */
export function ProblemPage({ title, children, headingRef }: ProblemPageProps) {
  return (
    <div className={styles.problem}>
      <h1 className={styles.title} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  )
}
