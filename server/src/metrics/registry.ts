/**
 * A small Prometheus registry: counters, histograms and gauges read at scrape
 * time, rendered in the text exposition format (version 0.0.4). Labels are
 * declared up front and their values must come from bounded sets (route
 * patterns, status classes), never from request data.
 */

export const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

type Labels = Readonly<Record<string, string>>

interface Metric {
  readonly name: string
  render(): string[]
}

export interface Counter {
  inc(labels?: Labels, by?: number): void
}

export interface Histogram {
  /** Records one observation, in the histogram's unit. */
  observe(labels: Labels, value: number): void
}

export interface Registry {
  counter(name: string, help: string, labelNames?: readonly string[]): Counter
  histogram(
    name: string,
    help: string,
    labelNames: readonly string[],
    buckets: readonly number[],
  ): Histogram
  /** A value read at each scrape (memory, start time). */
  gauge(name: string, help: string, read: () => number): void
  /** The whole exposition, one metric family after another. */
  render(): string
}

const NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/
const LABEL_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/

export function createRegistry(): Registry {
  const metrics: Metric[] = []

  function register<M extends Metric>(metric: M, labelNames: readonly string[]): M {
    if (!NAME_RE.test(metric.name)) throw new Error(`invalid metric name ${metric.name}`)
    if (metrics.some((m) => m.name === metric.name)) {
      throw new Error(`metric ${metric.name} registered twice`)
    }
    for (const label of labelNames) {
      if (!LABEL_RE.test(label) || label === 'le') throw new Error(`invalid label name ${label}`)
    }
    metrics.push(metric)
    return metric
  }

  return {
    counter: (name, help, labelNames = []) =>
      register(createCounter(name, help, labelNames), labelNames),
    histogram: (name, help, labelNames, buckets) =>
      register(createHistogram(name, help, labelNames, buckets), labelNames),
    gauge(name, help, read) {
      register(
        {
          name,
          render: () => [...header(name, help, 'gauge'), `${name} ${formatNumber(read())}`],
        },
        [],
      )
    },
    render: () => `${metrics.flatMap((m) => m.render()).join('\n')}\n`,
  }
}

function createCounter(
  name: string,
  help: string,
  labelNames: readonly string[],
): Counter & Metric {
  const values = new Map<string, number>()
  // An unlabelled counter is exposed from the start, at 0, so rates work from the first scrape.
  if (labelNames.length === 0) values.set('', 0)
  return {
    name,
    inc(labels = {}, by = 1) {
      if (!(by >= 0)) throw new Error(`counter ${name} can only go up`)
      const key = labelKey(name, labelNames, labels)
      values.set(key, (values.get(key) ?? 0) + by)
    },
    render: () => [
      ...header(name, help, 'counter'),
      ...[...values].map(([key, value]) => `${name}${key} ${formatNumber(value)}`),
    ],
  }
}

interface Series {
  readonly counts: number[]
  sum: number
  count: number
}

function createHistogram(
  name: string,
  help: string,
  labelNames: readonly string[],
  buckets: readonly number[],
): Histogram & Metric {
  const bounds = [...buckets].sort((a, b) => a - b)
  const series = new Map<string, { labels: string; data: Series }>()
  return {
    name,
    observe(labels, value) {
      const key = labelKey(name, labelNames, labels)
      let entry = series.get(key)
      if (!entry) {
        entry = { labels: key, data: { counts: bounds.map(() => 0), sum: 0, count: 0 } }
        series.set(key, entry)
      }
      const { data } = entry
      const index = bounds.findIndex((bound) => value <= bound)
      if (index !== -1) data.counts[index] = (data.counts[index] ?? 0) + 1
      data.sum += value
      data.count += 1
    },
    render() {
      const lines = header(name, help, 'histogram')
      for (const { labels, data } of series.values()) {
        let cumulative = 0
        bounds.forEach((bound, i) => {
          cumulative += data.counts[i] ?? 0
          lines.push(`${name}_bucket${withLabel(labels, 'le', formatNumber(bound))} ${cumulative}`)
        })
        lines.push(`${name}_bucket${withLabel(labels, 'le', '+Inf')} ${data.count}`)
        lines.push(`${name}_sum${labels} ${formatNumber(data.sum)}`)
        lines.push(`${name}_count${labels} ${data.count}`)
      }
      return lines
    },
  }
}

function header(name: string, help: string, type: string): string[] {
  return [
    `# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`,
    `# TYPE ${name} ${type}`,
  ]
}

/** `{a="x",b="y"}` in declared order; every declared label must be given, and no other. */
function labelKey(name: string, labelNames: readonly string[], labels: Labels): string {
  const given = Object.keys(labels)
  if (given.length !== labelNames.length || !labelNames.every((l) => l in labels)) {
    throw new Error(`metric ${name} takes labels [${labelNames.join(', ')}]`)
  }
  if (labelNames.length === 0) return ''
  return `{${labelNames.map((l) => `${l}="${escapeLabelValue(labels[l] ?? '')}"`).join(',')}}`
}

function withLabel(key: string, label: string, value: string): string {
  const pair = `${label}="${value}"`
  return key === '' ? `{${pair}}` : `${key.slice(0, -1)},${pair}}`
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}
