/**
 * serveplan in the portal, against the real backend: words → recommendations, an SLO edit that
 * changes the ranking, and the conversation found again after a reload. Screenshots of each tab
 * are saved under test-results/screenshots and attached to the HTML report.
 */
import { expect, Page, test, TestInfo } from '@playwright/test';
import path from 'node:path';

const REQUEST =
  'A support chatbot for 1000 users, low latency is critical, budget $3k/month';
/** A planning answer takes a few seconds on a workstation, up to a minute on a busy 2-core CI machine. */
const PLANNING = 150_000;

async function snap(page: Page, testInfo: TestInfo, name: string) {
  const file = path.join(
    testInfo.project.outputDir,
    'screenshots',
    `${name}.png`,
  );
  const body = await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

async function optionHeadings(page: Page): Promise<string[]> {
  const options = page.getByRole('list', { name: 'Recommended options' });
  await expect(options.getByRole('article').first()).toBeVisible();
  return options
    .getByRole('article')
    .getByRole('heading', { level: 3 })
    .allTextContents();
}

async function signIn(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'LLM planner' }),
  ).toBeVisible();
}

test('plan from words, change an SLO, find the conversation after a reload', async ({
  page,
}, testInfo) => {
  test.setTimeout(480_000);
  await signIn(page);

  // Reachable from the sidebar.
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'LLM planner' })
    .click();
  await expect(page).toHaveURL(/\/serveplan/);
  // The page reopens the user's last conversation (kept across runs while the backend runs): start afresh.
  const composer = page.getByRole('textbox', {
    name: /^(Describe the workload|Follow up, or answer the question)$/,
  });
  await expect(composer).toBeEnabled({ timeout: 60_000 });
  const startAfresh = page.getByRole('button', { name: 'New conversation' });
  if (await startAfresh.isVisible()) await startAfresh.click();
  await expect(
    page.getByRole('heading', { name: 'Describe your workload' }),
  ).toBeVisible();

  // Chat: type the request and send it with Enter.
  const box = page.getByRole('textbox', { name: 'Describe the workload' });
  await box.fill(REQUEST);
  await box.press('Enter');
  const thread = page.getByRole('list', { name: 'Conversation', exact: true });
  await expect(thread.getByText(REQUEST)).toBeVisible();
  await expect(
    page.getByRole('tab', { name: /^Recommendations \(\d+\)$/ }),
  ).toBeVisible({ timeout: PLANNING });
  await expect(thread.getByText(/^Best: /)).toBeVisible();
  const summary = page.getByRole('form', { name: 'What I understood' });
  await expect(summary.getByRole('textbox', { name: 'Users' })).toHaveValue(
    '1000',
  );
  await expect(
    summary.getByRole('textbox', { name: 'Budget (USD per month)' }),
  ).toHaveValue('3000');
  const conversationId = new URL(page.url()).searchParams.get('conversation');
  expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);
  await snap(page, testInfo, '1-chat');

  // Recommendations: option cards, chart, rejected options.
  await page.getByRole('tab', { name: /^Recommendations/ }).click();
  const before = await optionHeadings(page);
  expect(before.length).toBeGreaterThan(0);
  const firstCard = page
    .getByRole('list', { name: 'Recommended options' })
    .getByRole('article')
    .first();
  await expect(
    firstCard.getByRole('table', { name: 'Predicted latency of option 1' }),
  ).toContainText('TTFT');
  await expect(firstCard).toContainText('per month');
  await expect(page.getByRole('group', { name: /Cost against/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Rejected configurations' }),
  ).toBeVisible();
  const ttftTarget = await firstCard
    .getByRole('table', { name: 'Predicted latency of option 1' })
    .getByRole('row', { name: /TTFT/ })
    .getByRole('cell')
    .nth(1)
    .textContent();
  await snap(page, testInfo, '2-recommendations');

  // Explore: a much tighter TTFT target re-ranks the options, first in the browser, then on the server.
  await page.getByRole('tab', { name: 'Explore' }).click();
  const ttft = page.getByRole('textbox', { name: 'TTFT target (ms)' });
  await expect(ttft).toBeVisible({ timeout: 60_000 });
  await ttft.fill('100');
  const preview = page.getByRole('table', {
    name: 'Options under the new values',
  });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview).toContainText('of 100 ms');
  await snap(page, testInfo, '3-explore');

  await page.getByRole('button', { name: 'Re-plan on the server' }).click();
  await expect(page.getByText('Re-planned')).toBeVisible({ timeout: PLANNING });
  await page.getByRole('button', { name: 'See the recommendations' }).click();
  await expect(page.getByText('What-if plan')).toBeVisible();
  const after = await optionHeadings(page);
  const firstAfter = page
    .getByRole('list', { name: 'Recommended options' })
    .getByRole('article')
    .first();
  await expect(
    firstAfter
      .getByRole('table', { name: 'Predicted latency of option 1' })
      .getByRole('row', { name: /TTFT/ }),
  ).toContainText('100 ms');
  expect(ttftTarget).not.toContain('100 ms');
  expect(after).not.toEqual(before);
  await snap(page, testInfo, '4-recommendations-after-slo-edit');

  // Reload: the what-if plan is in the URL, the conversation in the backend.
  await page.reload();
  await expect(page.getByText('What-if plan')).toBeVisible({ timeout: 60_000 });
  expect(await optionHeadings(page)).toEqual(after);

  // A fresh visit without any ids in the URL reopens the last conversation.
  await page.goto('/serveplan');
  await expect(
    page
      .getByRole('list', { name: 'Conversation', exact: true })
      .getByText(REQUEST),
  ).toBeVisible({ timeout: 60_000 });
  expect(new URL(page.url()).searchParams.get('conversation')).toBe(
    conversationId,
  );
  await expect(
    page
      .getByRole('list', { name: 'Your conversations' })
      .getByRole('button', { name: new RegExp(REQUEST.slice(0, 30)) })
      .first(),
  ).toBeVisible();
  await snap(page, testInfo, '5-chat-after-reload');

  // The dark theme (Backstage keeps the choice in local storage).
  await page.evaluate(() => window.localStorage.setItem('theme', 'dark'));
  await page.getByRole('tab', { name: /^Recommendations/ }).click();
  await page.reload();
  await expect(
    page
      .getByRole('list', { name: 'Recommended options' })
      .getByRole('article')
      .first(),
  ).toBeVisible({ timeout: 60_000 });
  // The page is drawn in the dark palette: dark page, light text.
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  const colours = await page
    .getByRole('list', { name: 'Recommended options' })
    .getByRole('article')
    .first()
    .evaluate(card => {
      let el: Element | null = card;
      let background = 'rgba(0, 0, 0, 0)';
      // The nearest ancestor that paints a background.
      while (el && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
        background = getComputedStyle(el).backgroundColor;
        el = el.parentElement;
      }
      return { background, text: getComputedStyle(card).color };
    });
  expect(luminance(colours.background)).toBeLessThan(0.35);
  expect(luminance(colours.text)).toBeGreaterThan(0.65);
  await snap(page, testInfo, '6-recommendations-dark');
});

test('a request rejected for its numbers is corrected by the next message', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await signIn(page);
  await page.goto('/serveplan');
  const composer = page.getByRole('textbox', {
    name: /^(Describe the workload|Follow up, or answer the question)$/,
  });
  await expect(composer).toBeEnabled({ timeout: 60_000 });
  const startAfresh = page.getByRole('button', { name: 'New conversation' });
  if (await startAfresh.isVisible()) await startAfresh.click();

  const rejected =
    'A translation service for our clinics: 40 staff in all, 90 of them at once at peak';
  const box = page.getByRole('textbox', { name: 'Describe the workload' });
  await box.fill(rejected);
  await box.press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'Read so far' });
  await expect(alert).toContainText('use case: translation', {
    timeout: 60_000,
  });
  await expect(alert).toContainText('the rest is kept as read');
  await snap(page, testInfo, '7-rejected-first-message');

  await box.fill('sorry, 20 at once');
  await box.press('Enter');
  const thread = page.getByRole('list', { name: 'Conversation', exact: true });
  await expect(thread.getByText(rejected)).toBeVisible({ timeout: PLANNING });
  await expect(thread.getByText(/^Not planned: /)).toBeVisible();
  await expect(thread.getByText('sorry, 20 at once')).toBeVisible();
  const summary = page.getByRole('form', { name: 'What I understood' });
  await expect(summary.getByRole('textbox', { name: 'Users' })).toHaveValue(
    '20',
    { timeout: PLANNING },
  );
  await expect(
    page.getByRole('tab', { name: /^Recommendations \(\d+\)$/ }),
  ).toBeVisible({ timeout: PLANNING });
  await snap(page, testInfo, '8-corrected-conversation');
});
