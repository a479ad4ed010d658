import {articleData, clinicData, conditionData} from '../generated/content.js'
import {deepFreeze} from './freeze.js'
import {treatmentsOf} from './treatments.js'
import type {Article, Clinic, Condition, Content, Treatment} from './types.js'

/** The article “Can Physical Therapy Help With Sciatica?”, compiled from `content/article.md`. */
export const article: Article = /* @__PURE__ */ deepFreeze(articleData)

/** Sciatica, compiled from `content/condition.yaml`: every fact with the quote that states it. */
export const condition: Condition = /* @__PURE__ */ deepFreeze(conditionData)

/** The clinic that published the article, compiled from `content/clinic.yaml`. */
export const clinic: Clinic = /* @__PURE__ */ deepFreeze(clinicData)

/** Every treatment and physical-therapy type the article names, in its order. */
export const treatments: readonly Treatment[] = /* @__PURE__ */ Object.freeze(
  treatmentsOf(condition),
)

/** The package's content, as the builders take it. */
export const content: Content = /* @__PURE__ */ Object.freeze({article, condition, clinic})
