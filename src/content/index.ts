import {articleData, clinicData, conditionData} from '../generated/content.js'
import {deepFreeze} from './freeze.js'
import {serviceIdsOf} from './services.js'
import type {Article, Clinic, Condition} from './types.js'

/** The article “Can Physical Therapy Help With Sciatica?”, compiled from `content/article.md`. */
export const article: Article = /* @__PURE__ */ deepFreeze(articleData)

/** Sciatica, compiled from `content/condition.yaml`: every fact with the quote that states it. */
export const condition: Condition = /* @__PURE__ */ deepFreeze(conditionData)

/** The clinic that published the article, compiled from `content/clinic.yaml`. */
export const clinic: Clinic = /* @__PURE__ */ deepFreeze(clinicData)

/** Ids of the condition's treatments a host clinic may list as its `services`. */
export const SERVICE_IDS: readonly string[] = /* @__PURE__ */ serviceIdsOf(condition)
