/** An answer as stored: text (short, long, single choice), a list of options, or a 1–5 number. */
export type AnswerValue = string | string[] | number;
