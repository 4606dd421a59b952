# The change summary (`<stem>.changes.md`, src/diff/summary.rs): Markdown,
# for the committee. `new` and `old` name the two drafts (“Dự thảo lần 3”);
# counts are plain numbers.

diff-summary-title = Summary of changes: { $new } against { $old }
diff-summary-new = New version: { $name } (`{ $side }`)
diff-summary-new-commit = New version: { $name } (`{ $side }`, commit { $commit })
diff-summary-old = Old version: { $name } (`{ $side }`)
diff-summary-old-commit = Old version: { $name } (`{ $side }`, commit { $commit })
diff-summary-redline = Redline with tracked changes: `{ $file }`; author: “{ $author }”; date { $date }
diff-summary-totals = In all: { $figures ->
        [one] one figure changed
       *[other] { $figures } figures changed
    }; { $added } added, { $removed } removed, { $edited } edited { $edited ->
        [one] paragraph
       *[other] paragraphs
    } (headings and table rows included).

## The figures that changed

diff-summary-figures = Figures changed ({ $count })
diff-summary-no-figures = No figure changed.
# the columns of the table
diff-summary-column-figure = Figure
diff-summary-column-id = Id
diff-summary-column-old = Old
diff-summary-column-new = New
diff-summary-column-where = Where
diff-summary-figure-added = (not there)
diff-summary-figure-removed = (removed)

## The paragraphs that changed, by part of the report

diff-summary-sections = Paragraphs changed, by part
diff-summary-no-sections = No paragraph changed.
# what comes before the first heading
diff-summary-preamble = Opening
# the columns of the table
diff-summary-column-section = Part
diff-summary-column-added = Added
diff-summary-column-removed = Removed
diff-summary-column-edited = Edited
diff-summary-section-counts = { $added } added, { $removed } removed, { $edited } edited.
# `what`: diff-summary-what-*; `text`: Markdown
diff-summary-added = **Added** { $what }: { $text }
diff-summary-removed = **Removed** { $what }: ~~{ $text }~~
diff-summary-edited = **Edited** { $what }: { $text }
diff-summary-what-heading = heading
diff-summary-what-paragraph = paragraph
diff-summary-what-table-row = table row
