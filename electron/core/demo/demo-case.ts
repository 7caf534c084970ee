/** One demo complaint: who, where, through which channel, and a text assembled from realistic fragments. */
import type { CaseInput } from '../../../shared/contract';
import type { Category, Channel, Nature } from '../../../shared/domain';
import { DEMANDS, EARLIER_ATTEMPTS, MOODS, TOPICS, WHEN_NOTICED, type Topic } from './complaint-topics';
import { address, type SiteKind } from './places';
import { complainantName, phoneNumber } from './people';
import { INVALID_EXPLANATIONS } from './lifecycle-texts';
import type { Random } from './random';

/** How complaints reach a residential desk: mostly calls and visits. */
export const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['phone', 45],
  ['visit', 24],
  ['online', 11],
  ['on_site', 8],
  ['email', 4],
  ['letter', 3],
  ['other', 5],
];

const OPENINGS: Record<Channel, string> = {
  phone: '来电反映：',
  visit: '到前台反映：',
  on_site: '巡查时当面反映：',
  letter: '来信反映：',
  email: '发邮件反映：',
  online: '在小程序留言：',
  hotline_12345: '经12345热线转来：',
  other: '通过微信反映：',
};

function pickTopic(random: Random, month: number, kind: SiteKind): Topic {
  return random.weighted(
    TOPICS.filter((topic) => (topic.sites ?? ['residential']).includes(kind)).map((topic) => {
      const peak = topic.season?.months.includes(month) ? topic.season.factor : 1;
      return [topic, topic.weight * peak] as const;
    }),
  );
}

const WHO: Record<SiteKind, string> = { residential: '业主', commercial: '商户', office: '租户' };

function composeContent(random: Random, topic: Topic, channel: Channel, kind: SiteKind): string {
  const problem = random.pick(topic.problems);
  let text = `${WHO[kind]}${OPENINGS[channel]}${random.pick(WHEN_NOTICED)}${problem}。`;
  // Letters and e-mails run longer, and some callers have a second grievance.
  if (channel === 'letter' || channel === 'email' || random.chance(0.2)) {
    const second = random.pick(topic.problems);
    if (second !== problem) text += `另外，${second}。`;
  }
  text += random.pick(EARLIER_ATTEMPTS) + random.pick(DEMANDS) + random.pick(MOODS);
  return text;
}

export interface DemoCase {
  input: CaseInput;
  topic: Topic;
}

/** Most cases are registered before anyone judges them; a few are obviously valid (or not) at the counter. */
const NATURE_AT_REGISTRATION: readonly (readonly [Nature, number])[] = [
  ['unjudged', 78],
  ['valid', 18],
  ['invalid', 3],
  ['major', 1],
];

export function demoCase(random: Random, channel: Channel, receivedAt: number): DemoCase {
  const place = address(random);
  const topic = pickTopic(random, new Date(receivedAt).getMonth() + 1, place.kind);
  const category: Category = random.weighted(topic.categories);
  const input: CaseInput = {
    channel,
    complainantName: complainantName(random),
    phone: phoneNumber(random, channel),
    email: '',
    buildingRoom: place.buildingRoom,
    site: place.site,
    receivedAt,
    content: composeContent(random, topic, channel, place.kind),
    category,
    nature: random.weighted(NATURE_AT_REGISTRATION),
  };
  // A nature chosen at the desk is the judgment: an invalid one comes with what the customer was told.
  if (input.nature === 'invalid') input.invalidExplanation = random.pick(INVALID_EXPLANATIONS);
  return { input, topic };
}
