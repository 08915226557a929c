// A province's year of case records for the supervision benchmark (docs/benchmarks.md, "Supervision
// at scale"): N first-instance cases and reconsiderations over AGENCIES agencies, deterministic
// (a seeded generator; nothing outside the clone is read). The shape follows
// scripts/gen_supervision_example.py: notices, answers (some late or missing), hearings (some with
// a head, some with nobody), judgments, performance, reports and feedback.
//
//   node bench/supervision-cases.mjs 100000 > /tmp/cases.jsonl
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 as rng } from './random.mjs';

export const YEAR = 2025;
export const AGENCIES = 2000;
const LEVELS = ['province', 'city', 'county', 'township'];


const iso = (day) => new Date(Date.UTC(YEAR, 0, 1 + day)).toISOString().slice(0, 10);

/** The JSONL text of `n` records, one a line. */
export function* caseLines(n, seed = 16) {
  const r = rng(seed);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  for (let i = 0; i < n; i++) {
    const a = int(0, AGENCIES - 1);
    const agency = { name: `第${a + 1}号行政机关`, level: LEVELS[a % 4] };
    if (i % 4 === 3) {
      const received = int(0, 300);
      yield JSON.stringify({ caseNumber: `复〔${YEAR}〕${i + 1}号`, agency, procedure: 'reconsideration',
        reconsiderations: [{ received: iso(received), decided: iso(received + int(20, 60)), result: r() < 0.1 ? 'corrected' : 'upheld' }] });
      continue;
    }
    const served = int(0, 280);
    const rec = { caseNumber: `（${YEAR}）行初${i + 1}号`, court: `第${(a % 50) + 1}法院`, agency, procedure: 'firstInstance', noticeServed: iso(served) };
    const reported = [{ kind: 'report', date: iso(served + (r() < 0.9 ? 1 : 6)) }];
    if (r() < 0.97) {
      const answered = served + (r() < 0.95 ? int(3, 14) : int(18, 25));
      rec.answered = iso(answered);
      reported.push({ kind: 'feedback', date: iso(answered + 1) });
    }
    const hearing = served + int(25, 40);
    const x = r();
    rec.hearings = [{ date: iso(hearing), appeared: x < 0.75 ? [{ role: x < 0.4 ? 'head' : 'deputyHead' }, { role: 'staff' }] : x < 0.97 ? [{ role: 'staff' }] : [] }];
    const end = hearing + int(10, 40);
    const lost = r() < 0.2;
    rec.concluded = { date: iso(end), outcome: lost ? 'lost' : r() < 0.3 ? 'withdrawnAfterMediation' : 'won' };
    if (lost) {
      rec.judgment = { served: iso(end), performanceDue: iso(end + 30) };
      if (r() < 0.9) rec.performed = iso(end + int(5, 40));
    }
    rec.reported = reported;
    yield JSON.stringify(rec);
  }
}

/** Writes `n` records to `file`; returns its size in bytes. */
export function writeCases(file, n, seed) {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let chunk = [];
  for (const line of caseLines(n, seed)) {
    chunk.push(line);
    if (chunk.length === 1000) {
      bytes += fs.writeSync(fd, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) bytes += fs.writeSync(fd, `${chunk.join('\n')}\n`);
  fs.closeSync(fd);
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 100000);
  for (const line of caseLines(n)) process.stdout.write(`${line}\n`);
}
