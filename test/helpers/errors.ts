import {expect} from 'vitest'
import {SciaticaContentError} from '../../src/index.js'

/** The error that `run` throws (it must throw a SciaticaContentError). */
export function errorOf(run: () => unknown): SciaticaContentError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(SciaticaContentError)
    return error as SciaticaContentError
  }
  throw new Error('Expected an error')
}

/** The error that `run`'s promise rejects with (it must be a SciaticaContentError). */
export async function rejectionOf(run: () => Promise<unknown>): Promise<SciaticaContentError> {
  const error = await run().then(
    () => undefined,
    (error: unknown) => error,
  )
  expect(error).toBeInstanceOf(SciaticaContentError)
  return error as SciaticaContentError
}
