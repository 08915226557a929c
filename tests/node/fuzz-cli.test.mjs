// A fuzz of the CLI's arguments and stdin, against the release binary target/release/filing-check
// (scripts/build.sh builds it). The argv comes from the CLI's own grammar, read from the table of
// subcommands and flags in src/bin/filing-check.rs, so a new flag is fuzzed as soon as it exists:
// subcommands, their flags and other subcommands' flags, `--flag value` and `--flag=value`, values
// near the valid ones and garbage, positional files of every kind (valid, mutated, binary, not
// UTF-8, a directory, missing), and arguments that are not UTF-8 at all. Stdin is a corpus request
// mutated as a value and as text (tests/js/fuzz-gen.mjs), random bytes, or nothing.
//
// Every run must: end by itself (no signal, no hang); never panic (exit code 101, or "panicked" on
// stderr); exit 0, 1 or 2 only, and 1 only from the subcommands documented to (check, id,
// timeline, supervise); on exit 2 write nothing on stdout and, on stderr, one
// `{"error": {"code", "message"}}` whose code is documented (README "Codes", plus the CLI's `io`)
// and whose message is not empty; on exit 0 or 1 write nothing on stderr, and JSON on stdout from
// every subcommand that answers in JSON.
//
//   FILING_CHECK_CLI_FUZZ_SEED=<n>   seed (default below; printed, so any failure reproduces)
//   FILING_CHECK_CLI_FUZZ_RUNS=<n>   runs of the CLI (default 300; e.g. 20000 for a recorded run)
//
// The runs work in a temporary directory (the cwd of every run, and every path they are given),
// so a fuzzed `--ics` never writes anywhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCases } from '../js/corpus-core.mjs';
import { generators } from '../js/fuzz-gen.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(resolve(root, process.env.CARGO_TARGET_DIR ?? 'target'), 'release/filing-check');
const SEED = Number(process.env.FILING_CHECK_CLI_FUZZ_SEED ?? 20261203) >>> 0;
const RUNS = Number(process.env.FILING_CHECK_CLI_FUZZ_RUNS ?? 300);
console.log(`# CLI fuzz seed ${SEED}, ${RUNS} runs; reproduce: FILING_CHECK_CLI_FUZZ_SEED=${SEED} FILING_CHECK_CLI_FUZZ_RUNS=${RUNS} node --test tests/node/fuzz-cli.test.mjs`);

// The grammar, from the source: `("check", &["lang", "today", "mode", "config"]),` …
const cliRs = readFileSync(join(root, 'src/bin/filing-check.rs'), 'utf8');
const table = cliRs.slice(cliRs.indexOf('let allowed: &[(&str, &[&str])] = &['));
const GRAMMAR = Object.fromEntries([...table.slice(0, table.indexOf('];')).matchAll(/\("([a-z-]+)", &\[([^\]]*)\]\)/g)]
  .map((m) => [m[1], [...m[2].matchAll(/"([a-z-]+)"/g)].map((f) => f[1])]));
const SWITCHES = [...cliRs.match(/const SWITCHES: &\[&str\] = &\[([^\]]*)\]/)[1].matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
const SUBCOMMANDS = Object.keys(GRAMMAR);
const ALL_FLAGS = [...new Set(Object.values(GRAMMAR).flat())];
// README: exit 1 is a negative verdict, from these alone; they and the rest answer JSON on stdout
// except `convert` (the text), `rates --format csv` and `bulletin` (HTML or CSV).
const MAY_EXIT_1 = new Set(['check', 'id', 'timeline', 'supervise']);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const CODES = new Set([...readme.match(/Codes: ([\s\S]*?)\. They are the same/)[1].matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
assert.ok(/the CLI also says `io`/.test(readme), 'README "Codes" documents the CLI\'s own code io');
CODES.add('io');

const cases = loadCases(join(root, 'tests/cases'));
const gen = generators(SEED, cases);
const { int, pick, chance } = gen;
const byOp = gen.casesByOp;

// The files the runs are given: each kind of thing a path can name.
const work = mkdtempSync(join(tmpdir(), 'filing-check-cli-fuzz-'));
const file = (name, data) => { writeFileSync(join(work, name), data); return name; };
mkdirSync(join(work, 'a-directory'));
const randomBytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));
const FILES = [
  file('filing.json', JSON.stringify(byOp.check[0].request.filing)),
  file('timeline.json', JSON.stringify(byOp.timeline?.[0]?.request ?? {})),
  file('config.json', JSON.stringify({ mode: 'draft', rules: { 'ID-001': 'off' } })),
  file('calendar.json', JSON.stringify(byOp.deadline?.find((c) => c.request.calendar)?.request.calendar ?? { years: {} })),
  file('cases.jsonl', readFileSync(join(root, 'examples/supervision/qiannan-2021.jsonl'))),
  file('cases.csv', readFileSync(join(root, 'examples/supervision/small.csv'))),
  file('empty.json', ''),
  file('not-json.json', '{"filing": '),
  file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])),
  file('binary.csv', randomBytes(512)),
  file('array.json', '[1,2,3]'),
  'a-directory', 'missing.json', 'missing/dir/x.ics', '-', '',
];
const mutatedFile = (i) => file(`mutated-${i % 16}.${pick(['json', 'jsonl', 'csv'])}`, chance(0.8) ? gen.mutateText(JSON.stringify(pick(cases).request)) : randomBytes(int(4096)));

const DATES = ['2026-11-22', '2025-09-16', '2024-02-29', '2021-01-01', '2021-08-31', '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '2026/11/22', '２０２６-１１-２２', '', 'today'];
const VALUES = {
  lang: ['zh-Hans', 'zh-Hant', 'en', 'fr', 'EN', ''],
  today: DATES, from: DATES, to: DATES, postmark: DATES,
  period: ['15d', '6m', '1y', '5wd', '0d', '-1d', '99999999999d', '1.5m', '15 days', 'd', ''],
  mode: ['final', 'draft', 'FINAL', ''],
  window: [...new Set(cases.map((c) => c.request?.window).filter((w) => typeof w === 'string'))].concat(['no-such-window', '']),
  kind: ['resident', 'credit-code', 'case-number', 'passport', ''],
  pack: ['guangzhou', 'qiannan', 'beijing', ''], 'timeline-pack': ['guangzhou', 'qiannan', 'x'],
  by: ['all', 'agency', 'level', 'court', ''],
  format: ['json', 'csv', 'html', 'xml', ''],
  calendar: FILES, ics: ['out.ics', 'a-directory', 'missing/dir/x.ics', ''],
};
const CONVERT_CONFIGS = ['s2t', 't2s', 's2tw', 'tw2sp', 'hk2s', 't2jp', 'S2T', 's2x', ''];
const ID_VALUES = ['11010519491231002X', '11010519491231002x', '110105194912310021', '91350100M000100Y43', '（2024）粤71行初123号', '1', ''];

// Text an argument can hold (no NUL: no OS can pass one, and spawn refuses it). No '/': the runs
// must not be able to name a path outside their directory.
const garbage = () => gen.str().replace(/[\0/]/g, '').slice(0, chance(0.95) ? 200 : 100000);
function value(command, flag) {
  if (flag === 'config') return command === 'convert' ? pick(CONVERT_CONFIGS) : pick(FILES);
  if (chance(0.15)) return garbage();
  return pick(VALUES[flag] ?? [garbage()]);
}
// Well-formed command lines (the README's), so that half of the runs get past argument checking
// and reach the subcommand, before a perturbation or two.
const D = () => pick(DATES.slice(0, 5));
const TEMPLATES = {
  id: () => ['--kind', pick(VALUES.kind.slice(0, 3)), pick(ID_VALUES), '--today', D()],
  check: () => [pick(['filing.json', '-', '-']), '--today', D(), ...(chance(0.5) ? ['--lang', pick(VALUES.lang.slice(0, 3))] : []), ...(chance(0.3) ? ['--mode', 'draft'] : [])],
  deadline: () => ['--from', D(), '--period', pick(VALUES.period.slice(0, 5))],
  windows: () => (chance(0.5) ? ['--window', pick(VALUES.window), '--from', D()] : []),
  timeline: () => [pick(['timeline.json', '-', '-']), '--today', D(), ...(chance(0.3) ? ['--ics', 'out.ics'] : [])],
  convert: () => ['--config', pick(CONVERT_CONFIGS.slice(0, 6)), ...(chance(0.3) ? ['--clean'] : [])],
  rules: () => (chance(0.5) ? ['--lang', pick(VALUES.lang.slice(0, 3))] : []),
  supervise: () => [pick(['cases.jsonl', 'cases.csv', '-']), '--today', pick(['2021-08-31', D()]), ...(chance(0.4) ? ['--pack', pick(['guangzhou', 'qiannan'])] : [])],
  rates: () => [pick(['cases.jsonl', 'cases.csv', '-']), '--from', '2021-01-01', '--to', '2021-08-31', ...(chance(0.4) ? ['--by', pick(['all', 'agency', 'level'])] : []), ...(chance(0.3) ? ['--format', pick(['json', 'csv'])] : [])],
  bulletin: () => [pick(['cases.jsonl', 'cases.csv', '-']), '--from', '2021-08-01', '--to', '2021-08-31', ...(chance(0.3) ? ['--format', pick(['html', 'csv'])] : [])],
};
function perturb(args) {
  for (let n = int(3); n > 0; n--) {
    const at = 1 + int(args.length);
    const r = gen.rand();
    if (r < 0.4 && args.length > 1) args[Math.min(at, args.length - 1)] = chance(0.5) ? garbage() : pick(pick(Object.values(VALUES)));
    else if (r < 0.6 && args.length > 1) args.splice(Math.min(at, args.length - 1), 1);
    else args.splice(at, 0, `--${pick(ALL_FLAGS)}`, ...(chance(0.7) ? [garbage()] : []));
  }
  return args;
}
function argv() {
  if (chance(0.5)) {
    const command = pick(Object.keys(TEMPLATES).filter((c) => SUBCOMMANDS.includes(c)));
    const args = [command, ...TEMPLATES[command]()];
    return chance(0.5) ? perturb(args) : args;
  }
  const args = [];
  const r = gen.rand();
  const command = r < 0.9 ? pick(SUBCOMMANDS) : pick(['', 'CHECK', 'help', '-h', '--help', '--', garbage()]);
  if (!(r >= 0.9 && chance(0.1))) args.push(command);
  const flags = GRAMMAR[command] ?? ALL_FLAGS;
  for (let n = int(7); n > 0; n--) {
    const x = gen.rand();
    const flag = x < 0.8 ? pick(flags) : pick(ALL_FLAGS);
    if (x < 0.85) {
      if (SWITCHES.includes(flag)) args.push(chance(0.8) ? `--${flag}` : `--${flag}=${pick(['true', 'false', ''])}`);
      else if (chance(0.7)) args.push(`--${flag}`, value(command, flag));
      else if (chance(0.9)) args.push(`--${flag}=${value(command, flag)}`);
      else args.push(`--${flag}`); // the value is missing
    } else if (x < 0.93) {
      args.push(command === 'id' ? pick(ID_VALUES) : chance(0.2) ? mutatedFile(n) : pick(FILES));
    } else {
      args.push(pick(['--', '-', '---', '--=', '--=x', `--${garbage()}`, '-x', garbage()]));
    }
  }
  if (command === 'id' && chance(0.7)) args.push(pick(ID_VALUES));
  return args;
}
function stdinFor(command) {
  const r = gen.rand();
  if (r < 0.1) return Buffer.alloc(0);
  if (r < 0.2) return randomBytes(int(2048));
  const op = { check: 'check', timeline: 'timeline', convert: 'convert', supervise: 'supervise', rates: 'rates', bulletin: 'supervise' }[command] ?? pick(Object.keys(byOp));
  const c = byOp[op]?.length ? pick(byOp[op]) : pick(cases);
  let text;
  if (command === 'check') text = JSON.stringify(chance(0.7) ? gen.mutateValue({ f: c.request.filing ?? {} }).f : gen.jsonValue(1));
  else if (command === 'convert') text = typeof c.request.text === 'string' ? (chance(0.5) ? c.request.text : gen.mutateString(c.request.text)) : gen.str();
  else if (['supervise', 'rates', 'bulletin'].includes(command)) text = readFileSync(join(work, 'cases.jsonl'), 'utf8').split('\n').slice(0, 1 + int(30)).map((l) => (chance(0.2) ? gen.mutateText(l) : l)).join('\n');
  else text = gen.requestText(op);
  text ??= ''; // a mutation can remove the filing itself: JSON.stringify(undefined)
  if (r > 0.9) text = gen.mutateText(text);
  const bytes = Buffer.from(text, 'utf8');
  if (r > 0.97) bytes[int(bytes.length)] = 0xff; // no longer UTF-8
  return bytes;
}

// Arguments that are not UTF-8 cannot come from a JS string: bash builds them from printf escapes.
function runNonUtf8() {
  const bytes = pick(['\\xff', '\\xc3\\x28', '\\xed\\xa0\\x80', 'caf\\xe9.json']);
  const args = pick([['id', '--kind', 'resident'], ['check'], ['convert', '--config'], []]);
  return { args: [...args, `<bytes ${bytes}>`], out: spawnSync('bash', ['-c', `exec "$0" "$@" "$(printf '${bytes}')"`, bin, ...args], { cwd: work, input: '', timeout: 60000, maxBuffer: 1 << 28 }) };
}

test('CLI fuzz: random arguments and stdin never panic, and every failure is a documented exit code with a documented error code', { skip: !existsSync(bin) && `no ${bin}: run bash scripts/build.sh first` }, () => {
  assert.ok(SUBCOMMANDS.length >= 10 && GRAMMAR.check.includes('today'), `the grammar read from src/bin/filing-check.rs looks wrong: ${JSON.stringify(GRAMMAR)}`);
  const failures = [];
  const exits = { 0: 0, 1: 0, 2: 0 };
  const codes = {};
  const bySubcommand = {};
  try {
    for (let i = 0; i < RUNS; i++) {
      let args;
      let out;
      if (chance(0.02)) ({ args, out } = runNonUtf8());
      else {
        args = argv();
        out = spawnSync(bin, args, { cwd: work, input: stdinFor(args[0]), timeout: 60000, maxBuffer: 1 << 28 });
      }
      const stderr = out.stderr?.toString('utf8') ?? '';
      const stdout = out.stdout?.toString('utf8') ?? '';
      const command = args[0];
      const why = [];
      // EPIPE: the subcommand does not read stdin and exited before it was all written.
      if (out.error && out.error.code !== 'EPIPE') why.push(`did not run to the end: ${out.error.message}`);
      if (out.signal) why.push(`killed by ${out.signal}`);
      if (out.status === 101 || /panicked/.test(stderr)) why.push('panicked');
      if (![0, 1, 2].includes(out.status)) why.push(`exit code ${out.status}`);
      if (out.status === 1 && !MAY_EXIT_1.has(command)) why.push(`exit 1 from ${command}, which has no negative verdict`);
      if (out.status === 2) {
        if (stdout.length) why.push('exit 2 with output on stdout');
        let err;
        try { err = JSON.parse(stderr); } catch { why.push(`exit 2 and stderr is not one JSON error: ${stderr.slice(0, 300)}`); }
        const code = err?.error?.code;
        if (err && !CODES.has(code)) why.push(`undocumented error code ${JSON.stringify(code)}`);
        if (err && !(typeof err.error.message === 'string' && err.error.message.length)) why.push('an error without a message');
        if (CODES.has(code)) codes[code] = (codes[code] ?? 0) + 1;
      }
      if (out.status === 0 || out.status === 1) {
        if (stderr.length) why.push(`exit ${out.status} with stderr: ${stderr.slice(0, 300)}`);
        const lastFormat = args.map((a, j) => (a === '--format' ? args[j + 1] : a.startsWith('--format=') ? a.slice(9) : undefined)).filter((f) => f !== undefined).pop();
        const answersJson = !['convert', 'bulletin', '--help'].includes(command) && !(command === 'rates' && lastFormat === 'csv');
        if (answersJson) { try { JSON.parse(stdout); } catch { why.push(`exit ${out.status} and stdout is not JSON: ${stdout.slice(0, 200)}`); } }
      }
      if (out.status in exits) exits[out.status]++;
      const sub = SUBCOMMANDS.includes(command) ? command : '(other)';
      bySubcommand[sub] = (bySubcommand[sub] ?? 0) + 1;
      if (why.length) failures.push(`run ${i}: filing-check ${args.map((a) => JSON.stringify(a.length > 80 ? `${a.slice(0, 60)}…(${a.length})` : a)).join(' ')}\n    ${why.join('; ')}\n    stderr: ${stderr.slice(0, 400)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`# ${RUNS} runs: exit 0 ${exits[0]}, exit 1 ${exits[1]}, exit 2 ${exits[2]}; ${failures.length} failures`);
  console.log(`#   by subcommand: ${Object.entries(bySubcommand).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  console.log(`#   error codes: ${Object.entries(codes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  // A fuzz whose every run is a usage error would prove nothing about the subcommands.
  assert.ok(exits[0] + exits[1] > RUNS / 20, `only ${exits[0] + exits[1]} of ${RUNS} runs got past argument checking`);
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${RUNS} runs broke the CLI's contract`);
});
