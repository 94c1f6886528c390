package dev.closecodes.diagnostics;

import java.util.List;
import java.util.Locale;

/**
 * Every message closecodes can report, in one place. Each has a fixed severity and a format whose
 * arguments are filled with {@link #format(Object...)}; tests refer to these constants rather than
 * to copied text. A message about the annotation itself names the attribute it is about, as in
 * {@code names(): ...}; javac shows it at the annotation's own line.
 */
public enum Message {
  // Bytes to text
  FILE_UNREADABLE(Severity.ERROR, "cannot read the file: %s"),
  WEB_ADDRESS(
      Severity.ERROR,
      "'%s' is a web address, and closecodes reads documents only from files and resources, never from the"
          + " network: save the document and name its file ('closecodes update' fetches a page from MDN's sources)"),
  FILE_URI(
      Severity.ERROR, "'%s' is a file: URI, and closecodes names documents by their paths: name this one %s"),
  FILE_NAME_IN_OTHER_CASE(
      Severity.ERROR,
      "cannot read the file: no such file; %s is there, whose name differs from it in case only (a file system that"
          + " ignores case, as Windows' and macOS' do, reads the two as one)"),
  EMPTY_FILE(Severity.ERROR, "the file is empty"),
  BINARY_FILE(Severity.ERROR, "this is a binary file, not a text document (NUL byte at offset %d)"),
  WEB_ARCHIVE(
      Severity.ERROR,
      "this is a MIME message (%s), as a browser saves a page with what it shows to one file (MHTML) or a mail"
          + " carries one, not a page's text: its HTML is encoded (quoted-printable or base64), which cuts codes and"
          + " words; save the page as HTML only, or take MDN's source of it, and name that"),
  JSON_DOCUMENT(
      Severity.ERROR,
      "this is a JSON document, as MDN serves a page as index.json, not a page's text: HTML in its strings has its"
          + " line breaks and quotes escaped (\\n, \\\"), which would be read as the page's words; take the page's"
          + " HTML or Markdown (MDN's source of it) and name that"),
  /** The last argument is what the bytes show of the charset the file is in, and what to do. */
  NOT_UTF8(Severity.ERROR, "the text is not valid UTF-8 (byte 0x%02X at offset %d)%s"),
  NOT_DECLARED_CHARSET(Severity.ERROR, "the text is not valid %s, which line %d declares it is written in (byte"
      + " 0x%02X at offset %d): save it again in that charset, or as UTF-8 and declare that"),
  DECLARED_CHARSET_DOUBTFUL(Severity.WARNING, "the page is read as %s, which line %d declares, but the word '%s'"
      + " reads in it as no word of a language (%s): if the page was saved in another charset, correct the"
      + " declaration or save the page again as UTF-8"),
  NOT_UTF16(Severity.ERROR, "the text is not valid UTF-16 (a lone surrogate or a cut-off pair at byte offset %d)"),
  NOT_UTF32(Severity.ERROR, "the text is not valid UTF-32 (a surrogate, a code past U+10FFFF or a cut-off one at"
      + " byte offset %d)"),
  UTF16_INFERRED(
      Severity.WARNING,
      "the file has no byte order mark, but its first character is written in two bytes, one of them a NUL,"
          + " as UTF-16 writes it; it is read as %s"),
  INVISIBLE_CHARACTERS(
      Severity.WARNING,
      "this line holds %s, an invisible character that can make text read otherwise than it shows (in another"
          + " order, or with words no one sees); it is kept, and generated code shows it escaped; %d line(s) hold"
          + " such characters, from this line to line %d"),
  INVISIBLE_CHARACTER_REFERENCES(
      Severity.WARNING,
      "this line writes %s as a character reference ('%s'), an invisible character that can make text read"
          + " otherwise than it shows (in another order, or with words no one sees); it is kept, and generated code"
          + " shows it escaped; %d line(s) write such characters, from this line to line %d"),
  CHARACTER_REFERENCE_REPAIRED(
      Severity.WARNING,
      "this line writes a character reference that names no character a text may hold ('%s': half of a surrogate"
          + " pair, NUL, or past U+10FFFF); it is read as U+FFFD REPLACEMENT CHARACTER, as browsers read it; %d"
          + " line(s) write such references, from this line to line %d"),
  FILE_TOO_LARGE(Severity.ERROR, "the file is %s bytes; closecodes reads at most %d"),
  LINE_TOO_LONG(Severity.ERROR, "this line is %d characters long; closecodes reads lines of at most %d"),
  NESTED_TOO_DEEPLY(Severity.ERROR, "the markup nests more than %d elements deep here"),
  MOJIBAKE_REPAIRED(
      Severity.WARNING,
      "repaired mojibake: UTF-8 text had been read as %s and saved again; %d line(s) restored,"
          + " from this line to line %d"),
  MOJIBAKE_REPAIRED_AGAIN(
      Severity.WARNING,
      "repaired mojibake again: the text restored was itself UTF-8 read as %s and saved again; %d line(s)"
          + " restored, from this line to line %d"),
  LINE_ENDS_REPAIRED(
      Severity.WARNING,
      "%d line(s) end in CR CR LF, as CRLF line ends turned into CRLF again leave them, each a line end and a"
          + " blank line after it as written; each is read as one line end, and lines are counted so"),
  MOJIBAKE_CHARACTERS_LOST(
      Severity.WARNING,
      "%d character(s) of the mojibake cannot be restored: where %s leaves a byte undefined, the tool that"
          + " misread the text put U+FFFD, and the byte is lost; each such character is read as U+FFFD, from this"
          + " line to line %d"),
  MOJIBAKE_CHARACTERS_LOST_AGAIN(
      Severity.WARNING,
      "%d character(s) of the mojibake cannot be restored: U+FFFD stands where a decoder lost bytes of the text"
          + " misread as %s, before or after that misreading; each such character is read as U+FFFD, from this line"
          + " to line %d"),
  RESERVED_WORD_INFERRED(
      Severity.WARNING,
      "this row's description opens with '%s', which lost characters (U+FFFD) and, of the words closecodes"
          + " knows, can only be '%s', reserved; the row is read as reserved"),
  RESERVED_WORD_LOST_AMBIGUOUS(
      Severity.WARNING,
      "this row's description holds '%s', which lost characters (U+FFFD): it could be '%s', reserved, but the table"
          + " also holds '%s', which the characters kept fit as well; the row is read as the rest of it reads"),
  RESERVED_WORD_LOST_UNMARKED(
      Severity.WARNING,
      "this row's description holds '%s', which lost characters (U+FFFD) and could be '%s', reserved, but it lacks"
          + " the bold type the page marks its reserved codes with; the row is read as a code in use"),
  NOT_IN_USE_WORDS_INFERRED(
      Severity.WARNING,
      "this row's description is '%s', which lost characters (U+FFFD) and, of the words closecodes knows, can only"
          + " be %s, which say the codes are not in use or leave them to later specifications; the row is read as"
          + " reserved"),
  MOJIBAKE_LEFT(
      Severity.WARNING,
      "this line looks partly like mojibake: '%s' is how %s reads the UTF-8 of '%s', but the line also holds"
          + " correct text, so it is left as it is; %d line(s) like it, from this line to line %d"),
  MOJIBAKE_SEQUENCE_BROKEN(
      Severity.WARNING,
      "'%s' holds '%s', which opens a character's UTF-8 as %s reads it, as elsewhere on this page, but what"
          + " follows does not go on with it: a character of the mojibake was changed or lost, so the line is left"
          + " as written; %d line(s) like it, from this line to line %d"),
  MOJIBAKE_SEQUENCE_OPENER_LOST(
      Severity.WARNING,
      "'%s' holds '%s', which goes on with a character's UTF-8 as %s reads it, as elsewhere on this page, but no"
          + " character that opens one stands before it: a character of the mojibake was changed or lost, so the"
          + " line is left as written; %d line(s) like it, from this line to line %d"),
  MOJIBAKE_DOUBTFUL(
      Severity.WARNING,
      "this line reads as UTF-8 that %s misread, but restored it would put '%s' in a word of another script"
          + " or notation, so it is left as written; %d line(s) like it, from this line to line %d"),
  TAG_NAME_REPAIRED(
      Severity.WARNING, "unknown tag <%s> read as <%s>; %d use(s), from this line to line %d"),
  TABLE_CELL_TAG_REPAIRED(
      Severity.WARNING,
      "<%s> stands in a table's row where a cell does, but makes none to a browser, which moves it out of the"
          + " table, above it; it is read as a cell (<%s>); %d use(s), from this line to line %d"),
  TAG_SPACING_REPAIRED(
      Severity.WARNING,
      "tag <%s> holds %s, which HTML reads as part of a name, so that no browser knows the tag; read as <%s>;"
          + " %d use(s), from this line to line %d"),
  UNKNOWN_TAG_BETWEEN_WORDS_REPAIRED(
      Severity.WARNING,
      "unknown tag <%s> stands straight between two words, which a browser shows run together ('%s'):"
          + " read with a space between them, as a line break (<br>) would part them; %d use(s), from"
          + " this line to line %d"),
  STRONG_EMPHASIS_REPAIRED(
      Severity.WARNING,
      "'%s' is no bold by CommonMark's rules, its closing '**' standing between %s and a letter;"
          + " it was written as bold, and is read so"),
  ATTRIBUTE_NAME_REPAIRED(
      Severity.WARNING, "unknown attribute %s read as %s; %d use(s), from this line to line %d"),
  ATTRIBUTE_VALUE_REPAIRED(
      Severity.WARNING,
      "%s read as %s: curly quotes are no quotes to HTML, which reads such a span as 1 and moves the cells after"
          + " it; %d use(s), from this line to line %d"),
  PAGE_ENDS_INSIDE_TABLE(
      Severity.WARNING,
      "the page ends inside the close-code table, at its last row, with %s: a page"
          + " cut short ends so, and the row's last cell may have lost words, or rows after it may be lost; it is"
          + " read as far as it goes"),
  PAGE_WORDS_DAMAGED_LIKE_TAGS(
      Severity.WARNING,
      "the table's words look damaged as its tags are: %s write '%s' for %s, and the table's text holds %d"
          + " '%s' to %d %s; a word cannot be told back from such damage, so the words that say a code is"
          + " reserved are known as the damage leaves them, and generated code carries the words as written:"
          + " a clean copy of the page mends them"),

  PAGE_WORDS_DAMAGED_LIKE_A_WORD(
      Severity.WARNING,
      "the table's words look damaged as '%s' is, which writes '%s' for %s in the word for reserved, and the"
          + " table's text holds %d '%s' to %d %s; a word cannot be told back from such damage, so the words that"
          + " say a code is reserved are known as the damage leaves them, and generated code carries the words as"
          + " written: a clean copy of the page mends them"),
  FILTERED_WORDS_REPAIRED(
      Severity.WARNING,
      "the table's words show what a filter that mangles text does: %s; the words that say a code is reserved"
          + " are read without them, and generated code carries the words as written: a clean copy of the page"
          + " mends them"),

  // The table
  NO_TABLE(
      Severity.ERROR,
      "no close-code table found: no table has a column of close codes, by its header or by its cells%s"),
  NO_CODE_UNDER_CODE_HEADER(
      Severity.ERROR,
      "'%s' is not a close code: expected a number such as 1000, or a range such as 3000–3999; no cell under"
          + " the header '%s' (line %d) reads as one, so the page has no close-code table"),
  UNCLOSED_BLOCK_HIDES_TABLE(
      Severity.ERROR,
      "no close-code table found: the %s opened here is never closed, so the rest of the page is %s,"
          + " where no table is read; close it with %s"),
  TABLE_ONLY_IN_CODE_OR_COMMENT(
      Severity.ERROR,
      "no close-code table found: this table is in %s, which the page shows as %s, not as its table;"
          + " %s to make it the page's table"),
  UNCLOSED_BLOCK_HIDES_REST(
      Severity.WARNING,
      "the %s opened here is never closed, so the rest of the page is %s and is not read; close it with %s"),
  TABLE_ROWS_IN_UNCLOSED_BLOCK(
      Severity.ERROR,
      "the %s opened here is never closed, so the rest of the page is %s, and %d row(s) of close codes in it,"
          + " to line %d, are not read; close it with %s where it should end"),
  TABLE_AROUND_THE_TABLE(
      Severity.ERROR,
      "this table's row of %s is not read: the close-code table read, at line %d, stands inside one of its cells,"
          + " as a table or a cell left open makes it; close the inner table where it ends, or take it out of the cell"),
  TABLE_IN_A_CELL_READ(
      Severity.WARNING,
      "this table, in a cell of the close-code table at line %d, is read as that cell's words, so %s, which it"
          + " holds and that table does not, is no code of the page; if it is one, give it a row of that table"),
  CODE_CELL_SPANS_ROWS(
      Severity.ERROR,
      "this row's code cell, %s, is the one of the row at line %d, which spans it (rowspan), so the rows would name"
          + " one code twice; give this row a code cell of its own, or make the rows one"),
  NOT_A_CLOSE_CODE_TABLE(
      Severity.ERROR,
      "this table has numbers in its first column, but none of 1000–1015, the codes RFC 6455 defines,"
          + " so it is not a close-code table; no other table is one"),
  TOO_MANY_ROWS(Severity.ERROR, "the table has more than %d rows; this is the first row past that"),
  CODES_IN_PLAIN_LINES(
      Severity.ERROR,
      "no close-code table found, but this line opens with close code '%s' and goes on in cells set apart by %s,"
          + " which Markdown shows as %s, not a table (as a table copied from a browser's page, a converter's plain"
          + " table or a text browser's dump is written); write the rows as a pipe table"
          + " (| 1000 | Normal Closure | ... |) or in HTML"),
  CODES_ONLY_IN_A_LIST(
      Severity.ERROR,
      "no close-code table found, but this list names close codes ('%s', ...): closecodes reads the codes from a"
          + " table, a row for each, its code in a column of codes, never from a list; write them as one"),
  TABLE_TURNED(
      Severity.ERROR,
      "no close-code table found, but this row of a table holds close codes along it ('%s', '%s', ...), a column"
          + " for each: closecodes reads a table with a row for each code, its code in a column of codes; turn the"
          + " table, its rows becoming columns"),
  TABLE_INTERRUPTED(
      Severity.ERROR,
      "rows of the close-code table go on here, after the table ended at line %d; make them one table,"
          + " or give these rows a header row of their own, so that no part of it is left unread"),
  TABLE_INTERRUPTED_BY_LINE(
      Severity.ERROR,
      "rows of the close-code table go on here, after the table ended at line %d, with line %d between them: '%s';"
          + " the rest of the row above it, wrapped? A row of a Markdown table is one line; join them, so that no"
          + " part of the table is left unread"),
  TABLE_GOES_ON_IN_CODE(
      Severity.ERROR,
      "rows of the close-code table go on here, after the table ended at line %d, but in %s, which the page shows"
          + " as %s: a line between them may have ended the block the table stands in; mend it, or %s, so that no"
          + " part of the table is left unread"),
  TABLE_NOT_READ(
      Severity.WARNING,
      "this table of close codes is not read: each of its codes is in the page's table, the one at line %d"
          + " (of the tables that hold codes RFC 6455 defines, the one with the most codes)"),
  TABLE_PART_READ(
      Severity.WARNING,
      "this table's close codes are read as part of the page's table at line %d, which holds none of them;"
          + " if they are no close codes of the protocol (an example's, say), put the table in a code block"),
  TABLE_WITHOUT_HEADER_NOT_READ(
      Severity.WARNING,
      "this table or list holds %s, which the page's table at line %d does not, but no header row names its"
          + " columns, so it is not read; if it belongs to the page's table, make them one table"),
  TABLE_MOSTLY_UNREAD(
      Severity.ERROR,
      "this table or list holds %s, which the page's table at line %d does not, nor %d more row(s) of close codes"
          + " set apart without a header row, %d in all, where that table holds %d: the table read would be the"
          + " lesser part of the page's codes; make them one table, with a header row naming its columns"),
  TABLE_PARTLY_REPEATED(
      Severity.ERROR,
      "this table of close codes holds %s, which the page's table at line %d does not, beside codes that"
          + " table holds too; make them one table, so that no code is left unread or read twice"),
  COLUMNS_BY_POSITION(
      Severity.WARNING,
      "this table's columns are read by their position (%s), since %s;"
          + " a header row naming them makes the reading sure"),
  COLUMNS_OF_ANOTHER_TABLE_INFERRED(
      Severity.WARNING,
      "this table has no header row, and its columns are read as the header of the table at line %d names them"
          + " (%s), a table of as many columns on this page with codes of its own; a header row of its own makes"
          + " the reading sure"),
  NO_DESCRIPTIONS(
      Severity.WARNING,
      "no row of this table has a description, so no code read from it gets one from this page;"
          + " a column headed Description, or a word for it closecodes knows, holds them"),
  DESCRIPTION_MISSING(
      Severity.WARNING, "this row has no description, so its codes get none from this page"),
  DESCRIPTIONS_MISSING(
      Severity.WARNING,
      "this row has no description, so its codes get none from this page; %d row(s) like it, from this line to"
          + " line %d"),
  COLUMN_UNREAD(Severity.WARNING, "column %d, headed '%s', is left unread: %s"),
  COLUMN_WITHOUT_HEADER(Severity.WARNING, "column %d has no header, so its text is left unread (first: '%s', line %d)"),
  CELLS_SHORT_OF_HEADER(
      Severity.WARNING,
      "this row has %d cell(s) where the header has %d, so its %s empty; if a cell or a"
          + " span (colspan, rowspan) was lost, the row's text stands in the wrong column"),
  CELLS_PAST_HEADER(
      Severity.WARNING,
      "this row has %d cells where the header row has %d; the cells past column %d are not read%s%s"),
  TABLE_ROWS_IN_CODE(
      Severity.ERROR,
      "this row of the table at line %d is in %s, which the page shows as %s, not as a row; %s to make it one;"
          + " %d row(s) so, from this line to line %d"),
  ROW_START_REPAIRED(
      Severity.WARNING,
      "these cells stand in no row, as their <tr> is missing; they are read as a row of their own, as a"
          + " browser shows them; %d row(s) so, from this line to line %d"),
  DELIMITER_ROW_REPAIRED(
      Severity.WARNING,
      "this delimiter row has %d cell(s) where the header row above it has %d, so a Markdown reader (GitHub,"
          + " MDN) shows no table here, only text; it is read as the table all the same; give it as many cells as"
          + " the header"),
  TABLE_ESCAPED_READ(
      Severity.WARNING,
      "this table's markup is escaped ('%s' for '<table'), so a browser shows its tags as text, not a table;"
          + " it is read as the table its tags make all the same; write its tags unescaped"),
  PIPE_TABLE_SPACES_REPAIRED(
      Severity.WARNING,
      "%d line(s) of pipes are laid out with %s, a space Markdown does not read as one, so a Markdown reader"
          + " shows no table here, only text; it is read as a space, from this line to line %d"),
  LOOKALIKE_TABLE_LINES_REPAIRED(
      Severity.WARNING,
      "%d line(s) draw a table's lines with %s, which a Markdown reader does not read as a table's, so it shows"
          + " no table here, only text; they are read as the pipe table or grid they draw, from this line to line"
          + " %d"),
  TABLE_WITHOUT_DELIMITER_READ(
      Severity.WARNING,
      "these lines of pipes have no delimiter row ('%s') under their first, so a Markdown reader (GitHub, MDN)"
          + " shows no table here, only text; they are read as the table all the same; put one under the header"),
  LOOSE_TEXT_ROW_SKIPPED(
      Severity.WARNING,
      "this text stands in the table at line %d but in no cell, so a browser shows it above the table, not as a"
          + " row, and it is not read, though it holds %s: '%s'; write it as a row of cells (<tr><td>…</td></tr>),"
          + " or take it out of the table"),
  WORDS_IN_NO_CELL(
      Severity.WARNING,
      "these words stand in the row at line %d but in no cell, so a browser shows them above the table, and they"
          + " are not read: '%s'; a cell's tag may have been lost or moved: put them in a cell, or take them out of"
          + " the row"),
  HEADER_MARK_REPAIRED(
      Severity.WARNING,
      "this row is marked a header (in <thead>, of <th> cells, or above a Markdown delimiter row), but holds %s"
          + " under the code column: it is read as a row of codes, as a browser shows it; mark it a row of the body;"
          + " %d row(s) so, from this line to line %d"),
  CAPTION_ROW_SKIPPED(
      Severity.WARNING,
      "this row, above the first code, holds no code and is passed over as a caption: '%s'; mark it a"
          + " header row (<th>) or leave it out if it is one"),
  WORDS_IN_ROWS_OF_THEIR_OWN(
      Severity.ERROR,
      "%d rows among the codes hold no code and are passed over as sub-headings, from this line to line %d, where"
          + " %d hold codes: the table's words stand in rows of their own (as a MediaWiki table's, {| ... |}, which"
          + " closecodes does not read), and its names and descriptions would be lost; write the table as a pipe"
          + " table or in HTML, a row for each code"),
  SUBHEADING_ROW_SKIPPED(
      Severity.WARNING,
      "this row, among the codes, holds no code, only '%s', and is passed over as a sub-heading; mark it a"
          + " header row (<th>) or leave it out if it is one"),
  CONSTANT_FOR_A_DESCRIPTION(
      Severity.WARNING,
      "this row's description is a constant's name ('%s') and its name is not ('%s'), where the table's %d other"
          + " rows with a name and a description name their codes so: the row's two cells may have been swapped;"
          + " they are read as the header names them"),
  NAME_AND_DESCRIPTION_SWAPPED(
      Severity.WARNING,
      "this row's name is a sentence twice as long as its description or more (named '%s', described '%s'),"
          + " where the table's %d other rows that have both are not: the row's two cells may have been swapped;"
          + " they are read as the header names them"),
  CLOSER_ALONE(
      Severity.WARNING,
      "this row's %s %s a '>' that closes no tag, as where the line above it that held a tag's name was lost: a"
          + " browser shows it as text, and it is read so"),
  LINK_ADDRESS_CUT(
      Severity.WARNING,
      "this row's %s shows '%s' after the link to '%s': a ')' in the link's address ended it there, and a browser"
          + " shows the rest as text, as it is read; write the address whole, its ')' as '%s'"),
  LINK_TEXT_CUT(
      Severity.WARNING,
      "this row's %s shows '%s' before the link '%s': a '[' in the link's text opened it there, and a browser"
          + " shows what stands before it as text, as it is read; write the link's text whole, its '[' as '%s'"),
  LINK_WITHOUT_TEXT(
      Severity.WARNING,
      "this row's %s holds a link to '%s' with no text, which a browser shows as nothing, and it is read so: its"
          + " text may have been lost; write it between the link's brackets"),
  CELL_TEXT_REPEATED(
      Severity.WARNING,
      "this row's %s holds '%s' twice in a row, as a line copied twice does, and is read so; write it once"),
  DESCRIPTION_OPENS_MID_SENTENCE(
      Severity.WARNING,
      "this row's description opens with a small letter, '%s', where the table's %d other descriptions that open"
          + " with a letter open with a capital: a line that held its opening, and with it maybe the word for"
          + " reserved, may have been lost; the row is read as it stands"),
  NAMES_LONGER_THAN_DESCRIPTIONS(
      Severity.WARNING,
      "in %d of the %d rows that have both, the name is a sentence twice as long as the description or more"
          + " (line %d: named '%s',"
          + " described '%s'): the header may name the two columns in the wrong order; they are read as it"
          + " names them"),
  RULE_ROW_SKIPPED(
      Severity.WARNING,
      "this line of dashes is not the table's delimiter row, which is the one under its header: a Markdown reader"
          + " shows it as a row of dashes, or as text above the table; it is passed over, and makes no header of"
          + " the row above it; leave it out"),
  PAGE_CHARACTERS_LOST(
      Severity.WARNING,
      "%d character(s) of this document are U+FFFD REPLACEMENT CHARACTER, which a decoder puts where it cannot"
          + " read a file's bytes: what stood there was lost before closecodes read it ('%s'); each is read as U+FFFD,"
          + " and so generated in a name or a description, but where another warning says how it is read; read the"
          + " document again from its source; from this line to line %d"),
  TEXT_AFTER_TABLE_ROW_SKIPPED(
      Severity.WARNING,
      "'%s' stands straight after the table, with no blank line between, so GitHub and MDN show it as one"
          + " more row of it, in its first column; it is not read as a row: leave a blank line before it, or,"
          + " if it is the rest of the row above, join the two lines"),
  TABLE_ROW_WRAPPED(
      Severity.ERROR,
      "this line holds no code, only '%s', and opens with no pipe as the table's rows do: the rest of the row"
          + " at line %d, wrapped? A row of a Markdown table is one line, and a Markdown reader shows this one as a"
          + " row of its own; join the two lines"),
  HIDDEN_ROW_SKIPPED(
      Severity.WARNING,
      "this <%s> is hidden (%s), so a browser does not show it, and it is not read: '%s'; %d hidden element(s)"
          + " held a part of a table, from this line to line %d"),
  NOTE_ROW_SKIPPED(
      Severity.WARNING,
      "this row, among the codes, is one cell across the table that does not open with a code, and is passed over"
          + " as a note: '%s'"),
  CODE_COLUMN_INFERRED(
      Severity.WARNING,
      "the header names no code column in words closecodes knows, so column %d, headed '%s', is read as the"
          + " codes: the first column no other takes"),
  RESERVED_WORD_STRUCK(
      Severity.WARNING,
      "this row's words that say reserved are struck through, which takes them back: the row is read as not reserved"),
  RESERVED_WORDS_AND_MARKUP_DISAGREE(
      Severity.WARNING,
      "%s; the row is read as reserved, as either way of saying it makes it so"),
  BOLD_AS_TYPE_INFERRED(
      Severity.WARNING,
      "%d of the %d rows whose words do not say reserved open their descriptions in bold, from this line to line"
          + " %d: bold is this table's type, not its mark for reserved codes, so each row is reserved only as its"
          + " words say"),
  RESERVED_SAID_LATER_INFERRED(
      Severity.WARNING,
      "this row's description says %s in bold after its opening, where the word for reserved stands"
          + " first; the row is read as reserved, as the bold word says"),
  RESERVED_WORD_LATER(
      Severity.WARNING,
      "this row's description says %s after its opening; words that open a description, or bold"
          + " anywhere in it, make a row reserved, and these do not: the row is read as not reserved"),
  RESERVED_WORD_NEARLY(
      Severity.WARNING,
      "this row's description opens with '%s', a letter or two from '%s', the word for reserved; the row is"
          + " read as a code in use, for nothing else on it says reserved: if the word was damaged, a clean copy"
          + " of the page mends it"),
  NOT_IN_USE_WORDS_NEARLY(
      Severity.WARNING,
      "this row's description says '%s', a typo away from '%s', with which its words would say the code is not"
          + " for use (%s); the row is read as a code in use, for nothing else on it says so: if the word was"
          + " mistyped or damaged, mending it reads the row as reserved"),
  HEADER_FILTER_MARKS_REPAIRED(
      Severity.WARNING,
      "column %d, headed '%s', is read as the %s: the table's words show what a filter that mangles text does,"
          + " and without its marks the header reads '%s'"),
  LOST_HEADER_COLUMN_INFERRED(
      Severity.WARNING,
      "the header of column %d lost all its letters ('%s'); it is read as the %s, %s"),
  RANGE_END_COLUMN_INFERRED(
      Severity.WARNING,
      "column %d, %s, is read as where each row's codes end: each of its cells is empty or one code at or past"
          + " the one beside it, as a range's end is"),
  RANGE_END_UNFIT(
      Severity.ERROR,
      "'%s' cannot end '%s': a cell of where ranges end holds nothing, or one code at or past the one code beside"
          + " it"),
  NOT_A_CODE(
      Severity.ERROR,
      "'%s' is not a close code: expected a number such as 1000, or a range such as 3000–3999"),
  CODE_DIGITS_NOT_ASCII(
      Severity.ERROR,
      "'%s' is not read as a close code: its digits are not ASCII's 0–9 (%s), the only ones closecodes reads a"
          + " code in, so that a code is the number its text is; write %s"),
  CODE_DIGITS_GROUPED(
      Severity.ERROR,
      "'%s' is not read as a close code: its digits are grouped in thousands, which a code is not written with;"
          + " write %s"),
  CODE_OUT_OF_BOUNDS(Severity.ERROR, "%s is outside the close-code space 0–65535"),
  RANGE_BACKWARDS(Severity.ERROR, "the range %d–%d runs backwards"),
  CODE_MARKS_REPAIRED(
      Severity.WARNING,
      "'%s' stands in Markdown's marks, which no Markdown reader reads inside HTML, so the page shows them as"
          + " written; read as %s; in HTML, code is written <code>%s</code>"),
  LEADING_ZEROS_REPAIRED(Severity.WARNING, "'%s' is written with leading zeros; read as %s"),
  RANGE_START_INFERRED(
      Severity.WARNING,
      "the range '%s' has lost its start; read as %d–%d, starting after the previous row (line %d)"),
  RANGE_START_MISSING(
      Severity.ERROR,
      "the range '%s' has lost its start and it cannot be inferred: %s"),
  RANGE_DASH_INFERRED(
      Severity.WARNING,
      "the range '%s' has lost its dash to a decoder (U+FFFD stands where it was); read as %d–%d"),
  RANGE_END_INFERRED(
      Severity.WARNING,
      "the range '%s' has lost its end; read as %d–%d, ending before the next row (line %d)"),
  RANGE_END_MISSING(
      Severity.ERROR,
      "the range '%s' has lost its end and it cannot be inferred: %s"),
  DUPLICATE_CODE(Severity.ERROR, "%s is listed twice; it is also at line %d"),
  PARTIAL_OVERLAP(
      Severity.ERROR, "the range %s partly overlaps the range %s at line %d; ranges may nest, not cross"),
  RFC_CODE_NOT_LISTED(
      Severity.WARNING,
      "the table has no row for %d, one of the %d codes RFC 6455 defines, though it has rows for %d of them: a row"
          + " may have been lost, or its code mistyped, %s"),
  CODES_IN_NO_ROW(
      Severity.WARNING,
      "no row holds %s, though the table's rows cover the codes from 0 to 4999 around it (the row before it is %s,"
          + " line %d): the page gives those codes no meaning, so check the two rows for a mistyped bound"),
  TAG_WITHOUT_ITS_OPENER(
      Severity.WARNING,
      "this row's %s holds '%s', a tag that lost its '<', which a browser shows as text and which is read as text:"
          + " write '%s'"),
  ATTRIBUTES_WITHOUT_THEIR_TAG(
      Severity.WARNING,
      "this row's %s holds '%s', the attributes of a tag that lost its '<' and its name, which a browser shows as"
          + " text and which is read as text: write the tag's '<' and name before them"),
  TAG_WITHOUT_ITS_CLOSER(
      Severity.WARNING,
      "'%s' runs on into the tag after it, with no '>' between: HTML reads all up to that tag's '>' as one tag,"
          + " and a browser shows none of its words; write the '>' where the tag ends"),
  TAG_WITHOUT_ITS_CLOSER_IN_MARKDOWN(
      Severity.WARNING,
      "'%s' runs on into the tag after it, with no '>' between: Markdown reads no tag there, and GitHub and MDN"
          + " show it as text, as it is read; write the '>' where the tag ends"),
  MORE_TAGS_WITHOUT_THEIR_CLOSERS(
      Severity.WARNING,
      "%d more tag(s), from this line to line %d, run on into the tag after each, with no '>' between, as the ten"
          + " before them do"),
  TAG_OPENING_DAMAGED(
      Severity.WARNING,
      "'%s' has '%s' where its name should start, so that HTML does not read it as a tag: a browser shows it as"
          + " text, and it is read so; write '%s'"),
  LINK_SHOWN_AS_TEXT(
      Severity.WARNING,
      "'%s' is no link, so GitHub and MDN show its brackets and its address as text, and it is read so; write a"
          + " link as '[text](address)', nothing between ']' and '(', or as '<a href=\"address\">text</a>' in HTML"),
  ASTERISKS_SHOWN_AS_TEXT(
      Severity.WARNING,
      "'%s' holds asterisks that open or close no emphasis, so that GitHub and MDN show them as text, and they are"
          + " read so; write bold as '**words**', nothing between the asterisks and the words"),
  BACKTICK_SHOWN_AS_TEXT(
      Severity.WARNING,
      "'%s' holds a backtick that opens or closes no code span, so that GitHub and MDN show it as text, and it is"
          + " read so; write code as '`code`', as many backticks after it as before it"),
  TAG_OPENER_REPLACED(
      Severity.WARNING,
      "'%s' has '%s' in its '<''s place, so that HTML does not read it as a tag, as the '%s' after it, which ends"
          + " nothing, shows: a browser shows it as text, and it is read so; write '%s'"),
  TAG_NAME_AFTER_WHITE_SPACE(
      Severity.WARNING,
      "'%s' has white space between its '<' and its name, so that HTML does not read it as a tag: a browser shows it"
          + " as text, and it is read so; write '%s'"),
  TAG_NAME_SPLIT(
      Severity.WARNING,
      "'%s' has %s inside its name, where HTML ends the name: a browser reads it as '%s' with what follows"
          + " as an attribute, and it is read so; write '%s'"),
  TAG_WITHOUT_A_NAME(
      Severity.WARNING,
      "'%s' is a tag without a name, which HTML does not read as a tag: a browser shows it as text, and it is"
          + " read so; write the tag's name after its '<'"),
  TAG_CUT_BY_A_STRAY_CLOSER(
      Severity.WARNING,
      "'%s' has a '>' inside it, where HTML ends the tag: a browser shows the rest ('%s') as text, and it is"
          + " read so; write '%s'"),
  TAG_OPENER_LOST(
      Severity.WARNING,
      "'%s' follows the tag '%s' with no '<' of its own, so that HTML does not read it as a tag: a browser shows it"
          + " as text, and it is read so; write '%s'"),
  TEXT_HIDDEN_AS_A_COMMENT(
      Severity.WARNING,
      "'%s' opens no tag, but HTML reads %s as a comment up to the next '>': a browser shows none of it, and it is"
          + " read so; write '&lt;' for a '<' that is text"),
  END_TAG_WITHOUT_A_NAME(
      Severity.WARNING,
      "'%s' is an end tag without a name, which a browser drops, showing what follows it as text, and it is read"
          + " so; write the name of the tag it ends after its '</'"),
  REFERENCE_DAMAGED(
      Severity.WARNING,
      "'%s' is no character reference HTML knows, but near %s: a browser shows it as text, and it is read so;"
          + " write the one meant"),
  REFERENCE_IN_A_WORD(
      Severity.WARNING,
      "'%s' holds '%s', which HTML reads as the character reference '%s' without its ';': a browser shows '%s',"
          + " and it is read so; write '&amp;' where an '&' is meant, or the reference whole"),
  MORE_DAMAGED_REFERENCES(
      Severity.WARNING,
      "%d more character reference(s), from this line to line %d, are near one HTML knows, so that a"
          + " browser shows them as text, as they are read"),
  MORE_DAMAGED_TAGS(
      Severity.WARNING,
      "%d more tag(s), from this line to line %d, lost their names or their '<', have a character where their"
          + " names should start or a '>' inside them, or open a comment where no tag opens, so that HTML does not"
          + " read them as written, as the ten before them do"),
  RANGE_ACROSS_RFC_BOUNDS(
      Severity.WARNING,
      "%s runs past %d, where one of RFC 6455's ranges ends (0–999, 1000–2999, 3000–3999, 4000–4999; none from"
          + " 5000), as no range of MDN's tables does: the codes either side of it are not used alike, so check the"
          + " range's bounds for a digit added or mistyped"),
  CODES_PAST_THE_TABLE(
      Severity.WARNING,
      "no row holds %s, though the table of an MDN page, as its front matter makes this one, covers every code"
          + " from 0 to 4999: rows %s may have been lost, and the page gives those codes no meaning"),
  CODE_OUT_OF_ORDER(
      Severity.WARNING,
      "%s breaks the ascending order of the codes around it: %s; it is read as written, so check it for a mistyped"
          + " code"),
  NAME_OF_ANOTHER_ROW(
      Severity.WARNING,
      "%s is named '%s' here, as %s is at line %d: one of the two rows may have been copied from the other and not"
          + " wholly changed; both are read as written"),
  DESCRIPTION_OF_ANOTHER_ROW(
      Severity.WARNING,
      "%s is described here in the words %s is at line %d: one of the two rows may have been copied from the other"
          + " and not wholly changed; both are read as written"),

  // The prose
  RESERVED_CELL_UNCLEAR(
      Severity.WARNING,
      "the Reserved column says %s, neither yes nor no; the row is reserved only if its words or its"
          + " mark say so"),
  FRONT_MATTER_REPAIRED(
      Severity.WARNING,
      "the front matter names the page of %s only in words one letter off ('%s'); it is read as that"
          + " property's page"),
  FUSED_DEFINITION_REPAIRED(
      Severity.WARNING,
      "the definition of %s and the first row of a table are run together on this line; the row's first"
          + " cell is read as the definition, and %s"),

  // The registry
  REGISTRY_BAD_HEADER(Severity.ERROR, "the registry's header must be '%s', found '%s'"),
  REGISTRY_BAD_FIELD_COUNT(Severity.ERROR, "expected %d fields, found %d"),
  REGISTRY_BAD_QUOTING(Severity.ERROR, "unbalanced quote in this line"),
  REGISTRY_BAD_STATUS(Severity.ERROR, "unknown status '%s'; expected one of %s"),
  REGISTRY_EMPTY_NAME(Severity.ERROR, "the name of %s is empty"),
  REGISTRY_NO_ENTRIES(Severity.ERROR, "the registry lists no codes"),
  REGISTRY_NOT_A_REGISTRY(
      Severity.ERROR, "this XML holds no close-code registry: no <registry id=\"close-code-number\"> with records"),
  REGISTRY_CHARACTER_NOT_XML(
      Severity.ERROR,
      "'%s' refers to %s, which XML does not allow in a document (%d use(s), from this line to line %d):"
          + " this file is no XML; write the character meant, or leave the reference out"),
  REGISTRY_ENTITY_UNDEFINED(
      Severity.ERROR,
      "'&%s;' is no entity XML defines (%d use(s), from this line to line %d); closecodes reads no document type"
          + " definition, and would keep it as written: write the character itself, or a reference such as &#233;"),
  REGISTRY_NAME_TAKEN(
      Severity.WARNING,
      "the registry's name for %s, '%s', makes the constant %s, which %s has already, so %s's constant is %s"),
  REGISTRY_NAME_IS_A_SENTENCE(
      Severity.WARNING,
      "the registry's name for %d is a sentence, not a name (%d words), so no constant is named after it;"
          + " %s is named from %s"),

  // Page and registry together
  PAGE_RESERVES_REGISTERED_CODE(
      Severity.WARNING,
      "the page marks %s reserved here, but the registry (%s) registers it as '%s' (%s); %s"),
  PAGE_ALLOWS_RESERVED_CODE(
      Severity.WARNING,
      "the page describes %s as usable here, but the registry (%s) has it %s as '%s'; %s"),
  PAGE_CODES_NOT_REGISTERED(
      Severity.WARNING,
      "the page describes %s as usable here, but no entry of the registry (%s) holds it; %s"),
  PAGE_NAMES_ANOTHER_CODE(
      Severity.WARNING,
      "the page names %d '%s' here, the name the registry (%s) gives %d%s: the row may have been copied from that"
          + " of %d; the page's name is carried into the Javadoc as written"),

  RFC_RULE_KEPT(
      Severity.WARNING,
      "%s lets %s travel in a close frame here, but RFC 6455 never does: codes below 1000 are unused,"
          + " 1005, 1006 and 1015 are only reported locally, and codes from 5000 are undefined;"
          + " the checks keep the RFC's rule"),

  // What Java allows the generated types to hold
  TOO_MANY_CONSTANTS(
      Severity.ERROR,
      "this is %s number %d; the generated types can hold at most %d, within Java's class-file limits"),
  TEXT_TOO_LONG(
      Severity.ERROR,
      "this row's %s is %d characters long; generated Java holds at most %d, within Java's class-file limits"),

  // What the documents leave unsaid
  LOCALE_UNKNOWN(
      Severity.WARNING,
      "the page's locale cannot be told from its path, its markup or its links, so its text is offered as 'und';"
          + " give it with locales() or --locale"),
  LOCALE_FROM_LINKS(
      Severity.WARNING,
      "the page's locale is taken to be %s, where most of its links into MDN's pages go, as its path names"
          + " none; that is a guess (a translation links the pages not yet translated into en-US): give the"
          + " locale with locales() or --locale"),
  LOCALE_NOT_THE_PATHS(
      Severity.WARNING,
      "this page is given the locale %s, where its path names %s, as MDN lays out its pages; the given locale is"
          + " kept, so description(Locale) offers this page's text to those who ask for %s"),
  LOCALE_NOT_THE_DECLARED(
      Severity.WARNING,
      "this page is given the locale %s, where its markup declares its language %s; the given locale is kept, so"
          + " description(Locale) offers this page's text to those who ask for %s"),
  LOCALE_LINKS_NOT_THE_DECLARED(
      Severity.WARNING,
      "the page's markup declares its language %s, but most of its links into MDN's pages go to those of %s, as"
          + " a page of %s links them, where a site that shows a page in its own language declares that one"
          + " (GitHub's view of a file declares en): the page is taken to be of %s; give the locale with locales()"
          + " or --locale"),
  LOCALE_FROM_WORDS(
      Severity.WARNING,
      "the page's locale is taken to be %s, the language its words are in, as its path names none, its markup"
          + " declares none and its links go into no translation's pages: that is a guess, and a region (pt-BR's"
          + " or pt-PT's) shows in no word; give the locale with locales() or --locale"),
  LOCALE_FROM_WORDS_NOT_THE_LINKS(
      Severity.WARNING,
      "the page's locale is taken to be %s, the language its words are in, though most of its links into MDN's"
          + " pages go to those of %s, as a translation links the pages not yet translated, and its path and"
          + " markup name none: that is a guess, and a region (pt-BR's or pt-PT's) shows in no word; give the"
          + " locale with locales() or --locale"),
  LOCALE_PATH_NOT_THE_DECLARED(
      Severity.WARNING,
      "this page's path names the locale %s, but its markup declares its language %s and its words are in %s"
          + " too, as a page of %s saved in another locale's folder has them; the page is taken to be of %s, as its"
          + " path says: if it is of %s, move it to a folder of %s, or give the locale with locales() or --locale"),
  LOCALE_DECLARED_NOT_THE_WORDS(
      Severity.WARNING,
      "the page's markup declares its language %s, but many of its words are in %s, as a translation's that"
          + " keeps the English page's text, or a page saved from a site that declares its own language, has them;"
          + " the page is taken to be of %s, as declared: if it is of %s, give the locale with locales() or"
          + " --locale"),
  LOCALE_NOT_THE_WORDS(
      Severity.WARNING,
      "this page is given the locale %s, where its words are in %s; the given locale is kept, so"
          + " description(Locale) offers this page's text to those who ask for %s"),
  LOCALE_NOT_THE_LINKS(
      Severity.WARNING,
      "this page is given the locale %s, where most of its links into MDN's pages go to those of %s, as a page"
          + " of %s links them; the given locale is kept, so description(Locale) offers this page's text to those"
          + " who ask for %s"),
  BAD_LOCALE(Severity.ERROR, "locales(): %s"),
  TRANSLATION_STATUS_DIFFERS(
      Severity.WARNING,
      "this page marks %s %s here, where the primary page marks it %s (%s); description(Locale) gives this page's"
          + " words for it"),
  SAME_LOCALE_TWICE(
      Severity.ERROR,
      "this page's locale, %s, is that of %s too; description(Locale) would never give this page's text: give"
          + " each page a locale of its own, with locales() or --locale"),
  NAME_TAKEN(
      Severity.ERROR,
      "names(): %s for %d is the name code %d takes from %s here; give one of them another name in names()"),
  NAME_UNUSED(
      Severity.WARNING, "names(): code %d is on no page and not in the registry, so no constant is named %s"),
  NAME_FOR_A_CODE_IN_A_RANGE(
      Severity.WARNING,
      "names(): code %d has no constant of its own to name %s: %s lists it only within the range %s (%s);"
          + " names() renames the constants the documents give, and adds none"),
  NAME_LOOKS_LIKE_ANOTHER_CODE(
      Severity.WARNING,
      "%s, the constant %d is named from %s, has the shape of a name for code %d; code that reads it will"
          + " take it for %d: give %d another name in names()"),
  NAMES_FROM_PAGE(
      Severity.WARNING,
      "%s from the page's wording or its numbers, not from the registry or names(): %s;"
          + " %s when the page is reworded or translated"),

  // What changed between two versions of a page
  ROW_ADDED(Severity.NOTE, "%s added: %s"),
  ROW_REMOVED(Severity.NOTE, "%s removed; it is not in %s"),
  ROW_RENAMED(Severity.NOTE, "%s renamed from '%s' to '%s' (was at %s)"),
  ROW_REDESCRIBED(Severity.NOTE, "%s re-described: was '%s', now '%s' (was at %s)"),
  ROW_MERGED(Severity.NOTE, "%s merged from %s (was at %s): now '%s'"),
  ROW_SPLIT(Severity.NOTE, "%s split into %s (was at %s): now %s"),
  ROW_RESERVED_OR_USABLE(Severity.NOTE, "%s is %s now, where %s was %s (was at %s)"),
  PAGES_IN_TWO_LOCALES(Severity.NOTE, "%s is in %s and this page in %s: a translation words every name and"
      + " description its own way, so only the codes, the ranges and which are reserved are compared"),

  // closecodes update: the current version of a page
  UPSTREAM_UNKNOWN(Severity.ERROR, "cannot tell which MDN page %s is a copy of: its path has no MDN locale folder"
      + " and its front matter no slug; give them with --locale and --slug"),
  UPSTREAM_LOCALE_UNKNOWN(Severity.ERROR, "cannot tell which locale's MDN page %s is a copy of (the slug is %s): its"
      + " path has no MDN locale folder, its markup declares no language and its links point into none; give it"
      + " with --locale"),
  UPSTREAM_LOCALE_NOT_MDNS(Severity.ERROR, "cannot tell which locale's MDN page %s is a copy of (the slug is %s):"
      + " the page is taken to be of %s, which is no locale MDN publishes pages in, or the language of more than"
      + " one; give it with --locale"),
  UPSTREAM_UNREACHABLE(Severity.ERROR, "cannot fetch %s: %s"),
  UPSTREAM_BAD_SLUG(Severity.ERROR, "the front matter's slug '%s' is not %s; give the page's with --slug"),
  UPSTREAM_TABLE_MOVED(Severity.WARNING, "%s has no close-code table any more; it is on the page of the property"
      + " 'code', %s, which is fetched instead"),
  API_CONSTANT_ADDED(Severity.NOTE, "the generated API would gain %s.%s (%s)"),
  API_CONSTANT_REMOVED(Severity.NOTE, "the generated API would lose %s.%s (%s); code using it would break"),
  API_CONSTANT_RENAMED(Severity.NOTE, "the generated API would rename %s.%s to %s (%s); code using it would break"),
  API_CHECK_CHANGED(Severity.NOTE, "CloseCodes.%s would accept %s, not %s"),

  // The lock file: what was generated last
  LOCK_CODE_ADDED(Severity.NOTE, "%s %s is new since the lock file %s"),
  LOCK_DESCRIPTION_CHANGED(Severity.NOTE, "%s %s has a new description since the lock file %s"),
  LOCK_CONSTANT_REMOVED(
      Severity.ERROR,
      "%s %s was generated before (lock file %s, line %d) and is gone; code using it would break."
          + " Set allowRemovals = true to accept this"),
  LOCK_CONSTANT_REMOVAL_ALLOWED(
      Severity.NOTE,
      "%s %s was generated before (lock file %s, line %d) and is gone; allowed by allowRemovals"),
  LOCK_CONSTANT_RENAMED(
      Severity.ERROR,
      "%s is now %s, was %s (lock file %s, line %d); code using the old name would break."
          + " Set allowRemovals = true, or keep the name with names()"),
  LOCK_CONSTANT_RENAME_ALLOWED(
      Severity.NOTE, "%s is now %s, was %s (lock file %s, line %d); allowed by allowRemovals"),
  LOCK_CHECK_CHANGED(
      Severity.NOTE, "CloseCodes.%s accepts %s now; it accepted %s when this lock file was written"),
  LOCK_INTERFACE_ADDED(Severity.NOTE, "CloseCode implements %s now; it did not when this lock file was written"),
  LOCK_INTERFACE_REMOVED(
      Severity.ERROR,
      "CloseCode implemented %s before (lock file %s, line %d) and does not now, as the compile does not offer that"
          + " API or closeCodeApis() leaves it out; code that hands a constant to its CloseReason would break."
          + " Set allowRemovals = true to accept this"),
  LOCK_INTERFACE_REMOVAL_ALLOWED(
      Severity.NOTE,
      "CloseCode implemented %s before (lock file %s, line %d) and does not now; allowed by allowRemovals"),
  LOCK_FILE_BAD(Severity.ERROR, "the lock file cannot be read: %s"),
  LOCK_FILE_MERGE_CONFLICT(
      Severity.ERROR,
      "the lock file holds a merge conflict, from this line to line %d: keep either side's lines and build"
          + " again; closecodes compares what it generates with them and writes the file anew"),
  LOCK_FILE_BAD_LINES(
      Severity.ERROR, "the lock file cannot be read: %s; %d line(s) like it, from this line to line %d"),
  LOCK_FILE_NAME_IN_OTHER_CASE(
      Severity.ERROR,
      "the lock file '%s' is not there, but %s is, whose name differs from it in case only (a file system that"
          + " ignores case, as Windows' and macOS' do, reads the two as one): name the file meant, lockFile = \"%s\""),
  LOCK_FILE_SHARED(
      Severity.ERROR,
      "lockFile(): %s is the lock file of %s too; a lock file holds what one package generated: give this one"
          + " a lock file of its own"),
  LOCK_FILE_OF_ANOTHER_PACKAGE(
      Severity.WARNING,
      "this lock file was written for %s, and %s reads it now: two packages that share a lock file (a module's"
          + " main and test sources, say) each rewrite it and compare with the other's constants; give each a lock"
          + " file of its own. After a package is renamed, this is said once"),
  LOCK_FILE_IS_DOCUMENT(
      Severity.ERROR,
      "lockFile(): %s is %s, a document this annotation reads (%s); the lock file records what was generated:"
          + " give it a file of its own, such as closecodes.lock"),
  LOCK_FILE_WRITTEN(Severity.NOTE, "wrote the lock file %s"),
  LOCK_FILE_MISSING_LOCKED(
      Severity.ERROR,
      "there is no lock file %s, and the option closecodes.locked keeps lock files as committed: build without the"
          + " option and commit the lock file it writes"),
  LOCK_FILE_STALE_LOCKED(
      Severity.ERROR,
      "the lock file is not what the documents generate now, from this line on, and the option closecodes.locked"
          + " keeps it as committed: build without the option and commit the lock file it writes"),
  LOCKED_WITHOUT_LOCK_FILE(
      Severity.WARNING,
      "the option closecodes.locked keeps lock files as committed, but this annotation names no lockFile():"
          + " nothing is kept of what it generates; name one"),
  LOCKED_OPTION_BAD(
      Severity.ERROR,
      "the option closecodes.locked is true or false (or given without a value, -Aclosecodes.locked), not '%s'"),
  LOCKED_OPTION_UNRESOLVED(
      Severity.ERROR,
      "the option closecodes.locked is '%s', a property the build left as it is: give the property a default"
          + " in the POM's <properties>, such as <closecodes.locked>false</closecodes.locked>"),
  LOCK_FILE_NOT_WRITTEN(Severity.ERROR, "cannot write the lock file %s: %s"),
  INPUTS_RECORD_NOT_WRITTEN(
      Severity.WARNING, "cannot write %s (option %s): %s; a page edit alone may not rebuild"),

  // The annotation
  BASEDIR_NOT_A_FOLDER(
      Severity.ERROR,
      "the option closecodes.basedir names %s, which is no folder; relative page and lock-file names are read"
          + " against it: give the project's folder"),
  NO_PAGES(Severity.ERROR, "pages() names no page; give the MDN CloseEvent page to read"),
  TOO_MANY_PAGES(Severity.ERROR, "pages() names %d pages; one generation reads at most %d"),
  DOCUMENT_NOT_FOUND(Severity.ERROR, "cannot find the document '%s'; looked in: %s"),
  /** A name the annotation gives a document or the lock file, then the name with '/' for each backslash. */
  NAME_WITH_BACKSLASHES(
      Severity.ERROR,
      "'%s' separates its folders with '\\', as only Windows reads a name; elsewhere '\\' is part of a file's"
          + " name, and a resource's name never holds it: write '%s', which every platform reads"),
  /** The name, where looked, the file's name in the project, the attribute, the file's name again. */
  DOCUMENT_NAME_IN_OTHER_CASE(
      Severity.ERROR,
      "cannot find the document '%s'; looked in: %s; the project holds %s, whose name differs from it in case only"
          + " (a file system that ignores case, as Windows' and macOS' do, reads the two as one): name that file,"
          + " %s = \"%s\""),
  DOCUMENT_ONLY_AMONG_RESOURCES(
      Severity.ERROR,
      "cannot find the document '%s'; looked in: %s; the project holds it among its resources, %s, which the"
          + " compile does not see (Gradle copies them only after compiling): name that file, %s = \"%s\""),
  DOCUMENT_COPY_NOT_READ(
      Severity.WARNING,
      "'%s' is read from the annotation processor path (%s); the copy at %s differs and is not read: give your"
          + " copy a name of its own, or name it as a file"),
  BAD_NAME_OVERRIDE(Severity.ERROR, "names(): '%s' for code %d is not a Java identifier"),
  NAME_WITH_AN_IGNORED_CHARACTER(
      Severity.ERROR,
      "names(): '%s' for code %d holds %s, which Java leaves out of a name, so the constant would be %s; write it"
          + " without"),
  NAME_NOT_COMPOSED(
      Severity.ERROR,
      "names(): '%s' for code %d is not in Unicode's composed form (NFC), which a keyboard types: Java tells it"
          + " from %s, which looks the same; write that"),
  NAME_NOT_UPPER_CASE(
      Severity.ERROR,
      "names(): '%s' for code %d has lower-case letters; a constant's name is in upper case, as NORMAL_CLOSURE"
          + " is, since the generated types' own members and the types they use are not"),
  NAME_OF_A_MEMBER(
      Severity.ERROR, "names(): %s for code %d is the name of a member of the generated CloseCode; give code %d"
          + " another name"),
  TWO_NAMES_FOR_A_CODE(Severity.ERROR, "names(): code %d is given two names, %s and %s"),
  DUPLICATE_CONSTANT(Severity.ERROR, "names(): the constant %s is given to both %d and %d"),
  BAD_TARGET(Severity.ERROR, "@CloseCodeSpec generates into a package; it cannot be used on %s"),
  SECOND_SPEC_IN_PACKAGE(Severity.ERROR, "the @CloseCodeSpec on %s generates into package %s already; a package takes"
      + " one, for one set of the five types"),
  CANNOT_WRITE(Severity.ERROR, "cannot write %s: %s"),
  TYPE_ALREADY_IN_SOURCES(Severity.ERROR, "cannot generate %s: a type of that name is already among this compile's"
      + " sources, and it is not what closecodes generates from these documents (its Javadoc has no generation"
      + " mark %s). Remove that source, or rename it; where another step generated it (Kotlin's kapt, say),"
      + " compile here with -proc:none, or make that step use these documents"),
  EARLIER_OUTPUT_IN_SOURCES(Severity.ERROR, "cannot generate %s: this compile's sources hold closecodes' output"
      + " for it from other documents (generation mark %s; these documents give %s), as where the folder it is"
      + " generated into is a source folder too (build-helper-maven-plugin's add-source, an IDE's source root)"
      + " and a document changed since. Delete the generated files (mvn clean) and keep that folder out of the"
      + " source folders; where kapt generated them, compile here with -proc:none"),
  INTERNAL_ERROR(Severity.ERROR, "closecodes failed unexpectedly: %s; please report this");

  private final Severity severity;
  private final String format;

  Message(Severity severity, String format) {
    this.severity = severity;
    this.format = format;
  }

  public Severity severity() {
    return severity;
  }

  /**
   * Items as a message lists them in words: {@code a}, {@code a and b}, {@code a, b and c}.
   *
   * @param conjunction the word before the last item, {@code and} or {@code or}
   */
  public static String listed(List<?> items, String conjunction) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      text.append(i == 0 ? "" : i == items.size() - 1 ? " " + conjunction + " " : ", ").append(items.get(i));
    }
    return text.toString();
  }

  /** The format, as {@link String#format} would take it. */
  String pattern() {
    return format;
  }

  /** The message text with its arguments filled in. */
  public String format(Object... arguments) {
    // Most formats hold only %s and %d, filled here directly: java.util.Formatter's first use
    // costs a compile's fresh JVM some 10 ms. Anything else goes to String.format.
    StringBuilder text = new StringBuilder(format.length() + 32);
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%') {
        text.append(c);
        continue;
      }
      char conversion = i + 1 < format.length() ? format.charAt(i + 1) : ' ';
      boolean number = conversion == 'd' && next < arguments.length
          && (arguments[next] instanceof Integer || arguments[next] instanceof Long);
      if ((conversion != 's' && !number) || next >= arguments.length) {
        return String.format(Locale.ROOT, format, arguments);
      }
      text.append(arguments[next++]);
      i++;
    }
    return text.toString();
  }
}
