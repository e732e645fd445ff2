import type { Messages, Pick } from '../i18n/messages.ts'
import { signInLink, showAccountNav } from '../account/session.ts'
import { h } from '../ui/dom.ts'
import { show } from '../ui/page.ts'

type Problem = keyof Messages['signIn']['problems']

/** /sign-in?problem=…: where a refused sign-in lands, saying why, with a way to try again. */
export function showSignIn(problem: string | null): void {
  void showAccountNav()
  const known = (Object.keys(PROBLEMS) as Problem[]).find((p) => p === problem)
  const title: Pick = known ? (m) => m.signIn.failedTitle : (m) => m.signIn.title
  const body: Pick = known ? PROBLEMS[known] : (m) => m.signIn.intro
  show(
    title,
    { focus: false },
    h('p', { class: 'lead', ...(known ? { 'data-problem': known } : {}) }, body),
    h('p', { class: 'actions' }, signInLink('/my-secrets')),
  )
}

const PROBLEMS: Record<Problem, Pick> = {
  expired: (m) => m.signIn.problems.expired,
  state: (m) => m.signIn.problems.state,
  denied: (m) => m.signIn.problems.denied,
  rejected: (m) => m.signIn.problems.rejected,
  domain: (m) => m.signIn.problems.domain,
  group: (m) => m.signIn.problems.group,
  unavailable: (m) => m.signIn.problems.unavailable,
}
