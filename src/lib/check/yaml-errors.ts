/** A YAML syntax error as the parser gives it: its code, its first line of text, and the file line it points at. */
export interface YamlError {
  code: string;
  message: string;
  line: number;
}

const AFTER = 'the rest of this file is checked once this line is fixed';

/**
 * The first YAML syntax error of a file, in words for an editor who is not a programmer: what is
 * wrong on that line and what to do. Only the first one is worth showing — one slip (a tab, a
 * stray space) makes the parser report a dozen follow-on errors that go away with it.
 * `lines` are the lines of the whole file, so the message can look at the line it blames.
 */
export function describeYamlError(error: YamlError, lines: readonly string[]): { line: number; message: string } {
  const text = lines[error.line - 1] ?? '';
  const say = (what: string, todo: string, line = error.line) => ({ line, message: `${what} (${todo}; ${AFTER})` });
  const count = (line: number, sign: string) => (lines[line - 1] ?? '').split(sign).length - 1;
  /** The parser notices an unclosed bracket on a later line: blame the nearest line above that opens more than it closes. */
  const opened = (open: string, close: string) => {
    for (let line = error.line; line >= 1; line--) if (count(line, open) > count(line, close)) return line;
    return error.line;
  };
  const field = /^\s*(?:-\s+)?([^:#\s][^:#]*?)\s*:(?:\s|$)/.exec(text)?.[1];

  const tab = (line = error.line) => say('a tab is used for indenting: YAML needs spaces', 'replace the tab with spaces, two for each level', line);

  switch (error.code) {
    case 'TAB_AS_INDENT':
      return tab();
    case 'BAD_INDENT':
      if (/^Flow sequence/.test(error.message)) return say('a list in square brackets [ ] is not closed', 'add the closing ] at the end of the list', opened('[', ']'));
      if (/^Flow map/.test(error.message)) return say('a group in curly brackets { } is not closed', 'add the closing } at the end of the group', opened('{', '}'));
      if (/sequence items/.test(error.message)) {
        return say(
          'this line is indented differently from the lines above it: list items (lines starting with -) in one list must start in the same column',
          'move the - so that it lines up with the - of the item above',
        );
      }
      return say(
        'this line is indented differently from the lines above it: the fields of one group must start in the same column',
        'line it up with the field above it; inside a list item, fields line up with the first field after the -',
      );
    case 'BLOCK_AS_IMPLICIT_KEY':
      // A field with no value on its line, then a line indented with a tab: the parser blames the
      // field, but the tab is the slip.
      if (/^ *\t/.test(lines[error.line] ?? '')) return tab(error.line + 1);
      if (/:\s.*:(\s|$)/.test(text.replace(/^\s*-\s+/, ''))) {
        return say(
          'the value on this line contains a colon followed by a space, which YAML reads as a new field',
          `put the whole value in double quotes, e.g. ${field ?? 'note'}: "…"`,
        );
      }
      return say(
        'the next line is indented further than this one, but this field already has its value on this line',
        'indent the next line like this one, or, if it is part of the value, put the whole value in double quotes on one line',
      );
    case 'MULTILINE_IMPLICIT_KEY':
      return say('this line has no colon after the field name', 'write the field as name: value, with a space after the colon');
    case 'DUPLICATE_KEY':
      return say(
        `${field ? `the field "${field}"` : 'this field'} appears twice in the same group`,
        'keep one of them; if it belongs to the next list item, indent it like the other fields of that item',
      );
    case 'MISSING_CHAR': {
      if (/followed by map values/.test(error.message)) return say('this line has no colon after the field name', 'write the field as name: value, with a space after the colon');
      const quote = /closing (["'])/.exec(error.message)?.[1];
      if (!quote) break;
      // The parser notices the missing quote where the file runs out; the quote was opened on the
      // nearest line above with an odd number of them.
      const odd = (n: number) => count(n, quote) % 2 === 1;
      let line = error.line;
      while (line > 1 && !odd(line)) line--;
      return say(`a quotation mark ${quote} on this line is not closed`, `add the closing ${quote} at the end of the value`, odd(line) ? line : error.line);
    }
    case 'BAD_DQ_ESCAPE':
      return say('a backslash \\ inside double quotes must be followed by a known character', "write \\\\ for a backslash, or put the value in single quotes ' ' instead");
    case 'BAD_ALIAS':
      return say('the value on this line starts with *, which YAML reads as a reference to another value', `put the whole value in double quotes, e.g. ${field ?? 'summary'}: "…"`);
    case 'BAD_SCALAR_START':
    case 'UNEXPECTED_TOKEN':
    case 'TAG_RESOLVE_FAILED':
      return say(
        'the value on this line starts with a sign YAML reserves (such as *, &, !, @, `, {, [ or a quote) or goes on after a closing quote or bracket',
        `put the whole value in double quotes, e.g. ${field ?? 'summary'}: "…", and write \\" for a quotation mark inside it`,
      );
  }
  return say(
    'this line cannot be read',
    'look here and on the line above for a missing colon after a field name, a quotation mark that is not closed, or indentation that differs from the lines around it',
  );
}
