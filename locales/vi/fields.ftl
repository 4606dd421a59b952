# The fields of a figure (src/content/fields.rs): what templates see as
# `f.<id>.<field>` (`field-<name>-shows`: how a derived field is computed,
# what a direct one is) and what a figure needs for templates to have the
# field (`field-<name>-needs`). What a key means under `figures.<id>:` is
# `content-field-figure-<name>` (content.ftl). The descriptions of
# `stated:`'s keys in content.ftl repeat `field-<name>-shows`.
# Field names and YAML keys stay as they are.

## Derived fields: computed from other keys; `stated:` takes them

field-value-shows = giá trị (hoặc tổng của `parts`, hoặc area × yield × yield_scale, hoặc số mục của `items`)
field-value-needs = `value:` (hoặc `parts:`, hoặc `area:` và `yield:`, hoặc `items:`)
field-change-shows = mức tăng so với năm gốc, value − baseline
field-change-needs = `baseline:`
field-change-pct-shows = tỷ lệ tăng so với năm gốc, (value − baseline) ÷ baseline × 100 (“tăng X% so với năm 2020”)
field-change-pct-needs = `baseline:`
field-pct-baseline-shows = tỷ lệ so với năm gốc, value ÷ baseline × 100 (“bằng X% so với năm 2020”)
field-pct-baseline-needs = `baseline:`
field-pct-target-shows = tỷ lệ so với mục tiêu, value ÷ target × 100 (“đạt X% mục tiêu”)
field-pct-target-needs = `target:`
field-over-target-shows = phần vượt mục tiêu, value − target
field-over-target-needs = `target:`
field-over-target-pct-shows = tỷ lệ vượt mục tiêu, (value − target) ÷ target × 100 (“vượt X%”)
field-over-target-pct-needs = `target:`
field-pct-of-shows = tỷ lệ trên tổng số, value ÷ of × 100 (“11/16, tỷ lệ 68,8%”)
field-pct-of-needs = `of:`
field-growth-shows = tốc độ tăng bình quân hằng năm từ năm gốc đến năm của giá trị, tính bằng % mỗi năm: ((value ÷ baseline)^(1/(year − baseline_year)) − 1) × 100
field-growth-needs = `baseline:` và `year:`
field-growth-over-target-shows = tốc độ tăng cao hơn mục tiêu bao nhiêu, growth − growth_target, tính bằng điểm phần trăm
field-growth-over-target-needs = `growth_target:` (và những gì `growth` cần: `baseline:` và `year:`)
field-per-year-shows = bình quân mỗi năm, value ÷ years
field-per-year-needs = `years:`
field-output-shows = sản lượng, area × yield × yield_scale
field-output-needs = `area:` và `yield:`
field-total-shows = tổng các phần (`parts`)
field-total-needs = `parts:`

## Direct fields: as written, or as the figure gives them

field-id-shows = mã của số liệu
field-label-shows = như đã ghi
field-unit-shows = như đã ghi
field-unit-needs = `unit:`
field-year-shows = như đã ghi
field-year-needs = `year:`
field-verb-shows = “ước đạt” nếu là số ước tính, “đạt” nếu không
field-estimate-shows = như đã ghi (`false` nếu không ghi)
field-baseline-shows = như đã ghi
field-baseline-needs = `baseline:`
field-baseline-year-shows = như đã ghi; nếu không ghi mà có `baseline` thì là năm đầu của nhiệm kỳ vừa qua
field-baseline-year-needs = `baseline:` (hoặc `baseline_year:`)
field-target-shows = như đã ghi
field-target-needs = `target:`
field-of-shows = như đã ghi
field-of-needs = `of:`
field-area-shows = như đã ghi
field-area-needs = `area:`
field-yield-shows = như đã ghi
field-yield-needs = `yield:`
field-growth-target-shows = như đã ghi
field-growth-target-needs = `growth_target:`
field-years-shows = như đã ghi
field-years-needs = `years:`
field-parts-shows = giá trị của từng phần, theo tên: `parts.<tên>`
field-items-shows = như đã ghi (danh sách trống nếu không ghi)
field-count-shows = số mục của `items`
