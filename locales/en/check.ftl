# The consistency checks (src/check.rs): what `baocao check` finds in the
# figures and the numbering. `figure` is `check-figure`: a figure's id and
# label. Numbers come formatted the Vietnamese way (2.732,16) in both
# languages, with `%` where they are percentages. `key` is a derived
# field's name (`pct_target`), as written under `stated:`.

check-figure = `{ $id }` ({ $label })

## A stated figure against the one computed from the data

check-stated = { $figure }: the draft states { $key } = { $stated }, but the data give { $formula } = { $computed }
check-stated-parts = { $figure }: the draft states the total { $key } = { $stated }, but the parts add up to { $formula } = { $computed }
check-area-yield = { $figure }: the draft states output = { $stated }, but area × yield × yield_scale give { $formula } = { $computed }
# `formula`: figures-growth-formula
check-growth-rate = { $figure }: the draft states growth = { $stated }, but { $formula } is { $computed }
# `shows`: how the field is computed (field-<name>-shows)
check-stated-expected = `{ $key }`: { $shows }
check-stated-hint = correct whichever figure is wrong: the stated value (`stated.{ $key }`), or the data it derives from

## Parts and their total

check-parts-value = { $figure }: the parts add up to { $formula } = { $total }, not to the stated total { $value }
check-parts-value-expected = the total (`value:`) equals the sum of its parts
check-parts-value-hint = check the total and each part; remove `value:` to have baocao compute the total
# `sum_formula`: each part's value with its figure id, `900 (lua) + 100 (ngo)`
check-parts-targets = { $figure }: the targets of its parts add up to { $sum_formula } = { $sum }, but its own target is { $own }
check-parts-targets-pct = { $figure }: the targets of its parts add up to { $sum_formula } = { $sum }, but its own target is { $own }; against { $sum } the value { $value } is { $pct }% of target, not { $stated_pct }%
check-parts-targets-expected = the target of a total equals the sum of its parts' targets
check-parts-targets-hint = check the targets (`target:`): the total's and each part's
check-parts-baselines = { $figure }: the baselines of its parts add up to { $sum_formula } = { $sum }, but its own baseline is { $own }
check-parts-baselines-expected = the baseline of a total equals the sum of its parts' baselines
check-parts-baselines-hint = check the baselines (`baseline:`): the total's and each part's

check-parts-implied-targets = { $figure }: computed from the stated percentages (where the draft states no target), the targets of its parts are { $sum_formula } = { $sum }, but its own target is { $own } — they do not add up even allowing for the rounding of the percentages
check-parts-implied-targets-expected = the target of a total equals the sum of its parts' targets; a target not stated is value ÷ the percentage of target stated (“đạt X% mục tiêu”, “tăng X% so với mục tiêu” is 100 + X%)
check-parts-implied-targets-hint = one of the percentages of target is wrong: against { $sum } the value { $value } would be { $pct }% of target, not { $stated_pct }%
check-parts-implied-targets-parts-hint = one of the percentages of target is wrong, or a target: the total's and each part's
check-parts-implied-baselines = { $figure }: computed from the stated percentages (where the draft states no baseline), the baselines of its parts are { $sum_formula } = { $sum }, but its own baseline is { $own } — they do not add up even allowing for the rounding of the percentages
check-parts-implied-baselines-expected = the baseline of a total equals the sum of its parts' baselines; a baseline not stated is value ÷ the percentage of the baseline stated (“bằng X% so với năm …”, “tăng X%” is 100 + X%)
check-parts-implied-baselines-hint = one of the percentages against the baseline year is wrong, or a baseline: the total's and each part's

## A count and the items it counts

check-count = { $figure }: the draft states { $stated } but lists { $count ->
        [one] one item
       *[other] { $count } items
    }: { $items }
check-count-expected = the count equals the number of items listed under `items:`
check-count-hint = make `value:` { $count } (or remove it: the count is then the number of items); in the sentence, print the count with `{"{{"} f.{ $id }.count | pad {"}}"}` so it follows the list

## Two stated percentages of one target, or of one baseline

check-pct-pair = { $figure }: the draft states { $a } = { $pa }% and { $b } = { $pb }%, but { $pa }% − 100 = { $implied }%
check-pct-pair-related = `{ $a }` is stated here
check-pct-pair-expected = `{ $b }` = `{ $a }` − 100
check-pct-pair-target-hint = one of the two percentages is wrong: “đạt X% mục tiêu” goes with “vượt (X − 100)%”
check-pct-pair-baseline-hint = one of the two percentages is wrong: “bằng X% so với năm gốc” goes with “tăng (X − 100)%”

## One figure stated in two places (`same_as:`)

check-same-value = { $figure } states { $value }, but { $other } states { $other_value } for the same figure
check-same-value-related = `{ $id }` is stated here
check-same-value-expected = the same value in both places
check-same-value-hint = refer to one figure in both sentences (`f.{ $id }.value`) so the number is typed once
check-same-derived = { $figure } states { $key } = { $stated }, but the same figure { $other } gives { $key } = { $theirs }
check-same-derived-related = `{ $id }`
check-same-derived-expected = the derived percentages of one figure agree wherever it is stated
check-same-derived-hint = derive both from the same figure, or correct the one that is wrong

## "vượt" / "đạt" / "không đạt" against the numbers

# `word`: check-verdict-word-*; `verdict`: the YAML value
check-verdict = { $figure } is called { $word } (`verdict: { $verdict }`), but it is only { $pct }% of its target
check-verdict-over = { $figure } is called { $word } (`verdict: { $verdict }`), but it is { $pct }% of its target
check-verdict-word-exceeded = “vượt”
check-verdict-word-met = “đạt”
check-verdict-word-not-met = “không đạt”
check-verdict-expected = vượt: above 100% of target; đạt: at least 100%; không đạt: below 100%
check-verdict-ceiling-expected = the target is a ceiling (`lower_is_better: true`): vượt: below 100% of target; đạt: at most 100%; không đạt: above 100%
check-verdict-hint = by the numbers the result is { $word } (`verdict: { $verdict }`): correct the wording or the figures; for a rate that should fall (poverty, malnutrition) add `lower_is_better: true`
check-verdict-ceiling-hint = by the numbers the result is { $word } (`verdict: { $verdict }`): correct the wording or the figures

## Numbering

check-numbering = the heading “{ $heading }” is numbered { $number }. as the draft states it, but its position gives { $computed }.
check-numbering-paragraph = the paragraph “{ $heading }” is numbered { $number }. as the draft states it, but its position gives { $computed }.
check-numbering-expected = { $computed }. (the number its position in the outline gives)
check-numbering-hint = remove `number:` to print the number its position gives ({ $computed }.)

## Material under a slot the outline does not name

check-unknown-slot = `{ $slot }` is not a slot of the outline, so its material would not appear
check-unknown-slot-expected = one of the slots named in report.yaml's outline: { $slots }
check-unknown-slot-hint = add the slot to the outline in report.yaml, or move this material to a slot of the outline (in { $file })
