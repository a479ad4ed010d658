import type {Condition, Treatment} from './types.js'

/**
 * Every treatment of the condition, then every physical-therapy type, in the article's order:
 * the one list the graph, the pages and a host's `services` use.
 */
export function treatmentsOf(condition: Condition): readonly Treatment[] {
  return [...condition.treatments, ...condition.physicalTherapyTypes]
}

// Types a clinic's `availableService` may hold (schema.org: MedicalProcedure, MedicalTest or
// MedicalTherapy); an ExercisePlan alone is not one.
const serviceTypes = new Set(['PhysicalTherapy', 'MedicalTherapy', 'SurgicalProcedure'])

/**
 * Ids of the condition's treatments that a clinic can list as services.
 */
export function serviceIdsOf(condition: Condition): readonly string[] {
  return treatmentsOf(condition)
    .filter((treatment) => [treatment.type].flat().some((type) => serviceTypes.has(type)))
    .map((treatment) => treatment.id)
}
