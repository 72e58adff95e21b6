/**
 * Slack's Block Kit limits, as Slack documents them.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  messageText: 40_000,
  sectionText: 3_000,
  sectionFields: 10,
  fieldText: 2_000,
  headerText: 150,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  imageUrl: 3_000,
  altText: 2_000,
  inputLabel: 2_000,
  placeholder: 150,
  hint: 2_000,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  checkboxOptions: 10,
} as const;
