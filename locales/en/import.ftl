# Importing a draft into a content tree (src/import/), and `check` on a draft.

import-cannot-read = cannot read { $file }: { $reason }
import-cannot-read-hint = check that the file exists and that you may read it
import-unknown-format = { $file } is not a draft baocao can read
import-unknown-format-expected = a Word file (.docx), or its text (.txt, .md)
import-unknown-format-hint = save the draft from Word as .docx (File › Save As › Word Document)
import-empty = { $file } has no text
import-empty-hint = open the file and check that it is the draft; a scanned draft (pictures of pages) has no text to import
import-not-utf8 = { $file } is not UTF-8 text (line { $line })
import-not-utf8-hint = save the text again as UTF-8 (in Notepad: Save As › Encoding › UTF-8), or import the Word file itself
import-not-docx = { $file } is not a Word file (.docx): { $reason }
import-not-docx-hint = open it in Word or LibreOffice and save it again as a Word document (.docx)
import-no-document-part = { $file } is a zip file but not a Word document: it has no word/document.xml
import-docx-corrupt = { $file } is damaged: { $reason }
import-docx-corrupt-hint = open it in Word (which offers to repair it) and save it again as .docx
import-docx-encrypted = { $file } is protected with a password
import-docx-encrypted-hint = open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password, empty), save, and import again
import-docx-old = { $file } is a Word 97–2003 document (.doc), not a .docx
import-docx-old-hint = open it in Word or LibreOffice and save it as a Word document (.docx)
import-no-outline = no outline in { $file }: there is no “Phần thứ nhất” heading
import-no-outline-expected = a political report's outline: “Phần thứ nhất”, “Phần thứ hai”, then A., I., 1., 1.1. headings, typed or numbered by Word
import-no-outline-hint = check that this is the report; the text starts: “{ $sample }”
import-bad-areas = the areas file { $file } cannot be used: { $reason }
import-bad-areas-files = each area needs a `file:` of lower-case letters, digits and `-` (not `report`)
import-bad-areas-hint = start from the built-in one: baocao import --print-areas > areas.yaml
import-out-not-dir = { $dir } exists and is not a directory
import-out-hint = give --out DIR with a directory
import-out-not-empty = { $dir } is not empty; nothing was written
import-out-not-empty-hint = give --out with a new directory, or add --force to replace the imported files in it
import-cannot-create = cannot create { $dir }
import-cannot-write = cannot write into { $dir }
import-io-hint = give --out DIR with a directory you may write to
import-does-not-build = the imported content does not build: { $reason }
import-does-not-build-hint = this is a fault of the import, not of the draft; nothing was written. Please report it with the draft.

# the summary
import-summary = imported { $paragraphs } paragraphs, { $headings } numbered headings, { $targets } main targets; { $figures } figures made
import-summary-numbers = numbers: { $in_figures } printed from figures, { $stated } kept as the draft states them, { $prose } left in the prose
import-summary-ignored = { $count } paragraphs after the end mark “./.” were left out
import-summary-tables = { $count } paragraphs of tables were read as paragraphs
import-summary-emphasis = { $count } paragraphs have bold or italic the content cannot keep (words inside a paragraph, or an opening or closing paragraph): they are plain text in the content
import-note-no-chapter = paragraph { $at }: a section without a chapter (A., B.) above it; an untitled chapter holds it
import-note-renumbered = paragraph { $at }: “{ $stated }” is printed as “{ $printed }”: the content numbers parts and chapters by their position
import-wrote = wrote { $path }
import-next = next: baocao build --content { $dir }

# comments of the files written
import-yaml-report-head = report.yaml, imported from { $draft } by `baocao import`: the document's details, the outline and the slots
    that fill it. Every paragraph is as the draft has it; the figures are in the section files.
import-yaml-section-head = { $title }, imported from { $draft } by `baocao import`.
import-yaml-figures-head = Figures: the numbers the sentences below print as f.<id>; `stated:` keeps what the draft states where the data cannot derive it.
import-yaml-sections-head = The section files, in the order their material appears within each slot of the outline.
import-yaml-outline-head = The outline: parts, chapters (A.), sections (I.) and the slot that fills each.
import-yaml-number-as-stated = as the draft numbers it; `check` reports it
import-yaml-date-blank = the draft's date is blank

# check on a draft
import-check-at = { $file }, paragraph { $at }
import-check-in = in: { $headings }
