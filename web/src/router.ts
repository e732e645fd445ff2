import { isShareFragment } from '@hushlink/shared'
import { showAbout } from './pages/about.ts'
import { showAdmin } from './pages/admin.ts'
import { showMySecrets } from './pages/my-secrets.ts'
import { showSignIn } from './pages/sign-in.ts'
import { showCreate } from './pages/create.ts'
import { NOT_FOUND, showProblem } from './pages/problem.ts'
import { showReceipt } from './pages/receipt.ts'
import { showAnswer, showInbox, showRequestForm } from './pages/requests.ts'
import { showReveal } from './pages/reveal.ts'
import { showSplitReveal } from './pages/split-reveal.ts'
import type { Route } from './route.ts'

/** Shows the view an address stands for. */
export function showRoute(route: Route): void {
  switch (route.page) {
    case 'create':
      void showCreate()
      break
    case 'about':
      showAbout()
      break
    case 'reveal':
      // One share of a split secret gathers the others before anything is opened.
      if (isShareFragment(route.fragment)) showSplitReveal(route.id, route.fragment)
      else void showReveal(route.id, route.fragment, route.exposed)
      break
    case 'receipt':
      void showReceipt(route.id, route.fragment, route.exposed)
      break
    case 'my-secrets':
      void showMySecrets()
      break
    case 'admin':
      void showAdmin()
      break
    case 'sign-in':
      showSignIn(route.problem)
      break
    case 'request':
      void showRequestForm()
      break
    case 'answer':
      void showAnswer(route.id, route.fragment)
      break
    case 'inbox':
      void showInbox(route.id, route.fragment)
      break
    case 'not-found':
      showProblem(NOT_FOUND)
      break
  }
}
