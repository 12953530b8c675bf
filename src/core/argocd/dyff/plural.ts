const words = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** gonvenience/text `Plural`: "one list entry", "two list entries", "13 lines". */
export function plural(amount: number, singular: string, pluralForm = `${singular}s`): string {
  const number = words[amount] ?? String(amount);
  return `${number} ${amount === 1 ? singular : pluralForm}`;
}
