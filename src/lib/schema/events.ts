/** data/events.csv and the baked `events` table (with the date expanded to its first and last day). */
import { computed, day, picklist, reference, table, text } from './column.ts';
import { VINTAGES } from './vintages.ts';

export const EVENT_KINDS = ['deadline', 'milestone', 'status'] as const;
/** empty only for a milestone (the checker's rule) */
export const EVENT_STATUSES = ['', 'missed', 'met', 'pending'] as const;

const required = { required: true } as const;

export const eventsTable = table({
  name: 'events',
  description: 'Deadlines, milestones and status facts stated in the sources',
  primaryKey: ['id'],
  foreignKeys: [reference('source', 'sources')],
  columns: [
    text('id', 'event id', required),
    picklist('vintage', VINTAGES, 'VN63 or VN34', required),
    text('geo', 'province code or VN', required),
    text('subunit', 'sub-provincial unit, if any'),
    text('date', 'ISO period of the deadline or milestone', required),
    computed(day('date_start', 'first day of that period')),
    computed(day('date_end', 'last day of that period')),
    picklist('kind', EVENT_KINDS, 'deadline, milestone or status', required),
    picklist('status', EVENT_STATUSES, 'missed, met, pending or empty'),
    text('title_vi', 'what happened, in Vietnamese', required),
    text('title_en', 'what happened, in English', required),
    text('source', 'source id', required),
    text('quote', 'verbatim quote from the source', required),
    text('note', 'note'),
  ],
});
