// The yardstick of `npm run audit`: the least a React page can ship.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<p>Hello</p>);
