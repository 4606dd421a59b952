# Reading the content (src/content): files, YAML, the shape of report.yaml
# and the section files; and the descriptions of the JSON Schemas.
# `{"{"}` and `{"}"}` are Fluent's way of writing a brace.

## Reading files (src/content/mod.rs)

content-cannot-read = không đọc được tệp { $path }: { $reason }
content-cannot-read-not-found-hint = hãy tạo tệp { $path }, hoặc kiểm tra lại thư mục ghi sau --content
content-cannot-read-hint = hãy kiểm tra xem tệp có tồn tại không và máy có cho phép đọc tệp không
content-not-utf8 = tệp không phải là văn bản UTF-8: không đọc được byte { $bytes }
content-not-utf8-more = tệp không phải là văn bản UTF-8: không đọc được byte { $bytes } (và { $more } chỗ khác trong tệp)
content-not-utf8-expected = tệp được lưu bằng bảng mã UTF-8, bảng mã của các tệp YAML
content-not-utf8-hint = tệp đã được lưu bằng bảng mã khác (Windows-1258, TCVN3/ABC hoặc VNI); hãy mở tệp và lưu lại bằng bảng mã UTF-8 (trong VS Code: chọn “Reopen with Encoding” với bảng mã cũ để đọc đúng chữ, rồi “Save with Encoding” → UTF-8)
content-tab = có ký tự tab trong phần thụt lề
content-tab-one-more = có ký tự tab trong phần thụt lề (và ở dòng { $line })
content-tab-more = có ký tự tab trong phần thụt lề (và ở { $more } dòng khác: { $lines })
content-tab-expected = dấu cách: YAML chỉ thụt lề bằng dấu cách
content-tab-hint = hãy thay các ký tự tab bằng dấu cách; trong VS Code: lệnh “Convert Indentation to Spaces” (mở bằng Ctrl+Shift+P)

# why a file cannot be read or written (std::io::ErrorKind)
content-io-not-found = không có tệp hoặc thư mục này
content-io-permission-denied = không có quyền truy cập
content-io-not-a-directory = một phần của đường dẫn không phải là thư mục
content-io-is-a-directory = đây là một thư mục, không phải tệp
content-io-already-exists = tệp đã có
content-io-storage-full = ổ đĩa đã đầy
content-io-quota-exceeded = đã hết dung lượng được cấp trên ổ đĩa
content-io-read-only = ổ đĩa chỉ cho phép đọc, không ghi được
content-io-directory-not-empty = thư mục không trống
content-io-invalid-filename = tên tệp không hợp lệ
content-io-file-too-large = tệp quá lớn
content-io-busy = tệp đang được một chương trình khác sử dụng
content-io-crosses-devices = không chuyển được tệp sang ổ đĩa khác
content-io-timed-out = quá thời gian chờ
content-io-interrupted = bị ngắt giữa chừng

## Loading report.yaml and the section files

content-dir-missing = không có thư mục nội dung `{ $dir }`
content-dir-not-a-directory = `{ $dir }` không phải là thư mục nội dung: đây là một tệp
content-dir-hint = hãy ghi --content kèm tên thư mục chứa tệp report.yaml
content-no-report = không có tệp report.yaml trong thư mục `{ $dir }`
content-no-report-expected = tệp report.yaml, nơi ghi thông tin của văn bản, dàn ý và danh sách các tệp phần
content-section-twice = tệp phần `{ $name }` được ghi hai lần trong `sections:`
content-section-twice-first = ghi lần đầu ở đây
content-section-twice-expected = mỗi tệp phần chỉ ghi một lần trong `sections:`
content-section-twice-hint = hãy xóa một trong hai dòng
content-section-missing = không có tệp phần { $path }
content-section-missing-expected = tệp { $name }.yaml nằm cùng thư mục với report.yaml (trong `sections:` ghi tên tệp không có `.yaml`)
content-section-without-yaml = hãy ghi `{ $name }`, không có `.yaml`
content-section-did-you-mean = có phải là `{ $name }`? (có tệp { $name }.yaml)
content-section-missing-hint = hãy tạo tệp này, hoặc xóa tên tệp khỏi `sections:`

## Where a value is (`place` in the messages below)

content-where-top = ở cấp ngoài cùng của tệp
content-where-figure = trong số liệu `{ $id }`
content-where-figure-key = trong `{ $key }` của số liệu `{ $id }`
content-where-slot-target = trong một chỉ tiêu thuộc vị trí `{ $slot }`
content-where-slot-paragraph = trong một đoạn thuộc vị trí `{ $slot }`
content-where-slot-item = trong một mục con thuộc vị trí `{ $slot }`
content-where-slot-entry = trong một mục thuộc vị trí `{ $slot }`
content-where-settings = trong phần thiết lập định dạng `settings:`
content-where-outline = trong dàn ý `outline:`
content-where-opening = trong các đoạn mở đầu `opening:`
content-where-closing = trong các đoạn kết `closing:`
content-where-path = trong `{ $path }`

## Kinds of values: what was found, what was expected

content-found-text = chữ { $text }
content-found-number = số { $number }
content-found-nothing = để trống
content-found-tagged = một giá trị có thẻ (`!…`)
content-found-other = một loại giá trị khác
content-a-number = một số, ví dụ 2732.16
content-a-paragraph = một đoạn: chữ, hoặc một bảng khóa có `text`, `clauses`, `counted` hoặc `bold`
content-a-part = một số, hoặc mã của một số liệu khác
content-a-list-of = một danh sách { $count } mục, ví dụ [2020, 2025]
content-a-count = một số tự nhiên (0, 1, 2 …)
content-a-whole-number = một số nguyên
content-a-boolean = `true` (có) hoặc `false` (không)
content-a-text = một đoạn chữ
content-a-list = một danh sách
content-a-map = một bảng khóa (các dòng `khóa: giá trị`)
content-a-value = một loại giá trị khác
content-this-entry = mục này

## The shape of the content (serde's errors, src/content/yaml.rs)

content-number-expected = một số chỉ gồm chữ số, dùng dấu chấm làm dấu thập phân, không có dấu phân cách hàng nghìn (2732.16, 18805)
content-not-number = giá trị của `{ $key }` không phải là một số: `{ $value }`
content-not-number-value = giá trị này không phải là một số: `{ $value }`
content-number-in-flow-hint = hãy ghi là `{ $number }`: trong YAML, số dùng dấu chấm làm dấu thập phân và không có dấu phân cách hàng nghìn; trong `{"{"} … {"}"}`, dấu phẩy dùng để ngăn cách các mục
content-number-hint = hãy ghi là `{ $number }`: trong YAML, số dùng dấu chấm làm dấu thập phân và không có dấu phân cách hàng nghìn; khi in báo cáo, baocao tự viết số theo cách của Việt Nam (2.732,16)
content-number-ambiguous-hint = không rõ dấu này là dấu thập phân hay dấu phân cách hàng nghìn: số nguyên thì chỉ ghi các chữ số (2732), số thập phân thì dùng dấu chấm (2.732)
content-number-text-hint = hãy ghi số liệu bằng chữ số; nếu dự thảo không nêu số này thì xóa cả dòng

content-unknown-key = khóa `{ $key }` không dùng được { $place }
content-unknown-key-none = không ghi khóa nào ở đây
content-one-of-keys = một trong các khóa: { $keys }
content-one-of-keys-more = một trong các khóa: { $keys } và { $more } khóa khác (xem trong schema, hoặc rê chuột lên khóa trong VS Code)
content-did-you-mean = có phải là `{ $name }`?
content-unknown-key-hint = hãy kiểm tra lại chính tả, hoặc thụt lề: có thể khóa này thuộc về mục ở trên hoặc ở dưới

content-empty-file = tệp trống, chưa có nội dung
content-empty-file-expected = các khóa của tệp, bắt đầu bằng `{ $key }:`
content-empty-file-hint = xem docs/content.md để biết tệp cần ghi những gì, hoặc xóa tên tệp khỏi `sections:` trong report.yaml
content-missing-key-file = tệp thiếu khóa `{ $key }:`
content-missing-key = thiếu khóa `{ $key }:` { $place }
content-key-described = `{ $key }:` — { $description }
content-the-key = khóa `{ $key }:`
content-missing-key-file-hint = hãy thêm `{ $key }:` ở đầu một dòng, không thụt lề, như các khóa ngoài cùng khác của tệp
content-missing-key-hint = hãy thêm vào đó một dòng `{ $key }: …`, thụt lề bằng các khóa khác

content-duplicate-key = khóa `{ $key }:` được ghi hai lần { $place }
content-duplicate-key-expected = mỗi khóa chỉ ghi một lần trong một bảng khóa
content-duplicate-key-hint = hãy xóa một trong hai, hoặc gộp lại làm một
content-duplicate-key-first = ghi lần đầu ở đây
content-duplicate-figure = mã số liệu `{ $id }` được dùng hai lần trong tệp này
content-duplicate-figure-hint = mỗi số liệu cần một mã riêng; nếu hai mục là cùng một số liệu, hãy xóa một mục
content-duplicate-slot = vị trí `{ $slot }` được ghi hai lần trong tệp này
content-duplicate-slot-hint = hãy gộp toàn bộ nội dung của vị trí này vào dưới một khóa `{ $slot }:` duy nhất

content-bad-variant = `{ $value }` không phải là giá trị dùng được cho `{ $key }`
content-bad-variant-here = `{ $value }` không phải là giá trị dùng được ở đây
content-one-of-values = một trong các giá trị: { $values }
content-name-described = `{ $key }`: { $description }
content-bad-variant-hint = hãy ghi một trong các giá trị trên

content-empty-value = `{ $key }` chưa có giá trị { $place }
content-empty-entry = mục này chưa có giá trị { $place }
content-wrong-type = `{ $key }` cần là { $expected }, không phải { $found }
content-wrong-type-entry = mục này cần là { $expected }, không phải { $found }
content-expected-described = { $expected } — { $name }: { $description }
content-quote-brace-hint = chữ bắt đầu bằng `{"{"}` hoặc `[` phải đặt trong dấu nháy ("{"{{"} … {"}}"} …"), hoặc viết thành khối: ghi `>-` sau khóa, rồi viết chữ ở các dòng dưới, thụt lề vào
content-list-not-text-hint = chữ được viết ngay trên dòng của khóa, hoặc sau `>-` ở các dòng dưới; hãy bỏ `- ` ở đầu dòng
content-text-not-list-hint = hãy viết thành danh sách: mỗi mục một dòng, bắt đầu bằng `- `, thụt lề vào dưới khóa
content-map-not-text-hint = giá trị này bị đọc thành một bảng khóa: dòng dưới có bị thụt lề quá sâu không, hay trong chữ có `: `? Hãy đặt chữ trong dấu nháy, hoặc viết thành khối (`>-`)
content-boolean-hint = hãy ghi `true` (có) hoặc `false` (không)
content-whole-number-hint = hãy ghi một số nguyên
content-negative-hint = số này không được là số âm
content-digits-hint = hãy ghi số bằng chữ số (ví dụ 6), không viết bằng chữ
content-empty-hint = hãy ghi giá trị sau { $name }, hoặc xóa dòng này nếu khóa không bắt buộc
content-kind-hint = hãy kiểm tra loại giá trị: chữ, số, danh sách (các dòng `- mục`) hay bảng khóa (các dòng `khóa: giá trị`)
content-next-line-swallowed-hint = dòng dưới (`{ $line }`) thụt lề sâu hơn khóa này, nên YAML đọc dòng đó thành một phần của giá trị này: hãy cho dòng đó thẳng cột với các khóa ở trên

content-wrong-length = `{ $key }` có { $count } mục
content-wrong-length-list = danh sách này có { $count } mục
content-wrong-length-hint = hãy ghi danh sách như ví dụ: [2020, 2025]

content-wrong-kind = `{ $key }` có giá trị không đúng loại
content-wrong-kind-here = giá trị này không đúng loại
content-wrong-kind-expected = một giá trị đơn
content-wrong-kind-hint = hãy ghi giá trị ngay trên dòng của khóa

# a check of a value made elsewhere (`message`, already in the user's language)
content-bad-value = { $message } ({ $place })
content-bad-value-hint = xem docs/content.md để biết khóa này nhận giá trị gì
# `settings: line_spacing:` (src/docx/profile.rs), in `content-bad-value`
content-line-spacing = `line_spacing` cần ghi đúng một khóa, với một số lớn hơn 0: `{"{"} lines: 1.15 {"}"}`, `{"{"} exact: 18 {"}"}` hoặc `{"{"} at_least: 18 {"}"}`

## YAML syntax (libyaml's errors)

content-several-documents = tệp có dòng `---`, nên YAML đọc thành nhiều tài liệu
content-several-documents-expected = mỗi tệp chỉ có một tài liệu YAML
content-several-documents-hint = hãy xóa dòng `---` (và chuyển phần viết sau dòng đó vào đúng chỗ)
content-unknown-anchor = giá trị bắt đầu bằng `*`, mà YAML hiểu là một tham chiếu
content-unknown-anchor-expected = chữ, số, danh sách hoặc bảng khóa
content-unknown-anchor-hint = hãy đặt chữ trong dấu nháy: "*…"

content-quote-never-closed = dấu nháy mở ở đây chưa được đóng lại (đến hết tệp)
content-closing-quote = dấu `{ $quote }` để đóng lại, ở cuối đoạn chữ
content-quote-never-closed-hint = hãy thêm dấu nháy đóng
content-quote-not-closed = dấu nháy `{ $quote }` mở ở đây chưa được đóng trên cùng dòng
content-quote-not-closed-here = vì vậy YAML không đọc tiếp được từ chỗ này
content-quote-not-closed-hint = hãy thêm dấu nháy đóng; chữ dài nhiều dòng nên viết thành khối (`>-`)
content-bad-escape = không dùng được `{ $escape }` trong chữ đặt giữa dấu nháy kép
content-bad-escape-expected = `\\` để ghi dấu gạch chéo ngược, `\"` để ghi dấu nháy kép
content-bad-escape-hint = hãy ghi `\\` cho dấu gạch chéo ngược, hoặc đặt chữ trong dấu nháy đơn ('…'), ở đó dấu `\` không có nghĩa đặc biệt
content-cannot-start = giá trị không được bắt đầu bằng `{ $char }`
content-cannot-start-anchor = giá trị không được bắt đầu bằng `&` hoặc `*`
content-text-in-quotes = chữ đặt trong dấu nháy: "{ $char }…"
content-cannot-start-hint = hãy đặt cả đoạn chữ trong dấu nháy

content-map-not-closed = bảng khóa mở bằng `{ $open }` ở đây chưa được đóng
content-map-not-closed-expected = dấu `{ $close }` ở cuối bảng khóa, trên cùng dòng
content-map-not-closed-hint = chữ bắt đầu bằng `{"{{"}` (một mẫu) phải đặt trong dấu nháy: "{"{{"} … {"}}"} …"; nếu không phải vậy, hãy đóng bảng khóa bằng `{"}"}`
content-list-not-closed = danh sách mở bằng `{ $open }` ở đây chưa được đóng
content-list-not-closed-expected = dấu `{ $close }` ở cuối danh sách, trên cùng dòng
content-list-not-closed-hint = hãy đóng danh sách bằng `{ $close }`, hoặc viết mỗi mục một dòng `- mục`
content-not-closed-here = ở đây YAML cần dấu `,` hoặc dấu đóng ngoặc

content-key-too-deep = khóa này thụt lề sâu hơn các khóa cùng cấp với nó
content-key-lined-up-above = một khóa thẳng cột với các khóa ở trên
content-key-lined-up = một khóa thẳng cột với `{ $key }:` ở dòng { $line } (cột { $column })
content-key-too-deep-hint = hãy cho khóa thẳng cột với các khóa ở trên; hoặc, nếu dòng này viết tiếp chữ của dòng trên, hãy đặt đoạn chữ đó trong dấu nháy
content-colon-in-text = có `: ` ở giữa chữ: YAML hiểu đó là chỗ bắt đầu một khóa mới
content-colon-in-text-expected = chữ không có `: `, hoặc cả đoạn chữ đặt trong dấu nháy
content-colon-in-text-hint = hãy đặt cả đoạn chữ trong dấu nháy ("…"), hoặc viết thành khối: ghi `>-` sau khóa, rồi viết chữ ở các dòng dưới, thụt lề vào
content-not-key-nor-item = dòng này không phải `khóa: giá trị`, cũng không phải một mục của danh sách (`- …`)
content-not-key-nor-item-expected = `khóa: giá trị`, `- mục`, hoặc dòng viết tiếp một đoạn chữ, thụt lề bằng đoạn chữ đó
content-not-key-nor-item-hint = nếu dòng này viết tiếp chữ ở trên, hãy thụt lề bằng chữ đó; nếu là một khóa mới, hãy thêm `: ` sau khóa
content-key-misaligned = dòng này không thẳng cột với các khóa ở trên
content-key-misaligned-hint = các khóa của cùng một bảng khóa phải bắt đầu ở cùng một cột; chữ viết tiếp một giá trị phải thụt lề sâu hơn khóa của nó, hoặc viết thành khối (`>-`)
content-item-misaligned = dòng này không thẳng cột với danh sách ở trên
content-item-misaligned-expected = một mục `- …` thẳng cột với các mục ở trên
content-item-misaligned-hint = mỗi mục của danh sách bắt đầu bằng `- ` ở cùng một cột; chữ viết tiếp một mục phải thụt lề sâu hơn dấu `-` của mục đó
content-item-after-key = không được viết mục danh sách (`- `) ngay sau khóa trên cùng một dòng
content-item-after-key-expected = các mục của danh sách ở các dòng dưới khóa
content-item-after-key-hint = hãy viết danh sách ở các dòng dưới, mỗi mục thụt lề vào dưới khóa và bắt đầu bằng `- `
content-control-character = tệp có một ký tự điều khiển không nhìn thấy được
content-control-character-expected = chữ không có ký tự điều khiển
content-control-character-hint = hãy xóa ký tự ở chỗ này (thường do sao chép từ Word hoặc PDF)

# any other syntax error: libyaml's reason in words, and what it was reading
content-yaml-unreadable = không đọc được YAML ở chỗ này: { $reason }
content-yaml-unreadable-while = không đọc được YAML ở chỗ này: { $reason } ({ $context })
content-yaml-unreadable-expected = YAML viết đúng quy cách
content-yaml-unreadable-hint = hãy kiểm tra thụt lề và dấu nháy của dòng này và dòng trên
content-libyaml-no-value = ở đây thiếu giá trị
content-libyaml-end-of-file = tệp kết thúc khi phần đang viết chưa xong
content-libyaml-after-value = sau giá trị này chỉ được có chú thích (`# …`) hoặc xuống dòng
content-libyaml-no-space = ở đây thiếu dấu cách hoặc xuống dòng
content-libyaml-document-marker = có dòng `---` hoặc `...` ở giữa tài liệu
content-libyaml-tab = có ký tự tab ở chỗ phải thụt lề bằng dấu cách
content-libyaml-key-here = không được viết khóa (`khóa:`) ở chỗ này
content-libyaml-bad-code = mã ký tự sau dấu `\` không đúng
content-libyaml-block-header = dòng mở đầu khối chữ (`>-`, `|`) không đúng
content-libyaml-directive = dòng bắt đầu bằng `%` không phải là chỉ thị YAML mà baocao đọc được
content-libyaml-tag = giá trị bắt đầu bằng `!` (thẻ YAML) không đúng
content-libyaml-encoding = các ký tự của tệp không đúng bảng mã UTF-8
content-libyaml-too-deep = tệp lồng nhau quá sâu hoặc lặp lại quá nhiều
content-libyaml-while-key = khi đọc một khóa
content-libyaml-while-quoted = khi đọc chữ trong dấu nháy
content-libyaml-while-block = khi đọc một khối chữ `>-` hoặc `|`
content-libyaml-while-map = khi đọc một bảng khóa
content-libyaml-while-list = khi đọc một danh sách
content-libyaml-while-anchor = khi đọc một giá trị bắt đầu bằng `&` hoặc `*`
content-libyaml-while-tag = khi đọc một giá trị bắt đầu bằng `!` hoặc một dòng bắt đầu bằng `%`
content-libyaml-while-value = khi đọc một giá trị

## The descriptions of the JSON Schemas (src/content/schema.rs), what VS Code
## shows on hover: `content-type-<type>`, `content-field-<type>-<key>`

content-schema-title-report = baocao: tệp report.yaml
content-schema-title-section = baocao: tệp phần
content-type-chapter = Một chương (A., B., C.) của một phần.
content-type-figure = Một số liệu: một đại lượng báo cáo nêu ra, cùng các số để so sánh với nó. Những gì tính ra được (tỷ lệ so với mục tiêu, mức tăng so với năm gốc, tổng) đều được tính tự động; số liệu dự thảo nêu mà dữ liệu không tính ra đúng được thì ghi dưới `stated`.
content-type-format = Khóa `format:` trong report.yaml: tên thể thức trình bày và các thiết lập mà báo cáo này thay đổi.
content-type-line-spacing = Giãn dòng của phần nội dung: bội số của dòng đơn (`lines: 1.15`), chiều cao cố định tính bằng pt (`exact: 18`), hoặc chiều cao tối thiểu (`at_least: 18`). Trong YAML: một bảng khóa có đúng một trong các khóa này.
content-type-node = Một mục của dàn ý: một đề mục có đánh số (hoặc một đoạn có đánh số), các đoạn của nó, các mục con có đánh số và các chỉ tiêu.
content-type-paragraph = Một đoạn: chữ (là một mẫu: `{"{{"} f.<mã>.value | num {"}}"}` in ra một số liệu), hoặc một bảng khóa có `text`, `clauses`, `counted` hoặc `bold`.
content-type-part = Một phần (Phần thứ nhất, Phần thứ hai …) của dàn ý.
content-type-part-value = Một phần của tổng: một số, hoặc mã của một số liệu khác.
content-type-part-value-string = Mã của một số liệu khác.
content-type-report = Tệp `report.yaml`: thông tin chung của văn bản báo cáo và dàn ý.
content-type-section = Một mục (I., II.) của một chương, lấy nội dung từ một vị trí.
content-type-section-file = Một tệp phần (`economy.yaml`, …): các số liệu của một lĩnh vực và nội dung của lĩnh vực đó cho từng vị trí trong dàn ý.
content-type-settings = Những gì `report.yaml` có thể thay đổi trong thể thức trình bày. Khóa nào cũng có thể bỏ qua; khóa không có trong danh sách là lỗi.
content-type-target = Một chỉ tiêu chủ yếu của Phần thứ hai: một câu mẫu nói về một số liệu.
content-type-verdict-exceeded = “vượt”: cao hơn mục tiêu.
content-type-verdict-met = “đạt”: bằng hoặc cao hơn mục tiêu.
content-type-verdict-not-met = “không đạt”: thấp hơn mục tiêu.
content-field-chapter-sections = Các mục (I., II.) của chương.
content-field-chapter-slot = Vị trí có nội dung trở thành các mục (I., II.) của chương này.
content-field-chapter-title = Đề mục của chương, không có chữ cái đánh số.
content-field-document-congress = Số thứ tự của Đại hội mà báo cáo trình (6 → “lần thứ VI”).
content-field-document-date = Ngày ban hành, ghi theo dạng `YYYY-MM-DD` (năm-tháng-ngày); để trống khi dự thảo chưa có ngày.
content-field-document-draft = Số lần dự thảo (“Dự thảo lần N”); bỏ đi ở bản chính thức.
content-field-document-issuing-body = Cơ quan ban hành báo cáo, in đậm ở phần đầu văn bản: `ĐẢNG ỦY THỊ TRẤN BẾN SUNG`.
content-field-document-kind = Tên loại văn bản, in phía trên tên báo cáo (mặc định `BÁO CÁO`).
content-field-document-motto = Phương châm của Đại hội.
content-field-document-next-term = Nhiệm kỳ mới: `[2025, 2030]`.
content-field-document-place = Địa danh ở dòng ngày tháng: `Bến Sung, ngày … tháng … năm …`.
content-field-document-previous-term = Nhiệm kỳ vừa qua: `[2020, 2025]`.
content-field-document-stem = Tên tệp kết quả, không có phần đuôi; số lần dự thảo được thêm vào sau (`-du-thao-lan-3`).
content-field-document-subtitle = Phụ đề, không có dấu ngoặc đơn (có thể dùng mẫu `{"{{"} … {"}}"}`).
content-field-document-superior-body = Cơ quan cấp trên của cơ quan ban hành (có thể bỏ qua).
content-field-document-title = Tên báo cáo (khẩu hiệu của Đại hội).
content-field-document-year = Năm in ở dòng ngày tháng khi chưa có ngày.
content-field-figure-area = Diện tích (ha) của một loại cây trồng; cùng với `yield` cho ra sản lượng (`output`).
content-field-figure-baseline = Số liệu năm gốc, tức năm `baseline_year` (mặc định là năm đầu của nhiệm kỳ vừa qua, 2020).
content-field-figure-baseline-year = Năm của `baseline` (mặc định là năm đầu của nhiệm kỳ vừa qua, 2020).
content-field-figure-estimate = `true`: số ước tính (“ước đạt”), không phải số chính thức (“đạt”).
content-field-figure-growth-target = Mục tiêu về tốc độ tăng bình quân hằng năm (`growth`), tính bằng % mỗi năm.
content-field-figure-items = Danh sách các mục mà dự thảo đếm (`03 chỉ tiêu … : a; b; c`); nếu không ghi `value` thì giá trị là số mục của danh sách.
content-field-figure-label = Tên của số liệu, bằng lời (bắt buộc; dùng trong các thông báo và bản tóm tắt thay đổi).
content-field-figure-lower-is-better = `true`: mục tiêu là mức trần, không phải mức sàn (tỷ lệ hộ nghèo, tỷ lệ suy dinh dưỡng): “đạt” (`met`) là bằng hoặc thấp hơn mục tiêu, “vượt” (`exceeded`) là thấp hơn mục tiêu.
content-field-figure-note = Ghi chú cho người soạn thảo; không in ra.
content-field-figure-of = Tổng số của một số đếm: `11/16` thì ghi `value: 11, of: 16`.
content-field-figure-parts = Các phần hợp thành tổng, theo tên: tên → một số, hoặc tên → mã của một số liệu khác.
content-field-figure-same-as = Mã của một số liệu khác mà dự thảo nêu cùng đại lượng này ở chỗ khác: `check` so sánh hai số liệu với nhau.
content-field-figure-stated = Các số liệu như dự thảo ghi, ở những chỗ dữ liệu không tính ra đúng được, ghi theo tên của số liệu tính ra: `value`, `change`, `change_pct`, `pct_baseline`, `pct_target`, `over_target`, `over_target_pct`, `pct_of`, `growth`, `growth_over_target`, `per_year`, `output`, `total`; `check` so sánh từng số với số tính ra, còn báo cáo in số như dự thảo ghi.
content-field-figure-stated-change = Như dự thảo ghi: { field-change-shows }.
content-field-figure-stated-change-pct = Như dự thảo ghi: { field-change-pct-shows }.
content-field-figure-stated-growth = Như dự thảo ghi: { field-growth-shows }.
content-field-figure-stated-growth-over-target = Như dự thảo ghi: { field-growth-over-target-shows }.
content-field-figure-stated-output = Như dự thảo ghi: { field-output-shows }.
content-field-figure-stated-over-target = Như dự thảo ghi: { field-over-target-shows }.
content-field-figure-stated-over-target-pct = Như dự thảo ghi: { field-over-target-pct-shows }.
content-field-figure-stated-pct-baseline = Như dự thảo ghi: { field-pct-baseline-shows }.
content-field-figure-stated-pct-of = Như dự thảo ghi: { field-pct-of-shows }.
content-field-figure-stated-pct-target = Như dự thảo ghi: { field-pct-target-shows }.
content-field-figure-stated-per-year = Như dự thảo ghi: { field-per-year-shows }.
content-field-figure-stated-total = Như dự thảo ghi: { field-total-shows }.
content-field-figure-stated-value = Như dự thảo ghi: { field-value-shows }.
content-field-figure-target = Mục tiêu Nghị quyết hoặc kế hoạch.
content-field-figure-unit = Đơn vị tính, như khi in: `tỷ đồng`, `ha`, `%`.
content-field-figure-value = Giá trị; có thể bỏ qua khi `parts`, `area` × `yield` hoặc `items` cho ra giá trị.
content-field-figure-verdict = Dự thảo đánh giá kết quả so với mục tiêu là `exceeded` (“vượt”), `met` (“đạt”) hay `not_met` (“không đạt”); `check` đối chiếu lời đánh giá với các số liệu.
content-field-figure-year = Năm của giá trị.
content-field-figure-years = Số năm mà giá trị được chia đều; cho ra `per_year`.
content-field-figure-yield = Năng suất trên một đơn vị diện tích; `output` = area × yield × yield_scale.
content-field-figure-yield-scale = Hệ số đổi diện tích × năng suất sang đơn vị của sản lượng (mặc định 0.1: ha × tạ/ha → tấn).
content-field-format-profile = Tên thể thức trình bày; mặc định `36-HD/VPTW`.
content-field-format-settings = Các thiết lập của thể thức mà báo cáo này thay đổi, ví dụ `margin_left_mm: 35`.
content-field-node-body = Các đoạn (có thể dùng mẫu).
content-field-node-count-label = Từ dùng khi đếm trong đề mục: “(10 chỉ tiêu)”.
content-field-node-heading = Đề mục, không có số thứ tự (số được tính tự động).
content-field-node-items = Các mục con có đánh số.
content-field-node-number = Số thứ tự như dự thảo ghi, khi khác với số tính ra; được in đúng như ghi và được `check` báo lại.
content-field-node-run-in = Đề mục viết liền vào đoạn đầu tiên: “1.1. Đề mục: nội dung”.
content-field-node-targets = Các chỉ tiêu chủ yếu, đánh số (1)…(n) liên tục trong cả báo cáo.
content-field-node-text = Một đoạn có đánh số, không có đề mục: “1.1. nội dung”.
content-field-part-chapters = Các chương (A., B., C.) của phần.
content-field-part-intro = Vị trí lấy các đoạn đứng giữa tên phần và chương đầu tiên.
content-field-part-title = Tên của phần (có thể dùng mẫu), in dưới dòng “Phần thứ …”.
content-field-report-closing = Các đoạn kết, sau phần cuối cùng.
content-field-report-document = Cơ quan ban hành, ngày tháng, lần dự thảo và tên của báo cáo.
content-field-report-format = Thể thức trình bày của tệp DOCX và các thiết lập thay đổi so với thể thức đó.
content-field-report-opening = Các đoạn mở đầu, trước Phần thứ nhất.
content-field-report-outline = Dàn ý của báo cáo: các phần, chương, mục, và mỗi chỗ lấy nội dung từ vị trí nào của các tệp phần.
content-field-report-sections = Các tệp phần, theo thứ tự nội dung của chúng xuất hiện trong mỗi phần của dàn ý (ghi tên tệp, không có `.yaml`).
content-field-section-file-figures = Các số liệu của lĩnh vực, theo mã số liệu. Trong câu, số liệu được gọi là `f.<mã>`. Mã chỉ gồm chữ thường không dấu, chữ số và `_`, và không trùng nhau giữa các tệp phần.
content-field-section-file-slots = Nội dung theo từng vị trí (tên các vị trí được đặt trong dàn ý của report.yaml).
content-field-section-file-title = Tên lĩnh vực, dùng trong các thông báo và bản tóm tắt thay đổi.
content-field-section-slot = Vị trí trong các tệp phần cung cấp nội dung cho mục này.
content-field-section-title = Đề mục của mục, không có số thứ tự.
content-field-settings-body-size-pt = Cỡ chữ của phần nội dung, tính bằng pt.
content-field-settings-chapter-size-pt = Cỡ chữ đề mục cấp A., B., tính bằng pt.
content-field-settings-first-line-indent-mm = Thụt đầu dòng của các đoạn nội dung, tính bằng mm.
content-field-settings-font = Phông chữ của toàn văn bản, ví dụ `Times New Roman`.
content-field-settings-footer-distance-mm = Khoảng cách từ mép dưới trang đến chân trang, tính bằng mm.
content-field-settings-header-date-space-before-pt = Khoảng cách phía trên dòng địa danh, ngày tháng, tính bằng pt.
content-field-settings-header-distance-mm = Khoảng cách từ mép trên trang đến số trang ở đầu trang, tính bằng mm.
content-field-settings-header-left-pct = Phần đầu văn bản: độ rộng cột trái, tính bằng % độ rộng vùng chữ.
content-field-settings-header-right-pct = Phần đầu văn bản: độ rộng cột phải, tính bằng % độ rộng vùng chữ.
content-field-settings-header-size-pt = Cỡ chữ của phần đầu văn bản, tính bằng pt.
content-field-settings-heading-caps = Viết in hoa các đề mục phần, chương, mục và mục con.
content-field-settings-item-size-pt = Cỡ chữ đề mục cấp 1., 2., tính bằng pt.
content-field-settings-kind-size-pt = Cỡ chữ của dòng `BÁO CÁO`, tính bằng pt.
content-field-settings-kind-space-before-pt = Khoảng cách phía trên dòng `BÁO CÁO`, tính bằng pt.
content-field-settings-lang = Ngôn ngữ của toàn văn bản (`w:lang`), ví dụ `vi-VN`.
content-field-settings-line-spacing = Giãn dòng của phần nội dung: `{"{"}lines: 1.15{"}"}`, `{"{"}exact: 18{"}"}` hoặc `{"{"}at_least: 18{"}"}`.
content-field-settings-margin-bottom-mm = Lề dưới, tính bằng mm.
content-field-settings-margin-left-mm = Lề trái, tính bằng mm.
content-field-settings-margin-right-mm = Lề phải, tính bằng mm.
content-field-settings-margin-top-mm = Lề trên, tính bằng mm.
content-field-settings-number-first-page = Đánh số cả trang đầu.
content-field-settings-page-height-mm = Chiều cao trang, tính bằng mm (A4: 297).
content-field-settings-page-number-size-pt = Cỡ chữ của số trang, tính bằng pt.
content-field-settings-page-numbers = In số trang, căn giữa ở đầu trang.
content-field-settings-page-width-mm = Chiều rộng trang, tính bằng mm (A4: 210).
content-field-settings-part-size-pt = Cỡ chữ đề mục phần (Phần thứ …), tính bằng pt.
content-field-settings-part-title-caps = Viết in hoa tên của phần (dưới dòng “Phần thứ …”).
content-field-settings-party-name-rule = Kẻ đường gạch dưới tên Đảng.
content-field-settings-party-name-size-pt = Cỡ chữ của dòng `ĐẢNG CỘNG SẢN VIỆT NAM`, tính bằng pt.
content-field-settings-section-size-pt = Cỡ chữ đề mục cấp I., II., tính bằng pt.
content-field-settings-space-after-pt = Khoảng cách sau mỗi đoạn nội dung, tính bằng pt.
content-field-settings-space-before-pt = Khoảng cách trước mỗi đoạn nội dung, tính bằng pt.
content-field-settings-subitem-italic = In nghiêng đề mục cấp 1.1.
content-field-settings-subitem-size-pt = Cỡ chữ đề mục cấp 1.1., tính bằng pt.
content-field-settings-subtitle-size-pt = Cỡ chữ của phụ đề, tính bằng pt.
content-field-settings-subtitle-space-after-pt = Khoảng cách sau phụ đề, tính bằng pt.
content-field-settings-table-size-pt = Cỡ chữ trong các bảng (trừ phần đầu văn bản), tính bằng pt.
content-field-settings-title-size-pt = Cỡ chữ của tên báo cáo, tính bằng pt.
content-field-styled-paragraph-clauses = Các ý đánh số liền trong đoạn “(1) … (2) …”, sau `text`, trong cùng một đoạn.
content-field-styled-paragraph-counted = Các đoạn mở đầu bằng từ đếm: “Một là, …”, “Hai là, …”.
content-field-styled-paragraph-text = Nội dung của đoạn; nếu có `clauses`, đây là phần chữ đứng trước các ý.
content-field-target-figure = Mã số liệu mà chỉ tiêu nêu; trong câu mẫu, các khóa của số liệu đó dùng được trực tiếp, ví dụ `{"{{"} value {"}}"}`.
content-field-target-lines = Các dòng tiếp theo của cùng chỉ tiêu (các số liệu thành phần).
content-field-target-text = Câu chỉ tiêu, không có số thứ tự.

# paths of content files
content-section-not-a-name = “{ $name }” không phải là tên một tệp phần
content-section-not-a-name-expected = tên tệp phần nằm cùng thư mục với report.yaml, không có thư mục, không có “..”, không có phần “.yaml”, ví dụ `economy`
content-section-not-a-name-hint = chỉ ghi tên tệp; các tệp phần phải nằm trong thư mục nội dung
content-file-outside = { $path } là một liên kết trỏ ra ngoài thư mục chứa nó; baocao không đọc tệp ở ngoài thư mục đó
content-file-is-a-folder = { $path } là một thư mục, không phải một tệp
content-file-not-regular = { $path } không phải là một tệp thường
content-section-not-a-file-hint = đặt một tệp YAML thật (không phải liên kết ra ngoài, không phải thư mục) vào thư mục nội dung
content-section-write-name = ghi `{ $name }` (tệp { $name }.yaml nằm cùng thư mục với report.yaml)

# values of the document's fields
content-bad-congress = đại hội lần thứ { $value } không có thật
content-bad-congress-expected = `congress:` là số thứ tự của đại hội, từ 1 đến 99 (ví dụ 6 cho “lần thứ VI”)
content-bad-draft = dự thảo lần 0 không có
content-bad-draft-expected = `draft:` từ 1 trở lên; bỏ dòng này ở bản chính thức
content-bad-term = nhiệm kỳ { $from } - { $to } không đúng
content-bad-term-expected = hai năm, năm đầu nhỏ hơn năm cuối, ví dụ [2020, 2025]
content-terms-overlap = nhiệm kỳ tới ({ $next }) bắt đầu trước khi nhiệm kỳ trước ({ $previous }) kết thúc
content-terms-overlap-expected = nhiệm kỳ tới bắt đầu từ năm nhiệm kỳ trước kết thúc, ví dụ [2020, 2025] và [2025, 2030]
content-bad-year = năm { $value } không dùng được
content-bad-year-expected = một năm từ 1930 đến 2200, ví dụ 2025
content-bad-stem = “{ $value }” không dùng được làm tên tệp kết quả
content-bad-stem-expected = một tên tệp không có thư mục: chữ, số, “-”, “_” hoặc “.”, không bắt đầu bằng “.”, ví dụ bao-cao-chinh-tri
content-not-one-line = `{ $key }:` phải nằm trên một dòng
content-not-one-line-expected = một dòng chữ, không xuống dòng, không có ký tự điều khiển
content-too-deep = tệp lồng ngoặc `[` hoặc `{"{"}` quá { $depth } tầng
content-too-deep-expected = danh sách và bảng khóa lồng nhau ít tầng, như các tệp nội dung có sẵn
content-too-deep-hint = kiểm tra các dấu ngoặc mở ở đây: có thể thiếu dấu đóng, hoặc tệp không phải là tệp nội dung
content-bad-character = ở đây có một ký tự ẩn, không in được ({ $code })
content-bad-character-expected = chữ, số và dấu câu; xuống dòng và ký tự tab được phép
content-bad-character-hint = xóa ký tự này (thường do sao chép từ một tệp khác); trong VS Code, nó hiện thành một ô nhỏ có chữ

# các phụ lục (khóa `appendices:` của report.yaml)
content-field-report-appendices = Các phụ lục sau báo cáo, theo thứ tự: các bảng tính từ số liệu.
content-type-appendix-spec = Một phụ lục: tên phụ lục và một bảng tính từ số liệu.
content-field-appendix-spec-id = Tên của phụ lục để dùng trong câu: `{"{{"} a.<id>.met {"}}"}` in ra số mà bảng của phụ lục đếm được (chữ thường không dấu, chữ số và `_`).
content-field-appendix-spec-title = Tên phụ lục, in chữ hoa dưới dòng “Phụ lục số 01” (có thể dùng mẫu).
content-field-appendix-spec-note = Dòng dưới tên phụ lục, không có dấu ngoặc (có thể dùng mẫu): `Kèm theo Báo cáo chính trị …`.
content-field-appendix-spec-orientation = `landscape` (trang ngang) hoặc `portrait` (trang dọc); không ghi thì trang ngang khi bảng có hơn năm cột.
content-field-appendix-spec-rows = Các dòng của bảng là gì: `figures` (các số liệu ghi dưới `groups`, mặc định) hoặc `targets` (các chỉ tiêu chủ yếu (1)…(n) của báo cáo, đánh số và chia nhóm như trong báo cáo).
content-field-appendix-spec-columns = Các cột, từ trái sang phải.
content-field-appendix-spec-groups = Khi `rows: figures`: các nhóm dòng, mỗi nhóm có một dòng tên nhóm và một dòng cho mỗi số liệu.
content-field-appendix-spec-current = Khi `rows: targets`: với số liệu của một chỉ tiêu, số liệu thực hiện được trong nhiệm kỳ (`thu_nhap_2030: thu_nhap_binh_quan`); các cột `current.<trường>` in số liệu đó.
content-field-appendix-spec-total = Dòng tổng cộng sau nhóm cuối: chữ ghi ở dòng đó (`Tổng cộng`). Các cột có `sum: true` được cộng lại.
content-field-appendix-spec-summary = Các số đếm mà báo cáo nêu về bảng này, mỗi số là một số liệu: `check` so với số đếm của bảng khi `complete` là true.
content-field-appendix-spec-complete = Bảng liệt kê đủ mọi chỉ tiêu mà các số đếm của `summary` đếm. Khi chưa đủ, các số đếm được in như dự thảo ghi và không so sánh.
content-type-orientation = Cách đặt trang của một phụ lục.
content-type-row-source = Các dòng của phụ lục lấy từ đâu.
content-type-row-source-figures = Các số liệu ghi dưới `groups`.
content-type-row-source-targets = Các chỉ tiêu chủ yếu của báo cáo, đánh số và chia nhóm như trong báo cáo.
content-type-column-spec = Một cột: cột in gì (`number`, `label`, `unit`, `verdict`, một trường của số liệu như `value`, `target`, `pct_target`, hoặc `current.<trường>`), hoặc một bảng khóa có tên cột và các thiết lập khác.
content-type-column-full = Một cột ghi đầy đủ.
content-field-column-full-show = Mỗi ô in gì: `number` (STT), `label` (tên chỉ tiêu), `unit` (đơn vị tính), `verdict` (vượt / đạt / không đạt), một trường của số liệu (`value`, `target`, `pct_target`, `baseline`, `year`, …) hoặc, khi `rows: targets`, `current.<trường>`.
content-field-column-full-title = Tên cột.
content-field-column-full-group = Tên của nhóm cột chứa cột này: các cột liền nhau có cùng `group` dùng chung một ô tên được gộp ở phía trên.
content-field-column-full-width = Độ rộng của cột so với các cột khác (mặc định theo nội dung: 5 cho `number`, 30 cho `label` …).
content-field-column-full-decimals = Số chữ số thập phân của các số trong cột (mặc định: nhiều nhất hai, bỏ các số 0 ở cuối).
content-field-column-full-sum = Cộng các số của cột ở các dòng tổng cộng.
content-type-group-spec = Một nhóm dòng: một dòng tên nhóm, rồi mỗi số liệu một dòng.
content-field-group-spec-title = Chữ ở dòng tên nhóm (có thể dùng mẫu): `Chỉ tiêu về kinh tế`.
content-field-group-spec-figures = Các dòng: mã một số liệu, hoặc một bảng khóa ghi số liệu và phần cần in của nó.
content-field-group-spec-total = Dòng cộng sau các dòng của nhóm: chữ ghi ở dòng đó (`Cộng`). Các cột có `sum: true` được cộng lại.
content-type-row-spec = Một dòng: mã một số liệu, hoặc một bảng khóa có `figure`, `label`, `measure`.
content-type-row-full = Một dòng ghi đầy đủ.
content-field-row-full-figure = Mã của số liệu.
content-field-row-full-label = Tên chỉ tiêu ghi trong bảng (mặc định: tên của số liệu).
content-field-row-full-measure = `value` (giá trị so với `target`, mặc định) hoặc `growth` (tốc độ tăng bình quân hằng năm so với `growth_target`, tính bằng %).
content-type-measure = Một dòng so cái gì với cái gì.
content-type-measure-value = Giá trị so với `target`.
content-type-measure-growth = Tốc độ tăng bình quân hằng năm so với `growth_target`.
content-type-summary-spec = Các số đếm mà báo cáo nêu về bảng của một phụ lục, mỗi số là số liệu nêu nó: `<mã>` (giá trị của số liệu) hoặc `<mã>.parts.<tên>`.
content-field-summary-spec-total = Có bao nhiêu chỉ tiêu (“26 chỉ tiêu”).
content-field-summary-spec-met = Bao nhiêu chỉ tiêu đạt hoặc vượt (“đạt 23/26”).
content-field-summary-spec-exceeded = Bao nhiêu chỉ tiêu vượt (“trong đó 10 chỉ tiêu vượt”).
content-field-summary-spec-not-met = Bao nhiêu chỉ tiêu không đạt (“03 chỉ tiêu không đạt”).
content-field-styled-paragraph-italic = In nghiêng cả đoạn.
content-document-end = dòng `...` kết thúc tài liệu YAML, nên phần viết sau nó bị đọc thành một tài liệu khác
content-document-end-hint = hãy xóa dòng `...` (tệp nội dung không cần dòng này)
content-number-too-large = số { $number } của { $key } quá lớn
content-number-too-large-hint = kiểm tra lại số này: có thể gõ thừa chữ số
content-str-tag-hint = hãy bỏ thẻ `!!str`: thẻ này biến số thành chữ; ghi số không có thẻ: `{ $example }`
content-bad-character-escape-hint = bỏ mã thoát (`\x01`, `\uFFFE` …) khỏi đoạn chữ trong dấu nháy này
