#!/usr/bin/env node
import { runAdmin } from './run.js'

process.exitCode = await runAdmin(process.argv.slice(2), {
  out: process.stdout,
  err: process.stderr,
})
