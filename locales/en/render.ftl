# Rendering: the sentences of the YAML files and the layout templates
# through tera (src/render/errors.rs, src/render/mod.rs, src/filters.rs).
# `$in` is `sentence` (a sentence of a YAML file) or `template` (a layout
# template, `report.md` …). `{ "{{" }` writes `{{`: braces are Fluent's.

render-did-you-mean = did you mean `{ $name }`?

## an unknown filter, template, test, function or component
render-unknown-filter = there is no filter `{ $filter }`
render-unknown-filter-expected = one of baocao's filters: { $filters } (or one of tera's own, such as `upper`, `trim`)
render-unknown-filter-hint = see docs/content.md, “Filters”
render-missing-template = the template `{ $name }` does not exist
render-missing-template-expected = the name of a built-in template or of a file in the --templates directory
render-missing-template-hint = check the name, or add the file to the --templates directory
render-unknown-test = there is no test `{ $name }` (after `is`)
render-unknown-function = there is no function `{ $name }`
render-unknown-component = there is no component `{ $name }`
render-unknown-tera-hint = check the spelling; see tera's documentation

## a name that is not there: `{{ value }}`, `f.<id>`, `f.<id>.<field>`, `doc.<field>`
render-unknown-variable = `{ $name }` is not defined here
render-unknown-variable-expected = one of: { $names }
render-unknown-variable-hint = figures are written `f.<id>.<field>`, the document's details `doc.<field>`, e.g. `f.gia_tri_san_xuat.value`, `doc.year`
render-target-field-hint = `{ "{{" } { $name } { "}}" }` works only in a target that names its figure (`figure: <id>`); elsewhere write `f.<id>.{ $name }`
render-unknown-figure = no figure with id `{ $id }`
render-unknown-figure-expected = the id of a figure defined under `figures:` in one of the section files
render-unknown-figure-hint = define the figure under `figures:`, or correct the id
render-figure-lacks-field = figure `{ $id }` has no `{ $field }`
# $needs: what the figure must have, e.g. "`target:`" (from the table of fields)
render-figure-field-needs = `{ $field }` needs { $needs } in figure `{ $id }`
render-not-a-figure-field = `{ $field }` is not a field of a figure (in `{ $expr }`)
render-figure-fields-expected = one of the fields figure `{ $id }` has: { $fields }
render-figure-fields-expected-docs = a field figure `{ $id }` has (see docs/content.md, “Figures”)
render-figure-fields-hint = see docs/content.md, “Figures”, for the fields
render-doc-lacks-field = the document has no `{ $field }`
render-doc-fields-expected = one of: { $fields }
render-doc-fields-hint = see docs/content.md for the `doc` fields
render-lacks-field = `{ $parent }` has no `{ $field }`
render-fields-expected = one of: { $fields }
render-check-name-hint = check the name

## a filter given the wrong kind of value
# $want, $got: number, integer, decimal, bool, text, list, map, none, or tera's name of the type
render-wrong-type = the filter `{ $filter }` needs { $want ->
        [number] a number
        [integer] an integer
        [decimal] a decimal number
        [bool] true or false
        [text] a text
        [list] a list
        [map] a map
        [none] a value
       *[other] { $want }
    }, but `{ $expr }` is { $got ->
        [number] a number
        [integer] an integer
        [decimal] a decimal number
        [bool] true or false
        [text] a text
        [list] a list
        [map] a map
        [none] empty
       *[other] { $got }
    }
render-wrong-type-no-filter = { $want ->
        [number] a number
        [integer] an integer
        [decimal] a decimal number
        [bool] true or false
        [text] a text
        [list] a list
        [map] a map
        [none] a value
       *[other] { $want }
    } is needed here, but `{ $expr }` is { $got ->
        [number] a number
        [integer] an integer
        [decimal] a decimal number
        [bool] true or false
        [text] a text
        [list] a list
        [map] a map
        [none] empty
       *[other] { $got }
    }
render-wrong-type-expected = { $want ->
        [number] a number
        [integer] an integer
        [decimal] a decimal number
        [bool] true or false
        [text] a text
        [list] a list
        [map] a map
        [none] a value
       *[other] { $want }
    } before `| { $filter }`
render-wrong-type-hint = check that the expression names the figure field you mean (`f.<id>.value`, not `f.<id>.unit`)

render-wrong-argument = in `{ $call }`, the argument of the filter `{ $filter }` must be { $want ->
        [number] a number
        [integer] an integer
        [decimal] a decimal number
        [bool] true or false
        [text] a text
       *[other] { $want }
    }
# $example: `num(p=1)`
render-wrong-argument-expected = an integer, e.g. `{ $example }` (the number of decimals)
render-wrong-argument-hint = write the number without quotes: `p=1`, not `p="1"`

## a sentence or template that cannot be read
# $found, $expected: a token as `render-token` gives it, or quoted: `)`
render-syntax-unclosed = { $in ->
        [sentence] the sentence cannot be read
       *[other] the template cannot be read
    }: the text ends before a `{ "{{" } … { "}}" }` or `{ "{%" } … %{ "}" }` is closed
render-syntax-close-expression = { $in ->
        [sentence] the sentence cannot be read
       *[other] the template cannot be read
    }: { $found } where `{ "}}" }` should close the expression
render-syntax-close-tag = { $in ->
        [sentence] the sentence cannot be read
       *[other] the template cannot be read
    }: { $found } where `%{ "}" }` should close the tag
render-syntax-value-expected = { $in ->
        [sentence] the sentence cannot be read
       *[other] the template cannot be read
    }: unexpected { $found }: a value was expected here
render-syntax-found-expected = { $in ->
        [sentence] the sentence cannot be read
       *[other] the template cannot be read
    }: { $found } where { $expected } was expected
render-syntax-unexpected-char = { $in ->
        [sentence] the sentence cannot be read
       *[other] the template cannot be read
    }: the character `{ $char }` cannot be used inside `{ "{{" } … { "}}" }`
# $reason: tera's own message, in English
render-syntax-other = { $in ->
        [sentence] the sentence cannot be read
       *[other] the template cannot be read
    }: { $reason }
render-syntax-expected = `{ "{{" } expression { "}}" }`, `{ "{%" } tag %{ "}" }` and `{ "{#" } comment #{ "}" }`, each closed in the same { $in ->
        [sentence] sentence
       *[other] template
    }
# what a value of a sentence is written as, where tera wanted one
render-syntax-value-expected-expected = a value: a number (`1`), a quoted text (`"ha"`) or a figure's field (`f.<id>.value`)
render-syntax-hint = check the braces around here: each `{ "{{" }` needs its `{ "}}" }`; a filter's argument is written `num(p=1)`
# what tera found or expected, as a word
render-token = { $token ->
        [identifier] a name
        [string] a quoted text
        [integer] an integer
        [float] a decimal number
        [bool] true or false
        [content] plain text
        [raw] plain text
        [comment] a comment
       *[other] { $token }
    }

## other problems while filling a sentence or template
render-circular-include = the template `{ $name }` includes itself: { $chain }
render-circular-include-hint = remove one of the `{ "{%" } include %{ "}" }` of this cycle
render-circular-extend = the template `{ $name }` extends itself: { $chain }
render-missing-parent = the template `{ $name }` extends `{ $parent }`, which does not exist
# $reason: tera's own message, in English
render-failed = { $in ->
        [sentence] in a sentence
       *[other] in a template
    }: { $reason }
render-failed-hint = see docs/content.md for the figure fields and filters
# a filter of baocao given a value it cannot write (src/filters.rs)
render-filter-roman = `roman`: { $value } has no Roman numeral (1–3999)
render-filter-ordinal = `ordinal`: no ordinal word for { $value } (1–10)
render-filter-failed-hint = check the value given to the filter `{ $filter }` here (see docs/content.md, “Filters”)

## where else a problem is (the other places of a diagnostic)
render-note-called-from = called from
render-note-first-defined = first defined here
# $what: for, if, block, filter, component, or tera's word
render-note-starts-here = the { $what ->
        [for] for loop
        [if] if statement
        [block] block
        [filter] filter section
        [component] component definition
       *[other] { $what }
    } starts here

## the templates folder, the document's date (src/render/mod.rs)
render-no-templates-dir = the templates folder `{ $dir }` does not exist
render-no-templates-dir-hint = pass --templates DIR with the folder holding the .md templates, or leave it out to use the built-in ones
render-bad-date = `{ $date }` is not a date written YYYY-MM-DD
# $month as written (`02`); $days: how many days that month has
render-no-such-day = `{ $date }` is not a valid date: { $year }-{ $month } has { $days } days
render-bad-date-expected = a date written YYYY-MM-DD, e.g. 2025-02-05, or nothing while the draft is undated
render-bad-date-hint = check the day exists in that month; leave `date:` empty to keep the blanks of a draft
render-date-out-of-range = the date `{ $date }` is out of range (years 1930 to 2200)
render-sentence-tag = a sentence may not use `{"{"}% { $tag } %{"}"}`
render-sentence-tag-expected = in a sentence, `{"{{"} … {"}}"}` to print figures and `{"{"}% if %{"}"}` … `{"{"}% else %{"}"}` … `{"{"}% endif %{"}"}` to choose words
render-sentence-tag-hint = loops, shared variables, `include` and the other tags belong in the layout templates (templates/), not in a sentence
render-template-link-hint = put the template file itself in the templates folder, not a link out of it
