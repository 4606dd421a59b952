# Editing without programming: counts of lists, blanks, short names and the
# filters of a figure (src/numbered.rs, src/render/, src/filters.rs,
# src/check.rs `stated_counts`, src/content/ the parts read one by one).
# `{ "{{" }` writes `{{`: braces are Fluent's.

## `id:` of a list, for `count.<id>`
editing-count-id-bad = `{ $id }` cannot name a list
editing-count-id-expected = lower-case ASCII letters, digits and `_`, starting with a letter (e.g. nhiem_vu_trong_tam)
editing-count-id-bad-hint = a sentence prints the count as `{ "{{" } count.<id> { "}}" }`, so the id must be a plain name without accents or spaces
editing-count-id-reserved = `{ $id }` is the count of all main targets and cannot name another list
editing-count-id-reserved-hint = choose another name; `{ "{{" } count.targets { "}}" }` already prints how many main targets the report has
editing-count-id-twice = the id `{ $id }` names two lists
editing-count-id-twice-first = first given here
editing-count-id-twice-hint = ids are shared by report.yaml and all section files; rename one of them

## short names of figures (`with:`)
editing-short-name-bad = `{ $name }` cannot be a short name of a figure
editing-short-name-expected = a plain name of lower-case ASCII letters, digits and `_`, other than { $reserved }
editing-short-name-bad-hint = the sentence writes the short name as `{ "{{" } name | qty { "}}" }`: choose a short plain name, like `gtsx`

## a sentence that prints nothing where a value belongs
editing-blank-previous-congress = `{ $expr }` prints nothing: this report goes to the first congress (`congress: 1`), which has no previous one
editing-blank-previous-congress-hint = for a first congress, write the sentence without the previous congress (e.g. “ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NHIỆM KỲ …”); see docs/content.md, “A first congress”
editing-blank-superior-body = `{ $expr }` prints nothing: the report has no superior body (`superior_body:` in report.yaml)
editing-blank-superior-body-hint = add `superior_body:` under `document:` in report.yaml, or write the sentence without it
editing-blank-date = `{ $expr }` prints nothing: the report is not dated yet (`date:` in report.yaml)
editing-blank-date-hint = fill in `date:` (YYYY-MM-DD), or print `{ "{{" } doc.place_date { "}}" }`, which leaves the day blank while undated
editing-blank-draft = `{ $expr }` prints nothing: the report is a final version, without `draft:`
editing-blank-draft-hint = give `draft:` in report.yaml, or write the sentence without the draft number
editing-blank = `{ $expr }` prints nothing here
editing-blank-hint = a sentence must not print an empty value: check what it prints (an empty text, an empty `items:` list, a field left blank) or take the expression out
editing-blank-somewhere = the sentence prints nothing where a value belongs

## the filters of a figure (`qty`, `change`, `since`, `reached`, `ratio`)
editing-filter-not-a-figure = the filter `{ $filter }` prints a figure, but `{ $value }` is no figure: write it after the figure itself, as in `{ "{{" } f.<id> | { $filter } { "}}" }` or `{ "{{" } name | { $filter } { "}}" }`
# $needs: what the figure must have, e.g. "`target:`" (from the table of fields)
editing-filter-figure-lacks = the filter `{ $filter }` prints `{ $field }` of figure `{ $id }`, which the figure does not have (it needs { $needs })

## a count a heading or sentence states for the list it introduces
editing-count-differs = “{ $text }” states { $stated }, but the list it introduces has { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
editing-count-expected = { $count } (the number of entries of the list)
editing-count-hint-id = print the count with `{ "{{" } count.{ $id } | pad { "}}" }` so that it follows the list
editing-count-hint = give the list's node an `id:` and print the count with `{ "{{" } count.<id> | pad { "}}" }` so that it follows the list

## the schema's descriptions of the new keys
content-field-node-id = A name for what this node lists (its numbered children, else its targets, else its counted paragraphs), so that a sentence anywhere can print how many there are: `{ "{{" } count.<id> | pad { "}}" }`.
content-field-section-id = A name for the list of numbered nodes the slot gives this section, so that a sentence can print how many there are: `{ "{{" } count.<id> { "}}" }`.
content-field-chapter-id = A name for the list of sections the chapter's slot gives, so that a sentence can print how many there are: `{ "{{" } count.<id> { "}}" }`.
content-field-styled-paragraph-figure = A figure whose fields the paragraph prints as plain names, as a target's: `{ "{{" } value | num { "}}" }`, `{ "{{" } unit { "}}" }`.
content-field-styled-paragraph-with = Short names for the figures the paragraph prints: `{"{"} gtsx: gia_tri_san_xuat {"}"}` lets it write `{ "{{" } gtsx | qty { "}}" }` or `{ "{{" } gtsx.year { "}}" }` for `f.gia_tri_san_xuat`.
content-field-target-with = Short names for other figures the sentence prints: `{"{"} cnc: dat_cong_nghe_cao_2030 {"}"}` lets it write `{ "{{" } cnc | qty { "}}" }` for `{ "{{" } f.dat_cong_nghe_cao_2030 | qty { "}}" }`.
