/**
 * The demo municipality ("Gemeente Voorbeeld"): sample publications and a year of requests, for
 * `woo-kit serve --demo` and the demo site. Never use it for a real municipality.
 */
import type { WooStore } from '../store/store.js';
import { samplePublications, sampleRequests } from './sample-data.js';
import { seedEffectDemo } from './sample-effect.js';

export { samplePublications, sampleRequests, type SampleOptions } from './sample-data.js';
export { sampleFeedback, seedEffectDemo } from './sample-effect.js';

/** The fictitious demo municipality. Its TOOI code is that of a former municipality ('s-Graveland,
 * merged in 2002), so the sitemap validates against the official list without naming a real one. */
export const DEMO_PUBLISHER = {
  name: 'Gemeente Voorbeeld',
  uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0390',
} as const;

/** Fills an empty store with the demo data; does nothing when it already holds requests. */
export async function seedDemo(
  store: WooStore,
  options: { today: string; publicOrigin: string; publisherUri?: string },
): Promise<boolean> {
  // Feedback, missed searches and choices (docs/effect.md): also into a demo database made before they existed.
  await seedEffectDemo(store.db, options.today);
  if ((await store.countRequests()) > 0) return false;
  const sample = {
    publisherUri: options.publisherUri ?? DEMO_PUBLISHER.uri,
    publisherName: DEMO_PUBLISHER.name,
    today: options.today,
    baseUrl: `${options.publicOrigin.replace(/\/$/, '')}/`,
  };
  const requests = sampleRequests(sample);
  await store.seed(requests, samplePublications(sample), {
    closedOn: (r) => {
      const final = (r.events ?? []).filter(
        (e) => e.type === 'decided' || e.type === 'released' || e.type === 'withdrawn' || e.type === 'forwarded',
      );
      return final.length > 0 ? final[final.length - 1]!.on : null;
    },
  });
  return true;
}
