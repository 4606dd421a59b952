# Reading the content (src/content): files, YAML, the shape of report.yaml
# and the section files; and the descriptions of the JSON Schemas.
# `{"{"}` and `{"}"}` are Fluent's way of writing a brace.

## Reading files (src/content/mod.rs)

content-cannot-read = cannot read { $path }: { $reason }
content-cannot-read-not-found-hint = create { $path } or check the --content directory
content-cannot-read-hint = check that the file exists and that you may read it
content-not-utf8 = the file is not UTF-8 text: byte { $bytes } cannot be read
content-not-utf8-more = the file is not UTF-8 text: byte { $bytes } cannot be read (and { $more } more in the file)
content-not-utf8-expected = a file saved as UTF-8, the encoding YAML files use
content-not-utf8-hint = the file was saved in another encoding (Windows-1258, TCVN3/ABC or VNI); open it and save it again as UTF-8 (in VS Code: “Save with Encoding” → UTF-8, after “Reopen with Encoding” in the one it was written in)
content-tab = a tab in the indentation
content-tab-one-more = a tab in the indentation (and on line { $line })
content-tab-more = a tab in the indentation (and on { $more } more lines: { $lines })
content-tab-expected = spaces: YAML indents with spaces only
content-tab-hint = replace the tabs with spaces; in VS Code: “Convert Indentation to Spaces” in the command palette

# why a file cannot be read or written (std::io::ErrorKind)
content-io-not-found = No such file or directory
content-io-permission-denied = Permission denied
content-io-not-a-directory = Not a directory
content-io-is-a-directory = Is a directory
content-io-already-exists = File exists
content-io-storage-full = No space left on device
content-io-quota-exceeded = Disk quota exceeded
content-io-read-only = Read-only file system
content-io-directory-not-empty = Directory not empty
content-io-invalid-filename = Invalid file name
content-io-file-too-large = File too large
content-io-busy = Device or resource busy
content-io-crosses-devices = Cannot move a file to another drive
content-io-timed-out = Timed out
content-io-interrupted = Interrupted

## Loading report.yaml and the section files

content-dir-missing = the content folder `{ $dir }` does not exist
content-dir-not-a-directory = the content folder `{ $dir }` is not a directory
content-dir-hint = pass --content DIR with the folder that holds report.yaml
content-no-report = there is no report.yaml in `{ $dir }`
content-no-report-expected = report.yaml, the file with the document's details, outline and list of section files
content-section-twice = the section file `{ $name }` is listed twice under `sections:`
content-section-twice-first = listed first here
content-section-twice-expected = each section file listed once under `sections:`
content-section-twice-hint = remove one of the two lines
content-section-missing = the section file { $path } does not exist
content-section-missing-expected = a file { $name }.yaml beside report.yaml (names are listed without `.yaml`)
content-section-without-yaml = write `{ $name }` without `.yaml`
content-section-did-you-mean = did you mean `{ $name }`? ({ $name }.yaml is there)
content-section-missing-hint = create the file, or remove it from `sections:`

## Where a value is (`place` in the messages below)

content-where-top = at the top of the file
content-where-figure = in figure `{ $id }`
content-where-figure-key = in `{ $key }` of figure `{ $id }`
content-where-slot-target = in a target of slot `{ $slot }`
content-where-slot-paragraph = in a paragraph of slot `{ $slot }`
content-where-slot-item = in an item of slot `{ $slot }`
content-where-slot-entry = in an entry of slot `{ $slot }`
content-where-settings = in the format settings
content-where-outline = in the outline
content-where-opening = in the opening paragraphs
content-where-closing = in the closing paragraphs
content-where-path = in `{ $path }`

## Kinds of values: what was found, what was expected

content-found-text = the text { $text }
content-found-number = the number { $number }
content-found-nothing = nothing
content-found-tagged = a value with a tag (`!…`)
content-found-other = a value of another kind
content-a-number = a number, like 2732.16
content-a-paragraph = a paragraph: a text, or a map with `text`, `clauses`, `counted` or `bold`
content-a-part = a number, or the id of another figure
content-a-list-of = a list of { $count } items, like [2020, 2025]
content-a-count = a whole number (0, 1, 2 …)
content-a-whole-number = a whole number
content-a-boolean = `true` or `false`
content-a-text = a text
content-a-list = a list
content-a-map = a map of `key: value` entries
content-a-value = a value of another kind
content-this-entry = this entry

## The shape of the content (serde's errors, src/content/yaml.rs)

content-number-expected = a plain number: digits, a dot as decimal point, no thousands separator (2732.16, 18805)
content-not-number = `{ $key }` is not a number: `{ $value }`
content-not-number-value = this value is not a number: `{ $value }`
content-number-in-flow-hint = write `{ $number }`: YAML numbers use a dot as decimal point and no thousands separator, and inside `{"{"} … {"}"}` a comma separates entries
content-number-hint = write `{ $number }`: YAML numbers use a dot as decimal point and no thousands separator; baocao prints them the Vietnamese way
content-number-ambiguous-hint = the separator is ambiguous: for a whole number write the digits alone (2732), for a decimal use a dot (2.732)
content-number-text-hint = write the figure's number; leave the key out if the draft gives none

content-unknown-key = unknown key `{ $key }` { $place }
content-unknown-key-none = no keys here
content-one-of-keys = one of { $keys }
content-one-of-keys-more = one of { $keys } and { $more } more (see the schema, or hover in VS Code)
content-did-you-mean = did you mean `{ $name }`?
content-unknown-key-hint = check the spelling, or the indentation: the key may belong to the entry above or below

content-empty-file = the file is empty
content-empty-file-expected = the file's keys, starting with `{ $key }:`
content-empty-file-hint = see docs/content.md for what the file holds, or remove it from `sections:` in report.yaml
content-missing-key-file = `{ $key }:` is missing from the file
content-missing-key = `{ $key }:` is missing { $place }
content-key-described = `{ $key }:` — { $description }
content-the-key = the key `{ $key }:`
content-missing-key-file-hint = add `{ $key }:` at the start of a line, like the file's other top-level keys
content-missing-key-hint = add a line `{ $key }: …` to it, indented like its other keys

content-duplicate-key = `{ $key }:` is written twice { $place }
content-duplicate-key-expected = each key once in a map
content-duplicate-key-hint = remove one of the two, or merge them
content-duplicate-key-first = first written here
content-duplicate-figure = the figure id `{ $id }` is used twice in this file
content-duplicate-figure-hint = give each figure its own id; if both are the same figure, remove one
content-duplicate-slot = the slot `{ $slot }` is written twice in this file
content-duplicate-slot-hint = put all the material of one slot under a single `{ $slot }:`

content-bad-variant = `{ $value }` is not a valid `{ $key }`
content-bad-variant-here = `{ $value }` is not a valid value here
content-one-of-values = one of { $values }
content-name-described = `{ $key }`: { $description }
content-bad-variant-hint = write one of the values above

content-empty-value = `{ $key }` is empty { $place }
content-empty-entry = this entry is empty { $place }
content-wrong-type = `{ $key }` should be { $expected }, not { $found }
content-wrong-type-entry = this entry should be { $expected }, not { $found }
content-expected-described = { $expected } — { $name }: { $description }
content-quote-brace-hint = a text that starts with `{"{"}` or `[` must be quoted ("{"{{"} … {"}}"} …") or written as a block: `>-` and the text on the next lines, indented
content-list-not-text-hint = a text is written on the key's line, or after `>-` on the next lines; remove the `- ` in front of it
content-text-not-list-hint = write the items as a list: one item per line, each starting with `- `, indented under the key
content-map-not-text-hint = this value is read as a map: is the next line indented too far, or does the text contain `: `? quote it or write it as a block (`>-`)
content-boolean-hint = write `true` or `false`
content-whole-number-hint = write a whole number
content-negative-hint = the number cannot be negative
content-digits-hint = write the number in digits
content-empty-hint = write a value after { $name }, or remove the line if the key is optional
content-kind-hint = check the value's kind: a text, a number, a list (`- item` lines) or a map (`key: value` lines)
content-next-line-swallowed-hint = the next line (`{ $line }`) is indented further than this key, so YAML reads it as part of this value: line it up with the keys above

content-wrong-length = `{ $key }` has { $count ->
    [one] { $count } item
   *[other] { $count } items
}
content-wrong-length-list = this list has { $count ->
    [one] { $count } item
   *[other] { $count } items
}
content-wrong-length-hint = write the list as in the example: [2020, 2025]

content-wrong-kind = `{ $key }` has the wrong kind of value
content-wrong-kind-here = this value has the wrong kind of value
content-wrong-kind-expected = a single value
content-wrong-kind-hint = write the value on the key's line

# a check of a value made elsewhere (`message`, already in the user's language)
content-bad-value = { $message } ({ $place })
content-bad-value-hint = see docs/content.md for what this key takes
# `settings: line_spacing:` (src/docx/profile.rs), in `content-bad-value`
content-line-spacing = `line_spacing` takes exactly one key, with a positive number: `{"{"} lines: 1.15 {"}"}`, `{"{"} exact: 18 {"}"}` or `{"{"} at_least: 18 {"}"}`

## YAML syntax (libyaml's errors)

content-several-documents = the file holds more than one YAML document
content-several-documents-expected = one document per file
content-several-documents-hint = remove the `---` line (and move what follows it into the right place)
content-unknown-anchor = a value starts with `*`, which YAML reads as a reference
content-unknown-anchor-expected = a text, a number, a list or a map
content-unknown-anchor-hint = put the text in quotes: "*…"

content-quote-never-closed = this quoted text is never closed
content-closing-quote = a closing `{ $quote }` at the end of the text
content-quote-never-closed-hint = add the closing quote
content-quote-not-closed = the text opened with `{ $quote }` here is not closed on its line
content-quote-not-closed-here = so YAML could not read on from here
content-quote-not-closed-hint = add the closing quote; a text that runs over several lines is better written as a block (`>-`)
content-bad-escape = `{ $escape }` is not a valid escape in a text between double quotes
content-bad-escape-expected = `\\` for a backslash, `\"` for a double quote
content-bad-escape-hint = write `\\` for a backslash, or put the text in single quotes ('…') where `\` has no special meaning
content-cannot-start = a value cannot start with `{ $char }`
content-cannot-start-anchor = a value cannot start with `&` or `*`
content-text-in-quotes = the text in quotes: "{ $char }…"
content-cannot-start-hint = put the whole text in quotes

content-map-not-closed = the map opened with `{ $open }` here is not closed
content-map-not-closed-expected = `{ $close }` at the end of the map, on the same line
content-map-not-closed-hint = a text that starts with `{"{{"}` (a template) must be quoted: "{"{{"} … {"}}"} …"; otherwise close the map with `{"}"}`
content-list-not-closed = the list opened with `{ $open }` here is not closed
content-list-not-closed-expected = `{ $close }` at the end of the list, on the same line
content-list-not-closed-hint = close it with `{ $close }`, or write one `- item` per line
content-not-closed-here = YAML expected `,` or the closing bracket here

content-key-too-deep = this key is indented further than the keys it belongs with
content-key-lined-up-above = a key lined up with the keys above it
content-key-lined-up = a key lined up with `{ $key }:` on line { $line } (column { $column })
content-key-too-deep-hint = line it up with the keys above it; or, if the line above continues here, put that text in quotes
content-colon-in-text = `: ` inside a text: YAML reads it as the start of a new key
content-colon-in-text-expected = a text without `: `, or the whole text in quotes
content-colon-in-text-hint = put the whole text in quotes ("…"), or write it as a block: `>-` after the key and the text on the next lines, indented
content-not-key-nor-item = this line is neither a `key: value` nor a list item (`- …`)
content-not-key-nor-item-expected = `key: value`, `- item`, or the next line of a text, indented as far as the text
content-not-key-nor-item-hint = if it continues the text above, indent it as far as that text; if it is a new key, add `: ` after the key
content-key-misaligned = this line does not line up with the keys above it
content-key-misaligned-hint = keys of one map start in the same column; a text that continues a value must be indented further than its key, or written as a block (`>-`)
content-item-misaligned = this line does not line up with the list above it
content-item-misaligned-expected = a list item `- …` lined up with the items above it
content-item-misaligned-hint = each item of a list starts with `- ` in the same column; a text that continues an item must be indented further than its `-`
content-item-after-key = a list item (`- `) cannot follow a key on the same line
content-item-after-key-expected = the list's items on the lines below the key
content-item-after-key-hint = put the list on the next lines, each item indented under the key and starting with `- `
content-control-character = the file contains an invisible control character
content-control-character-expected = text without control characters
content-control-character-hint = delete the character at this place (it is often pasted in from Word or a PDF)

# any other syntax error: libyaml's reason in words, and what it was reading
content-yaml-unreadable = the YAML cannot be read: { $reason }
content-yaml-unreadable-while = the YAML cannot be read: { $reason } ({ $context })
content-yaml-unreadable-expected = well-formed YAML
content-yaml-unreadable-hint = check the indentation and the quoting of this line and the line above
content-libyaml-no-value = a value is missing here
content-libyaml-end-of-file = the file ends before what was started is finished
content-libyaml-after-value = only a comment (`# …`) or the end of the line may follow this value
content-libyaml-no-space = a space or the end of the line is missing here
content-libyaml-document-marker = a `---` or `...` line inside the document
content-libyaml-tab = a tab where the indentation must be spaces
content-libyaml-key-here = a key (`key:`) cannot be written here
content-libyaml-bad-code = the code of a character after `\` is not right
content-libyaml-block-header = the line that starts a block (`>-`, `|`) is not right
content-libyaml-directive = a line starting with `%` is not a YAML directive baocao reads
content-libyaml-tag = a value starting with `!` (a YAML tag) is not right
content-libyaml-encoding = the file's characters are not valid UTF-8
content-libyaml-too-deep = the file nests too deep or repeats too much
content-libyaml-while-key = while reading a key
content-libyaml-while-quoted = while reading a quoted text
content-libyaml-while-block = while reading a block of text, `>-` or `|`
content-libyaml-while-map = while reading a map
content-libyaml-while-list = while reading a list
content-libyaml-while-anchor = while reading a value starting with `&` or `*`
content-libyaml-while-tag = while reading a value starting with `!` or a line starting with `%`
content-libyaml-while-value = while reading a value

## The descriptions of the JSON Schemas (src/content/schema.rs), what VS Code
## shows on hover: `content-type-<type>`, `content-field-<type>-<key>`

content-schema-title-report = baocao report.yaml
content-schema-title-section = baocao section file
content-type-chapter = A chapter (A., B., C.) of a part.
content-type-figure = A structured figure: one quantity the report states, with what it is compared against. Whatever can be derived (percent of target, change against the baseline, totals) is computed; a figure the draft states but the data cannot reproduce exactly goes under `stated`.
content-type-format = `format:` in report.yaml: the named profile and the settings this report overrides.
content-type-line-spacing = Line spacing of body text: a multiple of single spacing (`lines: 1.15`) or an exact height in points (`exact: 18`), or a minimum (`at_least: 18`). In YAML: a map with exactly one of these keys.
content-type-node = A node of the outline: a numbered heading (or a numbered paragraph), its paragraphs, numbered children and targets.
content-type-paragraph = A paragraph: a text (a template: `{"{{"} f.<id>.value | num {"}}"}` prints a figure), or a map with `text`, `clauses`, `counted` or `bold`.
content-type-part = One part (Phần thứ nhất, Phần thứ hai …) of the outline.
content-type-part-value = A part of the total: a number, or the id of another figure.
content-type-part-value-string = The id of another figure.
content-type-report = `report.yaml`: the document itself.
content-type-section = A section (I., II.) of a chapter, filled from one slot.
content-type-section-file = A section file (`economy.yaml`, …): the figures of its area and what it contributes to each slot of the outline.
content-type-settings = What `report.yaml` may change in the profile. Every field is optional; unknown fields are an error.
content-type-target = A main target of Part Two: a sentence template about one figure.
content-type-verdict-exceeded = "vượt": above the target.
content-type-verdict-met = "đạt": at least the target.
content-type-verdict-not-met = "không đạt": below the target.
content-field-chapter-sections = The sections (I., II.) of the chapter.
content-field-chapter-slot = A slot whose nodes become this chapter's sections (I., II.).
content-field-chapter-title = The chapter's heading, without its letter.
content-field-document-congress = Number of the congress this report goes to (6 → "lần thứ VI").
content-field-document-date = `YYYY-MM-DD`; leave empty while the draft is undated.
content-field-document-draft = The draft number ("Dự thảo lần N"); absent in the final version.
content-field-document-issuing-body = The body that issues the report, printed bold in the header: `ĐẢNG ỦY THỊ TRẤN BẾN SUNG`.
content-field-document-kind = The kind of document, printed above the title (default `BÁO CÁO`).
content-field-document-motto = The congress motto ("phương châm").
content-field-document-next-term = The term that starts: `[2025, 2030]`.
content-field-document-place = The place on the date line: `Bến Sung, ngày … tháng … năm …`.
content-field-document-previous-term = The term that ends: `[2020, 2025]`.
content-field-document-stem = Output file stem; the draft number is appended (`-du-thao-lan-3`).
content-field-document-subtitle = The subtitle, without its parentheses (a template).
content-field-document-superior-body = The body above the issuer (may be absent).
content-field-document-title = The title (the congress slogan).
content-field-document-year = The year printed on the date line while the date is blank.
content-field-figure-area = The area (ha) of a crop; with `yield`, gives `output`.
content-field-figure-baseline = The value in the baseline year, `baseline_year` (by default the first year of the previous term, 2020).
content-field-figure-baseline-year = The year of `baseline` (by default the first year of the previous term, 2020).
content-field-figure-estimate = `true`: an estimate (“ước đạt”) rather than a final figure (“đạt”).
content-field-figure-growth-target = The target for the average annual growth rate (`growth`), in % a year.
content-field-figure-items = The things a stated count counts (`03 chỉ tiêu … : a; b; c`); without `value`, the value is their number.
content-field-figure-label = What the figure is, in words (required; used in messages and change summaries).
content-field-figure-lower-is-better = `true`: the target is a ceiling, not a floor (a poverty or malnutrition rate): “đạt” (`met`) means at or below the target, “vượt” (`exceeded`) below it.
content-field-figure-note = Free text for editors; not printed.
content-field-figure-of = The whole of a count: `11/16` is `value: 11, of: 16`.
content-field-figure-parts = The parts of a total, by name: name → a number, or name → the id of another figure.
content-field-figure-same-as = The id of another figure that states the same quantity elsewhere in the draft: `check` compares the two.
content-field-figure-stated = What the draft states where the data cannot derive it exactly, by the name of the derived field: `value`, `change`, `change_pct`, `pct_baseline`, `pct_target`, `over_target`, `over_target_pct`, `pct_of`, `growth`, `growth_over_target`, `per_year`, `output`, `total`; `check` compares each with the computed value, and the report prints the stated one.
content-field-figure-stated-change = As the draft states it: { field-change-shows }.
content-field-figure-stated-change-pct = As the draft states it: { field-change-pct-shows }.
content-field-figure-stated-growth = As the draft states it: { field-growth-shows }.
content-field-figure-stated-growth-over-target = As the draft states it: { field-growth-over-target-shows }.
content-field-figure-stated-output = As the draft states it: { field-output-shows }.
content-field-figure-stated-over-target = As the draft states it: { field-over-target-shows }.
content-field-figure-stated-over-target-pct = As the draft states it: { field-over-target-pct-shows }.
content-field-figure-stated-pct-baseline = As the draft states it: { field-pct-baseline-shows }.
content-field-figure-stated-pct-of = As the draft states it: { field-pct-of-shows }.
content-field-figure-stated-pct-target = As the draft states it: { field-pct-target-shows }.
content-field-figure-stated-per-year = As the draft states it: { field-per-year-shows }.
content-field-figure-stated-total = As the draft states it: { field-total-shows }.
content-field-figure-stated-value = As the draft states it: { field-value-shows }.
content-field-figure-target = The resolution's target or the plan.
content-field-figure-unit = The unit, as printed: `tỷ đồng`, `ha`, `%`.
content-field-figure-value = The value; may be left out when `parts`, `area` × `yield` or `items` give it.
content-field-figure-verdict = How the draft words the result against the target: `exceeded` (“vượt”), `met` (“đạt”) or `not_met` (“không đạt”); `check` compares it with the numbers.
content-field-figure-year = The year the value refers to.
content-field-figure-years = The number of years the value is spread over; gives `per_year`.
content-field-figure-yield = The yield per unit of area; `output` = area × yield × yield_scale.
content-field-figure-yield-scale = Converts area × yield to the output's unit (default 0.1: ha × tạ/ha → tấn).
content-field-format-profile = The profile's name; default `36-HD/VPTW`.
content-field-format-settings = Settings of the profile this report changes, e.g. `margin_left_mm: 35`.
content-field-node-body = Paragraphs (templates).
content-field-node-count-label = Word counted in the heading's count: "(10 chỉ tiêu)".
content-field-node-heading = The heading, without its number (the number is computed).
content-field-node-items = Numbered children.
content-field-node-number = The number as the draft states it, where it differs from the computed one; printed as stated and reported by `check`.
content-field-node-run-in = The heading runs into the first paragraph: "1.1. Heading: text".
content-field-node-targets = Main targets, numbered (1)…(n) across the whole report.
content-field-node-text = A numbered paragraph with no heading: "1.1. text".
content-field-part-chapters = The chapters (A., B., C.) of the part.
content-field-part-intro = Slot for paragraphs between the part's name and its first chapter.
content-field-part-title = The part's name (a template), printed under "Phần thứ …".
content-field-report-closing = Paragraphs after the last part.
content-field-report-document = Who issues the report, its date and draft number, its title.
content-field-report-format = The format profile of the DOCX and any settings that override it.
content-field-report-opening = Paragraphs before Phần thứ nhất.
content-field-report-outline = The parts, chapters and sections of the report and which slot of the section files fills each of them.
content-field-report-sections = The section files, in the order their material appears within each part of the outline (file names without `.yaml`).
content-field-section-file-figures = The area's figures, by id. Sentences refer to them as `f.<id>`. Ids are lower-case ASCII letters, digits and `_`, and unique across all section files.
content-field-section-file-slots = Material by slot name (slots are named in report.yaml's outline).
content-field-section-file-title = A human name for the area, used in messages and change summaries.
content-field-section-slot = The slot of the section files that fills this section.
content-field-section-title = The section's heading, without its number.
content-field-settings-body-size-pt = Size of body text in points.
content-field-settings-chapter-size-pt = Size of chapter headings (A., B.), in points.
content-field-settings-first-line-indent-mm = First-line indent of body paragraphs, in mm.
content-field-settings-font = Font of all text, e.g. `Times New Roman`.
content-field-settings-footer-distance-mm = Distance from the bottom edge to the footer, in mm.
content-field-settings-header-date-space-before-pt = Space above the place-and-date line, in points.
content-field-settings-header-distance-mm = Distance from the top edge to the page-number header, in mm.
content-field-settings-header-left-pct = Header block: width of the left column, percent of the text width.
content-field-settings-header-right-pct = Header block: width of the right column, percent of the text width.
content-field-settings-header-size-pt = Size of the header block's text, in points.
content-field-settings-heading-caps = All caps of part, chapter, section, item, subitem headings.
content-field-settings-item-size-pt = Size of item headings (1., 2.), in points.
content-field-settings-kind-size-pt = Size of `BÁO CÁO`, in points.
content-field-settings-kind-space-before-pt = Space above `BÁO CÁO`, in points.
content-field-settings-lang = Language of all text (`w:lang`), e.g. `vi-VN`.
content-field-settings-line-spacing = Line spacing of body text: `{"{"}lines: 1.15{"}"}`, `{"{"}exact: 18{"}"}` or `{"{"}at_least: 18{"}"}`.
content-field-settings-margin-bottom-mm = Bottom margin in mm.
content-field-settings-margin-left-mm = Left margin in mm.
content-field-settings-margin-right-mm = Right margin in mm.
content-field-settings-margin-top-mm = Top margin in mm.
content-field-settings-number-first-page = Number the first page too.
content-field-settings-page-height-mm = Page height in mm (A4: 297).
content-field-settings-page-number-size-pt = Size of page numbers, in points.
content-field-settings-page-numbers = Print page numbers, centred in the header.
content-field-settings-page-width-mm = Page width in mm (A4: 210).
content-field-settings-part-size-pt = Size of part headings (Phần thứ …), in points.
content-field-settings-part-title-caps = All caps of the part's title (under "Phần thứ …").
content-field-settings-party-name-rule = Draw a rule under the party name.
content-field-settings-party-name-size-pt = Size of `ĐẢNG CỘNG SẢN VIỆT NAM`, in points.
content-field-settings-section-size-pt = Size of section headings (I., II.), in points.
content-field-settings-space-after-pt = Space after a body paragraph, in points.
content-field-settings-space-before-pt = Space before a body paragraph, in points.
content-field-settings-subitem-italic = Sub-item headings (1.1.) in italics.
content-field-settings-subitem-size-pt = Size of sub-item headings (1.1.), in points.
content-field-settings-subtitle-size-pt = Size of the subtitle, in points.
content-field-settings-subtitle-space-after-pt = Space after the subtitle, in points.
content-field-settings-table-size-pt = Size of text in tables other than the header block, in points.
content-field-settings-title-size-pt = Size of the title, in points.
content-field-styled-paragraph-clauses = Clauses numbered inline "(1) … (2) …" after `text`, in one paragraph.
content-field-styled-paragraph-counted = Paragraphs introduced by counting words: "Một là, …", "Hai là, …".
content-field-styled-paragraph-text = The paragraph text; with `clauses`, the words before them.
content-field-target-figure = The figure the target states (its fields are the template's variables).
content-field-target-lines = Further lines of the same target (sub-figures).
content-field-target-text = The sentence, without its number.

# paths of content files
content-section-not-a-name = “{ $name }” is not the name of a section file
content-section-not-a-name-expected = the name of a section file beside report.yaml, without a folder, “..” or “.yaml”, e.g. `economy`
content-section-not-a-name-hint = write only the file's name; section files must be in the content folder
content-file-outside = { $path } is a link that leads out of its folder; baocao reads no file outside it
content-file-is-a-folder = { $path } is a folder, not a file
content-file-not-regular = { $path } is not a regular file
content-section-not-a-file-hint = put a real YAML file (not a link out of the folder, not a folder) in the content folder
content-section-write-name = write `{ $name }` ({ $name }.yaml is beside report.yaml)

# values of the document's fields
content-bad-congress = there is no congress number { $value }
content-bad-congress-expected = `congress:` is the congress's number, 1 to 99 (6 for “lần thứ VI”)
content-bad-draft = there is no draft 0
content-bad-draft-expected = `draft:` from 1 up; leave the line out in the final version
content-bad-term = the term { $from } - { $to } is not right
content-bad-term-expected = two years, the first before the last, e.g. [2020, 2025]
content-terms-overlap = the next term ({ $next }) starts before the previous one ({ $previous }) ends
content-terms-overlap-expected = the next term starts in the year the previous one ends, e.g. [2020, 2025] and [2025, 2030]
content-bad-year = the year { $value } cannot be used
content-bad-year-expected = a year from 1930 to 2200, e.g. 2025
content-bad-stem = “{ $value }” cannot be the outputs' file name
content-bad-stem-expected = a file name without a folder: letters, digits, “-”, “_” or “.”, not starting with “.”, e.g. bao-cao-chinh-tri
content-not-one-line = `{ $key }:` must be on one line
content-not-one-line-expected = one line of text, without line breaks or control characters
content-too-deep = the file nests `[` or `{"{"}` more than { $depth } deep
content-too-deep-expected = lists and maps nested a few levels deep, like the bundled content files
content-too-deep-hint = check the opening brackets here: one may not be closed, or the file is not a content file
content-bad-character = there is a hidden character here that cannot be printed ({ $code })
content-bad-character-expected = letters, digits and punctuation; line breaks and tabs are allowed
content-bad-character-hint = delete it (it usually comes from text copied from another file); VS Code shows it as a small box with letters

# the appendices (report.yaml `appendices:`; src/content/appendix.rs)
content-field-report-appendices = The appendices (Phụ lục) after the report, in order: tables computed from the figures.
content-type-appendix-spec = One appendix: a title and a table computed from the figures.
content-field-appendix-spec-id = The appendix's name for sentences: `{"{{"} a.<id>.met {"}}"}` prints what its table counts (lower-case ASCII letters, digits and `_`).
content-field-appendix-spec-title = The title, printed in capitals under "Phụ lục số 01" (a template).
content-field-appendix-spec-note = The line under the title, without its parentheses (a template): `Kèm theo Báo cáo chính trị …`.
content-field-appendix-spec-orientation = `landscape` or `portrait`; left out: landscape when the table has more than five columns.
content-field-appendix-spec-rows = What the rows are: `figures` (the figures listed under `groups`, the default) or `targets` (the report's main targets (1)…(n), numbered and grouped as the report has them).
content-field-appendix-spec-columns = The columns, left to right.
content-field-appendix-spec-groups = With `rows: figures`: the groups of rows, each a group row with its title and a row for each figure.
content-field-appendix-spec-current = With `rows: targets`: for a target's figure, the figure of what the term achieved (`thu_nhap_2030: thu_nhap_binh_quan`); the columns `current.<field>` show it.
content-field-appendix-spec-total = A total row after the last group: its label (`Tổng cộng`). The columns with `sum: true` are added up.
content-field-appendix-spec-summary = The counts the report states about this table, as figures: `check` compares them with the table's when `complete` is true.
content-field-appendix-spec-complete = The table lists every target the counts of `summary` count. While it does not, the stated counts are printed as stated and not compared.
content-type-orientation = How an appendix's page is laid out.
content-type-row-source = Where an appendix's rows come from.
content-type-row-source-figures = The figures listed under `groups`.
content-type-row-source-targets = The report's main targets, as the report numbers and groups them.
content-type-column-spec = A column: what it shows (`number`, `label`, `unit`, `verdict`, a figure field such as `value`, `target` or `pct_target`, or `current.<field>`), or a map with its title and more.
content-type-column-full = A column written out.
content-field-column-full-show = What each cell shows: `number` (STT), `label` (the indicator), `unit`, `verdict` (vượt / đạt / không đạt), a figure field (`value`, `target`, `pct_target`, `baseline`, `year`, …) or, with `rows: targets`, `current.<field>`.
content-field-column-full-title = The column's heading.
content-field-column-full-group = The heading of a group of columns this one is under: columns side by side with the same `group` share one merged heading cell above their own.
content-field-column-full-width = The column's share of the table's width, relative to the others' (default by what it shows: 5 for `number`, 30 for `label` …).
content-field-column-full-decimals = Decimals of its numbers (default: at most two, zeros dropped).
content-field-column-full-sum = Add its numbers up in the total rows.
content-type-group-spec = A group of rows: a group row with its title, then one row a figure.
content-field-group-spec-title = The group row's text (a template): `Chỉ tiêu về kinh tế`.
content-field-group-spec-figures = The rows: a figure id, or a map with the figure and what to show of it.
content-field-group-spec-total = A total row after the group's rows: its label (`Cộng`). The columns with `sum: true` are added up.
content-type-row-spec = A row: the id of a figure, or a map with `figure`, `label`, `measure`.
content-type-row-full = A row written out.
content-field-row-full-figure = The figure's id.
content-field-row-full-label = The indicator's name in the table (default: the figure's label).
content-field-row-full-measure = `value` (the value against `target`, the default) or `growth` (the average annual growth against `growth_target`, in %).
content-type-measure = What a row measures against what.
content-type-measure-value = The value against `target`.
content-type-measure-growth = The average annual growth against `growth_target`.
content-type-summary-spec = The counts the report states about an appendix's table, each the figure that states it: `<id>` (its value) or `<id>.parts.<name>`.
content-field-summary-spec-total = How many targets there are ("26 chỉ tiêu").
content-field-summary-spec-met = How many were met or exceeded ("đạt 23/26").
content-field-summary-spec-exceeded = How many were exceeded ("trong đó 10 chỉ tiêu vượt").
content-field-summary-spec-not-met = How many were not met ("03 chỉ tiêu không đạt").
content-field-styled-paragraph-italic = The paragraph in italics.
content-document-end = the line `...` ends the YAML document, so what follows is read as another document
content-document-end-hint = delete the line `...` (a content file does not need it)
content-number-too-large = the number { $number } of { $key } is too large
content-number-too-large-hint = check the number: a digit may be typed too many
content-str-tag-hint = remove the tag `!!str`: it makes the number a text; write the number without it: `{ $example }`
content-bad-character-escape-hint = remove the escape (`\x01`, `\uFFFE` …) from this quoted text
