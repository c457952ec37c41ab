// Voice and effect (issue 20): feedback, missed searches and request choices over HTTP, in both
// databases. The privacy test reads the database rows themselves, not only what the API answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase, TODAY } from './support/harness.js';

const json = (base: string, path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const form = (base: string, body: Record<string, string>) =>
  fetch(`${base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
    redirect: 'manual',
  });

const PERSONAL = [
  'jan.de.vries@voorbeeld.nl',
  'info(at)example.org',
  '06-12345678',
  '+31 6 1234 5678',
  '020 123 45 67',
  '123456782',
  '123.456.782',
  'Jan de Vries',
  'Fatima',
];

forEachDatabase(
  'effect',
  (ctx) => {
    test(
      'privacy: e-mail addresses, phone numbers, BSN-like ' + 'numbers and a name in the text are not stored',
      async () => {
        const text =
          'Mijn naam is Jan de Vries. Mail naar jan.de.vries@voorbeeld.nl of info(at)example.org, bel 06-12345678 of ' +
          ('+31 6 1234 5678 of 020 123 45 67. BSN 123456782 (ook 123.456.782). Ik zocht het besluit over de ' +
            'fietsbrug. Groet, Fatima');
        const response = await json(ctx.base, '/api/feedback', {
          answer: 'partly',
          pageKind: 'publication',
          subject: 'pub-fietsbrug-2025',
          text,
          language: 'nl',
        });
        assert.equal(response.status, 201);
        assert.equal(response.headers.get('set-cookie'), null, 'no cookie');
        const rows = await ctx.store.db.all<Record<string, unknown>>('SELECT * FROM woo_feedback');
        const dump = JSON.stringify(rows);
        for (const secret of PERSONAL) assert.ok(!dump.includes(secret), `${secret} is stored: ${dump}`);
        for (const digits of ['12345678', '123456782', '1234', '45 67'])
          assert.ok(!dump.includes(digits), `${digits} is stored`);
        const row = rows.find((r) => r['subject'] === 'pub-fietsbrug-2025')!;
        assert.match(String(row['text']), /Ik zocht het besluit over de fietsbrug/, 'what was looked for stays');
        assert.equal(row['day'], TODAY, 'the day only');
        assert.deepEqual(
          Object.keys(row).sort(),
          [
            'answer',
            'day',
            'decision_time',
            'language',
            'outcome',
            'page_kind',
            'seq',
            'subject',
            'text',
            'text_erased_on',
          ],
          'no column for an address, a time, a page address or a browser',
        );
        // Nothing of it reaches the log either.
        assert.doesNotMatch(JSON.stringify(ctx.logs), /Vries|12345678|voorbeeld\.nl|fietsbrug/);
      },
    );

    test('a request reference as subject is refused and nothing is stored', async () => {
      const before = (await ctx.store.db.all('SELECT seq FROM woo_feedback')).length;
      const response = await json(ctx.base, '/api/feedback', {
        answer: 'no',
        pageKind: 'request-status',
        subject: 'WOO-2025-0042',
      });
      assert.equal(response.status, 422);
      assert.equal(((await response.json()) as { error: { path: string } }).error.path, '/subject');
      assert.equal((await ctx.store.db.all('SELECT seq FROM woo_feedback')).length, before);
    });

    test(
      'without JavaScript: a plain form post is stored and ' + 'answered with a thank-you page and a way back',
      async () => {
        const response = await form(ctx.base, {
          answer: 'yes',
          pageKind: 'decision',
          subject: 'besluit-17',
          outcome: 'disclosed',
          daysToDecision: '30',
          language: 'nl',
          text: '',
          return: '/besluiten/17',
        });
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
        assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
        assert.equal(response.headers.get('set-cookie'), null);
        const page = await response.text();
        assert.match(page, /<html lang="nl">/);
        assert.match(page, /Bedankt voor uw antwoord/);
        assert.match(page, /href="\/besluiten\/17"/);
        const [row] = await ctx.store.db.all<{ answer: string; outcome: string; decision_time: string }>(
          "SELECT answer, outcome, decision_time FROM woo_feedback WHERE subject = 'besluit-17'",
        );
        assert.deepEqual({ ...row }, { answer: 'yes', outcome: 'disclosed', decision_time: 'within-6-weeks' });
        // Another host is never a way back (no open redirect); a wrong form gets an HTML page with the problem.
        const elsewhere = await (await form(ctx.base, { answer: 'no', return: '//evil.example/x' })).text();
        assert.doesNotMatch(elsewhere, /evil/);
        const wrong = await form(ctx.base, { answer: '', text: 'iets' });
        assert.equal(wrong.status, 422);
        assert.match(await wrong.text(), /Kies ja, deels of nee/);
      },
    );

    test('a term searched by one visitor on 4 days never appears; on 5 days it does', async () => {
      const days = ['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04', '2025-03-05'];
      for (const [i, day] of days.entries()) {
        ctx.today = day;
        for (let n = 0; n < 3; n++)
          assert.equal(
            (await json(ctx.base, '/api/search-misses', { term: 'Jansen Kapsalon', reason: 'no-results' })).status,
            202,
          );
        await json(ctx.base, '/api/search-misses', { term: '  Hondenbelasting ', reason: 'nothing-opened' });
        if (i === 3) {
          const after4 = (await (await fetch(`${ctx.base}/api/effect`)).json()) as { missedTerms: { term: string }[] };
          assert.deepEqual(after4.missedTerms, [], 'four days, however many searches: not shown');
          assert.doesNotMatch(JSON.stringify(after4), /jansen|hondenbelasting/);
        }
      }
      ctx.today = TODAY;
      const figures = (await (await fetch(`${ctx.base}/api/effect`)).json()) as {
        missedTerms: { term: string; days: number; noResults: number; nothingOpened: number }[];
        minimumDays: number;
      };
      assert.equal(figures.minimumDays, 5);
      assert.deepEqual(
        figures.missedTerms.find((t) => t.term === 'jansen kapsalon'),
        { term: 'jansen kapsalon', days: 5, noResults: 15, nothingOpened: 0 },
      );
      assert.deepEqual(
        figures.missedTerms.find((t) => t.term === 'hondenbelasting'),
        { term: 'hondenbelasting', days: 5, noResults: 0, nothingOpened: 5 },
      );
      // A term with something personal in it is never counted.
      const personal = await json(ctx.base, '/api/search-misses', { term: 'bsn 123456782', reason: 'no-results' });
      assert.deepEqual(await personal.json(), { counted: false });
      assert.equal((await ctx.store.db.all("SELECT term FROM woo_search_misses WHERE term LIKE '%1234%'")).length, 0);
    });

    test('request choices per month; answered without a request = answer minus answer-then-request', async () => {
      ctx.today = '2025-02-10';
      for (const choice of ['answer', 'answer', 'answer', 'documents', 'answer-then-request']) {
        assert.equal((await json(ctx.base, '/api/request-choices', { choice })).status, 202);
      }
      assert.equal((await json(ctx.base, '/api/request-choices', { choice: 'other' })).status, 422);
      ctx.today = TODAY;
      const figures = (await (await fetch(`${ctx.base}/api/effect`)).json()) as { requestChoices: unknown[] };
      assert.deepEqual(figures.requestChoices, [
        { month: '2025-02', answer: 3, documents: 1, answerThenRequest: 1, answeredWithoutRequest: 2 },
      ]);
    });

    test(
      'GET /api/effect: shares per page kind and month, by outcome and by time to decision, no ' +
        'text and no subject',
      async () => {
        const response = await fetch(`${ctx.base}/api/effect`);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('set-cookie'), null);
        const figures = (await response.json()) as Record<string, unknown> & {
          feedback: { perKindAndMonth: unknown[]; byOutcome: unknown[]; byDecisionTime: unknown[] };
        };
        assert.ok(
          figures.feedback.perKindAndMonth.some(
            (r) =>
              JSON.stringify(r) ===
              JSON.stringify({ pageKind: 'publication', month: '2025-03', yes: 0, partly: 1, no: 0 }),
          ),
        );
        assert.deepEqual(figures.feedback.byOutcome, [{ outcome: 'disclosed', yes: 1, partly: 0, no: 0 }]);
        assert.deepEqual(figures.feedback.byDecisionTime, [
          { decisionTime: 'within-6-weeks', yes: 1, partly: 0, no: 0 },
        ]);
        assert.doesNotMatch(
          JSON.stringify(figures),
          /fietsbrug|besluit-17|pub-/,
          'no subjects and no text leave the server',
        );
      },
    );

    test('the free text is erased after 6 months (configurable); the counts stay', async () => {
      ctx.today = '2025-01-15';
      await json(ctx.base, '/api/feedback', { answer: 'no', pageKind: 'search', text: 'Ik vond de notulen niet' });
      ctx.today = '2025-07-14';
      assert.equal(await ctx.woo.runEffectRetention(), 0, 'one day short of 6 months');
      ctx.today = '2025-07-15';
      assert.ok((await ctx.woo.runEffectRetention()) >= 1);
      const rows = await ctx.store.db.all<{ text: string | null; text_erased_on: string | null }>(
        "SELECT text, text_erased_on FROM woo_feedback WHERE day = '2025-01-15'",
      );
      assert.deepEqual({ ...rows[0] }, { text: null, text_erased_on: '2025-07-15' });
      const figures = (await (await fetch(`${ctx.base}/api/effect`)).json()) as {
        feedback: { perKindAndMonth: { pageKind: string; month: string; no: number }[] };
      };
      assert.ok(
        figures.feedback.perKindAndMonth.some((r) => r.pageKind === 'search' && r.month === '2025-01' && r.no === 1),
        'still counted',
      );
      ctx.today = TODAY;
    });

    test('only POST and GET where meant; JSON or a form only', async () => {
      assert.equal((await fetch(`${ctx.base}/api/feedback`)).status, 405);
      assert.equal((await fetch(`${ctx.base}/api/effect`, { method: 'POST' })).status, 405);
      const text = await fetch(`${ctx.base}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'answer=yes',
      });
      assert.equal(text.status, 415);
      const formMiss = await fetch(`${ctx.base}/api/search-misses`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'term=a&reason=no-results',
      });
      assert.equal(formMiss.status, 415);
    });
  },
  { effectRateLimit: { limit: 10_000 } },
);

forEachDatabase(
  'effect rate limit',
  (ctx) => {
    test('feedback is rate-limited per client: 429 with Retry-After, for JSON and for a form', async () => {
      for (let i = 0; i < 3; i++) assert.equal((await json(ctx.base, '/api/feedback', { answer: 'yes' })).status, 201);
      const limited = await json(ctx.base, '/api/feedback', { answer: 'yes' });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      const limitedForm = await form(ctx.base, { answer: 'yes' });
      assert.equal(limitedForm.status, 429);
      assert.match(await limitedForm.text(), /<html/);
      assert.equal((await ctx.store.db.all('SELECT seq FROM woo_feedback')).length, 3);
      assert.equal((await json(ctx.base, '/api/search-misses', { term: 'afval', reason: 'no-results' })).status, 429);
    });
  },
  { effectRateLimit: { limit: 3, windowMs: 60_000 } },
);
