import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import '@uswds/uswds/css/uswds.min.css';
import '@trussworks/react-uswds/lib/index.css';
import './styles/layout.css';
import './styles/content.css';
import { onUnauthorized } from './api/client';
import { createQueryClient } from './api/queryClient';
import { endSession } from './features/auth/session';
import { initI18n } from './i18n';
import { createAppRouter } from './routes/router';

async function start(): Promise<void> {
  await initI18n();
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);

  // The session ended (expired, signed out elsewhere): go to sign-in, then come back to this page.
  onUnauthorized(() => {
    const { pathname, href } = router.state.location;
    endSession(queryClient);
    if (pathname === '/sign-in') return;
    void router.navigate({ to: '/sign-in', search: { redirect: href } });
  });

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element.');
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
