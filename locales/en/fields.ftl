# The fields of a figure (src/content/fields.rs): what templates see as
# `f.<id>.<field>` (`field-<name>-shows`: how a derived field is computed,
# what a direct one is) and what a figure needs for templates to have the
# field (`field-<name>-needs`). What a key means under `figures.<id>:` is
# `content-field-figure-<name>` (content.ftl). The descriptions of
# `stated:`'s keys in content.ftl repeat `field-<name>-shows`.
# Field names and YAML keys stay as they are.

## Derived fields: computed from other keys; `stated:` takes them

field-value-shows = the value (or the sum of `parts`, or area × yield × yield_scale, or the number of `items`)
field-value-needs = `value:` (or `parts:`, or `area:` and `yield:`, or `items:`)
field-change-shows = value − baseline
field-change-needs = `baseline:`
field-change-pct-shows = (value − baseline) ÷ baseline × 100 (“tăng X% so với năm 2020”)
field-change-pct-needs = `baseline:`
field-pct-baseline-shows = value ÷ baseline × 100 (“bằng X% so với năm 2020”)
field-pct-baseline-needs = `baseline:`
field-pct-target-shows = value ÷ target × 100 (“đạt X% mục tiêu”)
field-pct-target-needs = `target:`
field-over-target-shows = value − target
field-over-target-needs = `target:`
field-over-target-pct-shows = (value − target) ÷ target × 100 (“vượt X%”)
field-over-target-pct-needs = `target:`
field-pct-of-shows = value ÷ of × 100 (“11/16, tỷ lệ 68,8%”)
field-pct-of-needs = `of:`
field-growth-shows = average annual growth from baseline to value, in % a year: ((value ÷ baseline)^(1/(year − baseline_year)) − 1) × 100
field-growth-needs = `baseline:` and `year:`
field-growth-over-target-shows = growth − growth_target, in percentage points
field-growth-over-target-needs = `growth_target:` (and what `growth` needs: `baseline:` and `year:`)
field-per-year-shows = value ÷ years
field-per-year-needs = `years:`
field-output-shows = area × yield × yield_scale
field-output-needs = `area:` and `yield:`
field-total-shows = sum of the parts
field-total-needs = `parts:`

## Direct fields: as written, or as the figure gives them

field-id-shows = the figure's id
field-label-shows = as written
field-unit-shows = as written
field-unit-needs = `unit:`
field-year-shows = as written
field-year-needs = `year:`
field-verb-shows = “ước đạt” for an estimate, “đạt” otherwise
field-estimate-shows = as written (`false` when left out)
field-baseline-shows = as written
field-baseline-needs = `baseline:`
field-baseline-year-shows = as written, or, when `baseline` is given, the first year of the previous term
field-baseline-year-needs = `baseline:` (or `baseline_year:`)
field-target-shows = as written
field-target-needs = `target:`
field-of-shows = as written
field-of-needs = `of:`
field-area-shows = as written
field-area-needs = `area:`
field-yield-shows = as written
field-yield-needs = `yield:`
field-growth-target-shows = as written
field-growth-target-needs = `growth_target:`
field-years-shows = as written
field-years-needs = `years:`
field-parts-shows = the parts' values, by name: `parts.<name>`
field-items-shows = as written (empty when left out)
field-count-shows = the number of `items`
