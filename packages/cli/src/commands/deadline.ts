import { isIsoDate, toWooKitError } from '@woo-kit/core';
import {
  computeDeadline,
  deadlineStatus,
  type DeadlineResult,
  type DeadlineStatus,
  type SuspensionInput,
} from '@woo-kit/deadlines';
import { readArgs, usageError, type CliIO, type Command } from '../command.js';
import { mapJsonLines } from '../jsonl.js';

const USAGE = `usage: woo-kit deadline --jsonl [--today YYYY-MM-DD]
       woo-kit deadline --received YYYY-MM-DD [--postponed YYYY-MM-DD]
                        [--zienswijze NOTIFIED:ENDED]... [--aanvulling NOTIFIED:ENDED]...
                        [--instemming DAYS]... [--overmacht DAYS]... [--extra-holiday YYYY-MM-DD]...
                        [--decided YYYY-MM-DD] [--today YYYY-MM-DD] [--lang nl|en] [--json]

Computes the decision term of a Woo request (Woo 4.4, Awb 4:15, Algemene termijnenwet).

  --jsonl        Read one input object per line on stdin, write one result object per line on
                 stdout, in the same order. Input: {"receivedOn", "postponedOn"?, "suspensions"?,
                 "extraHolidays"?, "decidedOn"?}. A bad line gives
                 {"error":{"code","message":{"nl","en"}}} on its line; the batch goes on.
                 With --today every result also has a "status".
  --received     The day the request was received. The other options add to it; repeat
                 --zienswijze, --aanvulling, --instemming, --overmacht and --extra-holiday as needed.
  --today        Also show the status on that day (days left or late, stage).
  --lang         Language of the explanation: nl (default) or en.
  --json         Print the result as one JSON object instead of text.

Exit codes: 0 every input was fine; 1 at least one input (line) had an error; 2 usage error.`;

const VALUE_OPTIONS = [
  'received',
  'postponed',
  'zienswijze',
  'aanvulling',
  'instemming',
  'overmacht',
  'extra-holiday',
  'decided',
  'today',
  'lang',
];
const FLAGS = ['jsonl', 'json'];

interface Options {
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
}

/** Parses `--name value`, `--name=value` (repeatable) and the flags; returns a problem as a string. */
function parse(args: readonly string[]): Options | string {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  // Every option but a flag takes the next argument as its value, whatever it looks like.
  for (const token of readArgs(args, { flags: FLAGS, valueMayLookLikeAnOption: true })) {
    if (token.kind === 'positional') return `unexpected argument "${token.value}"`;
    if (token.kind === 'end-of-options') return 'unknown option --';
    const { name, value } = token;
    if (FLAGS.includes(name) && value === undefined) {
      flags.add(name);
      continue;
    }
    if (!VALUE_OPTIONS.includes(name)) return `unknown option --${name}`;
    if (value === undefined) return `--${name} needs a value`;
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  for (const name of ['received', 'postponed', 'decided', 'today', 'lang']) {
    if ((values.get(name)?.length ?? 0) > 1) return `--${name} may be given once`;
  }
  return { values, flags };
}

function statusFields(s: DeadlineStatus): object {
  const { today, stage, daysLeft, workingDaysLeft, daysLate, workingDaysLate } = s;
  return { today, stage, daysLeft, workingDaysLeft, daysLate, workingDaysLate };
}

/** The result as a plain object (with `steps`), plus the status when asked for. */
function output(result: DeadlineResult, status: DeadlineStatus | undefined): object {
  const plain = { ...result, alternatives: result.alternatives, steps: result.steps };
  return status === undefined ? plain : { ...plain, status: statusFields(status) };
}

/** Builds the input object of a human invocation; returns a problem as a string. */
function inputOf(values: ReadonlyMap<string, readonly string[]>): Record<string, unknown> | string {
  const input: Record<string, unknown> = { receivedOn: values.get('received')![0] };
  const postponed = values.get('postponed')?.[0];
  if (postponed !== undefined) input['postponedOn'] = postponed;
  const decided = values.get('decided')?.[0];
  if (decided !== undefined) input['decidedOn'] = decided;
  const extra = values.get('extra-holiday');
  if (extra !== undefined) input['extraHolidays'] = extra;
  const suspensions: SuspensionInput[] = [];
  for (const kind of ['zienswijze', 'aanvulling'] as const) {
    for (const value of values.get(kind) ?? []) {
      const [notifiedOn, endedOn, more] = value.split(':');
      if (notifiedOn === undefined || endedOn === undefined || more !== undefined)
        return `--${kind} takes NOTIFIED:ENDED, e.g. 2025-04-01:2025-04-15`;
      suspensions.push({ kind, notifiedOn, endedOn });
    }
  }
  for (const kind of ['instemming', 'overmacht'] as const) {
    for (const value of values.get(kind) ?? []) {
      if (!/^\d+$/.test(value)) return `--${kind} takes a number of days`;
      suspensions.push({ kind, days: Number(value) });
    }
  }
  if (suspensions.length > 0) input['suspensions'] = suspensions;
  return input;
}

const LABELS = {
  nl: {
    deadline: 'Uiterlijke beslisdatum',
    first: 'Einde eerste termijn',
    suspended: 'Opgeschorte dagen',
    postponement: 'Verdaging telt',
    yes: 'ja',
    no: 'nee (te laat gemeld)',
    alternative: 'Andere uitleg',
    steps: 'Zo is het berekend:',
    status: 'Stand van zaken',
    stages: {
      'within-term': 'termijn loopt',
      suspended: 'termijn staat stil',
      postponed: 'verdaagde termijn loopt',
      late: 'te laat',
      'decided-on-time': 'op tijd beslist',
      'decided-late': 'te laat beslist',
    },
  },
  en: {
    deadline: 'Decision due by',
    first: 'End of the first term',
    suspended: 'Suspended days',
    postponement: 'Postponement counts',
    yes: 'yes',
    no: 'no (notified too late)',
    alternative: 'Other reading',
    steps: 'How it was worked out:',
    status: 'Status',
    stages: {
      'within-term': 'term running',
      suspended: 'term on hold',
      postponed: 'postponed term running',
      late: 'late',
      'decided-on-time': 'decided on time',
      'decided-late': 'decided late',
    },
  },
} as const;

function text(result: DeadlineResult, status: DeadlineStatus | undefined, lang: 'nl' | 'en'): string {
  const l = LABELS[lang];
  const lines = [
    `${l.deadline}: ${result.deadline}`,
    `${l.first}: ${result.firstTermEnd}`,
    `${l.suspended}: ${result.suspendedDays}`,
  ];
  if (result.postponementValid !== undefined)
    lines.push(`${l.postponement}: ${result.postponementValid ? l.yes : l.no}`);
  for (const a of result.alternatives) lines.push(`${l.alternative}: ${a.deadline} (${a.rule})`);
  if (status !== undefined)
    lines.push(`${l.status} (${status.today}): ${l.stages[status.stage]}. ${status.steps.at(-1)!.explanation[lang]}`);
  lines.push('', l.steps);
  result.steps.forEach((s, i) =>
    lines.push(`${String(i + 1).padStart(2)}. ${s.rule} (${s.date})`, `    ${s.explanation[lang]}`),
  );
  return `${lines.join('\n')}\n`;
}

async function runBatch(io: CliIO, today: string | undefined): Promise<number> {
  const failures = await mapJsonLines(io.stdin, io.stdout, (value) => {
    const result = computeDeadline(value);
    return output(result, today === undefined ? undefined : deadlineStatus(value, today));
  });
  return failures > 0 ? 1 : 0;
}

/** `woo-kit deadline`: the decision term of Woo requests, for people (text) or in batch (JSON lines). */
export const deadline: Command = {
  name: 'deadline',
  summary: 'compute the decision term of Woo requests (Woo 4.4, Awb 4:15, Atw), explained step by step',
  usage: USAGE,
  async run(args, io) {
    const options = parse(args);
    if (typeof options === 'string') return usageError(io, this, options);
    const { values, flags } = options;
    const today = values.get('today')?.[0];
    if (today !== undefined && !isIsoDate(today))
      return usageError(io, this, `--today must be a date written as YYYY-MM-DD`);
    const lang = values.get('lang')?.[0] ?? 'nl';
    if (lang !== 'nl' && lang !== 'en') return usageError(io, this, '--lang must be nl or en');
    if (flags.has('jsonl')) {
      if (values.has('received'))
        return usageError(io, this, '--jsonl reads its input from stdin; leave out --received');
      return runBatch(io, today);
    }
    if (!values.has('received')) return usageError(io, this, 'give --received YYYY-MM-DD, or --jsonl');
    const input = inputOf(values);
    if (typeof input === 'string') return usageError(io, this, input);
    try {
      const result = computeDeadline(input);
      const status = today === undefined ? undefined : deadlineStatus(input, today);
      io.stdout.write(flags.has('json') ? `${JSON.stringify(output(result, status))}\n` : text(result, status, lang));
      return 0;
    } catch (error) {
      const e = toWooKitError(error);
      io.stderr.write(
        `woo-kit deadline: ${e.messages[lang]} (${e.code}${e.path === undefined ? '' : ` at ${e.path}`})\n`,
      );
      return 1;
    }
  },
};
