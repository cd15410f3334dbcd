import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { catalogue } from 'virtual:catalogue';
import { CatalogueProvider } from '../ui/catalogue-context.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { routes } from './routes.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

const router = createBrowserRouter(routes);

export function App() {
  return (
    <ErrorBoundary>
      <CatalogueProvider catalogue={catalogue}>
        <RouterProvider router={router} />
        <UpdatePrompt />
      </CatalogueProvider>
    </ErrorBoundary>
  );
}
