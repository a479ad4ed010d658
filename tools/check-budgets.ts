/**
 * `npm run size`: the budgets CI guards. The core entry's bundle (size-limit, brotli, from
 * `.size-limit.json`), and the cold imports over `node -e 0` (the fastest of 21 alternating runs): the
 * core at most +25 ms, `sciatica-content/render` at most +50 ms (its goal is +30 ms, see
 * bench/startup.ts). Exits with 1 when one is over.
 */
import {spawnSync} from 'node:child_process'
import {IMPORT_BUDGET_MS, importCosts, RENDER_IMPORT_GUARD_MS} from '../bench/startup.js'

const sizes = spawnSync('npx', ['size-limit'], {stdio: 'inherit'})
const budgets = [
  {entry: 'index.js', name: 'the core', budget: IMPORT_BUDGET_MS},
  {entry: 'render.js', name: 'sciatica-content/render', budget: RENDER_IMPORT_GUARD_MS},
]
const {floor, costs} = importCosts(budgets.map(({entry}) => entry))
let importsHold = true
for (const [index, {name, budget}] of budgets.entries()) {
  const cost = costs[index] as number
  const holds = cost <= budget
  importsHold &&= holds
  console.log(
    `Cold import of ${name}: +${cost.toFixed(1)} ms over node -e 0 (${floor.toFixed(1)} ms); ` +
      `budget +${budget} ms: ${holds ? 'holds' : 'EXCEEDED'}`,
  )
}
if (sizes.status !== 0 || !importsHold) process.exitCode = 1
