import { formatKb, measureBudgets } from './budgets'

// `npm run budgets` (after `npm run build`): the byte budgets, gzip -9. Fails when one is over.
const lines = await measureBudgets()
let over = 0
for (const line of lines) {
  const verdict =
    line.budget === undefined
      ? ''
      : line.bytes <= line.budget
        ? `✓ budget ${formatKb(line.budget)}`
        : `✗ OVER budget ${formatKb(line.budget)}`
  if (line.budget !== undefined && line.bytes > line.budget) over += 1
  console.log(
    `${line.what.padEnd(34)} ${formatKb(line.bytes).padStart(9)}  ${verdict}  (${line.note})`,
  )
}
if (over > 0) {
  console.error(`\n${over} byte budget(s) exceeded.`)
  process.exit(1)
}
