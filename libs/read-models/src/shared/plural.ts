/** "1 day", "2 days": details are read by people, so counts agree with their nouns. */
export const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
