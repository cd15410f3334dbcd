import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { catalogue } from 'virtual:catalogue';
import { FamilyList } from './family-list.tsx';

const router = createBrowserRouter([
  { path: '/', element: <FamilyList families={catalogue.families} /> },
]);

export function App() {
  return <RouterProvider router={router} />;
}
