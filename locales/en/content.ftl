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
