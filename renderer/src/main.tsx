// React Fast Refresh's set-up as a module (empty in a production build): the
// copy Vite inlines into index.html in development is blocked by our CSP.
import '@vitejs/plugin-react/preamble';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AntdProvider } from './app/antd-provider';
import { App } from './app/app';
import { initI18n } from './i18n/i18n';
import { startEarlyCalls } from './lib/early-calls';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

startEarlyCalls(['setup.status', 'session.get']);

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <AntdProvider>
        <App />
      </AntdProvider>
    </StrictMode>,
  );
});
