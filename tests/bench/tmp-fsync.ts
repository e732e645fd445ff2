import { openSync, writeSync, fdatasyncSync } from 'node:fs'
const fd = openSync(`/work/main/.bench/fsync-test`, 'w')
const lat: number[] = []
for (let i = 0; i < 100; i++) {
  const t = performance.now()
  writeSync(fd, 'x'.repeat(4096))
  fdatasyncSync(fd)
  lat.push(performance.now() - t)
}
lat.sort((a, b) => a - b)
console.log('fdatasync p50', lat[50], 'p99', lat[98], 'max', lat[99])
