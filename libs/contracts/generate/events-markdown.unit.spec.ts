import { CUSTOMER_EVENT_TYPES } from '../src/customer.events.js';
import { PERSONAL_DATA_FIELDS } from '../src/personal-data.js';
import { EVENT_CONTRACTS } from '../src/schemas/event-contracts.js';
import { eventsMarkdown } from './events-markdown.js';

const catalogue = eventsMarkdown();

/** The rows of the table under a heading, field → meaning. */
const tableUnder = (heading: string): Map<string, string> => {
  const start = catalogue.indexOf(`\n${heading}\n`);
  const next = catalogue.slice(start + heading.length + 2).search(/\n#{2,3} /);
  const section = catalogue.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
  return new Map([...section.matchAll(/^\| `([\w.]+)` \| (.*) \|$/gm)].map(([, field, meaning]) => [field as string, meaning as string]));
};

describe('docs/events.md', () => {
  it.each(CUSTOMER_EVENT_TYPES)('lists every field of the current %s and marks exactly its personal data', (type) => {
    const rows = tableUnder(`## ${type}`);
    const topLevel = [...rows.keys()].filter((field) => !field.includes('.'));
    expect(topLevel).toEqual(Object.keys(EVENT_CONTRACTS[type].at(-1)?.fields ?? {}));
    const marked = [...rows].filter(([, meaning]) => meaning.startsWith('**PD**')).map(([field]) => field);
    expect(marked.sort()).toEqual([...PERSONAL_DATA_FIELDS[type]].sort());
  });

  it('lists the older versions under their own headings, with the members of structured fields', () => {
    expect([...tableUnder('### CustomerContacted version 1').keys()]).toContain('outcome');
    expect([...tableUnder('## CustomerContacted').entries()]).toEqual(
      expect.arrayContaining([
        ['outcome.status', 'what came of it: `reached`, `not_reached`, `follow_up_needed`'],
        ['outcome.followUpBy', expect.stringMatching(/^with `status: follow_up_needed`, optional: when the follow-up is due/)],
      ]),
    );
  });
});
