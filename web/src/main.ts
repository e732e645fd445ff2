import './styles.css'
import { startLanguage } from './i18n/apply.ts'
import { followHistory } from './navigation.ts'
import { prepareCreate } from './pages/create.ts'
import { ignoreStrayDrops } from './pages/file-picker.ts'
import { cleanPath, parseRoute } from './route.ts'
import { showRoute } from './router.ts'
import { guardPageLifecycle } from './ui/page.ts'
import { renderSite } from './ui/site.ts'
import { startTheme } from './ui/theme.ts'

// Read the address once. The key (or receipt token) then lives only in memory:
// it leaves the address bar, screen shares and "copy URL" before anything else runs.
const route = parseRoute(location.pathname, location.hash, location.search)
if ('fragment' in route) {
  history.replaceState(null, '', cleanPath(route))
}
// The create form waits only for the instance limits (and a private instance's key prompt): ask first.
if (route.page === 'create') prepareCreate()
startTheme()
// The page's text waits for its language (English is built in; another is one small chunk).
await startLanguage()
guardPageLifecycle()
ignoreStrayDrops()
// Pasting another link into this tab changes only the fragment: start over from it.
addEventListener('hashchange', () => location.reload())
followHistory(() => showRoute(parseRoute(location.pathname, '')))
renderSite()
showRoute(route)
