import { access } from 'node:fs/promises'

/** Whether a file (or folder) is there; any error reading it counts as not. */
export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
}
