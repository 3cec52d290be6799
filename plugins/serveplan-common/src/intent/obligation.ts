/**
 * The modals of obligation a requirement is said with, as a regex source: "must", "has to",
 * "have to", "need to", "needs to", "should" ("the drafts must be ready", "latency has to be
 * low", "it needs to handle 32k tokens"). Readers add their own variants around it ("got to",
 * "shall", "will have to").
 */
export const MUST_SOURCE = '(?:must|has\\sto|have\\sto|needs?\\sto|should)';
