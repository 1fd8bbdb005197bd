/**
 * What a text field keeps of what was typed or pasted. Pure, so the browser runs it too
 * (the forms validate there first).
 *
 * Removed: NUL and the other C0 controls (tab and line breaks, as LF, stay in
 * multi-line fields), DEL and the C1 controls, the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), the byte-order mark U+FEFF, the non-characters
 * U+FFFE/U+FFFF, and lone surrogate halves. None of them has a visible form or a meaning
 * in a project register; they arrive by pasting from word processors, PDFs and
 * spreadsheets, or from someone hostile (an override makes "Nhà máy ABC" show as a
 * different name in every list, a NUL cuts the text short in other tools).
 *
 * Removed rather than refused: the person cannot see these characters, so a message
 * about them would point at something they cannot find in the box, and removing them
 * loses nothing they can see. The rule is the same for every one of them, NUL included,
 * so there is one answer to learn. A field that held nothing else is then empty, and a
 * required one says so like any empty field.
 *
 * Kept: letters with their combining marks, emoji and their joiners (U+200C, U+200D),
 * the variation selectors, and the bidirectional marks (U+200E, U+200F), which only
 * settle the direction of their neighbours and cannot reorder a whole name.
 *
 * The result is in Unicode normalisation form C: Vietnamese typed with combining marks
 * ("Hà" as a + U+0300, as some keyboards and macOS file names give it) is stored
 * precomposed, so it equals, sorts and counts like the same name typed precomposed.
 */

// Lone surrogates: in a /u class, a surrogate range matches only halves without a partner.
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu
const INVISIBLE_IN_LINES =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g
// Line and paragraph separators are line breaks that no keyboard types: a plain one instead.
const UNICODE_LINE_BREAK = /[\u2028\u2029]/g
// In a one-line field, tabs and line breaks (pasted from a spreadsheet cell) separate words.
const LINE_BREAK_OR_TAB = /(?:\r\n|[\t\n\r\u2028\u2029])+/g

/** A one-line value (a name, a title, a code): also turns tabs and line breaks into spaces. */
export function cleanLineText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .replace(LINE_BREAK_OR_TAB, ' ')
    .replace(INVISIBLE_IN_LINES, '')
    .normalize('NFC')
}

// A browser sends a textarea's line breaks as CR LF but counts each as one character against
// its maxlength: stored as LF, a note the box allowed is never refused for its line breaks.
const CR_LF_OR_CR = /\r\n?/g

/** A multi-line value (a description, a note): keeps tabs and line breaks (as LF). */
export function cleanMultilineText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .replace(CR_LF_OR_CR, '\n')
    .replace(UNICODE_LINE_BREAK, '\n')
    .replace(INVISIBLE_IN_LINES, '')
    .normalize('NFC')
}
