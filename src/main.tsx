import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root, logWarnings } from './Root';
import { loadBuiltIn, loadFromUrl } from './model/load';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const dataUrl = new URLSearchParams(window.location.search).get('data');
  const loaded = dataUrl ? await loadFromUrl(dataUrl) : loadBuiltIn();
  logWarnings(loaded);
  root.render(
    <StrictMode>
      <Root initial={loaded} />
    </StrictMode>,
  );
}

void start().then(() => requestAnimationFrame(() => performance.mark('stancemap:app-rendered')));
