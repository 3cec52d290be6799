import { render } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('should render', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            backend: { baseUrl: 'http://localhost:7007' },
            techdocs: {
              storageUrl: 'http://localhost:7007/api/techdocs/static/docs',
            },
          },
          context: 'test',
        },
      ] as any,
    };

    const rendered = render(App.createRoot());

    // The app boots to its sign-in page (guest sign-in, as in the browser tests).
    expect(
      await rendered.findByRole(
        'button',
        { name: 'Enter' },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
  });
});
