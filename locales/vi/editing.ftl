# Biên tập không cần lập trình: đếm danh sách, chỗ trống, tên ngắn và các
# bộ lọc của số liệu (src/numbered.rs, src/render/, src/filters.rs,
# src/check.rs `stated_counts`, src/content/ đọc từng phần).
# `{ "{{" }` viết ra `{{`: dấu ngoặc nhọn là của Fluent.

## `id:` của một danh sách, dùng cho `count.<id>`
editing-count-id-bad = `{ $id }` không dùng làm tên danh sách được
editing-count-id-expected = chữ thường không dấu, chữ số và `_`, bắt đầu bằng một chữ (ví dụ nhiem_vu_trong_tam)
editing-count-id-bad-hint = câu in số đếm bằng `{ "{{" } count.<id> { "}}" }`, nên tên phải là chữ không dấu, không có dấu cách
editing-count-id-reserved = `{ $id }` là số đếm của tất cả các chỉ tiêu chủ yếu, không đặt cho danh sách khác được
editing-count-id-reserved-hint = chọn tên khác; `{ "{{" } count.targets { "}}" }` đã in ra số chỉ tiêu chủ yếu của báo cáo
editing-count-id-twice = tên `{ $id }` được đặt cho hai danh sách
editing-count-id-twice-first = đặt lần đầu ở đây
editing-count-id-twice-hint = các tên dùng chung cho report.yaml và tất cả các tệp phần; hãy đổi tên một trong hai

## tên ngắn của số liệu (`with:`)
editing-short-name-bad = `{ $name }` không dùng làm tên ngắn của số liệu được
editing-short-name-expected = một tên gồm chữ thường không dấu, chữ số và `_`, khác { $reserved }
editing-short-name-bad-hint = trong câu, tên ngắn được viết như `{ "{{" } ten | qty { "}}" }`: hãy chọn một tên ngắn không dấu, ví dụ `gtsx`

## câu in ra chỗ trống ở chỗ cần có giá trị
editing-blank-previous-congress = `{ $expr }` không in ra gì: báo cáo này trình Đại hội lần thứ nhất (`congress: 1`), nên không có đại hội trước
editing-blank-previous-congress-hint = với Đại hội lần thứ nhất, viết câu không nhắc đến đại hội trước (ví dụ “ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NHIỆM KỲ …”); xem docs/huong-dan.md, mục “Báo cáo của một đơn vị mới”
editing-blank-superior-body = `{ $expr }` không in ra gì: báo cáo không có cơ quan cấp trên (`superior_body:` trong tệp report.yaml)
editing-blank-superior-body-hint = thêm `superior_body:` dưới `document:` trong tệp report.yaml, hoặc viết câu không nhắc đến cơ quan cấp trên
editing-blank-date = `{ $expr }` không in ra gì: báo cáo chưa ghi ngày (`date:` trong tệp report.yaml)
editing-blank-date-hint = ghi `date:` (NĂM-THÁNG-NGÀY), hoặc in `{ "{{" } doc.place_date { "}}" }`, là dòng địa danh, ngày tháng để trống ngày khi chưa ghi ngày
editing-blank-draft = `{ $expr }` không in ra gì: đây là bản chính thức, không có `draft:`
editing-blank-draft-hint = ghi `draft:` trong tệp report.yaml, hoặc viết câu không nhắc đến số lần dự thảo
editing-blank = `{ $expr }` không in ra gì ở chỗ này
editing-blank-hint = câu không được in ra một giá trị trống: kiểm tra lại cái mà câu in ra (một chữ để trống, một danh sách `items:` trống, một trường chưa ghi) hoặc bỏ biểu thức đó đi
editing-blank-somewhere = câu không in ra gì ở chỗ cần có giá trị

## các bộ lọc của số liệu (`qty`, `change`, `since`, `reached`, `ratio`)
editing-filter-not-a-figure = bộ lọc `{ $filter }` in ra một số liệu, nhưng `{ $value }` không phải là số liệu: hãy viết ngay sau số liệu, như `{ "{{" } f.<mã> | { $filter } { "}}" }` hoặc `{ "{{" } tên | { $filter } { "}}" }`
# $needs: cái mà số liệu phải có, ví dụ "`target:`" (theo bảng các trường)
editing-filter-figure-lacks = bộ lọc `{ $filter }` in `{ $field }` của số liệu `{ $id }`, nhưng số liệu này chưa có (cần có { $needs })

## số đếm mà đề mục hoặc câu ghi cho danh sách nó giới thiệu
editing-count-differs = “{ $text }” ghi { $stated }, nhưng danh sách đi sau có { $count } mục
editing-count-expected = { $count } (số mục của danh sách)
editing-count-hint-id = in số đếm bằng `{ "{{" } count.{ $id } | pad { "}}" }` để số luôn khớp với danh sách
editing-count-hint = đặt `id:` cho mục chứa danh sách và in số đếm bằng `{ "{{" } count.<id> | pad { "}}" }` để số luôn khớp với danh sách

## mô tả của các khóa mới trong lược đồ
content-field-node-id = Tên của những gì mục này liệt kê (các mục con có số, nếu không thì các chỉ tiêu, nếu không thì các đoạn “Một là, …”), để một câu ở bất kỳ đâu in ra số lượng: `{ "{{" } count.<id> | pad { "}}" }`.
content-field-section-id = Tên của danh sách các mục có số mà vị trí trong dàn ý đưa vào mục này, để một câu in ra số lượng: `{ "{{" } count.<id> { "}}" }`.
content-field-chapter-id = Tên của danh sách các mục (I., II.) mà vị trí của chương đưa vào, để một câu in ra số lượng: `{ "{{" } count.<id> { "}}" }`.
content-field-styled-paragraph-figure = Một số liệu mà đoạn in các trường bằng tên trơn, như câu của một chỉ tiêu: `{ "{{" } value | num { "}}" }`, `{ "{{" } unit { "}}" }`.
content-field-styled-paragraph-with = Tên ngắn của các số liệu mà đoạn in ra: `{"{"} gtsx: gia_tri_san_xuat {"}"}` cho phép viết `{ "{{" } gtsx | qty { "}}" }` hoặc `{ "{{" } gtsx.year { "}}" }` thay cho `f.gia_tri_san_xuat`.
content-field-target-with = Tên ngắn của các số liệu khác mà câu in ra: `{"{"} cnc: dat_cong_nghe_cao_2030 {"}"}` cho phép viết `{ "{{" } cnc | qty { "}}" }` thay cho `{ "{{" } f.dat_cong_nghe_cao_2030 | qty { "}}" }`.
