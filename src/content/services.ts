import type {Condition} from './types.js'

// Types a clinic's `availableService` may hold (schema.org: MedicalProcedure, MedicalTest or
// MedicalTherapy); an ExercisePlan alone is not one.
const serviceTypes = new Set(['PhysicalTherapy', 'MedicalTherapy', 'SurgicalProcedure'])

/**
 * Ids of the condition's treatments that a clinic can list as services.
 */
export function serviceIdsOf(condition: Condition): string[] {
  return [...condition.treatments, ...condition.physicalTherapyTypes]
    .filter((treatment) => [treatment.type].flat().some((type) => serviceTypes.has(type)))
    .map((treatment) => treatment.id)
}
