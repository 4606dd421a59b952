# The consistency checks (src/check.rs): what `baocao check` finds in the
# figures and the numbering. `figure` is `check-figure`: a figure's id and
# label. Numbers come formatted the Vietnamese way (2.732,16) in both
# languages, with `%` where they are percentages. `key` is a derived
# field's name (`pct_target`), as written under `stated:`.

check-figure = số liệu `{ $id }` ({ $label })

## A stated figure against the one computed from the data

check-stated = { $figure }: dự thảo ghi `{ $key }` là { $stated }, nhưng tính từ số liệu thì { $formula } = { $computed }
check-stated-parts = { $figure }: dự thảo ghi tổng là { $stated } (`stated.{ $key }`), nhưng các phần (`parts:`) cộng lại được { $formula } = { $computed }
check-area-yield = { $figure }: dự thảo ghi sản lượng (`output`) là { $stated }, nhưng diện tích × năng suất × hệ số là { $formula } = { $computed }
# `formula`: figures-growth-formula
check-growth-rate = { $figure }: dự thảo ghi `growth` là { $stated }, nhưng { $formula } là { $computed }
# `shows`: how the field is computed (field-<name>-shows)
check-stated-expected = `{ $key }` là { $shows }
check-stated-hint = hãy sửa lại số bị sai: hoặc số dự thảo ghi (`stated.{ $key }`), hoặc các số liệu dùng để tính ra số này

## Parts and their total

check-parts-value = { $figure }: các phần (`parts:`) cộng lại được { $formula } = { $total }, không bằng tổng ghi ở `value:` là { $value }
check-parts-value-expected = tổng (`value:`) bằng tổng các phần
check-parts-value-hint = hãy kiểm tra lại tổng và từng phần; nếu bỏ dòng `value:`, baocao sẽ tự cộng các phần để ra tổng
# `sum_formula`: each part's value with its figure id, `900 (lua) + 100 (ngo)`
check-parts-targets = { $figure }: mục tiêu của các phần cộng lại được { $sum_formula } = { $sum }, nhưng mục tiêu của tổng (`target:`) là { $own }
check-parts-targets-pct = { $figure }: mục tiêu của các phần cộng lại được { $sum_formula } = { $sum }, nhưng mục tiêu của tổng (`target:`) là { $own }; nếu mục tiêu là { $sum } thì giá trị { $value } bằng { $pct }% mục tiêu, không phải { $stated_pct }%
check-parts-targets-expected = mục tiêu của tổng bằng tổng mục tiêu của các phần
check-parts-targets-hint = hãy kiểm tra lại mục tiêu (`target:`) của tổng và của từng phần
check-parts-baselines = { $figure }: số liệu năm gốc của các phần cộng lại được { $sum_formula } = { $sum }, nhưng số liệu năm gốc của tổng (`baseline:`) là { $own }
check-parts-baselines-expected = số liệu năm gốc của tổng bằng tổng số liệu năm gốc của các phần
check-parts-baselines-hint = hãy kiểm tra lại số liệu năm gốc (`baseline:`) của tổng và của từng phần

check-parts-implied-targets = { $figure }: tính từ các tỷ lệ phần trăm dự thảo ghi (ở chỗ dự thảo không ghi mục tiêu), mục tiêu của các phần là { $sum_formula } = { $sum }, nhưng mục tiêu của tổng là { $own } — không khớp nhau kể cả khi tính đến phần làm tròn của các tỷ lệ
check-parts-implied-targets-expected = mục tiêu của tổng bằng tổng mục tiêu của các phần; mục tiêu không ghi thì bằng giá trị ÷ tỷ lệ so với mục tiêu dự thảo ghi (“đạt X% mục tiêu”; “tăng X% so với mục tiêu” là 100 + X%)
check-parts-implied-targets-hint = có một tỷ lệ so với mục tiêu bị sai: nếu mục tiêu là { $sum } thì giá trị { $value } bằng { $pct }% mục tiêu, không phải { $stated_pct }%
check-parts-implied-targets-parts-hint = có một tỷ lệ so với mục tiêu hoặc một mục tiêu bị sai: của tổng hoặc của một phần
check-parts-implied-baselines = { $figure }: tính từ các tỷ lệ phần trăm dự thảo ghi (ở chỗ dự thảo không ghi số liệu năm gốc), số liệu năm gốc của các phần là { $sum_formula } = { $sum }, nhưng số liệu năm gốc của tổng là { $own } — không khớp nhau kể cả khi tính đến phần làm tròn của các tỷ lệ
check-parts-implied-baselines-expected = số liệu năm gốc của tổng bằng tổng số liệu năm gốc của các phần; số liệu năm gốc không ghi thì bằng giá trị ÷ tỷ lệ so với năm gốc dự thảo ghi (“bằng X% so với năm …”; “tăng X%” là 100 + X%)
check-parts-implied-baselines-hint = có một tỷ lệ so với năm gốc hoặc một số liệu năm gốc bị sai: của tổng hoặc của một phần

## A count and the items it counts

check-count = { $figure }: dự thảo ghi số đếm là { $stated }, nhưng danh sách có { $count } mục: { $items }
check-count-expected = số đếm bằng số mục liệt kê trong `items:`
check-count-hint = hãy sửa `value:` thành { $count } (hoặc bỏ `value:`, khi đó số đếm là số mục của danh sách); trong câu, in số đếm bằng `{"{{"} f.{ $id }.count | pad {"}}"}` để số luôn khớp với danh sách

## Two stated percentages of one target, or of one baseline

check-pct-pair = { $figure }: dự thảo ghi `{ $a }` là { $pa }% và `{ $b }` là { $pb }%, hai số không khớp nhau: { $pa }% − 100 = { $implied }%
check-pct-pair-related = `{ $a }` ghi ở đây
check-pct-pair-expected = `{ $b }` = `{ $a }` − 100
check-pct-pair-target-hint = “đạt X% mục tiêu” thì “vượt (X − 100)%”: một trong hai tỷ lệ bị sai, hãy sửa lại
check-pct-pair-baseline-hint = “bằng X% so với năm gốc” thì “tăng (X − 100)%”: một trong hai tỷ lệ bị sai, hãy sửa lại

## One figure stated in two places (`same_as:`)

check-same-value = { $figure } ghi { $value }, nhưng { $other } lại ghi { $other_value }, dù hai mục là cùng một số liệu (`same_as:`)
check-same-value-related = số liệu `{ $id }` ghi ở đây
check-same-value-expected = cùng một giá trị ở cả hai chỗ
check-same-value-hint = hãy sửa cho hai số bằng nhau; tốt nhất là cả hai câu cùng dùng một số liệu (`f.{ $id }.value`), để số chỉ phải ghi một lần
check-same-derived = { $figure } ghi `{ $key }` là { $stated }, nhưng { $other }, cùng một số liệu (`same_as:`), cho `{ $key }` là { $theirs }
check-same-derived-related = số liệu `{ $id }`
check-same-derived-expected = các số tính ra từ cùng một số liệu phải khớp nhau ở mọi chỗ dự thảo nêu
check-same-derived-hint = hãy tính cả hai số từ cùng một số liệu, hoặc sửa số bị sai

## "vượt" / "đạt" / "không đạt" against the numbers

# `word`: check-verdict-word-*; `verdict`: the YAML value
check-verdict = { $figure } được đánh giá là { $word } (`verdict: { $verdict }`), nhưng giá trị chỉ bằng { $pct }% mục tiêu
check-verdict-over = { $figure } được đánh giá là { $word } (`verdict: { $verdict }`), nhưng giá trị bằng { $pct }% mục tiêu
check-verdict-word-exceeded = “vượt”
check-verdict-word-met = “đạt”
check-verdict-word-not-met = “không đạt”
check-verdict-expected = “vượt”: trên 100% mục tiêu; “đạt”: từ 100% trở lên; “không đạt”: dưới 100%
check-verdict-ceiling-expected = mục tiêu là mức trần (`lower_is_better: true`): “vượt”: dưới 100% mục tiêu; “đạt”: từ 100% trở xuống; “không đạt”: trên 100%
check-verdict-hint = theo số liệu thì kết quả là { $word } (`verdict: { $verdict }`): hãy sửa lời đánh giá, hoặc sửa số liệu nếu số liệu sai; với tỷ lệ càng thấp càng tốt (tỷ lệ hộ nghèo, tỷ lệ suy dinh dưỡng), hãy thêm `lower_is_better: true`
check-verdict-ceiling-hint = theo số liệu thì kết quả là { $word } (`verdict: { $verdict }`): hãy sửa lời đánh giá, hoặc sửa số liệu nếu số liệu sai

## Numbering

check-numbering = đề mục “{ $heading }” được đánh số “{ $number }.” như dự thảo ghi, nhưng theo vị trí trong dàn ý thì số thứ tự là “{ $computed }.”
check-numbering-paragraph = đoạn “{ $heading }” được đánh số “{ $number }.” như dự thảo ghi, nhưng theo vị trí trong dàn ý thì số thứ tự là “{ $computed }.”
check-numbering-expected = { $computed }. — số thứ tự theo vị trí trong dàn ý
check-numbering-hint = hãy xóa dòng `number:` để báo cáo in số thứ tự theo vị trí ({ $computed }.)

## Material under a slot the outline does not name

check-unknown-slot = `{ $slot }` không phải là một vị trí trong dàn ý, nên nội dung ghi dưới khóa này sẽ không được in ra
check-unknown-slot-expected = một trong các vị trí có trong dàn ý (`outline:`) của tệp report.yaml: { $slots }
check-unknown-slot-hint = hãy thêm vị trí này vào dàn ý trong tệp report.yaml, hoặc chuyển nội dung này sang một vị trí có trong dàn ý (trong tệp { $file })
