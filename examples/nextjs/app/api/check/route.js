// The server re-checks the filing before accepting it: a check in the browser can be bypassed.
// "Today" is the server's civil date in China, never the client's (FILING_CHECK_TODAY replays a
// past day, for tests). The body's shape is checked with zod first, and the filing-check findings
// come through the zod adapter as issues at each field's path, the way a zod-based API answers.
import { check, FilingCheckError } from 'filing-check';
import { filingRefinement } from 'filing-check/adapters/zod.js';
import { z } from 'zod';

const todayInChina = () => process.env.FILING_CHECK_TODAY || new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export async function POST(request) {
  let body;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: { code: 'invalid_json', message: 'the body is not JSON' } }, { status: 400 });
  }
  const today = todayInChina();
  const shape = z.object({ filing: z.object({ kind: z.enum(['appearance', 'defence']) }).passthrough(), lang: z.enum(['zh-Hans', 'zh-Hant', 'en']).optional() });
  const request_ = shape.safeParse(body);
  if (!request_.success) return Response.json({ error: { code: 'invalid_argument', message: request_.error.issues.map((i) => i.message).join('; ') } }, { status: 400 });
  const { filing, lang = 'zh-Hans' } = request_.data;
  try {
    const report = check(filing, { today, lang });
    // The same findings as zod issues (path arrays), for clients that read zod errors.
    const parsed = z.object({}).passthrough().superRefine(filingRefinement({ today, lang })).safeParse(filing);
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, message: i.message }));
    return Response.json({ report, issues });
  } catch (e) {
    if (e instanceof FilingCheckError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 400 });
    throw e;
  }
}
