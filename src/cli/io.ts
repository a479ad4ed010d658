/** Where the CLI reads and writes. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Folder that relative paths are resolved against. */
  cwd: string
}
