import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorPage } from './ErrorPage';
import { buildIndex } from './model/relations';
import { loadBuiltIn, loadFromUrl } from './model/load';
import { readUrl } from './url/useUrlSync';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const dataUrl = new URLSearchParams(window.location.search).get('data');
  const loaded = dataUrl ? await loadFromUrl(dataUrl) : loadBuiltIn();
  for (const problem of loaded.problems) {
    if (problem.level === 'warning') console.warn(`${loaded.origin}: ${problem.path}: ${problem.message}`);
  }
  const index = loaded.dataset && buildIndex(loaded.dataset);
  if (index) readUrl(index);
  root.render(
    <StrictMode>
      {index ? (
        <App index={index} origin={loaded.origin} />
      ) : (
        <ErrorPage origin={loaded.origin} problems={loaded.problems} />
      )}
    </StrictMode>,
  );
}

void start().then(() => requestAnimationFrame(() => performance.mark('stancemap:app-rendered')));
