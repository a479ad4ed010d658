/** Where the CLI reads and writes. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Folder that relative paths are resolved against. */
  cwd: string
  /**
   * Whether standard error is a terminal (default: `false`): `build` then shows its progress on
   * one line it updates; otherwise it says only what it wrote.
   */
  interactive?: boolean | undefined
}

/** A stream that reports write errors as `'error'` events, such as `process.stdout`. */
export interface ErrorEmitter {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown
}

/**
 * End the process quietly (status 0) when the reader of `stream` has gone, as when the output
 * is piped into `head`: the rest of the output has nowhere to go, and a stack trace about it
 * would be noise. Any other write error is thrown, as Node.js would.
 */
export function exitWhenReaderGoes(stream: ErrorEmitter, exit: (status: number) => void): void {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error
    exit(0)
  })
}
