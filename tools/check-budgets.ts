/**
 * `npm run size`: the budgets CI guards. The core entry's bundle (size-limit, brotli, from
 * `.size-limit.json`) and the cold import of the core: at most 25 ms more than `node -e 0`
 * (median of 21 alternating runs). Exits with 1 when either is over.
 */
import {spawnSync} from 'node:child_process'
import {IMPORT_BUDGET_MS, importCosts} from '../bench/startup.js'

const sizes = spawnSync('npx', ['size-limit'], {stdio: 'inherit'})
const {floor, costs} = importCosts(['index.js'])
const cost = costs[0] as number
const importHolds = cost <= IMPORT_BUDGET_MS
console.log(
  `Cold import of the core: +${cost.toFixed(1)} ms over node -e 0 (${floor.toFixed(1)} ms); ` +
    `budget +${IMPORT_BUDGET_MS} ms: ${importHolds ? 'holds' : 'EXCEEDED'}`,
)
if (sizes.status !== 0 || !importHolds) process.exitCode = 1
