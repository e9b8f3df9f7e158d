import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { db } from './db/db';
import './ui/styles.css';

// Ask the browser not to evict the ward log when the tablet runs short of space.
void navigator.storage?.persist?.();

// The first screen waits for the database (is a ward held here?): opened now, it opens while
// React starts instead of after its first render. A failure shows through the first query.
db.open().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
