import {SciaticaContentError} from '../errors.js'

/**
 * A system error on the output folder (`EACCES`, `ENOSPC`, `EROFS`…) told as what it is: a
 * `SciaticaContentError` (`out-dir-unwritable`) with the system's message and the error as its
 * `cause`. Any other error is returned as it is.
 */
export function unwritable(error: unknown, outDir: string, doing: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (!(error instanceof Error) || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) {
    return error
  }
  return new SciaticaContentError(
    'out-dir-unwritable',
    {
      expected: 'an output folder the build can write (a writable parent folder, free space)',
      received: `${JSON.stringify(outDir)}: ${error.message} (${doing})`,
    },
    {cause: error},
  )
}
