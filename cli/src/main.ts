#!/usr/bin/env node
import { run } from './cli.js'
import { outputOf } from './io.js'

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: outputOf(process.stdout),
  stderr: outputOf(process.stderr),
  // The one place the CLI reads its environment (HUSHLINK_SERVER, HUSHLINK_API_KEY, HUSHLINK_DEBUG).
  env: process.env,
})
