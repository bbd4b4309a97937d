// The workspace of the plan and report benchmarks: 1 year (2027) × 12 networks.
import { writeWorkspace } from './measure.mjs';

export const NETWORKS = ['linkedin', 'x', 'facebook', 'instagram', 'tiktok', 'youtube', 'pinterest', 'threads', 'bluesky', 'mastodon', 'snapchat', 'twitch'];

/** A valid workspace: one line per network, X daily, the others on their built-in defaults. */
export async function yearWorkspace() {
  const files = {
    'edito.yaml': 'brand: Bench\nlocale: en\ntimezone: Europe/Paris\ncountry: FR\nperiod: { start: 2027-01-01, end: 2027-12-31 }\n',
    'strategy/objectives.yaml': 'objectives:\n  - { id: reach, title: Reach more people, kind: notoriety, kpi: followers, network: all, baseline: 100, target: "+30%", deadline: 2027-12-31 }\n',
    'strategy/personas.yaml': 'personas:\n  - { id: ana, name: Ana, sector: Retail, role: Owner, age: 30-45, location: Lyon, interests: [bread], challenges: [time] }\n',
    'charter/charter.yaml': 'voice: [warm]\n',
    'calendar/key-dates.yaml': 'holidays: { country: FR, policy: skip }\nevents:\n  - { name: Spring sale, date: 2027-03-15, priority: high }\nblackout:\n  - { from: 2027-08-09, to: 2027-08-22, reason: Summer break }\n',
  };
  for (const network of NETWORKS) {
    const frequency = network === 'x' ? '\nfrequency:\n  per_day: { min: 1, max: 1 }\n' : '\n';
    files[`charter/networks/${network}.yaml`] = `network: ${network}\nobjectives: [reach]\npersonas: [ana]\nthemes:\n  - { id: news, weight: 60 }\n  - { id: tips, weight: 40 }${frequency}`;
  }
  const dir = await writeWorkspace('plan', files);
  return dir;
}
