import { withoutChatbotSubjects } from './chatbotSubject';

const never = () => false;

describe('the words before a chatbot named outright', () => {
  it('blanks up to three modifiers before the chatbot, keeping positions', () => {
    const text = 'we run the dealer warranty claim status chatbot for them';
    const out = withoutChatbotSubjects(text, never);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, ' ')).toBe('we run the dealer chatbot for them');
  });

  it('keeps words the caller says name a use case', () => {
    expect(
      withoutChatbotSubjects('a translation chat bot', w =>
        /translation/.test(w),
      ),
    ).toBe('a translation chat bot');
  });

  it('leaves a chatbot that is itself a modifier, and a bare chatbot', () => {
    expect(
      withoutChatbotSubjects('review the pricing chatbot logs', never),
    ).toBe('review the pricing chatbot logs');
    expect(withoutChatbotSubjects('we want a chatbot', never)).toBe(
      'we want a chatbot',
    );
  });
});
