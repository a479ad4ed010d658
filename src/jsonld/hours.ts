import type {OpeningHoursSpecificationLeaf} from 'schema-dts'

const days = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const
const dayNames = {
  Mo: 'Monday',
  Tu: 'Tuesday',
  We: 'Wednesday',
  Th: 'Thursday',
  Fr: 'Friday',
  Sa: 'Saturday',
  Su: 'Sunday',
} as const

type Day = (typeof days)[number]

/**
 * Opening hours in schema.org's short form (`Mo,We-Fr 08:30-18:00`, as checked by the clinic
 * schema) as an `OpeningHoursSpecification`, the form Google's local-business documentation
 * asks for.
 */
export function openingHoursSpecification(hours: string): OpeningHoursSpecificationLeaf {
  const [dayList, times] = hours.split(' ') as [string, string]
  const [opens, closes] = times.split('-') as [string, string]
  const dayOfWeek = dayList.split(',').flatMap((range) => {
    const [first, last = first] = range.split('-') as [Day, Day?]
    const start = days.indexOf(first)
    const end = days.indexOf(last)
    // `Fr-Mo` runs over the weekend.
    return end >= start
      ? days.slice(start, end + 1)
      : [...days.slice(start), ...days.slice(0, end + 1)]
  })
  return {
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: dayOfWeek.map((day) => `https://schema.org/${dayNames[day]}` as const),
    opens,
    closes,
  }
}
