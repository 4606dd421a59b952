# Rendering: the sentences of the YAML files and the layout templates
# through tera (src/render/errors.rs, src/render/mod.rs, src/filters.rs).
# `$in` is `sentence` (a sentence of a YAML file) or `template` (a layout
# template, `report.md` …). `{ "{{" }` writes `{{`: braces are Fluent's.

render-did-you-mean = có phải là `{ $name }`?

## an unknown filter, template, test, function or component
render-unknown-filter = không có bộ lọc `{ $filter }`
render-unknown-filter-expected = một trong các bộ lọc của baocao: { $filters } (hoặc một bộ lọc có sẵn của tera, như `upper`, `trim`)
render-unknown-filter-hint = xem danh sách bộ lọc ở docs/content.md, mục “Filters”
render-missing-template = không có mẫu `{ $name }`
render-missing-template-expected = tên một mẫu có sẵn, hoặc tên một tệp trong thư mục --templates
render-missing-template-hint = kiểm tra lại tên, hoặc thêm tệp đó vào thư mục --templates
render-unknown-test = không có phép kiểm tra `{ $name }` (sau `is`)
render-unknown-function = không có hàm `{ $name }`
render-unknown-component = không có thành phần `{ $name }`
render-unknown-tera-hint = kiểm tra lại chính tả; xem tài liệu của tera

## a name that is not there: `{{ value }}`, `f.<id>`, `f.<id>.<field>`, `doc.<field>`
render-unknown-variable = không dùng được `{ $name }` ở chỗ này
render-unknown-variable-expected = một trong các tên dùng được ở đây: { $names }
render-unknown-variable-hint = số liệu ghi là `f.<mã số liệu>.<trường>`, thông tin của văn bản ghi là `doc.<trường>`, ví dụ `f.gia_tri_san_xuat.value`, `doc.year`
render-target-field-hint = chỉ dùng được `{ "{{" } { $name } { "}}" }` trong câu của một chỉ tiêu có ghi `figure: <mã số liệu>`; ở chỗ khác ghi là `f.<mã số liệu>.{ $name }`
render-unknown-figure = không có số liệu nào mang mã `{ $id }`
render-unknown-figure-expected = mã của một số liệu khai báo dưới khóa `figures:` trong một tệp phần
render-unknown-figure-hint = khai báo số liệu này dưới khóa `figures:`, hoặc sửa lại mã cho đúng
render-figure-lacks-field = số liệu `{ $id }` chưa có `{ $field }`
# $needs: what the figure must have, e.g. "`target:`" (from the table of fields)
render-figure-field-needs = muốn dùng `{ $field }` thì số liệu `{ $id }` phải có { $needs }
render-not-a-figure-field = `{ $field }` không phải là trường nào của số liệu (trong `{ $expr }`)
render-figure-fields-expected = một trong các trường của số liệu `{ $id }`: { $fields }
render-figure-fields-expected-docs = một trường có trong số liệu `{ $id }` (xem docs/content.md, mục “Figures”)
render-figure-fields-hint = xem các trường của số liệu ở docs/content.md, mục “Figures”
render-doc-lacks-field = thông tin của văn bản (`doc`) không có `{ $field }`
render-doc-fields-expected = một trong các trường của `doc`: { $fields }
render-doc-fields-hint = xem các trường của `doc` ở docs/content.md
render-lacks-field = `{ $parent }` không có `{ $field }`
render-fields-expected = một trong các giá trị: { $fields }
render-check-name-hint = kiểm tra lại tên

## a filter given the wrong kind of value
# $want, $got: number, integer, decimal, bool, text, list, map, none, or tera's name of the type
render-wrong-type = bộ lọc `{ $filter }` cần { $want ->
        [number] một số
        [integer] một số nguyên
        [decimal] một số thập phân
        [bool] true hoặc false
        [text] chữ
        [list] một danh sách
        [map] một bảng khóa
        [none] giá trị trống
       *[other] { $want }
    }, nhưng `{ $expr }` là { $got ->
        [number] một số
        [integer] một số nguyên
        [decimal] một số thập phân
        [bool] true hoặc false
        [text] chữ
        [list] một danh sách
        [map] một bảng khóa
        [none] giá trị trống
       *[other] { $got }
    }
render-wrong-type-no-filter = ở chỗ này cần { $want ->
        [number] một số
        [integer] một số nguyên
        [decimal] một số thập phân
        [bool] true hoặc false
        [text] chữ
        [list] một danh sách
        [map] một bảng khóa
        [none] giá trị trống
       *[other] { $want }
    }, nhưng `{ $expr }` là { $got ->
        [number] một số
        [integer] một số nguyên
        [decimal] một số thập phân
        [bool] true hoặc false
        [text] chữ
        [list] một danh sách
        [map] một bảng khóa
        [none] giá trị trống
       *[other] { $got }
    }
render-wrong-type-expected = { $want ->
        [number] một số
        [integer] một số nguyên
        [decimal] một số thập phân
        [bool] true hoặc false
        [text] chữ
        [list] một danh sách
        [map] một bảng khóa
        [none] giá trị trống
       *[other] { $want }
    } trước `| { $filter }`
render-wrong-type-hint = kiểm tra xem chỗ này có đúng là trường cần in của số liệu không (`f.<mã số liệu>.value`, không phải `f.<mã số liệu>.unit`)

render-wrong-argument = trong `{ $call }`, tham số của bộ lọc `{ $filter }` phải là { $want ->
        [number] một số
        [integer] một số nguyên
        [decimal] một số thập phân
        [bool] true hoặc false
        [text] chữ
       *[other] { $want }
    }
# $example: `num(p=1)`
render-wrong-argument-expected = một số nguyên, ví dụ `{ $example }` (số chữ số sau dấu thập phân)
render-wrong-argument-hint = ghi số không có dấu nháy: `p=1`, không ghi `p="1"`

## a sentence or template that cannot be read
# $found, $expected: a token as `render-token` gives it, or quoted: `)`
render-syntax-unclosed = { $in ->
        [sentence] không đọc được câu: câu đã hết mà `{ "{{" } … { "}}" }` hoặc `{ "{%" } … %{ "}" }` vẫn chưa được đóng
       *[other] không đọc được mẫu: mẫu đã hết mà `{ "{{" } … { "}}" }` hoặc `{ "{%" } … %{ "}" }` vẫn chưa được đóng
    }
render-syntax-close-expression = không đọc được { $in ->
        [sentence] câu
       *[other] mẫu
    }: gặp { $found } ở chỗ cần `{ "}}" }` để đóng `{ "{{" } … { "}}" }`
render-syntax-close-tag = không đọc được { $in ->
        [sentence] câu
       *[other] mẫu
    }: gặp { $found } ở chỗ cần `%{ "}" }` để đóng `{ "{%" } … %{ "}" }`
render-syntax-value-expected = không đọc được { $in ->
        [sentence] câu
       *[other] mẫu
    }: ở chỗ này cần một giá trị nhưng lại gặp { $found }
render-syntax-found-expected = không đọc được { $in ->
        [sentence] câu
       *[other] mẫu
    }: gặp { $found } ở chỗ cần { $expected }
render-syntax-unexpected-char = không đọc được { $in ->
        [sentence] câu
       *[other] mẫu
    }: không dùng được ký tự `{ $char }` trong `{ "{{" } … { "}}" }`
# $reason: tera's own message, in English
render-syntax-other = không đọc được { $in ->
        [sentence] câu
       *[other] mẫu
    } ở chỗ này (tera báo: “{ $reason }”)
render-syntax-expected = mỗi `{ "{{" }` có một `{ "}}" }` đóng lại trong cùng { $in ->
        [sentence] câu
       *[other] mẫu
    } (mỗi `{ "{%" }` có `%{ "}" }`, mỗi `{ "{#" }` có `#{ "}" }`)
# what a value of a sentence is written as, where tera wanted one
render-syntax-value-expected-expected = một giá trị: một số (`1`), chữ trong dấu nháy (`"ha"`) hoặc tên một số liệu (`f.<mã số liệu>.value`)
render-syntax-hint = kiểm tra các dấu ngoặc quanh chỗ này: mỗi `{ "{{" }` cần có `{ "}}" }` đóng lại; tham số của bộ lọc ghi như `num(p=1)`
# what tera found or expected, as a word
render-token = { $token ->
        [identifier] một tên
        [string] chữ trong dấu nháy
        [integer] một số nguyên
        [float] một số thập phân
        [bool] true hoặc false
        [content] chữ thường
        [raw] chữ thường
        [comment] một ghi chú
       *[other] { $token }
    }

## other problems while filling a sentence or template
render-circular-include = mẫu `{ $name }` gọi lại chính nó qua `{ "{%" } include %{ "}" }`: { $chain }
render-circular-include-hint = bỏ một trong các lệnh `{ "{%" } include %{ "}" }` của vòng này
render-circular-extend = mẫu `{ $name }` kế thừa lại chính nó qua `{ "{%" } extends %{ "}" }`: { $chain }
render-missing-parent = mẫu `{ $name }` kế thừa (`{ "{%" } extends %{ "}" }`) mẫu `{ $parent }`, nhưng không có mẫu này
# $reason: tera's own message, in English
render-failed = không điền được { $in ->
        [sentence] câu
       *[other] mẫu
    } ở chỗ này (tera báo: “{ $reason }”)
render-failed-hint = xem các trường của số liệu và các bộ lọc ở docs/content.md
# a filter of baocao given a value it cannot write (src/filters.rs)
render-filter-roman = bộ lọc `roman` chỉ viết được các số từ 1 đến 3999 bằng chữ số La Mã, không viết được { $value }
render-filter-ordinal = bộ lọc `ordinal` chỉ có chữ thứ tự cho các số từ 1 đến 10 (“nhất”, “hai”, … “mười”), không có chữ cho { $value }
render-filter-failed-hint = kiểm tra giá trị đưa vào bộ lọc `{ $filter }` ở chỗ này (xem docs/content.md, mục “Filters”)

## where else a problem is (the other places of a diagnostic)
render-note-called-from = được gọi từ đây
render-note-first-defined = ghi lần đầu ở đây
# $what: for, if, block, filter, component, or tera's word
render-note-starts-here = { $what ->
        [for] vòng `for`
        [if] khối `if`
        [block] khối `block`
        [filter] khối `filter`
        [component] phần khai báo thành phần
       *[other] { $what }
    } bắt đầu ở đây

## the templates folder, the document's date (src/render/mod.rs)
render-no-templates-dir = không có thư mục mẫu `{ $dir }`
render-no-templates-dir-hint = ghi --templates THƯ_MỤC với thư mục chứa các tệp mẫu .md, hoặc bỏ tùy chọn này để dùng các mẫu có sẵn
render-bad-date = `{ $date }` không phải là một ngày ghi theo dạng NĂM-THÁNG-NGÀY
# $month as written (`02`); $days: how many days that month has
render-no-such-day = ngày `{ $date }` không có thật: tháng { $month } năm { $year } chỉ có { $days } ngày
render-bad-date-expected = ngày ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-02-05; để trống khi dự thảo chưa ghi ngày
render-bad-date-hint = sửa lại ngày cho đúng; nếu dự thảo chưa có ngày thì để trống `date:`, văn bản sẽ in “ngày … tháng … năm …” để ghi sau
render-date-out-of-range = ngày `{ $date }` nằm ngoài khoảng dùng được (từ năm 1930 đến năm 2200)
render-sentence-tag = câu không được dùng `{"{"}% { $tag } %{"}"}`
render-sentence-tag-expected = trong một câu chỉ dùng `{"{{"} … {"}}"}` để in số liệu và `{"{"}% if %{"}"}` … `{"{"}% else %{"}"}` … `{"{"}% endif %{"}"}` để chọn chữ
render-sentence-tag-hint = vòng lặp, biến dùng chung, `include` và các thẻ khác thuộc về mẫu trình bày (thư mục templates/), không thuộc về câu
render-template-link-hint = đặt tệp mẫu thật vào thư mục mẫu, không dùng liên kết trỏ ra ngoài thư mục đó
