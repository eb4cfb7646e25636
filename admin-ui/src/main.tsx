import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { currentSession } from './providers/refresh';

const root = createRoot(document.getElementById('root') as HTMLElement);

/**
 * The session is known before the first render (one request while React loads): a signed-out visit
 * opens straight on the sign-in form, remembering the page asked for (a link from a mail) the way
 * react-admin's own redirect does, instead of rendering the workspace only to be sent away.
 */
void currentSession().then((session) => {
  const asked = window.location.hash.replace(/^#/, '') || '/';
  if (!session && !asked.startsWith('/login')) {
    const [pathname, search = ''] = asked.split('?');
    // react-router keeps a location's state under `usr` in the history entry.
    window.history.replaceState(
      { usr: { nextPathname: pathname, nextSearch: search ? `?${search}` : '' }, key: 'default', idx: 0 },
      '',
      '#/login',
    );
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
