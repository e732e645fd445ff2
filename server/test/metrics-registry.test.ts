import { describe, expect, it } from 'vitest'
import { createRegistry } from '../src/metrics/registry.js'

describe('metrics registry (text exposition 0.0.4)', () => {
  it('renders counters with HELP and TYPE, unlabelled ones from zero', () => {
    const registry = createRegistry()
    registry.counter('jobs_total', 'Jobs done.')
    const labelled = registry.counter('hits_total', 'Hits by kind.', ['kind'])
    labelled.inc({ kind: 'a' })
    labelled.inc({ kind: 'a' }, 2)
    expect(registry.render()).toBe(
      [
        '# HELP jobs_total Jobs done.',
        '# TYPE jobs_total counter',
        'jobs_total 0',
        '# HELP hits_total Hits by kind.',
        '# TYPE hits_total counter',
        'hits_total{kind="a"} 3',
        '',
      ].join('\n'),
    )
  })

  it('escapes label values and help text', () => {
    const registry = createRegistry()
    registry.counter('odd_total', 'A \\ and a\nnewline.', ['v']).inc({ v: 'q"b\\n\nl' })
    const text = registry.render()
    expect(text).toContain('# HELP odd_total A \\\\ and a\\nnewline.')
    expect(text).toContain('odd_total{v="q\\"b\\\\n\\nl"} 1')
  })

  it('renders histograms with cumulative buckets, +Inf, sum and count', () => {
    const registry = createRegistry()
    const h = registry.histogram('t_seconds', 'Time.', ['op'], [0.1, 1])
    for (const v of [0.05, 0.1, 0.5, 3]) h.observe({ op: 'x' }, v)
    expect(registry.render().split('\n').slice(2, 7)).toEqual([
      't_seconds_bucket{op="x",le="0.1"} 2',
      't_seconds_bucket{op="x",le="1"} 3',
      't_seconds_bucket{op="x",le="+Inf"} 4',
      't_seconds_sum{op="x"} 3.65',
      't_seconds_count{op="x"} 4',
    ])
  })

  it('refuses what would make a bad exposition', () => {
    const registry = createRegistry()
    const c = registry.counter('c_total', 'C.', ['a'])
    expect(() => c.inc({ a: 'x' }, -1)).toThrow(/only go up/)
    expect(() => c.inc({ b: 'x' })).toThrow(/takes labels/)
    expect(() => c.inc({})).toThrow(/takes labels/)
    expect(() => registry.counter('c_total', 'again')).toThrow(/twice/)
    expect(() => registry.counter('bad-name', 'x')).toThrow(/invalid metric name/)
    expect(() => registry.histogram('h', 'x', ['le'], [1])).toThrow(/invalid label/)
  })
})
