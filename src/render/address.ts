import type {ClinicLocation} from '../content/types.js'

/** A location's address on one line: street, locality, region and postal code, country. */
export function addressLine(location: ClinicLocation): string {
  const {address} = location
  return [
    address.streetAddress,
    address.addressLocality,
    [address.addressRegion, address.postalCode].filter(Boolean).join(' '),
    address.addressCountry,
  ]
    .filter(Boolean)
    .join(', ')
}
