import { isShareFragment } from '@hushlink/shared'
import { showCreate } from './pages/create.ts'
import {
  aboutPage,
  adminPage,
  mySecretsPage,
  openPage,
  receiptPage,
  requestsPage,
  signInPage,
  splitRevealPage,
} from './pages/on-demand.ts'
import { NOT_FOUND, showProblem } from './pages/problem.ts'
import { showReveal } from './pages/reveal.ts'
import type { Route } from './route.ts'

/** Shows the view an address stands for: create and reveal at once, any other page once loaded. */
export function showRoute(route: Route): void {
  switch (route.page) {
    case 'create':
      void showCreate()
      break
    case 'about':
      openPage(aboutPage, (p) => p.showAbout())
      break
    case 'reveal':
      // One share of a split secret gathers the others before anything is opened.
      if (isShareFragment(route.fragment)) {
        openPage(splitRevealPage, (p) => p.showSplitReveal(route.id, route.fragment))
      } else void showReveal(route.id, route.fragment, route.exposed)
      break
    case 'receipt':
      openPage(receiptPage, (p) => p.showReceipt(route.id, route.fragment, route.exposed))
      break
    case 'my-secrets':
      openPage(mySecretsPage, (p) => p.showMySecrets())
      break
    case 'admin':
      openPage(adminPage, (p) => p.showAdmin())
      break
    case 'sign-in':
      openPage(signInPage, (p) => p.showSignIn(route.problem))
      break
    case 'request':
      openPage(requestsPage, (p) => p.showRequestForm())
      break
    case 'answer':
      openPage(requestsPage, (p) => p.showAnswer(route.id, route.fragment, route.exposed))
      break
    case 'inbox':
      openPage(requestsPage, (p) => p.showInbox(route.id, route.fragment, route.exposed))
      break
    case 'not-found':
      showProblem(NOT_FOUND)
      break
  }
}
