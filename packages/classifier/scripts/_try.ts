import { classify } from '../src/index.ts';
import { readFileSync } from 'node:fs';
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const [title, publisher] = line.split(' @@ ');
  const r: any = classify(publisher ? { title, publisher } : { title });
  const top = r.alternatives?.[0] ?? r.ranking?.[0];
  console.log((r.category ?? '—').padEnd(11), String(r.confidence?.toFixed?.(2) ?? '').padEnd(5), title.slice(0, 100));
}
