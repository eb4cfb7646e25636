import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { currentSession } from './providers/refresh';

// Ask for the session while React starts, so the sign-in form (or the workspace) does not wait for it.
void currentSession();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
