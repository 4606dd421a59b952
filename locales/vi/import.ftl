# Importing a draft into a content tree (src/import/), and `check` on a draft.

import-cannot-read = không đọc được { $file }: { $reason }
import-cannot-read-hint = xem tệp có đúng chỗ không và có được phép đọc không
import-unknown-format = { $file } không phải là bản dự thảo mà baocao đọc được
import-unknown-format-expected = tệp Word (.docx), hoặc văn bản của nó (.txt, .md)
import-unknown-format-hint = trong Word, lưu bản dự thảo dưới dạng .docx (Tệp › Lưu thành › Tài liệu Word)
import-empty = { $file } không có chữ nào
import-empty-hint = mở tệp xem có đúng là bản dự thảo không; bản chụp (ảnh các trang) không có chữ để nhập
import-not-utf8 = { $file } không phải là văn bản UTF-8 (dòng { $line })
import-not-utf8-hint = lưu lại văn bản theo bảng mã UTF-8 (trong Notepad: Lưu thành › Mã hóa › UTF-8), hoặc nhập thẳng tệp Word
import-not-docx = { $file } không phải là tệp Word (.docx): { $reason }
import-not-docx-hint = mở tệp bằng Word hoặc LibreOffice rồi lưu lại dưới dạng tài liệu Word (.docx)
import-no-document-part = { $file } là tệp nén nhưng không phải tài liệu Word: không có word/document.xml
import-docx-corrupt = { $file } bị hỏng: { $reason }
import-docx-corrupt-hint = mở tệp bằng Word (Word sẽ đề nghị sửa) rồi lưu lại dưới dạng .docx
import-docx-encrypted = { $file } được khóa bằng mật khẩu
import-docx-encrypted-hint = mở tệp bằng Word, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu › Mã hóa bằng mật khẩu, để trống), lưu rồi nhập lại
import-docx-old = { $file } là tài liệu Word 97–2003 (.doc), không phải .docx
import-docx-old-hint = mở tệp bằng Word hoặc LibreOffice rồi lưu dưới dạng tài liệu Word (.docx)
import-no-outline = không thấy dàn ý trong { $file }: không có đề mục “Phần thứ nhất”
import-no-outline-expected = dàn ý của báo cáo chính trị: “Phần thứ nhất”, “Phần thứ hai”, rồi các đề mục A., I., 1., 1.1., gõ tay hoặc do Word tự đánh số
import-no-outline-hint = xem có đúng là bản báo cáo không; văn bản bắt đầu bằng: “{ $sample }”
import-bad-areas = không dùng được tệp phân lĩnh vực { $file }: { $reason }
import-bad-areas-files = mỗi lĩnh vực cần `file:` gồm chữ thường không dấu, chữ số và `-` (không được là `report`)
import-bad-areas-hint = bắt đầu từ tệp có sẵn: baocao import --print-areas > areas.yaml
import-out-not-dir = { $dir } đã có và không phải là thư mục
import-out-hint = ghi --out THƯ_MỤC với một thư mục
import-out-not-empty = thư mục { $dir } không trống; chưa ghi tệp nào
import-out-not-empty-hint = ghi --out với một thư mục mới, hoặc thêm --force để thay các tệp nhập vào thư mục đó
import-cannot-create = không tạo được { $dir }
import-cannot-write = không ghi được vào { $dir }
import-io-hint = ghi --out THƯ_MỤC với một thư mục được phép ghi
import-does-not-build = nội dung nhập được không dựng được: { $reason }
import-does-not-build-hint = đây là lỗi của chức năng nhập, không phải của bản dự thảo; chưa ghi tệp nào. Xin báo lỗi này kèm bản dự thảo.

# the summary
import-summary = đã nhập { $paragraphs } đoạn, { $headings } đề mục có số thứ tự, { $targets } chỉ tiêu; tạo { $figures } số liệu
import-summary-numbers = các con số: { $in_figures } in ra từ số liệu, { $stated } giữ đúng như dự thảo ghi, { $prose } để nguyên trong câu văn
import-summary-ignored = bỏ qua { $count } đoạn sau dấu kết thúc “./.”
import-summary-tables = { $count } đoạn trong bảng được đọc như các đoạn văn
import-summary-emphasis = { $count } đoạn có chữ in đậm hoặc in nghiêng mà nội dung chưa giữ được (một số chữ trong đoạn, hoặc đoạn mở đầu, đoạn kết thúc): các chữ đó ở dạng thường trong nội dung
import-note-no-chapter = đoạn { $at }: một mục không có chương (A., B.) bên trên; một chương không tên chứa mục đó
import-note-renumbered = đoạn { $at }: “{ $stated }” được in là “{ $printed }”: nội dung đánh số các phần và chương theo vị trí
import-wrote = đã ghi { $path }
import-next = bước tiếp: baocao build --content { $dir }

# comments of the files written
import-yaml-report-head = report.yaml, nhập từ { $draft } bằng lệnh `baocao import`: thông tin văn bản, dàn ý và các vị trí
    trong dàn ý. Mọi đoạn văn giữ đúng như dự thảo; số liệu nằm trong các tệp phần.
import-yaml-section-head = { $title }, nhập từ { $draft } bằng lệnh `baocao import`.
import-yaml-figures-head = Số liệu: các con số mà các câu bên dưới in ra bằng f.<mã số liệu>; `stated:` giữ số liệu ghi trong dự thảo ở những chỗ không tính ra được từ số liệu.
import-yaml-sections-head = Các tệp phần, theo thứ tự nội dung của chúng xuất hiện trong mỗi vị trí của dàn ý.
import-yaml-outline-head = Dàn ý: các phần, chương (A.), mục (I.) và vị trí trong dàn ý mà mỗi mục lấy nội dung.
import-yaml-number-as-stated = giữ số thứ tự như dự thảo ghi; `check` báo điểm này
import-yaml-date-blank = dự thảo để trống ngày

# check on a draft
import-check-at = { $file }, đoạn { $at }
import-check-in = tại: { $headings }
