import { ApolloProvider } from '@apollo/client/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo/create-client';
import { App } from './app/App';
import { GlobalStyles } from './app/GlobalStyles';
import { sessionStore } from './auth/session-store';

const client = createApolloClient({
  getToken: () => sessionStore.get().token,
  onUnauthenticated: () => sessionStore.signOut('expired'),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <GlobalStyles />
      <ApolloProvider client={client}>
        <App />
      </ApolloProvider>
    </FluentProvider>
  </StrictMode>,
);
