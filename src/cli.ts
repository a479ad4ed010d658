#!/usr/bin/env node
import process from 'node:process'
import {exitWhenReaderGoes} from './cli/io.js'
import {runCli} from './cli/run.js'

for (const stream of [process.stdout, process.stderr]) {
  exitWhenReaderGoes(stream, (status) => process.exit(status))
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  interactive: process.stderr.isTTY === true,
})
