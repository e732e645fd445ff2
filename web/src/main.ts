import './styles.css'
import { showCreate } from './pages/create.ts'
import { NOT_FOUND, showProblem } from './pages/problem.ts'
import { showReceipt } from './pages/receipt.ts'
import { showReveal } from './pages/reveal.ts'
import { cleanPath, parseRoute } from './route.ts'
import { t } from './strings.ts'
import { guardPageLifecycle } from './ui/page.ts'

// Read the address once. The key (or receipt token) then lives only in memory:
// it leaves the address bar, screen shares and "copy URL" before anything else runs.
const route = parseRoute(location.pathname, location.hash)
if (route.page === 'reveal' || route.page === 'receipt') {
  history.replaceState(null, '', cleanPath(route))
}
guardPageLifecycle()
// Pasting another link into this tab changes only the fragment: start over from it.
addEventListener('hashchange', () => location.reload())
const footer = document.getElementById('footer')
if (footer) footer.textContent = t.app.footer

switch (route.page) {
  case 'create':
    void showCreate()
    break
  case 'reveal':
    void showReveal(route.id, route.fragment)
    break
  case 'receipt':
    void showReceipt(route.id, route.fragment)
    break
  case 'not-found':
    showProblem(NOT_FOUND)
    break
}
