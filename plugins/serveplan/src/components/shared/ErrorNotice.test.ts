import { ServeplanApiError } from '../../api';
import { adviceFor } from './ErrorNotice';

describe('adviceFor a rejected request', () => {
  it('shows what was read beside numbers that contradict each other', () => {
    const advice = adviceFor(
      new ServeplanApiError({
        message:
          '"90 of them" is more people at once than the 40 users in all ("40 staff"); which number is right?',
        status: 400,
        field: 'users',
        reading: { use_case: 'translation', budget_usd_per_month: 2500 },
        fromBackend: true,
      }),
      'send the message',
    );
    expect(advice.detail).toContain(
      'Read so far: use case: translation; budget (USD/month): 2,500.',
    );
    expect(advice.todo).toMatch(/Say which number is right/);
  });

  it('says nothing was read when the backend sent no reading', () => {
    const advice = adviceFor(
      new ServeplanApiError({
        message: 'the request is empty',
        status: 400,
        fromBackend: true,
      }),
      'send the message',
    );
    expect(advice.detail).not.toContain('Read so far');
    expect(advice.todo).toBe('Correct the value and try again.');
  });
});
