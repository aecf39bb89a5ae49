<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="th">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="219"/>
        <source>ไม่ระบุ</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="225"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="226"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="231"/>
        <source>แก้ไขงานที่มอบหมาย</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="289"/>
        <source>วันประชุมครั้งถัดไปที่สร้างไว้แล้ว</source>
        <translation>The date of the next meeting, already created</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="291"/>
        <source>คาดจากระยะห่างปกติของการประชุม {days} วัน</source>
        <translation>Expected from the usual interval between meetings, {days} days</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="294"/>
        <source>ก่อนประชุมครั้งหน้า ({date})</source>
        <translation>Before the next meeting ({date})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="300"/>
        <source>{days} วัน</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="415"/>
        <source>ช่องผู้รับผิดชอบใส่ชื่อหรือตำแหน่ง ไม่ใช่วันที่ — กำหนดแล้วเสร็จพิมพ์ที่ช่องกำหนดแล้วเสร็จ</source>
        <translation>The responsible person field takes a name or a position, not a date — type the due date in the due date field</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="6"/>
        <source>มอบหมายงาน</source>
        <translation>Assign action</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="33"/>
        <source>หน่วยงานที่รับผิดชอบ</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="54"/>
        <source>งานที่มอบหมาย</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="65"/>
        <source>กำหนดแล้วเสร็จ</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="101"/>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="108"/>
        <source>ชื่อหรือตำแหน่ง (ไม่บังคับ)</source>
        <translation>Name or position (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="115"/>
        <source>มาตรการ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="129"/>
        <source>ลำดับ: หน่วยงาน (พิมพ์ชื่อย่อ) Enter → งานที่มอบหมาย Enter → กำหนดแล้วเสร็จ (↑ ↓ เลือกที่เสนอ หรือพิมพ์วันที่ พ.ศ.) Enter → ผู้รับผิดชอบ Enter บันทึก · Ctrl+Enter บันทึกจากช่องใดก็ได้ · Tab ไปมาตรการ</source>
        <translation>Order: agency (type its abbreviation) Enter → task Enter → due date (↑ ↓ pick a proposal, or type a B.E. date) Enter → responsible person Enter saves · Ctrl+Enter saves from any field · Tab goes on to the measure</translation>
    </message>
</context>
<context>
    <name>ActionTasksWarning</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="189"/>
        <source>งานที่มอบหมายแถวที่ {rows} อาจมีข้อมูลระบุตัว ควรใช้รหัสกรณีแทน</source>
        <translation>The action task in row {rows} may identify a person: use the case code instead</translation>
    </message>
</context>
<context>
    <name>AgenciesModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_model.py" line="17"/>
        <source>ชื่อย่อ</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_model.py" line="18"/>
        <source>ชื่อหน่วยงาน</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_model.py" line="19"/>
        <source>ชื่อภาษาอังกฤษ</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_model.py" line="20"/>
        <source>ภาค</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_model.py" line="21"/>
        <source>ระดับ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_model.py" line="22"/>
        <source>ชื่อเรียกอื่น</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_model.py" line="24"/>
        <location filename="../../mdt_desktop/gui/team/agencies_model.py" line="25"/>
        <source>ใช้งาน</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_model.py" line="25"/>
        <source>เลิกใช้</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_page.py" line="92"/>
        <source>ค้นหาชื่อย่อ ชื่อหน่วยงาน หรือชื่อเรียกอื่น</source>
        <translation>Search abbreviation, agency name or alias</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_page.py" line="94"/>
        <source>เพิ่มหน่วยงาน…</source>
        <translation>Add agency…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_page.py" line="95"/>
        <source>แก้ไข…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_page.py" line="96"/>
        <source>เลิกใช้/ใช้งาน</source>
        <translation>Retire/restore</translation>
    </message>
</context>
<context>
    <name>AgencyCountsModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="235"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="235"/>
        <source>ค้าง</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="235"/>
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_page.py" line="45"/>
        <source>แก้ไขหน่วยงาน</source>
        <translation>Edit agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_page.py" line="54"/>
        <source>เพิ่มหน่วยงาน</source>
        <translation>Add agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/agencies_page.py" line="75"/>
        <source>โปรดระบุชื่อหน่วยงานภาษาไทย</source>
        <translation>Enter the agency name in Thai</translation>
    </message>
    <message>
        <location filename="../../ui/agency_dialog.ui" line="14"/>
        <source>หน่วยงาน</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../ui/agency_dialog.ui" line="25"/>
        <source>ชื่อย่อ</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../ui/agency_dialog.ui" line="35"/>
        <source>เช่น พมจ.</source>
        <translation>e.g. พมจ.</translation>
    </message>
    <message>
        <location filename="../../ui/agency_dialog.ui" line="42"/>
        <source>ชื่อหน่วยงาน (ไทย)</source>
        <translation>Agency name (Thai)</translation>
    </message>
    <message>
        <location filename="../../ui/agency_dialog.ui" line="55"/>
        <source>ชื่อภาษาอังกฤษ</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/agency_dialog.ui" line="68"/>
        <source>ภาค</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/agency_dialog.ui" line="81"/>
        <source>ระดับ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/agency_dialog.ui" line="94"/>
        <source>ชื่อเรียกอื่น (บรรทัดละชื่อ)</source>
        <translation>Other names (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/agency_dialog.ui" line="111"/>
        <source>ยังใช้งานอยู่</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>AgencyPicker</name>
    <message>
        <location filename="../../mdt_desktop/gui/widgets/agency_picker.py" line="54"/>
        <source>พิมพ์ชื่อย่อหรือชื่อหน่วยงาน</source>
        <translation>Type an abbreviation or agency name</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/widgets/agency_picker.py" line="175"/>
        <source>ไม่พบหน่วยงาน “{text}” — พิมพ์ชื่อย่อหรือชื่อหน่วยงาน</source>
        <translation>No agency matches “{text}” — type its abbreviation or name</translation>
    </message>
</context>
<context>
    <name>AgencyWorkPage</name>
    <message>
        <location filename="../../mdt_desktop/gui/agency/agency_work_page.py" line="99"/>
        <source>เลือกงานจากตารางด้านบนก่อน</source>
        <translation>Choose an action in the table above first</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/agency/agency_work_page.py" line="103"/>
        <source>ยังไม่มีรายงานความคืบหน้า</source>
        <translation>No progress reported yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/agency/agency_work_page.py" line="140"/>
        <source>บันทึกแล้ว เลขานุการจะเห็นรายงานนี้พร้อมชื่อของท่านในระเบียบวาระที่ 3 ของการประชุมครั้งถัดไป</source>
        <translation>Saved. The secretary will see this report, with your name, under item 3 of the next meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/agency/agency_work_page.py" line="156"/>
        <source>งานที่ที่ประชุมมอบหมายให้ {agencies} ซึ่งยังไม่เสร็จ เลือกงาน แล้วรายงานความคืบหน้าระหว่างรอบการประชุม เลขานุการจะเห็นรายงานของท่านในระเบียบวาระที่ 3 (เรื่องสืบเนื่อง) ของการประชุมครั้งถัดไป</source>
        <translation>Actions the meetings assigned to {agencies} that are not finished yet. Choose one and report its progress between meetings: the secretary will see your report under item 3 (matters arising) of the next meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/agency/agency_work_page.py" line="158"/>
        <source>หน่วยงานของท่าน</source>
        <translation>your agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/agency/agency_work_page.py" line="163"/>
        <source>ไม่มีงานที่ยังไม่เสร็จของหน่วยงานนี้</source>
        <translation>This agency has no open action</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/agency/agency_work_page.py" line="166"/>
        <source>แสดง {shown} งานที่ถึงกำหนดก่อน จากทั้งหมด {total} งาน</source>
        <translation>Showing the {shown} actions due first, of {total}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/agency/agency_work_page.py" line="173"/>
        <source>{total} งานที่ยังไม่เสร็จ เกินกำหนด {overdue} งาน</source>
        <translation>{total} open actions, {overdue} overdue</translation>
    </message>
    <message>
        <location filename="../../ui/agency_work_page.ui" line="17"/>
        <source>งานของหน่วยงานฉัน</source>
        <translation>My agency&apos;s actions</translation>
    </message>
    <message>
        <location filename="../../ui/agency_work_page.ui" line="34"/>
        <source>งานที่ยังไม่เสร็จของหน่วยงาน</source>
        <translation>The agency&apos;s open actions</translation>
    </message>
    <message>
        <location filename="../../ui/agency_work_page.ui" line="65"/>
        <location filename="../../ui/agency_work_page.ui" line="71"/>
        <source>ความคืบหน้าที่รายงานแล้ว</source>
        <translation>Progress reported so far</translation>
    </message>
    <message>
        <location filename="../../ui/agency_work_page.ui" line="87"/>
        <source>รายงานความคืบหน้าของงานที่เลือก</source>
        <translation>Report progress on the selected action</translation>
    </message>
    <message>
        <location filename="../../ui/agency_work_page.ui" line="108"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agency_work_page.ui" line="121"/>
        <source>ความคืบหน้า / เหตุผล</source>
        <translation>Progress / reason</translation>
    </message>
    <message>
        <location filename="../../ui/agency_work_page.ui" line="131"/>
        <source>เช่น ออกเยี่ยมบ้านแล้วเมื่อวันจันทร์ (Enter เพื่อบันทึก)</source>
        <translation>e.g. home visit made on Monday (Enter saves)</translation>
    </message>
    <message>
        <location filename="../../ui/agency_work_page.ui" line="149"/>
        <source>บันทึกความคืบหน้า</source>
        <translation>Record progress</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="131"/>
        <source>บันทึกการแก้ไขรายงานการประชุมที่รับรองแล้ว</source>
        <translation>Amend approved minutes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="136"/>
        <source>รายงานการประชุมนี้รับรองแล้ว การแก้ไขจะบันทึกข้อความเดิม ข้อความใหม่ และเหตุผล และจะแสดงในระเบียบวาระที่ 2 ของการประชุมครั้งถัดไป</source>
        <translation>These minutes are approved. An amendment records the old text, the new text and the reason, and is shown under agenda item 2 of the next meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="149"/>
        <source>ชื่อเรื่อง</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="150"/>
        <source>สาระการประชุม</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="151"/>
        <source>มติที่ประชุม</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="155"/>
        <source>ส่วนที่แก้ไข</source>
        <translation>Part amended</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="158"/>
        <source>ข้อความที่รับรองแล้ว</source>
        <translation>Text as approved</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="160"/>
        <source>ข้อความที่ถูกต้อง</source>
        <translation>Corrected text</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="162"/>
        <source>เช่น ที่ประชุมมีมติเช่นนี้ แต่ตกหล่นในรายงาน</source>
        <translation>e.g. the meeting resolved this, but it was left out of the minutes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="163"/>
        <source>เหตุผลของการแก้ไข</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="174"/>
        <source>บันทึกการแก้ไข</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="175"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AmendmentList</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="110"/>
        <source>การแก้ไขรายงานการประชุมที่รับรองแล้ว:</source>
        <translation>Amendments to approved minutes:</translation>
    </message>
</context>
<context>
    <name>AnswerField</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="78"/>
        <source>ใช่</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="78"/>
        <source>ไม่ใช่</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="78"/>
        <source>ไม่ทราบ</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="87"/>
        <source>(ยังไม่ตอบ)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="96"/>
        <source>ไม่ระบุ</source>
        <translation>Not given</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/app.py" line="344"/>
        <source>กำลังสร้างฐานข้อมูลตัวอย่าง...</source>
        <translation>Building the demo database...</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/app.py" line="345"/>
        <location filename="../../mdt_desktop/gui/shell/app.py" line="371"/>
        <source>ฐานข้อมูลตัวอย่าง</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/app.py" line="537"/>
        <source>ไฟล์ข้อมูลเสียหาย</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/app.py" line="539"/>
        <source>ไฟล์ {name} เสียหาย ข้อมูลบางส่วนอ่านไม่ได้ โปรแกรมจะปิดไฟล์นี้ แล้วให้เลือกกู้คืนจากสำเนาสำรอง หรือกู้ข้อมูลที่ยังอ่านได้ไปยังไฟล์ใหม่</source>
        <translation>The file {name} is damaged: part of it cannot be read. The program will close it and let you restore a backup or salvage what can still be read into a new file.</translation>
    </message>
</context>
<context>
    <name>ApprovalQuestion</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="72"/>
        <source>รับรองรายงานการประชุม</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="73"/>
        <source>เมื่อรับรองรายงานการประชุมแล้ว จะแก้ไขหรือเปลี่ยนสถานะกลับไม่ได้ แก้ไขได้โดยบันทึกการแก้ไขพร้อมเหตุผลเท่านั้น รับรองรายงานการประชุมนี้หรือไม่</source>
        <translation>Once the minutes are approved they cannot be edited or their status taken back; they can be changed only by recording an amendment with its reason. Approve these minutes?</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="82"/>
        <source>รับรองรายงาน</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="85"/>
        <source>ยังไม่รับรอง</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>ApprovedBanner</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="55"/>
        <source>รับรองรายงานแล้ว — แก้ไขโดยบันทึกการแก้ไข</source>
        <translation>Minutes approved — change them by recording an amendment</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="58"/>
        <source>บันทึกการแก้ไข…</source>
        <translation>Record an amendment…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/amendment_dialog.py" line="60"/>
        <source>แก้ไขชื่อเรื่อง สาระการประชุม หรือมติของเรื่องที่เลือก โดยบันทึกข้อความเดิม ข้อความใหม่ และเหตุผล</source>
        <translation>Correct the title, discussion or resolution of the selected item, recording the old text, the new text and the reason</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="82"/>
        <source>แก้ไขพื้นที่</source>
        <translation>Edit area</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="82"/>
        <source>เพิ่มพื้นที่</source>
        <translation>Add area</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="100"/>
        <source>(ไม่ระบุ)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="119"/>
        <source>โปรดระบุชื่อพื้นที่ภาษาไทย</source>
        <translation>Please enter the area&apos;s Thai name</translation>
    </message>
    <message>
        <location filename="../../ui/area_dialog.ui" line="14"/>
        <source>พื้นที่</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/area_dialog.ui" line="25"/>
        <source>ระดับ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/area_dialog.ui" line="38"/>
        <source>อยู่ใน</source>
        <translation>Within</translation>
    </message>
    <message>
        <location filename="../../ui/area_dialog.ui" line="51"/>
        <source>ชื่อพื้นที่ (ไทย)</source>
        <translation>Area name (Thai)</translation>
    </message>
    <message>
        <location filename="../../ui/area_dialog.ui" line="61"/>
        <source>เช่น อำเภอเมืองสมุทรสงคราม</source>
        <translation>e.g. อำเภอเมืองสมุทรสงคราม</translation>
    </message>
    <message>
        <location filename="../../ui/area_dialog.ui" line="68"/>
        <source>ชื่อภาษาอังกฤษ</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/area_dialog.ui" line="81"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/area_dialog.ui" line="94"/>
        <source>เช่น MKL</source>
        <translation>e.g. MKL</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="142"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="236"/>
        <source>ลบพื้นที่</source>
        <translation>Delete area</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="237"/>
        <source>ลบพื้นที่ “{name}” หรือไม่</source>
        <translation>Delete the area “{name}”?</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="241"/>
        <location filename="../../ui/areas_dialog.ui" line="89"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="242"/>
        <source>ไม่ลบ</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="272"/>
        <source>คณะ/ทีม {n} คณะ</source>
        <translation>{n} body(ies)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="273"/>
        <source>หน่วยงาน {n} แห่ง</source>
        <translation>{n} agency(ies)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="274"/>
        <source>พื้นที่ย่อย {n} แห่ง</source>
        <translation>{n} smaller area(s)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="278"/>
        <source>ลบ “{name}” ไม่ได้ เพราะ{parts} ยังอ้างถึงพื้นที่นี้ โปรดเปลี่ยนพื้นที่ของรายการเหล่านั้นก่อน</source>
        <translation>“{name}” cannot be deleted: {parts} still refer to it. Give them another area first.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/areas_dialog.py" line="279"/>
        <source> และ </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/areas_dialog.ui" line="14"/>
        <source>พื้นที่</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../ui/areas_dialog.ui" line="20"/>
        <source>จังหวัด อำเภอ และตำบลที่คณะ/ทีมและหน่วยงานรับผิดชอบ รหัสพื้นที่ใช้เป็นคำนำหน้ารหัสกรณีเมื่อคณะ/ทีมไม่มีรหัสของตนเอง</source>
        <translation>The provinces, districts and sub-districts that bodies and agencies cover. An area&apos;s code prefixes case codes when a body has no code of its own.</translation>
    </message>
    <message>
        <location filename="../../ui/areas_dialog.ui" line="37"/>
        <source>ชื่อพื้นที่</source>
        <translation>Area name</translation>
    </message>
    <message>
        <location filename="../../ui/areas_dialog.ui" line="42"/>
        <source>ระดับ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/areas_dialog.ui" line="47"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/areas_dialog.ui" line="52"/>
        <source>ชื่อภาษาอังกฤษ</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/areas_dialog.ui" line="75"/>
        <source>เพิ่มพื้นที่…</source>
        <translation>Add area…</translation>
    </message>
    <message>
        <location filename="../../ui/areas_dialog.ui" line="82"/>
        <source>แก้ไข…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="153"/>
        <source>ตามผลที่คำนวณได้</source>
        <translation>As computed</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="157"/>
        <source>บันทึกการประเมิน</source>
        <translation>Save the assessment</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="158"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="187"/>
        <source>ประเมินความเสี่ยง: {code}</source>
        <translation>Risk assessment: {code}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="191"/>
        <source>ยังไม่เคยประเมิน</source>
        <translation>never assessed</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="194"/>
        <source>กรณี {code} · ระดับความเสี่ยงล่าสุด: {level}</source>
        <translation>Case {code} · latest risk level: {level}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="202"/>
        <source>{title} (ฉบับที่ {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="253"/>
        <source>{question} (ตัวบ่งชี้น้ำหนักมาก)</source>
        <translation>{question} (strong indicator)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="300"/>
        <source>{score} (ยังไม่ได้ตอบหรือไม่ทราบ {unanswered} ข้อ)</source>
        <translation>{score} ({unanswered} unanswered or not known)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="337"/>
        <source>โปรดเลือกแบบประเมิน</source>
        <translation>Choose an instrument</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="339"/>
        <source>โปรดระบุวันที่ประเมิน</source>
        <translation>Give the date of the assessment</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="14"/>
        <source>ประเมินความเสี่ยง</source>
        <translation>Assess risk</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="67"/>
        <source>แบบประเมิน</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="80"/>
        <source>วันที่ประเมิน</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="93"/>
        <source>ผู้ประเมิน</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="106"/>
        <source>หน่วยงานผู้ประเมิน</source>
        <translation>Assessor&apos;s agency</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="127"/>
        <source>ผลที่คำนวณได้</source>
        <translation>Computed result</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="136"/>
        <source>คะแนน</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="150"/>
        <source>ระดับความเสี่ยง</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="164"/>
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="187"/>
        <source>ดุลยพินิจทางวิชาชีพและการทบทวน</source>
        <translation>Professional judgement and review</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="196"/>
        <source>ระดับที่ใช้</source>
        <translation>Level in force</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="209"/>
        <source>เหตุผลการปรับระดับ</source>
        <translation>Reason for the level</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="229"/>
        <source>ทบทวนครั้งถัดไป</source>
        <translation>Next review</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/attendance_model.py" line="157"/>
        <source>ประธานในที่ประชุม</source>
        <translation>chair of the meeting</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="515"/>
        <source>mdt-desktop — ล็อกอยู่</source>
        <translation>mdt-desktop — locked</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="624"/>
        <source>กุญแจที่จำไว้ในเครื่องนี้ใช้กับฐานข้อมูลนี้ไม่ได้แล้ว โปรดพิมพ์รหัสผ่าน</source>
        <translation>The key remembered on this computer no longer opens this database. Please type the passphrase.</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../mdt_desktop/gui/settings/backups_section.py" line="157"/>
        <source>ฐานข้อมูลนี้อยู่บนเซิร์ฟเวอร์ PostgreSQL {location} ไม่ใช่ไฟล์ในเครื่องนี้ โปรแกรมจึงไม่สำรองข้อมูลเอง ผู้ดูแลเซิร์ฟเวอร์สำรองข้อมูลด้วย pg_dump ทุกวัน เช่น
{command}
เก็บสำเนาไว้นอกเครื่องเซิร์ฟเวอร์ และกู้คืนด้วย pg_restore ข้อมูลลับที่โปรแกรมเข้ารหัสไว้ยังเข้ารหัสอยู่ในสำเนา จึงต้องเก็บรหัสกู้คืนข้อมูลลับไว้แยกจากสำเนาเสมอ</source>
        <translation>This database is on the PostgreSQL server {location}, not a file on this computer, so the program makes no backups of it. The server&apos;s administrator backs it up daily with pg_dump, for example
{command}
keeps the copies off the server, and restores with pg_restore. Restricted fields the program encrypted stay encrypted in the copies: always keep the restricted fields&apos; recovery code apart from them.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/backups_section.py" line="168"/>
        <source>เลือกโฟลเดอร์สำรองข้อมูล</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/backups_section.py" line="195"/>
        <source>กำลังสำรองข้อมูล…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/backups_section.py" line="203"/>
        <source>สำรองข้อมูลแล้ว: {name} ({when})</source>
        <translation>Backed up: {name} ({when})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/backups_section.py" line="246"/>
        <source>ไม่พบโฟลเดอร์นี้ ถ้าเป็นแฟลชไดรฟ์ โปรดเสียบก่อนสำรองข้อมูล</source>
        <translation>This folder is not there. If it is a USB drive, plug it in before backing up.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/backups_section.py" line="248"/>
        <source>โฟลเดอร์ backups ข้างไฟล์ข้อมูล (ค่าเริ่มต้น) ควรเลือกแฟลชไดรฟ์หรือดิสก์อีกลูกหนึ่ง</source>
        <translation>The backups folder beside the data file (the default). Better choose a USB drive or another disk.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/backups_section.py" line="250"/>
        <source>ยังไม่มีสำเนาสำรองในโฟลเดอร์นี้</source>
        <translation>No backups in this folder yet.</translation>
    </message>
</context>
<context>
    <name>BeCalendarPopup</name>
    <message>
        <location filename="../../mdt_desktop/gui/widgets/be_date_edit.py" line="45"/>
        <source>เดือนก่อน</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/widgets/be_date_edit.py" line="48"/>
        <source>เดือนถัดไป</source>
        <translation>Next month</translation>
    </message>
</context>
<context>
    <name>BeDateEdit</name>
    <message>
        <location filename="../../mdt_desktop/gui/widgets/be_date_edit.py" line="102"/>
        <source>วว/ดด/ปปปป (พ.ศ.)</source>
        <translation>dd/mm/yyyy (Buddhist Era)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/widgets/be_date_edit.py" line="105"/>
        <source>เลือกจากปฏิทิน</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="219"/>
        <source>เพิ่มคณะ/ทีม…</source>
        <translation>Add body/team…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="220"/>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="237"/>
        <source>แก้ไข…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="221"/>
        <source>พื้นที่…</source>
        <translation>Areas…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="236"/>
        <source>เพิ่มกรรมการ…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="238"/>
        <source>สิ้นสุดวาระ/โยกย้าย…</source>
        <translation>End term/transfer…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="243"/>
        <source>คณะ/ทีม</source>
        <translation>Bodies/teams</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="312"/>
        <source>{name} (เลิกประชุม)</source>
        <translation>{name} (no longer meets)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="349"/>
        <source>กรรมการ</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="351"/>
        <source>กรรมการของ {name}</source>
        <translation>Members of {name}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="433"/>
        <source>โปรดเลือกกรรมการในตารางก่อน</source>
        <translation>Select a member in the table first</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="450"/>
        <source>ส่งมอบงานค้าง {n} รายการแล้ว</source>
        <translation>Handed over {n} open actions</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="58"/>
        <source>(ไม่ระบุ)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="63"/>
        <source>แก้ไขคณะ/ทีม</source>
        <translation>Edit body/team</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="63"/>
        <source>เพิ่มคณะ/ทีม</source>
        <translation>Add body/team</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="94"/>
        <source>โปรดระบุชื่อคณะ/ทีม</source>
        <translation>Enter the name of the body/team</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="14"/>
        <source>คณะ/ทีม</source>
        <translation>Bodies/teams</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="25"/>
        <source>ชื่อคณะ/ทีม</source>
        <translation>Name of body/team</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="38"/>
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="51"/>
        <source>ชื่อที่ใช้เรียกตนเอง</source>
        <translation>What the team calls itself</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="68"/>
        <source>ชื่อภาษาอังกฤษ</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="81"/>
        <source>ระดับ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="94"/>
        <source>พื้นที่</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="107"/>
        <source>รหัสนำหน้ารหัสกรณี</source>
        <translation>Case code prefix</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="117"/>
        <source>เช่น MKL (ว่างไว้: ใช้รหัสพื้นที่)</source>
        <translation>e.g. MKL (empty: the area code)</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="124"/>
        <source>ระเบียบวาระมาตรฐาน (บรรทัดละวาระ)</source>
        <translation>Standard agenda (one item per line)</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="141"/>
        <source>คำแถลงการรักษาความลับ</source>
        <translation>Confidentiality statement</translation>
    </message>
    <message>
        <location filename="../../ui/body_dialog.ui" line="158"/>
        <source>ยังประชุมอยู่</source>
        <translation>Still meets</translation>
    </message>
</context>
<context>
    <name>CaseActionsModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="72"/>
        <source>ครั้งที่</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="73"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="74"/>
        <source>งาน</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="75"/>
        <source>กำหนดเสร็จ</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="75"/>
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="76"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="70"/>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="76"/>
        <source>(ไม่ระบุ)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="103"/>
        <source>โปรดระบุวันรับแจ้ง</source>
        <translation>Enter the intake date</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="14"/>
        <source>กรณีใหม่</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="20"/>
        <source>รหัสกรณีสร้างให้อัตโนมัติ ห้ามใส่ชื่อ ที่อยู่ หรือเบอร์โทรศัพท์ในสรุปสถานการณ์</source>
        <translation>The case code is generated. Do not put names, addresses or phone numbers in the summary.</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="35"/>
        <source>คณะ/ทีม</source>
        <translation>Bodies/teams</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="48"/>
        <source>ประเภทกรณี</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="61"/>
        <source>วันรับแจ้ง</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="74"/>
        <source>ช่องทางรับแจ้ง</source>
        <translation>Intake channel</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="87"/>
        <source>เป็นเด็ก (อายุต่ำกว่า 18 ปี)</source>
        <translation>Child (under 18)</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="94"/>
        <source>สถานะของเด็ก</source>
        <translation>Child&apos;s status</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="107"/>
        <source>ขั้นตอน</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="120"/>
        <source>ผลการดำเนินการ</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="133"/>
        <source>สรุปสถานการณ์ (ไม่ระบุชื่อ)</source>
        <translation>Summary (no names)</translation>
    </message>
</context>
<context>
    <name>CaseItemPanel</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="56"/>
        <source>กรณีที่จะประเมินหรือเปิดแผนความปลอดภัย</source>
        <translation>The case to assess or whose safety plan to open</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="57"/>
        <source>ประเมินความเสี่ยง</source>
        <translation>Assess risk</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="58"/>
        <source>แผนความปลอดภัย</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="109"/>
        <source>(ประเมิน {date})</source>
        <translation>(assessed {date})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="112"/>
        <source>ยังไม่ได้ประเมินความเสี่ยง</source>
        <translation>Risk not assessed yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="115"/>
        <source>กรณีเด็ก</source>
        <translation>Child&apos;s case</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="118"/>
        <source>พิจารณาซ้ำภายใน 12 เดือน (ครั้งก่อน {date})</source>
        <translation>Seen again within 12 months (last on {date})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="124"/>
        <source>เลยกำหนดทบทวนการประเมิน ({date})</source>
        <translation>Assessment review overdue ({date})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="134"/>
        <source>และอีก {count} งาน</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="136"/>
        <source>งานที่ยังไม่แล้วเสร็จ: </source>
        <translation>Open actions: </translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="137"/>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="152"/>
        <source>ไม่มี</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="148"/>
        <source>บริการตามแผนความปลอดภัย (ฉบับที่ {version}) ที่ยังไม่เสร็จ: </source>
        <translation>Open services of the safety plan (version {version}): </translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_item_panel.py" line="155"/>
        <source>ยังไม่มีแผนความปลอดภัย</source>
        <translation>No safety plan yet</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_picker.py" line="51"/>
        <source>รหัสกรณี หรือบางส่วนของรหัส/ประเภทกรณี</source>
        <translation>Case code, or part of a code or case type</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_picker.py" line="87"/>
        <source>เด็ก</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_picker.py" line="88"/>
        <source>ยังไม่ได้ประเมินความเสี่ยง</source>
        <translation>Risk not assessed yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/case_picker.py" line="95"/>
        <source>กรณีของคณะอื่น</source>
        <translation>A case of another body</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="120"/>
        <source>กรณี {code}</source>
        <translation>Case {code}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="123"/>
        <source>เด็ก</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="128"/>
        <source>ผู้ใหญ่</source>
        <translation>Adult</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="129"/>
        <source>(ไม่ระบุ)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="140"/>
        <source>การประชุมที่พิจารณากรณีนี้และมติ ({count})</source>
        <translation>Meetings that discussed this case, and their resolutions ({count})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="142"/>
        <source>งานที่มอบหมายทุกการประชุม ({count})</source>
        <translation>Actions from every meeting ({count})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="143"/>
        <source>การส่งต่อ ({count})</source>
        <translation>Referrals ({count})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="147"/>
        <source>ฐานข้อมูลเปิดแบบอ่านอย่างเดียว: เปิดข้อมูลระบุตัวบุคคลไม่ได้</source>
        <translation>The database is open read-only: the identifying details cannot be opened</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="149"/>
        <source>ข้อมูลระบุตัวบุคคลเปิดได้เฉพาะเลขานุการของคณะที่ดูแลกรณีนี้</source>
        <translation>Only a secretary of the body that handles this case may open the identifying details</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="151"/>
        <source>ต้องบันทึกความยินยอมก่อน (ที่รายการกรณี)</source>
        <translation>Record consent first (in the list of cases)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="153"/>
        <source>ข้อมูลลับ ทุกครั้งที่เปิดดูจะถูกบันทึกในประวัติการเข้าถึง</source>
        <translation>Restricted: every opening is written to the access log</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="161"/>
        <source>ให้ความยินยอมแล้ว มีผลอยู่</source>
        <translation>Consent given and in force</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="162"/>
        <source>บันทึกโดยไม่มีความยินยอม เพราะมีอันตรายร้ายแรงเร่งด่วน</source>
        <translation>Recorded without consent, for serious and imminent danger</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="163"/>
        <source>ถอนความยินยอมแล้ว</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="164"/>
        <source>ยังไม่บันทึกความยินยอม</source>
        <translation>No consent recorded</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="169"/>
        <source>เด็กอยู่ในอันตรายร้ายแรงเฉพาะหน้า</source>
        <translation>A child in serious and imminent danger</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="170"/>
        <source>บุคคลที่มีความเสี่ยงเป็นพิเศษอยู่ในอันตรายร้ายแรง</source>
        <translation>A person at special risk in serious danger</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="172"/>
        <source>ส่งข้อมูลโดยไม่มีความยินยอม: {ground}</source>
        <translation>Details shared without consent: {ground}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="176"/>
        <source>ยินยอมให้ส่งข้อมูลระบุตัวตนถึงศูนย์ฯ จังหวัด</source>
        <translation>Consents to sending identifying details to the provincial centre</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="186"/>
        <source>ยังไม่มีการประเมินความเสี่ยง</source>
        <translation>No risk assessment yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="192"/>
        <source>ล่าสุด: {level}</source>
        <translation>Latest: {level}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="196"/>
        <source>คะแนน {score}</source>
        <translation>score {score}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="205"/>
        <source>ปรับตามดุลยพินิจ (แบบประเมินให้ {level})</source>
        <translation>Set by professional judgement (the instrument gave {level})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="212"/>
        <source>เลยกำหนดทบทวน {date} แล้ว</source>
        <translation>Review overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="214"/>
        <source>ทบทวนครั้งต่อไป {date}</source>
        <translation>Next review {date}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="226"/>
        <source>แผนความปลอดภัย: ยังไม่มี</source>
        <translation>Safety plan: none yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="230"/>
        <source>ลงนามแล้ว {date}</source>
        <translation>signed off {date}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="232"/>
        <source>ยังไม่ลงนาม</source>
        <translation>not signed off</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/case_view.py" line="235"/>
        <source>แผนความปลอดภัยฉบับที่ {version} · ตกลงเมื่อ {date} · {signed}</source>
        <translation>Safety plan version {version} · agreed {date} · {signed}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="14"/>
        <location filename="../../ui/case_view.ui" line="77"/>
        <source>กรณี</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="22"/>
        <source>‹ รายการกรณี</source>
        <translation>‹ Cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="45"/>
        <source>ประเมินความเสี่ยง…</source>
        <translation>Assess risk…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="52"/>
        <source>แผนความปลอดภัย…</source>
        <translation>Safety plan…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="59"/>
        <source>การส่งต่อ…</source>
        <translation>Referrals…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="66"/>
        <source>ข้อมูลระบุตัวบุคคล…</source>
        <translation>Identity…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="83"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="100"/>
        <source>ขั้นตอน</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="117"/>
        <source>เด็ก/ผู้ใหญ่</source>
        <translation>Child/adult</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="134"/>
        <source>ผลการดำเนินการ</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="151"/>
        <source>วันรับแจ้ง</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="168"/>
        <source>คณะ/ทีม</source>
        <translation>Body/team</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="185"/>
        <source>ความยินยอม</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="205"/>
        <source>ความเสี่ยง</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="253"/>
        <source>การประชุมที่พิจารณากรณีนี้และมติ</source>
        <translation>Meetings that discussed this case, and their resolutions</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="282"/>
        <source>งานที่มอบหมายทุกการประชุม</source>
        <translation>Actions from every meeting</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="319"/>
        <source>แผนความปลอดภัยฉบับปัจจุบัน</source>
        <translation>Current safety plan</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="348"/>
        <source>การส่งต่อ</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="25"/>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="31"/>
        <source>เด็ก</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="29"/>
        <source>รหัสกรณี</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="30"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="32"/>
        <source>ขั้นตอน</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="33"/>
        <source>ผลการดำเนินการ</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="34"/>
        <source>วันรับแจ้ง</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="35"/>
        <source>คณะ/ทีม</source>
        <translation>Body/team</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="37"/>
        <source>ความยินยอม</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="37"/>
        <source>บันทึกแล้ว</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="37"/>
        <source>ยังไม่บันทึก</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="162"/>
        <source>ทุกประเภท</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="164"/>
        <source>ทุกขั้นตอน</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="166"/>
        <source>ทุกผลการดำเนินการ</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="168"/>
        <source>เด็กและผู้ใหญ่</source>
        <translation>Children and adults</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="169"/>
        <source>เฉพาะเด็ก</source>
        <translation>Children only</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="170"/>
        <source>เฉพาะผู้ใหญ่</source>
        <translation>Adults only</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="178"/>
        <source>กรณีใหม่…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="179"/>
        <source>บันทึกความยินยอม…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="180"/>
        <source>ข้อมูลระบุตัวบุคคล…</source>
        <translation>Identity…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="181"/>
        <source>ถอนความยินยอม…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="188"/>
        <source>ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว: ดูรายการกรณีได้ แต่เพิ่มกรณี บันทึกหรือถอนความยินยอม และเปิดข้อมูลระบุตัวบุคคล (ซึ่งต้องบันทึกประวัติการเข้าถึง) ไม่ได้</source>
        <translation>This database is open read-only: the cases can be listed, but adding a case, recording or withdrawing consent and opening identifying details (which must be written to the audit log) are not possible</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="283"/>
        <source>เลือกกรณีในตารางเพื่อบันทึกความยินยอมหรือดูข้อมูลระบุตัวบุคคล</source>
        <translation>Select a case in the table to record consent or see the identity</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="287"/>
        <source>ยังบันทึกข้อมูลระบุตัวบุคคลของ {code} ไม่ได้: ต้องบันทึกความยินยอมก่อน หรือบันทึกเหตุจำเป็นเร่งด่วนที่อาจเกิดอันตรายร้ายแรง</source>
        <translation>The identity for {code} cannot be recorded yet: record consent first, or the urgent reason of serious harm</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="292"/>
        <source>ข้อมูลระบุตัวบุคคลเป็นความลับ ทุกครั้งที่เปิดดูจะถูกบันทึกในประวัติการเข้าถึง</source>
        <translation>Identity data is confidential: every viewing is recorded in the access log</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="313"/>
        <source>สร้างกรณี {code} แล้ว</source>
        <translation>Case {code} created</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="396"/>
        <source>ปิดข้อมูลระบุตัวบุคคลของ {code} แล้วเพื่อความปลอดภัย (สิ่งที่แก้ไขถูกบันทึกไว้)</source>
        <translation>The identifying details of {code} were closed for safety (any change was saved)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="412"/>
        <source>ข้อมูลระบุตัวบุคคล (ลับ): {code}</source>
        <translation>Identity (confidential): {code}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="414"/>
        <source>จอประธานกำลังแสดงเรื่องของกรณี {code} ให้ที่ประชุมเห็น จึงเปิดข้อมูลระบุตัวบุคคลไม่ได้ ปิดหรือพักจอประธาน หรือไปเรื่องอื่นก่อน แล้วจึงเปิดอีกครั้ง</source>
        <translation>The chair&apos;s screen is showing an item of case {code} to the room, so its identifying details cannot be opened. Close or blank the chair&apos;s screen, or move to another item, then open them again</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="472"/>
        <source>{code} ไม่มีความยินยอมที่ให้ไว้และยังมีผลอยู่ให้ถอน (ข้อมูลเก็บไว้ตามเหตุจำเป็นเร่งด่วนที่บันทึกไว้)</source>
        <translation>{code} has no consent given and in force to withdraw (the details are kept on a recorded reason of imminent danger)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="479"/>
        <source>ถอนความยินยอม: {code}</source>
        <translation>Withdraw consent: {code}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="480"/>
        <source>ถอนความยินยอมของกรณี {code} ที่ให้ไว้เมื่อ {given_on} หรือไม่</source>
        <translation>Withdraw the consent for case {code} given on {given_on}?</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="488"/>
        <source>ข้อมูลระบุตัวบุคคลของกรณีนี้ (ชื่อ ที่อยู่ โทรศัพท์ เลขประจำตัว) จะถูกลบทันที และนำกลับคืนไม่ได้ การถอนและการลบจะถูกบันทึกในประวัติการเข้าถึง</source>
        <translation>The identifying details of this case (name, address, phone, ID number) are erased at once and cannot be brought back. The withdrawal and the erasure are written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="492"/>
        <source>ถอนความยินยอมและลบข้อมูล</source>
        <translation>Withdraw and erase</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="493"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="513"/>
        <source>ถอนความยินยอมของ {code} และลบข้อมูลระบุตัวบุคคลแล้ว</source>
        <translation>Consent for {code} withdrawn and its identifying details erased</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="515"/>
        <source>ถอนความยินยอมของ {code} แล้ว</source>
        <translation>Consent for {code} withdrawn</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="533"/>
        <source>บันทึกข้อมูลระบุตัวบุคคลแล้ว</source>
        <translation>Identity saved</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="131"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="133"/>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="283"/>
        <source>ทุกอำเภอ</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="137"/>
        <source>กรองตามข้อความ (Ctrl+F)</source>
        <translation>Filter by text (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="142"/>
        <source>นำเข้าแพ็กเกจ…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="143"/>
        <source>อำเภอที่เชื่อถือ…</source>
        <translation>Trusted districts…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="150"/>
        <source>ยังไม่มีอำเภอที่ศูนย์ฯ เชื่อถือ จึงยังรับแพ็กเกจรายงานไม่ได้

1. ขอไฟล์ใบรับรองของแต่ละอำเภอ (ส่งออกได้จากหน้าตั้งค่าของอำเภอ)
2. กด “อำเภอที่เชื่อถือ…” เพิ่มใบรับรอง และโทรศัพท์เทียบลายนิ้วมือกับอำเภอก่อนยืนยัน
3. ส่งใบรับรองของศูนย์ฯ (สร้างและส่งออกได้ในหน้าตั้งค่า) ให้อำเภอ อำเภอส่งรายงานจากเมนู ไฟล์ &gt; ส่งรายงานถึงศูนย์ฯ จังหวัด…
4. กด “นำเข้าแพ็กเกจ…” เพื่อรับไฟล์ .mdtx ที่อำเภอส่งมา</source>
        <translation>The centre trusts no district yet, so it cannot take in report packages.

1. Ask each district for its certificate file (it exports it from its Settings page).
2. Press “Trusted districts…”, add the certificate, and compare the fingerprint with the district by telephone before confirming.
3. Send the centre&apos;s certificate (made and exported on the Settings page) to the districts; they send their report from File &gt; Send a report to the provincial centre…
4. Press “Import packages…” to take in the .mdtx files the districts sent.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="192"/>
        <source>บันทึกการตัดสินใจของศูนย์ฯ…</source>
        <translation>Record the centre&apos;s decision…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="196"/>
        <source>การตัดสินใจที่ศูนย์ฯ บันทึกแล้ว</source>
        <translation>Decisions the centre has recorded</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="209"/>
        <source>ยังไม่มีข้อมูล</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="211"/>
        <source>แผนภูมิ</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="298"/>
        <source>งานเกินกำหนดรายอำเภอ ณ สิ้นเดือน</source>
        <translation>Overdue actions per district at each month&apos;s end</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="303"/>
        <source>กรณีรับใหม่ตามประเภท รายไตรมาส (ปีงบประมาณ)</source>
        <translation>New cases by type per quarter (fiscal year)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="307"/>
        <source>ข้อมูล ณ {day}</source>
        <translation>As of {day}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="318"/>
        <source>อำเภอ ({n})</source>
        <translation>Districts ({n})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="319"/>
        <source>งานเกินกำหนด ({n})</source>
        <translation>Overdue actions ({n})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="320"/>
        <source>เรื่องรอศูนย์ฯ ตัดสินใจ ({n})</source>
        <translation>Awaiting the centre&apos;s decision ({n})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="321"/>
        <source>การส่งต่อที่ยังไม่ได้รับคำตอบ ({n})</source>
        <translation>Referrals not answered ({n})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="322"/>
        <source>การประชุมตามแผน</source>
        <translation>Meetings against the plan</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="384"/>
        <source>บันทึกการตัดสินใจเรื่องกรณี {code} แล้ว</source>
        <translation>The decision on case {code} is recorded</translation>
    </message>
</context>
<context>
    <name>ChairActionForm</name>
    <message>
        <location filename="../../mdt_desktop/gui/chair/action_form.py" line="77"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/action_form.py" line="77"/>
        <source>งาน</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/action_form.py" line="77"/>
        <source>ครบกำหนด</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/action_form.py" line="80"/>
        <source>งานที่มอบหมาย</source>
        <translation>Actions assigned</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/action_form.py" line="81"/>
        <source>บันทึก (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/action_form.py" line="82"/>
        <source>ยกเลิก (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/action_form.py" line="117"/>
        <source>โปรดเลือกหน่วยงาน (พิมพ์ชื่อย่อ แล้วเลือกจากรายการ)</source>
        <translation>Choose the agency (type its abbreviation and pick from the list)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/action_form.py" line="120"/>
        <source>โปรดพิมพ์งานที่มอบหมาย</source>
        <translation>Type the task that is assigned</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/action_form.py" line="124"/>
        <source>โปรดระบุวันครบกำหนด เพื่อให้ติดตามได้ว่างานเกินกำหนดหรือไม่</source>
        <translation>Give a due date, so that an overdue action can be seen</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="258"/>
        <source>จอประธาน</source>
        <translation>Chair&apos;s screen</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="259"/>
        <source>◀ เรื่องก่อนหน้า (PgUp)</source>
        <translation>◀ Previous item (PgUp)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="260"/>
        <source>เรื่องถัดไป ▶ (PgDn)</source>
        <translation>Next item ▶ (PgDn)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="261"/>
        <source>มอบหมายงาน (A)</source>
        <translation>Assign an action (A)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="262"/>
        <source>เสร็จ/ยังไม่เสร็จ (D)</source>
        <translation>Done/not done (D)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="263"/>
        <source>ปิดภาพ (B)</source>
        <translation>Blank (B)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="264"/>
        <source>ปิดภาพบนจอทันทีเป็นสีดำ กด B อีกครั้งเพื่อแสดงต่อ</source>
        <translation>Blank the screen to black at once; press B again to show it</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="265"/>
        <source>มติที่ประชุม</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="266"/>
        <source>งานที่มอบหมาย</source>
        <translation>Actions assigned</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="267"/>
        <source>เรื่องสืบเนื่อง: งานที่ติดตาม</source>
        <translation>Matters arising: actions followed up</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="366"/>
        <source>{time} น.</source>
        <translation>{time}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="502"/>
        <source>{body}  ·  ครั้งที่ {number}/{year}</source>
        <translation>{body}  ·  meeting {number}/{year}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="507"/>
        <source>มาประชุม {present}/{expected} คน</source>
        <translation>Present {present}/{expected}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="512"/>
        <source>ยังไม่มีระเบียบวาระ</source>
        <translation>No agenda items yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="514"/>
        <source>ระเบียบวาระที่ {number}  {title}</source>
        <translation>Item {number}  {title}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="517"/>
        <source>✓ พิจารณาเสร็จแล้ว</source>
        <translation>✓ Concluded</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="521"/>
        <source>กรณี {code} · {level}</source>
        <translation>Case {code} · {level}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="525"/>
        <source>ยังไม่ได้ประเมินความเสี่ยง</source>
        <translation>Risk not assessed yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="541"/>
        <source>ยังไม่มีงานที่มอบหมายในเรื่องนี้</source>
        <translation>No action assigned under this item yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="550"/>
        <source>ไม่มีงานค้างจากการประชุมครั้งก่อน</source>
        <translation>No open actions from earlier meetings</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="554"/>
        <source>(ยังไม่มีมติ)</source>
        <translation>(no resolution yet)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="559"/>
        <source>ภายใน {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="559"/>
        <source>ไม่มีกำหนด</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/chair/chair_window.py" line="588"/>
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>CirculationModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="294"/>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="300"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="300"/>
        <source>ครั้งที่</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="319"/>
        <source>บันทึกงาน</source>
        <translation>Action record</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="321"/>
        <source>รายงานการประชุม</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="325"/>
        <source>บันทึกการมอบหมายงาน: ส่งภายใน 24 ชั่วโมงหลังการประชุม</source>
        <translation>Action record: due within 24 hours of the meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="327"/>
        <source>รายงานการประชุม: ส่งภายใน 10 วันทำการ</source>
        <translation>Minutes: due within 10 working days</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="333"/>
        <source>ส่งทันเวลา</source>
        <translation>Sent in time</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="333"/>
        <source>ส่งช้า</source>
        <translation>Sent late</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="335"/>
        <source>เลยกำหนด ยังไม่ส่ง</source>
        <translation>Overdue, not sent</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="336"/>
        <source>ยังไม่ส่ง</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="352"/>
        <source>ส่งเมื่อ {date} {time}</source>
        <translation>Sent on {date} {time}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="356"/>
        <source>ยังไม่ได้บันทึกการส่ง</source>
        <translation>No sending recorded yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="358"/>
        <source>{sent}
กำหนดส่งภายใน {due}</source>
        <translation>{sent}
Due by {due}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_page.py" line="117"/>
        <source>บันทึกความยินยอม: {code}</source>
        <translation>Record consent: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="14"/>
        <source>บันทึกความยินยอม</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="20"/>
        <source>ต้องบันทึกความยินยอมก่อนจึงจะบันทึกข้อมูลที่ระบุตัวบุคคลได้ (พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)</source>
        <translation>Consent must be recorded before identifying data can be stored (Personal Data Protection Act B.E. 2562)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="35"/>
        <source>ผู้ให้ความยินยอม</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="45"/>
        <source>ผู้เสียหาย หรือผู้ปกครองกรณีเด็ก</source>
        <translation>The survivor, or the guardian of a child</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="52"/>
        <source>ผู้บันทึก</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="65"/>
        <source>วันที่ให้ความยินยอม</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="78"/>
        <source>ขอบเขตความยินยอม</source>
        <translation>Scope of consent</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="95"/>
        <source>ยินยอมให้ส่งข้อมูลระบุตัวตนถึงศูนย์ฯ จังหวัด</source>
        <translation>Consents to sending identifying details to the provincial centre</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="98"/>
        <source>ชื่อ วันเกิด ที่อยู่ และข้อมูลระบุตัวตนอื่นของกรณีนี้จะไปกับรายงานที่ส่งถึงศูนย์ฯ จังหวัด</source>
        <translation>The name, date of birth, address and other identifying details of this case go with the report sent to the provincial centre</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="105"/>
        <source>บันทึกโดยไม่ได้รับความยินยอม (เฉพาะกรณีอันตรายร้ายแรงเร่งด่วน)</source>
        <translation>Record without consent (only for urgent serious harm)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="112"/>
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="231"/>
        <source>รหัสผ่านทั้งสองช่องไม่ตรงกัน</source>
        <translation>The two passphrases do not match</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="243"/>
        <source>ที่เก็บฐานข้อมูลใหม่</source>
        <translation>Where to keep the new database</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="253"/>
        <source>เปิดฐานข้อมูล</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="277"/>
        <source>ฐานข้อมูล</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="278"/>
        <source>เปิด</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="279"/>
        <source>ข้อมูลทั้งหมดเก็บในไฟล์เดียวที่เข้ารหัส เปิดได้ด้วยรหัสผ่านหรือรหัสกู้คืนเท่านั้น</source>
        <translation>All data is kept in one encrypted file that opens only with the passphrase or the recovery code.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="282"/>
        <source>เก็บกุญแจไว้ในที่เก็บรหัสผ่านของระบบ ({backend}) เปิดเครื่องนี้ได้โดยไม่ต้องพิมพ์รหัสผ่าน</source>
        <translation>Keeps the key in the system keyring ({backend}), so this computer opens the database without the passphrase</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="73"/>
        <source>บันทึกการตัดสินใจของศูนย์ฯ</source>
        <translation>The centre&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="77"/>
        <source>{district} · กรณี {code} · ส่งเมื่อ {sent} · รอมาแล้ว {days} วัน</source>
        <translation>{district} · case {code} · sent on {sent} · waiting {days} days</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="90"/>
        <source>การตัดสินใจ</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="93"/>
        <source>เหตุผลหรือสิ่งที่มอบหมาย (ไม่ต้องใส่ชื่อหรือข้อมูลระบุตัวบุคคล)</source>
        <translation>Reasons or what was assigned (no names or identifying details)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="94"/>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="99"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_page.py" line="100"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="181"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="182"/>
        <source>รหัสกรณี</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="183"/>
        <source>วันที่ส่ง</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="184"/>
        <source>การตัดสินใจของศูนย์ฯ</source>
        <translation>The centre&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="185"/>
        <source>วันที่ตัดสินใจ</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="186"/>
        <source>ผู้บันทึก</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="187"/>
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DiscussionsModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="56"/>
        <source>ครั้งที่</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="57"/>
        <source>วันที่ประชุม</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="58"/>
        <source>วาระ</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="59"/>
        <source>มติ</source>
        <translation>Resolution</translation>
    </message>
</context>
<context>
    <name>DistrictsModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="66"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="68"/>
        <source>แพ็กเกจล่าสุด</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="69"/>
        <source>ยังไม่ได้รับ</source>
        <translation>None received</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="72"/>
        <source>ผ่านมา (วัน)</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="75"/>
        <source>งานเกินกำหนด</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="76"/>
        <source>เรื่องรอศูนย์ฯ</source>
        <translation>Awaiting the centre</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="77"/>
        <source>ส่งต่อยังไม่ตอบ</source>
        <translation>Referrals unanswered</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="79"/>
        <source>ประชุมสามัญ จัด/แผน</source>
        <translation>Regular meetings held/planned</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="109"/>
        <source>ยังไม่ได้รับแพ็กเกจจากอำเภอนี้</source>
        <translation>No package received from this district yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="111"/>
        <source>ไม่ได้รับแพ็กเกจมาแล้ว {days} วัน (เกิน {limit} วัน)</source>
        <translation>No package for {days} days (more than {limit})</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/edit_conflict_dialog.py" line="50"/>
        <source>ฉบับที่บันทึกไว้แล้ว (ของ {who})</source>
        <translation>Saved version ({who}&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict_dialog.ui" line="14"/>
        <source>มีผู้อื่นบันทึกข้อความนี้ไปก่อนแล้ว</source>
        <translation>Someone else saved this text first</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict_dialog.ui" line="47"/>
        <source>ฉบับที่บันทึกไว้แล้ว (ของผู้อื่น)</source>
        <translation>Saved version (someone else&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict_dialog.ui" line="68"/>
        <source>ฉบับที่คุณพิมพ์ (ยังไม่ได้บันทึก)</source>
        <translation>What you typed (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict_dialog.ui" line="91"/>
        <source>ใช้ฉบับที่บันทึกไว้</source>
        <translation>Keep the saved version</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict_dialog.ui" line="98"/>
        <source>คัดลอกฉบับของฉัน แล้วใช้ฉบับที่บันทึกไว้</source>
        <translation>Copy mine, then keep the saved version</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict_dialog.ui" line="112"/>
        <source>บันทึกฉบับของฉันทับ</source>
        <translation>Save mine over it</translation>
    </message>
</context>
<context>
    <name>EndTermDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="157"/>
        <source>สิ้นสุดวาระ/โยกย้าย: {name}</source>
        <translation>End term/transfer: {name}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="159"/>
        <source>{name} มีงานค้าง {n} รายการ งานค้างทั้งหมดจะส่งมอบให้ผู้รับมอบงานในขั้นตอนเดียว</source>
        <translation>{name} has {n} open actions; all of them are handed over to the successor in one step</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="203"/>
        <source>โปรดระบุชื่อ-สกุลของผู้รับมอบงาน</source>
        <translation>Enter the successor&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../ui/end_term_dialog.ui" line="14"/>
        <source>สิ้นสุดวาระ/โยกย้าย</source>
        <translation>End term/transfer</translation>
    </message>
    <message>
        <location filename="../../ui/end_term_dialog.ui" line="35"/>
        <source>วันสิ้นสุดวาระ</source>
        <translation>End of term</translation>
    </message>
    <message>
        <location filename="../../ui/end_term_dialog.ui" line="48"/>
        <source>ผู้รับมอบงานคนใหม่</source>
        <translation>New successor</translation>
    </message>
    <message>
        <location filename="../../ui/end_term_dialog.ui" line="58"/>
        <source>ชื่อ-สกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/end_term_dialog.ui" line="71"/>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/end_term_dialog.ui" line="84"/>
        <source>กรรมการที่มีอยู่แล้ว</source>
        <translation>Existing member</translation>
    </message>
    <message>
        <location filename="../../ui/end_term_dialog.ui" line="91"/>
        <source>กรรมการ</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/end_term_dialog.ui" line="104"/>
        <source>ยังไม่มีผู้รับมอบงาน (งานค้างยังอยู่กับผู้นี้)</source>
        <translation>No successor yet (open actions stay with this person)</translation>
    </message>
</context>
<context>
    <name>EscalationsModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="145"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="146"/>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="447"/>
        <source>รหัสกรณี</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="148"/>
        <source>ระดับความเสี่ยง</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="150"/>
        <source>ไม่ได้ประเมิน</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="153"/>
        <source>ส่งจาก</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="154"/>
        <source>วันที่ส่ง</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="155"/>
        <source>รอมาแล้ว (วัน)</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="448"/>
        <source>จากหน่วยงาน</source>
        <translation>From agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="449"/>
        <source>ถึงหน่วยงาน</source>
        <translation>To agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="450"/>
        <source>ส่งเมื่อ</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="451"/>
        <source>กำหนดตอบ</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="452"/>
        <source>คำตอบของศูนย์</source>
        <translation>The centre&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="453"/>
        <source>สถานะของกรณี</source>
        <translation>Where the case stands</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="483"/>
        <source>{due} (เกินกำหนด {n} วัน)</source>
        <translation>{due} ({n} days overdue)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="488"/>
        <source>{status} ({date})</source>
        <translation>{status} ({date})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="598"/>
        <source>แทนที่ไฟล์เดิม</source>
        <translation>Replace the existing file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="603"/>
        <source>แทนที่</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="604"/>
        <source>ไม่แทนที่</source>
        <translation>Keep the existing file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="177"/>
        <source>เลขไทย (๑ ๒ ๓)</source>
        <translation>Thai digits (๑ ๒ ๓)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="178"/>
        <source>เลขอารบิก (1 2 3)</source>
        <translation>Arabic digits (1 2 3)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="179"/>
        <source>ภาษาไทย</source>
        <translation>Thai</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="186"/>
        <source>ไม่มี</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="187"/>
        <source>ทุกหน่วยงาน</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="269"/>
        <source>เลือกโฟลเดอร์สำหรับบันทึกการมอบหมายงาน</source>
        <translation>Choose a folder for the action records</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="280"/>
        <source>เอกสาร Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="280"/>
        <source>เอกสาร PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="277"/>
        <source>บันทึกรายงานการประชุม</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="305"/>
        <source>การประชุมนี้ยังไม่มีการมอบหมายงานให้หน่วยงานใด</source>
        <translation>No agency has actions from this meeting yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="306"/>
        <source>ส่งออกเอกสารการประชุมครั้งที่ {label}</source>
        <translation>Export documents of meeting {label}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="330"/>
        <source>มีใบรับรองสำหรับลงนามแล้ว</source>
        <translation>The signing certificate is ready</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="371"/>
        <location filename="../../ui/export_dialog.ui" line="356"/>
        <source>กด “แสดงตัวอย่าง” เพื่อดูหน้า PDF ก่อนบันทึก</source>
        <translation>Press “Preview” to see the PDF pages before saving</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="373"/>
        <source>ตัวอย่างหน้าแสดงได้เฉพาะรายงานการประชุมแบบ PDF</source>
        <translation>A page preview is available for PDF minutes only</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="396"/>
        <source>กำลังจัดหน้า…</source>
        <translation>Laying out pages…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="430"/>
        <source>หน้า {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="472"/>
        <source>กำลังส่งออกบันทึกการมอบหมายงาน…</source>
        <translation>Exporting action records…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="477"/>
        <source>กำลังส่งออกรายงานการประชุม…</source>
        <translation>Exporting the minutes…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="477"/>
        <source>กำลังส่งออกข้อมูลกรณี (ลับ)…</source>
        <translation>Exporting the case annex (confidential)…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="534"/>
        <source>กำลังส่งออก {done} จาก {total}: {agency}</source>
        <translation>Exporting {done} of {total}: {agency}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="548"/>
        <source>บันทึกแล้วที่ {path}</source>
        <translation>Saved at {path}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="551"/>
        <source>บันทึกแล้ว {count} ไฟล์ในโฟลเดอร์ {folder}</source>
        <translation>Saved {count} files in {folder}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="556"/>
        <source>หยุดตามที่สั่ง ไฟล์ที่เหลือยังไม่ได้ส่งออก</source>
        <translation>Stopped as asked; the remaining files were not exported</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="578"/>
        <source>ยืนยันการส่งออกรายงานที่อาจระบุตัวบุคคล</source>
        <translation>Confirm exporting minutes that may identify a person</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="582"/>
        <source>หากต้องส่งออกตามนี้ โปรดระบุเหตุผล (บันทึกไว้ในประวัติการเข้าถึง)</source>
        <translation>To export them as they are, give the reason (it is kept in the audit log)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="586"/>
        <source>ส่งออกพร้อมเหตุผล</source>
        <translation>Export with this reason</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="587"/>
        <source>ไม่ส่งออก</source>
        <translation>Do not export</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="628"/>
        <source>ทุกหน่วยงานที่ส่งออก ({count})</source>
        <translation>Every agency exported ({count})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="635"/>
        <source>ทุกหน่วยงานที่ได้รับมอบหมายงาน ({count})</source>
        <translation>Every agency given actions ({count})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="675"/>
        <source>บันทึกการมอบหมายงาน</source>
        <translation>the action record</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="677"/>
        <source>รายงานการประชุม</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/export_dialog.py" line="681"/>
        <source>บันทึกแล้วว่าส่ง{what}ให้ {who} เมื่อ {date} {time}</source>
        <translation>Recorded: {what} sent to {who} on {date} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="6"/>
        <source>ส่งออกเอกสารการประชุม</source>
        <translation>Export meeting documents</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="40"/>
        <source>เอกสาร</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="46"/>
        <source>รายงานการประชุม (Word .docx)</source>
        <translation>Minutes (Word .docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="56"/>
        <source>รายงานการประชุม (PDF)</source>
        <translation>Minutes (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="63"/>
        <source>เอกสารแนบ: ข้อมูลกรณี (ลับ) (Word .docx)</source>
        <translation>Annex: case information (confidential) (Word .docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="66"/>
        <location filename="../../ui/export_dialog.ui" line="76"/>
        <source>ข้อมูลกรณีที่หารือในการประชุม สำหรับผู้มีสิทธิ์เข้าถึงเท่านั้น การอ่านข้อมูลระบุตัวตนทุกครั้งถูกบันทึกในประวัติการใช้งาน</source>
        <translation>The cases discussed at the meeting, for people cleared for them only; every reading of identifying details is recorded in the activity log</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="73"/>
        <source>เอกสารแนบ: ข้อมูลกรณี (ลับ) (PDF)</source>
        <translation>Annex: case information (confidential) (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="83"/>
        <source>บันทึกการมอบหมายงานรายหน่วยงาน (PDF ลงนามดิจิทัล)</source>
        <translation>Action records per agency (digitally signed PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="95"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="126"/>
        <source>รูปแบบ</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="132"/>
        <source>ตัวเลข</source>
        <translation>Digits</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="145"/>
        <source>ภาษา</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="158"/>
        <source>ชั้นความลับ</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="175"/>
        <source>ผู้รับเอกสาร</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="185"/>
        <source>ชื่อผู้รับ (พิมพ์เป็นลายน้ำจาง ๆ ในไฟล์ PDF)</source>
        <translation>Recipient&apos;s name (printed as a faint watermark in the PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="195"/>
        <source>บันทึกที่</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="201"/>
        <source>เลือกไฟล์หรือโฟลเดอร์ปลายทาง</source>
        <translation>Choose the destination file or folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="208"/>
        <source>เลือก…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="251"/>
        <source>การส่งเอกสาร</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="257"/>
        <source>ส่งให้</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="283"/>
        <source>บันทึกว่าส่งแล้ว</source>
        <translation>Record as sent</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="311"/>
        <source>ตัวอย่างหน้าเอกสาร</source>
        <translation>Page preview</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="331"/>
        <source>แสดงตัวอย่าง</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="392"/>
        <source>หยุด</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="399"/>
        <source>ส่งออก</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="409"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FieldsUnlockDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/fields_unlock.py" line="138"/>
        <source>ฐานข้อมูล: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/fields_unlock.py" line="140"/>
        <source>รหัสกู้คืน</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/fields_unlock.py" line="140"/>
        <location filename="../../ui/fields_unlock.ui" line="51"/>
        <source>รหัสผ่านข้อมูลลับ</source>
        <translation>Restricted fields&apos; passphrase</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/fields_unlock.py" line="142"/>
        <source>ปลดล็อก</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/fields_unlock.py" line="143"/>
        <source>ข้ามไปก่อน</source>
        <translation>Skip for now</translation>
    </message>
    <message>
        <location filename="../../ui/fields_unlock.ui" line="14"/>
        <source>ปลดล็อกข้อมูลลับ</source>
        <translation>Unlock restricted fields</translation>
    </message>
    <message>
        <location filename="../../ui/fields_unlock.ui" line="33"/>
        <source>ข้อมูลลับของฐานข้อมูลนี้ (ข้อมูลระบุตัวตน แผนความปลอดภัย และบันทึกที่จำกัดการเข้าถึง) เข้ารหัสด้วยกุญแจของสำนักงาน ใส่รหัสผ่านข้อมูลลับของสำนักงานเพื่อเปิดอ่าน หรือข้ามไปก่อนเพื่อทำงานกับข้อมูลทั่วไป (การประชุม งานที่มอบหมาย) โดยไม่เห็นข้อมูลลับ</source>
        <translation>This database&apos;s restricted fields (identity, safety plans, restricted notes) are encrypted with the office&apos;s key. Type the restricted fields&apos; passphrase to read them, or skip for now to work on the general records (meetings, actions) without seeing them.</translation>
    </message>
    <message>
        <location filename="../../ui/fields_unlock.ui" line="68"/>
        <source>ใช้รหัสกู้คืนแทนรหัสผ่าน</source>
        <translation>Use the recovery code instead</translation>
    </message>
</context>
<context>
    <name>FirstRunDatabase</name>
    <message>
        <location filename="../../ui/first_run_database.ui" line="17"/>
        <source>สร้างฐานข้อมูลใหม่</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_database.ui" line="36"/>
        <source>ไฟล์ฐานข้อมูล</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_database.ui" line="51"/>
        <location filename="../../ui/first_run_database.ui" line="138"/>
        <source>เลือก...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_database.ui" line="60"/>
        <source>รหัสผ่าน</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_database.ui" line="84"/>
        <source>พิมพ์รหัสผ่านอีกครั้ง</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_database.ui" line="108"/>
        <source>จำรหัสผ่านบนเครื่องนี้</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_database.ui" line="125"/>
        <source>เปิดฐานข้อมูลที่มีอยู่แล้ว</source>
        <translation>Open an existing database</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_database.ui" line="150"/>
        <source>เปิดฐานข้อมูลบนเซิร์ฟเวอร์…</source>
        <translation>Open a database on a server…</translation>
    </message>
</context>
<context>
    <name>FirstRunLanguage</name>
    <message>
        <location filename="../../ui/first_run_language.ui" line="17"/>
        <source>โปรแกรมนี้เก็บรายงานการประชุม งานที่มอบหมาย และข้อมูลรายกรณีไว้ในฐานข้อมูลที่เข้ารหัสบนเครื่องนี้ เลือกภาษาที่ใช้แสดงผล (เปลี่ยนภายหลังได้ในหน้าตั้งค่า)</source>
        <translation>This program keeps meeting minutes, actions and cases in an encrypted database on this computer. Choose the language of the program (you can change it later in Settings).</translation>
    </message>
</context>
<context>
    <name>FirstRunRecovery</name>
    <message>
        <location filename="../../ui/first_run_recovery.ui" line="17"/>
        <source>นี่คือรหัสกู้คืนของฐานข้อมูล ใช้เปิดฐานข้อมูลเมื่อลืมรหัสผ่าน รหัสนี้จะแสดงเพียงครั้งเดียว โปรดจดหรือพิมพ์เก็บไว้ในที่ปลอดภัย แยกจากเครื่องคอมพิวเตอร์ หากลืมทั้งรหัสผ่านและรหัสกู้คืน จะไม่มีใครเปิดข้อมูลได้อีก</source>
        <translation>This is the recovery code of the database: it opens the database when the passphrase is forgotten. It is shown only once. Write it down or print it and keep it somewhere safe, away from the computer. If both the passphrase and the recovery code are lost, nobody can ever open the data again.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_recovery.ui" line="55"/>
        <source>คัดลอก</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_recovery.ui" line="62"/>
        <source>พิมพ์...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_recovery.ui" line="91"/>
        <source>ข้าพเจ้าได้จดรหัสกู้คืนเก็บไว้แล้ว</source>
        <translation>I have written down the recovery code</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="432"/>
        <source>เริ่มต้นใช้งาน mdt-desktop</source>
        <translation>Getting started with mdt-desktop</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="433"/>
        <source>ถัดไป &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="434"/>
        <source>&lt; ย้อนกลับ</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="435"/>
        <source>เสร็จสิ้น</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="436"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HighRiskResponseDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="417"/>
        <source>ความเสี่ยงสูงขึ้น: ทีมตกลงอย่างไร</source>
        <translation>Risk has risen: what did the team agree?</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="420"/>
        <source>ระดับความเสี่ยงของกรณีนี้เพิ่มเป็น “{level}” โปรดบันทึกสิ่งที่ทีมตกลงดำเนินการ</source>
        <translation>This case&apos;s risk has risen to “{level}”. Record what the team agreed to do</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="431"/>
        <source>เช่น วันประชุมเร่งด่วน หรืองานที่มอบหมาย</source>
        <translation>e.g. the date of the urgent meeting, or the actions assigned</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="432"/>
        <source>ทีมตกลง</source>
        <translation>The team agreed</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="433"/>
        <source>บันทึกเพิ่มเติม</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="443"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/assessment_dialog.py" line="444"/>
        <source>ภายหลัง</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>IdentifyingWarning</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="35"/>
        <source>ชื่อบุคคล</source>
        <translation>a person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="36"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation>a Thai ID number</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="37"/>
        <source>หมายเลขโทรศัพท์</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="38"/>
        <source>ที่อยู่อาศัย</source>
        <translation>an address</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="69"/>
        <source>ย้ายไปบันทึกลับของกรณี</source>
        <translation>Move to the case&apos;s restricted record</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="70"/>
        <source>ย้ายคำที่พบไปเก็บในบันทึกลับของกรณีที่เชื่อมกับเรื่องนี้ และใส่รหัสกรณีแทนในรายงาน</source>
        <translation>Move the words found into the restricted record of the case linked to this item, and put the case code in the minutes instead</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="71"/>
        <source>ไม่ใช่ข้อมูลระบุตัว</source>
        <translation>Not identifying</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="72"/>
        <source>ไม่ต้องเตือนอีกสำหรับข้อความนี้</source>
        <translation>Do not warn again for this text</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/identifying_warning.py" line="102"/>
        <source>ข้อความนี้อาจมี{kinds} ควรใช้รหัสกรณีแทน</source>
        <translation>This text may hold {kinds}: use the case code instead</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/identity_dialog.py" line="55"/>
        <source>ข้อมูลระบุตัวบุคคล (ลับ): {code}</source>
        <translation>Identity (confidential): {code}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/identity_dialog.py" line="60"/>
        <source>— เลือกว่าเปิดดูเพื่ออะไร —</source>
        <translation>— Choose why you open them —</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/identity_dialog.py" line="94"/>
        <source>โปรดเลือกว่าเปิดดูเพื่ออะไร ก่อนเปิดข้อมูล</source>
        <translation>Choose why you open the details first</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/identity_dialog.py" line="160"/>
        <location filename="../../mdt_desktop/gui/cases/identity_dialog.py" line="180"/>
        <source>แสดง</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/identity_dialog.py" line="180"/>
        <source>ซ่อน</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="14"/>
        <source>ข้อมูลระบุตัวบุคคล (ลับ)</source>
        <translation>Identity (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="20"/>
        <source>ข้อมูลนี้เป็นความลับ ทุกครั้งที่เปิดดูจะถูกบันทึกในประวัติการเข้าถึง</source>
        <translation>This is confidential: every viewing is recorded in the access log</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="32"/>
        <source>เปิดดูเพื่อ</source>
        <translation>Opened for</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="52"/>
        <source>เปิดข้อมูล</source>
        <translation>Open the details</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="79"/>
        <source>ชื่อ-สกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="92"/>
        <source>วันเกิด</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="105"/>
        <source>เพศ</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="118"/>
        <source>สัญชาติ</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="131"/>
        <source>สถานะเอกสาร</source>
        <translation>Document status</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="144"/>
        <source>เลขประจำตัว</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="157"/>
        <source>ภาษา</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="170"/>
        <source>ต้องการล่าม</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="177"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="190"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="207"/>
        <source>บันทึกลับ</source>
        <translation>Restricted notes</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.ui" line="210"/>
        <source>ข้อความที่ย้ายมาจากรายงานการประชุม (ชื่อ เลขประจำตัว โทรศัพท์ ที่อยู่)</source>
        <translation>Words moved here out of the minutes (names, ID numbers, phones, addresses)</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="153"/>
        <source>ผลการนำเข้าแพ็กเกจ</source>
        <translation>Packages imported</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="159"/>
        <source>นำเข้า {imported} ไฟล์ ปฏิเสธ {refused} ไฟล์</source>
        <translation>{imported} files imported, {refused} refused</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="171"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="181"/>
        <source>คณะ/ทีม</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="182"/>
        <source>การประชุม</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="183"/>
        <source>งาน</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="184"/>
        <source>กรณี</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="185"/>
        <source>การส่งต่อ</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="186"/>
        <source>บริการตามแผนความปลอดภัย</source>
        <translation>Safety-plan services</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="203"/>
        <source>อำเภอ: {district}</source>
        <translation>District: {district}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="204"/>
        <source>ช่วงเวลา: {start} ถึง {end}</source>
        <translation>Period: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="209"/>
        <source>นำเข้าแล้วก่อนหน้านี้ ไม่มีการเปลี่ยนแปลง</source>
        <translation>Imported before; nothing changed</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="212"/>
        <source>เพิ่ม: {counts}</source>
        <translation>Added: {counts}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="213"/>
        <source>ปรับปรุง: {counts}</source>
        <translation>Updated: {counts}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="214"/>
        <source>ลบ: {counts}</source>
        <translation>Removed: {counts}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="218"/>
        <source>คงไว้ เพราะมีข้อมูลจากแพ็กเกจที่ใหม่กว่าแล้ว: {counts}</source>
        <translation>Kept, since a newer package wrote them: {counts}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="223"/>
        <source>ไม่มีการเปลี่ยนแปลง</source>
        <translation>Nothing changed</translation>
    </message>
</context>
<context>
    <name>InstrumentsSection</name>
    <message>
        <location filename="../../mdt_desktop/gui/settings/instruments_section.py" line="50"/>
        <source>นำเข้าแบบประเมินของหน่วยงาน</source>
        <translation>Import the office&apos;s own instrument</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/instruments_section.py" line="50"/>
        <source>แบบประเมิน (*.json)</source>
        <translation>Instruments (*.json)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/instruments_section.py" line="74"/>
        <source>นำเข้าแล้ว: {title} ฉบับที่ {version}</source>
        <translation>Imported: {title}, version {version}</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="105"/>
        <source>ยินดีต้อนรับ</source>
        <translation>Welcome</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="175"/>
        <source>โปรแกรมล็อกอยู่</source>
        <translation>The program is locked</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="187"/>
        <source>รหัสผ่านของฐานข้อมูล</source>
        <translation>The database&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="188"/>
        <source>รหัสผ่านข้อมูลลับ</source>
        <translation>Restricted fields&apos; passphrase</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="189"/>
        <source>รหัสผ่านบัญชีบนเซิร์ฟเวอร์</source>
        <translation>Password of your server account</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="195"/>
        <source>ปลดล็อกด้วยกุญแจที่จำไว้ในเครื่องนี้</source>
        <translation>Unlock with the key remembered on this computer</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="203"/>
        <source>ไปที่หน้าต่างสำหรับปลดล็อก</source>
        <translation>Go to the unlock window</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="260"/>
        <source>งานที่เปิดไว้ยังอยู่ครบ กุญแจข้อมูลลับถูกล็อกแล้ว พิมพ์รหัสผ่านข้อมูลลับเพื่อใช้งานต่อ</source>
        <translation>Your open work is all still there. The restricted fields&apos; key is locked: type the restricted fields&apos; passphrase to go on.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="262"/>
        <source>งานที่เปิดไว้ยังอยู่ครบ พิมพ์รหัสผ่านบัญชีของท่านบนเซิร์ฟเวอร์เพื่อใช้งานต่อ</source>
        <translation>Your open work is all still there. Type the password of your server account to go on.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="265"/>
        <source>งานที่เปิดไว้ยังอยู่ครบ ท่านเข้าเซิร์ฟเวอร์โดยไม่ใช้รหัสผ่าน จึงไม่มีรหัสให้ตรวจ การล็อกนี้เพียงปิดหน้าจอไว้ (ล็อกจากเมนูไฟล์เพื่อออกจากเซิร์ฟเวอร์)</source>
        <translation>Your open work is all still there. You signed in to the server without a password, so there is nothing to check: this lock only hides the screen (lock from the File menu to leave the server).</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="268"/>
        <source>งานที่เปิดไว้ยังอยู่ครบ พิมพ์รหัสผ่านของฐานข้อมูลเพื่อใช้งานต่อ</source>
        <translation>Everything you had open is still there. Type the database&apos;s passphrase to carry on.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="250"/>
        <source>ปลดล็อกได้ที่หน้าต่างที่มีช่องรหัสผ่าน</source>
        <translation>Unlock in the window with the passphrase field</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="290"/>
        <source>ปลดล็อก (รออีก {seconds} วินาที)</source>
        <translation>Unlock (wait {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/auto_lock.py" line="292"/>
        <source>ปลดล็อก</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="343"/>
        <source>เปิดการประชุมก่อน แล้วจึงเปิดจอประธาน</source>
        <translation>Open a meeting first, then the chair&apos;s screen</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="359"/>
        <source>จอประธานของคณะนี้เปิดได้โดยเลขานุการหรือประธานของคณะเท่านั้น</source>
        <translation>Only the secretary or the chair of this body can open its chair&apos;s screen</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="395"/>
        <source>ขนาดตัวอักษร {percent}%</source>
        <translation>Text size {percent}%</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="424"/>
        <source>เปิดฐานข้อมูล</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="434"/>
        <source>เกี่ยวกับ mdt-desktop</source>
        <translation>About mdt-desktop</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="436"/>
        <source>mdt-desktop รุ่น {version}
บันทึกรายงานการประชุมทีมสหวิชาชีพ งานที่มอบหมาย และรายกรณี ในฐานข้อมูลที่เข้ารหัสบนเครื่องนี้

แบบอักษร Sarabun ใช้ตามสัญญาอนุญาต SIL Open Font License 1.1</source>
        <translation>mdt-desktop version {version}
Minutes, actions and cases of multidisciplinary teams, in an encrypted database on this computer.

The Sarabun typeface is used under the SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="449"/>
        <source>เข้ารหัส</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="449"/>
        <source>เซิร์ฟเวอร์</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="450"/>
        <source>อ่านอย่างเดียว</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="455"/>
        <source>เปิดฐานข้อมูลนี้แบบอ่านอย่างเดียว: เซิร์ฟเวอร์ {name} ให้อ่านได้อย่างเดียว (เช่น เครื่องสำรองของเซิร์ฟเวอร์) จึงดู ค้นหา และส่งออกได้ แต่แก้ไขหรือเพิ่มข้อมูลไม่ได้ โปรดเปิดฐานข้อมูลหลักหรือแจ้งผู้ดูแลเซิร์ฟเวอร์</source>
        <translation>This database is open read-only: the server {name} only lets it be read (a standby of the server, for instance), so you can view, search and export but not change or add anything. Open the main database or tell the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="459"/>
        <source>ฐานข้อมูลบนเซิร์ฟเวอร์ PostgreSQL</source>
        <translation>Database on a PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="463"/>
        <source>เปิดฐานข้อมูลนี้แบบอ่านอย่างเดียว: เขียนไฟล์ {name} หรือโฟลเดอร์ที่เก็บไฟล์ไม่ได้ จึงดู ค้นหา และส่งออกได้ แต่แก้ไขหรือเพิ่มข้อมูลไม่ได้ หากต้องการแก้ไข ให้คัดลอกไฟล์ .mdt .keys และ .recovery ไปไว้ในโฟลเดอร์ที่เขียนได้ แล้วเปิดจากที่นั่น หรือติดต่อฝ่ายไอที</source>
        <translation>This database is open read-only: the file {name} or the folder it is in cannot be written, so you can read, search and export, but not change or add anything. To make changes, copy the .mdt, .keys and .recovery files to a folder you can write and open them from there, or ask IT.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="469"/>
        <source>ฐานข้อมูลนี้เข้ารหัสทั้งไฟล์ (SQLCipher, AES-256)</source>
        <translation>The whole database file is encrypted (SQLCipher, AES-256)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="470"/>
        <source>เปิดฐานข้อมูลบนเซิร์ฟเวอร์…</source>
        <translation>Open a database on a server…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="471"/>
        <source>เลิกทำ</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="472"/>
        <source>ทำซ้ำ</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="473"/>
        <source>จอประธาน</source>
        <translation>Chair&apos;s screen</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="474"/>
        <source>เปิดจอสำหรับเครื่องฉายของการประชุมที่เปิดอยู่</source>
        <translation>Open the projector&apos;s screen for the meeting that is open</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="477"/>
        <source>ข้อมูลลับ (ข้อมูลระบุตัวตน แผนความปลอดภัย และบันทึกที่จำกัดการเข้าถึง) ยังล็อกอยู่ จึงไม่แสดงในหน้าต่าง ๆ งานทั่วไป (การประชุม งานที่มอบหมาย รายการกรณี การค้นหา) ทำได้ตามปกติ สถิติซึ่งนับอายุและสัญชาติต้องปลดล็อกก่อน</source>
        <translation>The restricted fields (identity, safety plans, restricted notes) are still locked, so no page shows them. General work (meetings, actions, the case list, search) goes on as usual; statistics, which count ages and nationalities, need them unlocked first.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/main_window.py" line="484"/>
        <source>ท่าน ({name}) ยังไม่มีบทบาทในฐานข้อมูลนี้ จึงยังไม่มีงานให้ทำ โปรดขอให้ผู้ดูแลระบบกำหนดบทบาทให้ (เลขานุการ ประธาน หรือเจ้าหน้าที่หน่วยงาน) แล้วล็อกและปลดล็อกอีกครั้ง</source>
        <translation>You ({name}) hold no role in this database yet, so there is nothing here for you to do. Ask the administrator to give you a role (secretary, chair or agency officer), then lock and unlock again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="48"/>
        <source>เมนูหลัก</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="61"/>
        <source>ประชุม</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66"/>
        <source>ทะเบียนติดตามงาน</source>
        <translation>Action register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="71"/>
        <source>รายกรณี</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="76"/>
        <source>สถิติ</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="81"/>
        <source>หน่วยงาน</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="86"/>
        <source>คณะ/ทีม และสมาชิก</source>
        <translation>Bodies, teams and members</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>ศูนย์ฯ รับรายงาน</source>
        <translation>Centre: reports received</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="96"/>
        <source>งานของหน่วยงานฉัน</source>
        <translation>My agency&apos;s actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="114"/>
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="132"/>
        <source>ค้นหา</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="138"/>
        <source>มุมมอง</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="146"/>
        <source>ช่วยเหลือ</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="159"/>
        <source>เปิด...</source>
        <translation>Open...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="167"/>
        <source>สร้างใหม่...</source>
        <translation>New...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="175"/>
        <source>ส่งรายงานถึงศูนย์ฯ จังหวัด…</source>
        <translation>Send a report to the provincial centre…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="178"/>
        <source>ส่งออกแพ็กเกจรายงานที่ลงนามแล้ว สำหรับศูนย์ปฏิบัติการระดับจังหวัด</source>
        <translation>Export a signed report package for the provincial operations centre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="183"/>
        <source>ล็อก</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="191"/>
        <source>ออก</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199"/>
        <source>ค้นหา...</source>
        <translation>Search...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="207"/>
        <source>ขยายตัวอักษร</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="215"/>
        <source>ย่อตัวอักษร</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="223"/>
        <source>ขนาดตัวอักษรปกติ</source>
        <translation>Normal size</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="231"/>
        <source>เกี่ยวกับ</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="36"/>
        <source>← รายการประชุม</source>
        <translation>← Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="113"/>
        <source>ข้อมูลการประชุม</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="119"/>
        <source>ครั้งที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="154"/>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="174"/>
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="188"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="202"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="216"/>
        <source>เริ่มประชุมเวลา</source>
        <translation>Started at</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="226"/>
        <source>09.30</source>
        <translation>09.30</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="233"/>
        <source>เลิกประชุมเวลา</source>
        <translation>Ended at</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="243"/>
        <source>12.00</source>
        <translation>12.00</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="250"/>
        <source>ณ</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="264"/>
        <source>การจดรายงาน</source>
        <translation>Recording level</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="282"/>
        <source>ระเบียบวาระ</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="250"/>
        <source>ไม่ระบุ</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="273"/>
        <source>ผลการดำเนินงานที่หน่วยงานรายงาน</source>
        <translation>Progress reported by the agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="274"/>
        <source>ส่งออก…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="276"/>
        <source>รายงานการประชุมเป็น Word หรือ PDF และบันทึกการมอบหมายงานรายหน่วยงาน</source>
        <translation>Minutes as Word or PDF, and action records per agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="279"/>
        <source>เป็นประธานในที่ประชุม</source>
        <translation>Chaired the meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="281"/>
        <source>ผู้ที่เลือกเป็นผู้ทำหน้าที่ประธานของการประชุมนี้ (พิมพ์ในรายชื่อผู้มาประชุมและลงนามผู้ตรวจรายงาน)</source>
        <translation>The selected person chaired this meeting (printed in the attendance list, and signs as the one who checked the minutes)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="287"/>
        <source>จอประธาน</source>
        <translation>Chair&apos;s screen</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="288"/>
        <source>เปิดจอสำหรับเครื่องฉายให้ที่ประชุมเห็น (แสดงเฉพาะข้อมูลที่แสดงได้)</source>
        <translation>Open the screen for the projector, for the room to see (only what may be shown)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="366"/>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1625"/>
        <source>เรียงกรณีเด็กก่อน</source>
        <translation>Children&apos;s cases first</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="368"/>
        <source>ย้ายเรื่องย่อยที่เป็นกรณีเด็กในเรื่องเสนอเพื่อพิจารณาขึ้นก่อน หน่วยงานด้านเด็กจะได้กลับก่อน</source>
        <translation>Move the children&apos;s case items of the matters for consideration to the top, so children&apos;s agencies can leave early</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="480"/>
        <source>รายงานการประชุมนี้รับรองแล้ว แก้ไขโดยบันทึกการแก้ไขพร้อมเหตุผล</source>
        <translation>These minutes are approved: change them by recording an amendment with its reason</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="497"/>
        <source>ท่านไม่ได้เป็นเลขานุการของคณะนี้ จึงอ่านรายงานการประชุมได้อย่างเดียว</source>
        <translation>You are not the secretary of this body: you can read these minutes only</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="554"/>
        <source>ฐานข้อมูลเปิดแบบอ่านอย่างเดียว แก้ไขไม่ได้</source>
        <translation>The database is open read-only: nothing can be changed</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="653"/>
        <source>เลิกทำ</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="655"/>
        <source>ทำซ้ำ</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="752"/>
        <source>{code} (ครบ {day})</source>
        <translation>{code} (due {day})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="760"/>
        <source> และอีก {n} กรณี</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="762"/>
        <source>ถึงกำหนดทบทวนการประเมินความเสี่ยง แต่ยังไม่อยู่ในวาระ: {cases}</source>
        <translation>Risk reviews due, not on the agenda: {cases}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="817"/>
        <source>ข้อความรักษาความลับที่ประธานอ่านก่อนเริ่มประชุม: </source>
        <translation>Confidentiality statement the chair reads before the meeting: </translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="819"/>
        <source>ผู้เข้าประชุมทุกคนรับทราบการรักษาความลับของข้อมูลกรณี (ทำเครื่องหมายในคอลัมน์สุดท้าย)</source>
        <translation>Every attendee acknowledges the confidentiality of case data (tick the last column)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="827"/>
        <source>{body} ครั้งที่ {label}</source>
        <translation>{body}, meeting {label}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="876"/>
        <source>ครั้งที่ {label}</source>
        <translation>Meeting {label}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="899"/>
        <location filename="../../ui/meeting_editor.ui" line="94"/>
        <source>แก้ไขข้อมูลการประชุม</source>
        <translation>Edit meeting details</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="899"/>
        <source>ย่อข้อมูลการประชุม</source>
        <translation>Fold meeting details</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="918"/>
        <source>เด็ก</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="920"/>
        <source>ซ้ำใน 12 เดือน</source>
        <translation>Again within 12 months</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="922"/>
        <source>เลยกำหนดทบทวน</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1041"/>
        <source>ยังไม่มีรายงานความคืบหน้า</source>
        <translation>No progress reported yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1043"/>
        <source>ประวัติ: {agency} — {task}</source>
        <translation>History: {agency} — {task}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1058"/>
        <source>งานจากการประชุมครั้งก่อนที่ยังไม่แล้วเสร็จ ({count} เรื่อง)</source>
        <translation>Open actions from earlier meetings ({count})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1062"/>
        <source> · เกินกำหนด {count} เรื่อง</source>
        <translation> · {count} overdue</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1164"/>
        <source>แก้ชื่อเรื่อง</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1164"/>
        <source>แก้สาระการประชุม</source>
        <translation>Edit discussion</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1165"/>
        <source>แก้มติที่ประชุม</source>
        <translation>Edit resolution</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1238"/>
        <source>บันทึกแล้ว {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1281"/>
        <source>{heading} — {field}</source>
        <translation>{heading} — {field}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1356"/>
        <source>มีผู้อื่นบันทึกการเปลี่ยนแปลงในการประชุมนี้ เมื่อ {time} — ปรับข้อมูลให้เป็นปัจจุบันแล้ว ข้อความที่คุณกำลังพิมพ์อยู่จะไม่ถูกเปลี่ยน</source>
        <translation>Someone else saved changes to this meeting at {time}; what is shown has been brought up to date. The text you are typing is left as it is.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1490"/>
        <source>แก้ข้อมูลการประชุม</source>
        <translation>Edit meeting details</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1519"/>
        <location filename="../../ui/meeting_editor.ui" line="338"/>
        <source>เพิ่มเรื่อง</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1519"/>
        <source>เรื่องใหม่</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1529"/>
        <location filename="../../ui/meeting_editor.ui" line="345"/>
        <source>เพิ่มเรื่องย่อย</source>
        <translation>Add sub-item</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1529"/>
        <source>เรื่องย่อย</source>
        <translation>Sub-item</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1541"/>
        <source>ย้ายเรื่อง</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1559"/>
        <source>กำหนดมาตรการ</source>
        <translation>Set measure</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1587"/>
        <source>เชื่อมงานกับกรณี</source>
        <translation>Link actions to the case</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1588"/>
        <source>เรื่องนี้มีงานที่มอบหมายแล้ว {count} งานที่ยังไม่ระบุกรณี จะระบุกรณี {code} ให้งานเหล่านั้นด้วยหรือไม่</source>
        <translation>This item already holds {count} action(s) that name no case. Give them the case {code} too?</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1594"/>
        <source>ระบุกรณีให้งานเหล่านั้น</source>
        <translation>Give them the case</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1595"/>
        <source>ไม่ต้อง</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1604"/>
        <source>ระบุกรณีให้งาน</source>
        <translation>Give the actions the case</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1628"/>
        <source>กรณีเด็กอยู่ก่อนแล้ว (หรือไม่มีกรณีเด็กในเรื่องเสนอเพื่อพิจารณา)</source>
        <translation>Children&apos;s cases already come first (or there are none among the matters for consideration)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1665"/>
        <source>ยกเลิกการเชื่อมกรณี</source>
        <translation>Unlink case</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1710"/>
        <source>มอบหมายงาน</source>
        <translation>Assign action</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1772"/>
        <source>โปรดเลือกงานที่จะบันทึกความคืบหน้า</source>
        <translation>Choose the action to record progress for</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1791"/>
        <source>แก้รายชื่อผู้เข้าประชุม</source>
        <translation>Edit attendance</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1797"/>
        <source>โปรดพิมพ์ชื่อผู้เข้าประชุม</source>
        <translation>Type the attendee&apos;s name</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1814"/>
        <source>ระบุประธานในที่ประชุม</source>
        <translation>Record who chaired</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1814"/>
        <source>ยกเลิกประธานในที่ประชุม</source>
        <translation>Take back who chaired</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1822"/>
        <source>ลบผู้เข้าประชุม</source>
        <translation>Remove attendee</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="352"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="355"/>
        <source>เลื่อนขึ้น</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="362"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="365"/>
        <source>เลื่อนลง</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1550"/>
        <location filename="../../ui/meeting_editor.ui" line="372"/>
        <source>ลบเรื่อง</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1279"/>
        <location filename="../../ui/meeting_editor.ui" line="479"/>
        <source>ชื่อเรื่อง</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1279"/>
        <location filename="../../ui/meeting_editor.ui" line="548"/>
        <source>สาระการประชุม</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1280"/>
        <location filename="../../ui/meeting_editor.ui" line="594"/>
        <source>มติที่ประชุม</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="490"/>
        <source>มาตรการ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="426"/>
        <source>กรณี</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="433"/>
        <source>รหัสกรณี</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1577"/>
        <location filename="../../ui/meeting_editor.ui" line="440"/>
        <source>เชื่อมกรณี</source>
        <translation>Link case</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="447"/>
        <source>ยกเลิกการเชื่อม</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1351"/>
        <location filename="../../ui/meeting_editor.ui" line="645"/>
        <source>งานที่มอบหมาย</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="670"/>
        <source>มอบหมายงาน (Ctrl+Enter)</source>
        <translation>Assign action (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1738"/>
        <location filename="../../ui/meeting_editor.ui" line="677"/>
        <source>แก้ไขงาน</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1753"/>
        <location filename="../../ui/meeting_editor.ui" line="684"/>
        <source>ลบงาน</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="711"/>
        <source>งานจากการประชุมครั้งก่อนที่ยังไม่แล้วเสร็จ</source>
        <translation>Open actions from earlier meetings</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="742"/>
        <source>เลือกงานในตารางเพื่อดูประวัติความคืบหน้า</source>
        <translation>Select an action in the table to see its progress history</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="764"/>
        <source>รายงานความคืบหน้า</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1781"/>
        <location filename="../../ui/meeting_editor.ui" line="779"/>
        <source>บันทึกความคืบหน้า</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="798"/>
        <source>ผู้เข้าประชุม</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="849"/>
        <source>ชื่อ-สกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="856"/>
        <source>ตำแหน่ง/หน่วยงาน</source>
        <translation>Position/agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1802"/>
        <location filename="../../ui/meeting_editor.ui" line="863"/>
        <source>เพิ่มผู้เข้าประชุม</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="870"/>
        <source>ลบแถวที่เลือก</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1371"/>
        <source>ยังไม่ได้บันทึก — จะลองบันทึกอีกครั้งทุก {seconds} วินาที ข้อความที่พิมพ์ยังอยู่ครบ ไม่ต้องพิมพ์ใหม่ และอย่าปิดโปรแกรม
{reason}</source>
        <translation>Not saved yet — trying again every {seconds} seconds. What you typed is kept: no need to type it again, and do not close the program.
{reason}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1378"/>
        <source>ยังไม่ได้บันทึก — จะลองบันทึกอีกครั้ง</source>
        <translation>Not saved yet — it will be tried again</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1400"/>
        <source>ข้อความของเรื่องนี้ยังไม่ได้บันทึกลงฐานข้อมูล โปรแกรมเก็บไว้และจะลองบันทึกต่อไปแม้ไปเรื่องอื่น
{reason}</source>
        <translation>The text of this item is not saved in the database yet. The program keeps it and goes on trying to save it, even if you move to another item.
{reason}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1402"/>
        <source>อยู่ที่เรื่องนี้</source>
        <translation>Stay on this item</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1403"/>
        <source>ไปเรื่องอื่น (ข้อความยังรอบันทึก)</source>
        <translation>Move on (the text stays waiting to be saved)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1431"/>
        <source>มีข้อความ {count} ช่องที่ยังไม่ได้บันทึกลงฐานข้อมูล ถ้าออกตอนนี้ ข้อความนั้นจะหายไป
{reason}</source>
        <translation>{count} field(s) hold text not saved in the database yet. Leaving now loses that text.
{reason}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1434"/>
        <source>อยู่ต่อและลองบันทึกอีกครั้ง</source>
        <translation>Stay and keep trying to save</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1435"/>
        <source>ออกโดยทิ้งข้อความที่ยังไม่ได้บันทึก</source>
        <translation>Leave and discard the unsaved text</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_editor.py" line="1456"/>
        <source>ยังไม่ได้บันทึก</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meetings_page.py" line="73"/>
        <source>ประชุมใหม่</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meetings_page.py" line="74"/>
        <source>เปิดการประชุม</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meetings_page.py" line="93"/>
        <source>ทีม/คณะ</source>
        <translation>Team/body</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meetings_page.py" line="147"/>
        <source>{name}
{count} ครั้ง</source>
        <translation>{name}
{count} meetings</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meetings_page.py" line="159"/>
        <source>ยังไม่มีทีม/คณะ: เพิ่มได้ที่หน้าทีมและคณะ</source>
        <translation>No team or body yet: add one on the bodies page</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meetings_page.py" line="195"/>
        <source>ยังไม่มีการประชุม: กด “ประชุมใหม่” เพื่อเริ่ม</source>
        <translation>No meetings yet: press “New meeting” to start</translation>
    </message>
</context>
<context>
    <name>MeetingsPlanModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="282"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="307"/>
        <source>{district}: ประชุมสามัญ {held} ครั้ง จากที่ควรจัด {planned} ครั้ง ไม่ครบตามแผน</source>
        <translation>{district}: {held} regular meetings of {planned} planned, fewer than planned</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="309"/>
        <source>{district}: ประชุมสามัญ {held} ครั้ง จากที่ควรจัด {planned} ครั้ง</source>
        <translation>{district}: {held} regular meetings of {planned} planned</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="111"/>
        <source>แก้ไขกรรมการ</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="111"/>
        <source>เพิ่มกรรมการ</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/bodies_page.py" line="142"/>
        <source>โปรดระบุชื่อ-สกุลของกรรมการ</source>
        <translation>Enter the member&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="14"/>
        <source>กรรมการ</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="25"/>
        <source>ชื่อ-สกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="38"/>
        <source>หน่วยงาน</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="51"/>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="64"/>
        <source>วิชาชีพ</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="81"/>
        <source>บทบาทในคณะ</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="94"/>
        <source>เริ่มวาระ</source>
        <translation>Term from</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="107"/>
        <source>สิ้นสุดวาระ</source>
        <translation>Term to</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="120"/>
        <source>ตัดสินใจแทนหน่วยงานได้</source>
        <translation>May decide for the agency</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="24"/>
        <source>{name} (สิ้นสุดวาระ)</source>
        <translation>{name} (term ended)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="31"/>
        <source>ปัจจุบัน</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="36"/>
        <source>ชื่อ-สกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="37"/>
        <source>บทบาท</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="38"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="39"/>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="40"/>
        <source>วิชาชีพ</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="41"/>
        <source>วาระ</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="43"/>
        <source>ตัดสินใจแทนหน่วยงานได้</source>
        <translation>May decide for the agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="44"/>
        <source>ได้</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="47"/>
        <source>ผู้รับมอบงาน</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/team/members_model.py" line="48"/>
        <source>งานค้าง</source>
        <translation>Open actions</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="85"/>
        <source>สร้างการประชุม</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="86"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="113"/>
        <source>เสนอตามการประชุมครั้งก่อน ๆ ของทีม/คณะนี้ แก้ได้</source>
        <translation>Proposed from this team&apos;s earlier meetings; change as needed</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="140"/>
        <source>โปรดเพิ่มทีม/คณะก่อน ที่หน้าทีมและคณะ</source>
        <translation>Add a team or body first, on the bodies page</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/meeting_dialogs.py" line="142"/>
        <source>โปรดระบุวันที่ประชุม</source>
        <translation>Enter the meeting date</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="6"/>
        <source>ประชุมใหม่</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="33"/>
        <source>ทีม/คณะ</source>
        <translation>Team/body</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="44"/>
        <source>วันที่ประชุม</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="55"/>
        <source>ประเภทการประชุม</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="66"/>
        <source>ณ (สถานที่)</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="77"/>
        <source>เริ่มประชุมเวลา</source>
        <translation>Started at</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="84"/>
        <source>09.30</source>
        <translation>09.30</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="91"/>
        <source>เลิกประชุมเวลา</source>
        <translation>Meeting ends at</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="98"/>
        <source>12.00</source>
        <translation>12.00</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="120"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="121"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="122"/>
        <source>งานเกินกำหนด</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="123"/>
        <source>ครบกำหนดนานที่สุด</source>
        <translation>Oldest due date</translation>
    </message>
</context>
<context>
    <name>OverdueReferralsModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="395"/>
        <source>รหัสกรณี</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="396"/>
        <source>จากหน่วยงาน</source>
        <translation>From agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="397"/>
        <source>ถึงหน่วยงาน</source>
        <translation>To agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="398"/>
        <source>บริการ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="399"/>
        <source>ส่งเมื่อ</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="400"/>
        <source>กำหนดตอบ</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="401"/>
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="423"/>
        <source>เกินกำหนด {n} วัน</source>
        <translation>{n} days overdue</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="89"/>
        <source>เลือกแพ็กเกจรายงานจากอำเภอ</source>
        <translation>Choose the districts&apos; report packages</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="91"/>
        <source>แพ็กเกจรายงาน (*.mdtx)</source>
        <translation>Report packages (*.mdtx)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="91"/>
        <source>ทุกไฟล์ (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="103"/>
        <source>นำเข้าแพ็กเกจ</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="104"/>
        <source>กำลังเริ่ม…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="105"/>
        <source>หยุดหลังไฟล์นี้</source>
        <translation>Stop after this file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/import_dialogs.py" line="124"/>
        <source>กำลังนำเข้าไฟล์ {number} จาก {total}: {name}</source>
        <translation>Importing file {number} of {total}: {name}</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../mdt_desktop/gui/settings/people_section.py" line="74"/>
        <source>เพิ่ม {name} แล้ว เลือกชื่อนี้ได้ตอนปลดล็อกครั้งต่อไป</source>
        <translation>{name} added: they can choose this name at the next unlock.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/people_section.py" line="89"/>
        <source>ปิดการใช้งานผู้ใช้</source>
        <translation>Retire a person</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/people_section.py" line="90"/>
        <source>ปิดการใช้งาน {name}? ชื่อนี้จะเลือกตอนปลดล็อกไม่ได้อีก แต่ประวัติการใช้งานเดิมยังระบุชื่อนี้</source>
        <translation>Retire {name}? The name can no longer be chosen at unlock, but past audit entries keep it.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/people_section.py" line="96"/>
        <source>ปิดการใช้งาน</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/people_section.py" line="112"/>
        <source>ปิดการใช้งาน {name} แล้ว</source>
        <translation>{name} retired.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/people_section.py" line="129"/>
        <source>{name} (กำลังใช้งาน)</source>
        <translation>{name} (working now)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/people_section.py" line="143"/>
        <source>ผู้ที่กำลังใช้งาน: {name}</source>
        <translation>Working now: {name}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/people_section.py" line="143"/>
        <source>ยังไม่ได้เลือกผู้ใช้งานตอนปลดล็อก</source>
        <translation>No person was chosen at unlock.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/people_section.py" line="158"/>
        <source>ปิดการใช้งานตัวเองไม่ได้ ให้ผู้ใช้คนอื่นเป็นผู้ปิด</source>
        <translation>You cannot retire yourself: another person can.</translation>
    </message>
</context>
<context>
    <name>PlanServicesModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="89"/>
        <source>บริการ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="90"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="91"/>
        <source>กำหนดเสร็จ</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="92"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/profile_choice.py" line="98"/>
        <location filename="../../ui/profile_dialog.ui" line="30"/>
        <source>ท่านคือใคร? ชื่อที่เลือกจะบันทึกในประวัติการเข้าถึงสำหรับทุกสิ่งที่ท่านทำ จนกว่าจะล็อกหรือปิดโปรแกรม</source>
        <translation>Who are you? The name you choose is recorded in the audit log for everything you do until you lock or close the program.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/profile_choice.py" line="101"/>
        <source>ฐานข้อมูลนี้ยังไม่มีรายชื่อผู้ใช้งาน โปรดพิมพ์ชื่อ-สกุลของท่าน ชื่อนี้จะบันทึกในประวัติการเข้าถึงสำหรับทุกสิ่งที่ท่านทำ ผู้อื่นที่ใช้ฐานข้อมูลนี้เพิ่มชื่อของตนได้ในหน้านี้</source>
        <translation>This database has no users yet: type your full name. It is recorded in the audit log for everything you do; others who use this database add their own names here.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/profile_choice.py" line="106"/>
        <location filename="../../ui/profile_dialog.ui" line="47"/>
        <source>ผู้ใช้ใหม่ (ชื่อ-สกุล) — พิมพ์เมื่อชื่อของท่านยังไม่อยู่ในรายการ</source>
        <translation>New user (full name) — type it when your name is not in the list</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/profile_choice.py" line="106"/>
        <source>ชื่อ-สกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/profile_choice.py" line="193"/>
        <source>ฐานข้อมูล: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/profile_choice.py" line="194"/>
        <source>เริ่มใช้งาน</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/profile_choice.py" line="195"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="14"/>
        <source>ผู้ใช้งาน</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="40"/>
        <source>รายชื่อผู้ใช้งาน</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="64"/>
        <source>{agency}: {task}</source>
        <translation>{agency}: {task}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.ui" line="14"/>
        <source>บันทึกความคืบหน้า</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.ui" line="35"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.ui" line="48"/>
        <source>ความคืบหน้า / เหตุผล</source>
        <translation>Progress / reason</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.ui" line="65"/>
        <source>วันที่รายงาน</source>
        <translation>Reported on</translation>
    </message>
</context>
<context>
    <name>PublishedTableModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_model.py" line="86"/>
        <source>น้อยกว่า 5 ราย จึงไม่แสดงจำนวน</source>
        <translation>Fewer than 5: the count is not shown</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_model.py" line="87"/>
        <source>ปกปิดไว้ เพื่อไม่ให้คำนวณจำนวนที่น้อยกว่า 5 ย้อนกลับจากยอดรวมได้</source>
        <translation>Withheld, so that a count under 5 cannot be worked out from the totals</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="325"/>
        <source>คัดลอกแล้ว วางลงในที่ปลอดภัย แล้วคัดลอกข้อความอื่นทับ เพื่อไม่ให้รหัสค้างอยู่ในคลิปบอร์ด</source>
        <translation>Copied. Paste it somewhere safe, then copy something else so the code does not stay on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="336"/>
        <source>รหัสกู้คืนฐานข้อมูล mdt-desktop</source>
        <translation>mdt-desktop database recovery code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="337"/>
        <source>เก็บกระดาษนี้ไว้ในที่ปลอดภัย แยกจากเครื่องคอมพิวเตอร์ ใครมีรหัสนี้และไฟล์ฐานข้อมูลจะเปิดข้อมูลได้</source>
        <translation>Keep this paper somewhere safe, away from the computer: whoever has this code and the database file can open the data.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/first_run.py" line="345"/>
        <source>รหัสกู้คืน</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="135"/>
        <source>(เลือกบริการ)</source>
        <translation>(choose a service)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="137"/>
        <source>เด็กอยู่ในอันตรายร้ายแรงเฉพาะหน้า</source>
        <translation>A child in serious and imminent danger</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="140"/>
        <source>บุคคลที่มีความเสี่ยงเป็นพิเศษอยู่ในอันตรายเฉพาะหน้า</source>
        <translation>A person at special risk in imminent danger</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="199"/>
        <source>การส่งต่อ: {code}</source>
        <translation>Referrals: {code}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="201"/>
        <source>กรณี {code} · {state}</source>
        <translation>Case {code} · {state}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="221"/>
        <source>ส่งเฉพาะรหัสกรณี ไม่ส่งข้อมูลระบุตัวบุคคล</source>
        <translation>Only the case code is sent, not the identifying details</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="223"/>
        <source>ส่งข้อมูลระบุตัวบุคคลตามความยินยอมที่มีผลอยู่ การส่งนี้บันทึกในประวัติการเข้าถึงของกรณี</source>
        <translation>The identifying details are shared on the consent in force; the sharing is written to the case&apos;s access log</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="226"/>
        <source>ไม่มีความยินยอมที่มีผลอยู่: ส่งข้อมูลระบุตัวบุคคลได้เฉพาะเมื่อเด็กหรือบุคคลที่มีความเสี่ยงเป็นพิเศษอยู่ในอันตรายเฉพาะหน้า ต้องระบุเหตุ บันทึกเหตุผล และผู้มีอำนาจตัดสินใจ (บันทึกในประวัติการเข้าถึง)</source>
        <translation>No consent is in force: the identifying details may be shared only when a child or a person at special risk is in imminent danger; give the ground, a note of the reason and who decided (written to the access log)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="336"/>
        <location filename="../../ui/referral_dialog.ui" line="276"/>
        <source>เลือกการส่งต่อในตารางด้านบน</source>
        <translation>Select a referral in the table above</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="341"/>
        <source>{agencies} ส่งเมื่อ {date}</source>
        <translation>{agencies}, sent on {date}</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="14"/>
        <source>การส่งต่อ</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="39"/>
        <source>ยุติได้ในระดับอำเภอ</source>
        <translation>Resolved at the district</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="45"/>
        <source>บันทึกว่ากรณีนี้ยุติได้ในระดับอำเภอ ไม่ต้องส่งต่อศูนย์ระดับจังหวัด</source>
        <translation>Record that this case was resolved at the district, without the provincial centre</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="85"/>
        <source>ส่งต่อกรณีนี้</source>
        <translation>Refer this case</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="91"/>
        <source>จากหน่วยงาน</source>
        <translation>From agency</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="104"/>
        <source>ถึงหน่วยงาน</source>
        <translation>To agency</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="117"/>
        <source>บริการ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="130"/>
        <source>ส่งเมื่อ</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="145"/>
        <source>กำหนดตอบ</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="160"/>
        <source>ส่งต่อศูนย์ระดับจังหวัด (ยกระดับกรณี)</source>
        <translation>Escalate to the provincial centre</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="167"/>
        <source>ส่งข้อมูลระบุตัวบุคคลไปด้วย</source>
        <translation>Share the identifying details too</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="184"/>
        <source>เหตุที่ส่งโดยไม่มีความยินยอม</source>
        <translation>Ground for sharing without consent</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="197"/>
        <source>บันทึกเหตุผล</source>
        <translation>Note of the reason</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="220"/>
        <source>ผู้มีอำนาจตัดสินใจ</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="255"/>
        <source>ส่งต่อ</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="270"/>
        <source>คำตอบและผลของการส่งต่อที่เลือก</source>
        <translation>Answer and outcome of the selected referral</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="286"/>
        <source>คำตอบ</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="295"/>
        <source>รับเรื่อง</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="305"/>
        <source>ปฏิเสธ</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="321"/>
        <source>วันที่ตอบ</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="334"/>
        <source>เหตุผลที่ปฏิเสธ</source>
        <translation>Reason for refusing</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="366"/>
        <source>บันทึกคำตอบ</source>
        <translation>Save the answer</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="378"/>
        <source>ผลการส่งต่อ</source>
        <translation>Outcome of the referral</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="410"/>
        <source>บันทึกผล</source>
        <translation>Save the outcome</translation>
    </message>
</context>
<context>
    <name>ReferralListModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="47"/>
        <source>ส่งเมื่อ</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="48"/>
        <source>จาก → ถึง</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="49"/>
        <source>บริการ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="50"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="51"/>
        <source>กำหนดตอบ</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="52"/>
        <source>ข้อมูลระบุตัวบุคคล</source>
        <translation>Identifying details</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="68"/>
        <source>ส่งต่อศูนย์ระดับจังหวัด</source>
        <translation>Escalated to the provincial centre</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="73"/>
        <source>{status} ({date})</source>
        <translation>{status} ({date})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="79"/>
        <source>{due} (เกินกำหนด {n} วัน)</source>
        <translation>{due} ({n} days overdue)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="83"/>
        <source>ไม่ส่ง</source>
        <translation>Not shared</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="85"/>
        <source>ส่ง โดยไม่มีความยินยอม ({name} ตัดสินใจ)</source>
        <translation>Shared without consent (decided by {name})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="86"/>
        <source>ส่ง ตามความยินยอม</source>
        <translation>Shared on consent</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="92"/>
        <source>เหตุผลที่ปฏิเสธ: {reason}</source>
        <translation>Reason for refusing: {reason}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="94"/>
        <source>ผล: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/referral_dialog.py" line="96"/>
        <source>เหตุผล: {note}</source>
        <translation>Reason: {note}</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="106"/>
        <source>ส่งต่อระดับจังหวัด</source>
        <translation>Escalated to the province</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="111"/>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="212"/>
        <source>จาก</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="112"/>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="213"/>
        <source>ถึง</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="113"/>
        <source>บริการ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="114"/>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="214"/>
        <source>วันที่ส่ง</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="115"/>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="216"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="117"/>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="215"/>
        <source>กำหนดตอบ</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/cases_model.py" line="118"/>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="216"/>
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="210"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="211"/>
        <source>รหัสกรณี</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/centre_models.py" line="216"/>
        <source>รอคำตอบ</source>
        <translation>Awaiting an answer</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="74"/>
        <source>ครั้งที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="75"/>
        <source>คณะ/ทีม</source>
        <translation>Body/team</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="76"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="77"/>
        <source>งานที่มอบหมาย</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="78"/>
        <source>กำหนดเสร็จ</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="79"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="80"/>
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="81"/>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="82"/>
        <source>รหัสกรณี</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="83"/>
        <source>ความคืบหน้าล่าสุด</source>
        <translation>Latest progress</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="180"/>
        <source>เกินกำหนด {n} วัน</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_model.py" line="216"/>
        <source>เหตุผล: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="134"/>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="200"/>
        <source>ทุกคณะ/ทีม</source>
        <translation>All bodies/teams</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="136"/>
        <source>งานค้าง</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="138"/>
        <source>ทุกสถานะ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="280"/>
        <source>พบ {n} รายการ</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="305"/>
        <source>การส่งต่อที่ยังไม่ได้รับคำตอบ เกินกำหนด ({n})</source>
        <translation>Referrals with an overdue answer ({n})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="306"/>
        <source>ทะเบียนส่งต่อศูนย์ระดับจังหวัด ({n})</source>
        <translation>Escalations to the provincial centre ({n})</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="324"/>
        <source>การส่งเอกสาร ครั้งที่ {meeting}</source>
        <translation>Circulation, meeting {meeting}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="338"/>
        <source>การส่งเอกสารถึง {agency}</source>
        <translation>Documents sent to {agency}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="349"/>
        <source>การส่งเอกสาร: เลือกงานในตาราง หรือกรองตามหน่วยงาน</source>
        <translation>Circulation: select an action in the table, or filter by agency</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/register/register_page.py" line="377"/>
        <source>โปรดเลือกงานในตารางก่อน</source>
        <translation>Select an action in the table first</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="14"/>
        <source>ทะเบียนติดตามงาน</source>
        <translation>Action register</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="22"/>
        <source>คณะ/ทีม</source>
        <translation>Bodies/teams</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="39"/>
        <source>หน่วยงาน</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="52"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="65"/>
        <source>เฉพาะที่เกินกำหนด</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="76"/>
        <source>กำหนดเสร็จตั้งแต่</source>
        <translation>Due from</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="89"/>
        <source>ถึง</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="102"/>
        <source>ล้างตัวกรอง</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="116"/>
        <source>บันทึกความคืบหน้า…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="213"/>
        <source>งานค้างรายหน่วยงาน</source>
        <translation>Open actions per agency</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="233"/>
        <location filename="../../ui/register_page.ui" line="239"/>
        <source>การส่งเอกสาร</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="161"/>
        <source>การส่งต่อที่ยังไม่ได้รับคำตอบ เกินกำหนด</source>
        <translation>Referrals with an overdue answer</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="167"/>
        <location filename="../../ui/register_page.ui" line="193"/>
        <source>ดับเบิลคลิกเพื่อเปิดกรณี</source>
        <translation>Double-click to open the case</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.ui" line="187"/>
        <source>ทะเบียนส่งต่อศูนย์ระดับจังหวัด</source>
        <translation>Escalations to the provincial centre</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/restore_dialog.py" line="80"/>
        <source>เลือกสำเนาสำรองที่จะนำกลับมาแทน {name} ไฟล์ปัจจุบันจะถูกย้ายไปเก็บไว้ข้างกัน (ชื่อ …before-restore-…) ไม่ถูกเขียนทับหรือลบ</source>
        <translation>Choose the backup to put in place of {name}. The current file is moved aside beside it (named …before-restore-…), never overwritten or deleted.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/restore_dialog.py" line="89"/>
        <source>กู้คืน</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/restore_dialog.py" line="90"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/restore_dialog.py" line="113"/>
        <source>ไม่พบสำเนาสำรองในโฟลเดอร์ backups ข้างฐานข้อมูล</source>
        <translation>No backup in the backups folder beside the database</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/restore_dialog.py" line="137"/>
        <source>เลือกไฟล์สำรองข้อมูล</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/restore_dialog.py" line="139"/>
        <source>ฐานข้อมูล (*.mdt)</source>
        <translation>Databases (*.mdt)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/restore_dialog.py" line="139"/>
        <source>ทุกไฟล์ (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="14"/>
        <source>กู้คืนจากสำเนาสำรอง</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="34"/>
        <source>วันที่และเวลาที่สำรอง</source>
        <translation>Backed up on</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="39"/>
        <source>ขนาด</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="44"/>
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="74"/>
        <source>เลือกไฟล์อื่น (เช่น จากแฟลชไดรฟ์ USB)…</source>
        <translation>Choose another file (e.g. on a USB drive)…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="83"/>
        <source>รหัสผ่านที่เปิดสำเนาสำรองนี้ได้</source>
        <translation>The passphrase that opens this backup</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/risk_chart.py" line="39"/>
        <source>{key} ฉบับที่ {version}</source>
        <translation>{key} version {version}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/risk_chart.py" line="125"/>
        <source>ยังไม่มีการประเมินความเสี่ยง</source>
        <translation>No risk assessment yet</translation>
    </message>
</context>
<context>
    <name>RolesSection</name>
    <message>
        <location filename="../../mdt_desktop/gui/settings/roles_section.py" line="104"/>
        <location filename="../../mdt_desktop/gui/settings/roles_section.py" line="146"/>
        <source>ทั้งฐานข้อมูล</source>
        <translation>The whole database</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/roles_section.py" line="125"/>
        <source>บทบาทมีผลแล้ว แต่ละคนเห็นและทำได้เฉพาะสิ่งที่บทบาทของตนอนุญาต</source>
        <translation>Roles are in force: each person sees and does only what their roles allow</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/roles_section.py" line="129"/>
        <source>ฐานข้อมูลนี้ยังไม่มีบทบาท ทุกคนที่ปลดล็อกได้ทำได้ทุกอย่าง เมื่อท่านให้บทบาทแรก ท่านจะเป็นผู้ดูแลระบบ และบทบาทจะเริ่มมีผลกับทุกคน หากท่านเขียนรายงานการประชุมด้วย ให้บทบาทเลขานุการแก่ตัวท่านเองด้วย</source>
        <translation>This database has no roles yet: everyone who can unlock it can do everything. When you give the first role you become the administrator, and roles apply to everyone from then on. If you also write the minutes, give yourself the secretary&apos;s role too</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/roles_section.py" line="184"/>
        <source>ให้บทบาท{role} แก่ {name} แล้ว</source>
        <translation>Gave the role of {role} to {name}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/roles_section.py" line="199"/>
        <location filename="../../mdt_desktop/gui/settings/roles_section.py" line="206"/>
        <source>ถอนบทบาท</source>
        <translation>Revoke the role</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/roles_section.py" line="200"/>
        <source>ถอนบทบาท{role}ของ {name}?</source>
        <translation>Revoke the role of {role} from {name}?</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/roles_section.py" line="226"/>
        <source>ถอนบทบาทแล้ว</source>
        <translation>Role revoked</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="14"/>
        <source>ผู้ใช้และบทบาท</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="36"/>
        <source>บทบาทของผู้ใช้</source>
        <translation>Users&apos; roles</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="49"/>
        <location filename="../../ui/roles_section.ui" line="79"/>
        <source>ผู้ใช้</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="54"/>
        <location filename="../../ui/roles_section.ui" line="99"/>
        <source>บทบาท</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="59"/>
        <source>ของคณะ/หน่วยงาน</source>
        <translation>For body / agency</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="64"/>
        <source>ให้โดย</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="69"/>
        <source>เมื่อ</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="112"/>
        <source>ของ</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="132"/>
        <source>ให้บทบาท</source>
        <translation>Give role</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="139"/>
        <source>ถอนบทบาทที่เลือก…</source>
        <translation>Revoke the selected role…</translation>
    </message>
    <message>
        <location filename="../../ui/roles_section.ui" line="158"/>
        <source>เลขานุการเขียนรายงานการประชุมและงานที่มอบหมายของคณะ ประธานรับรองรายงานและเปิดจอประธาน เจ้าหน้าที่หน่วยงานรายงานความคืบหน้าของงานของหน่วยงานตน เจ้าหน้าที่ศูนย์ฯ อ่านรายงานและสถิติของอำเภอ ผู้ดูแลระบบจัดการผู้ใช้ บทบาท และกุญแจ ทุกการให้และถอนบทบาทบันทึกในประวัติการใช้งาน</source>
        <translation>The secretary writes a body&apos;s minutes and actions; the chair approves the minutes and shows the chair&apos;s screen; an agency officer reports progress on their own agency&apos;s actions; a centre officer reads the districts&apos; records and statistics; the administrator manages users, roles and keys. Every role given or revoked is recorded in the audit log</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="91"/>
        <source>ยังไม่ตัดสินใจ</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="92"/>
        <source>ประสงค์ดำเนินคดี</source>
        <translation>Wants to go to court</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="93"/>
        <source>ไม่ประสงค์ดำเนินคดี</source>
        <translation>Does not want to go to court</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="105"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="106"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="178"/>
        <source>ยังไม่มีแผนความปลอดภัย: บันทึกเพื่อสร้างฉบับที่ 1</source>
        <translation>No safety plan yet: save to make version 1</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="179"/>
        <source>ฉบับที่ {version} ลงวันที่ {date}</source>
        <translation>Version {version} of {date}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="183"/>
        <source>ลงนามรับรองแล้ว {date} โดย {worker} (แก้ไขแล้วบันทึกจะเป็นฉบับใหม่)</source>
        <translation>Signed off {date} by {worker} (a change is saved as a new version)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="187"/>
        <source>ยังไม่ลงนามรับรอง</source>
        <translation>Not signed off yet</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="239"/>
        <source>เลือก</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="256"/>
        <source>มอบหมายแล้ว</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/cases/safety_plan_dialog.py" line="392"/>
        <source>บริการ {count} รายการยังไม่ได้มอบหมาย เพราะยังไม่ระบุหน่วยงานที่รับผิดชอบ</source>
        <translation>{count} service(s) not assigned: no responsible agency is given yet</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="14"/>
        <source>แผนความปลอดภัย</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="33"/>
        <source>ข้อมูลลับ: ทุกข้อความในแผนนี้แสดงเฉพาะในภาคผนวกของกรณีและหน้าจอของกรณีเท่านั้น ไม่อยู่ในรายงานการประชุมทั่วไป</source>
        <translation>Restricted: everything typed in this plan appears only in the case annex and on the case&apos;s own screens, never in the general minutes</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="47"/>
        <source>ความกังวลและการตัดสินใจ</source>
        <translation>Concern and choices</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="53"/>
        <source>ความกังวลหลัก (บันทึกตามคำพูดของผู้เสียหายเอง)</source>
        <translation>Main concern (in her own words)</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="70"/>
        <source>จุดแข็งและแหล่งช่วยเหลือของผู้เสียหาย</source>
        <translation>Her strengths and resources</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="87"/>
        <source>การตัดสินใจของผู้เสียหายเอง</source>
        <translation>Her own choices</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="102"/>
        <source>การดำเนินคดี</source>
        <translation>Going to court</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="115"/>
        <source>การกลับภูมิลำเนา/ประเทศเดิม</source>
        <translation>Going back home or to the country of origin</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="131"/>
        <source>ผู้ติดต่อ</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="137"/>
        <source>ติดต่อได้อย่างปลอดภัย (บุคคลและสถานที่)</source>
        <translation>Safe to contact (people and places)</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="156"/>
        <location filename="../../ui/safety_plan_dialog.ui" line="251"/>
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="161"/>
        <location filename="../../ui/safety_plan_dialog.ui" line="256"/>
        <source>ความเกี่ยวข้อง</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="166"/>
        <location filename="../../ui/safety_plan_dialog.ui" line="261"/>
        <source>ช่องทางติดต่อ</source>
        <translation>How to reach</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="171"/>
        <location filename="../../ui/safety_plan_dialog.ui" line="266"/>
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="181"/>
        <source>เพิ่มผู้ติดต่อที่ปลอดภัย</source>
        <translation>Add a safe contact</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="188"/>
        <location filename="../../ui/safety_plan_dialog.ui" line="283"/>
        <source>ลบแถวที่เลือก</source>
        <translation>Remove the selected row</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="213"/>
        <source>ไม่ปลอดภัย</source>
        <translation>NOT safe</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="222"/>
        <source>ห้ามติดต่อ/ห้ามแจ้งข้อมูลใดๆ</source>
        <translation>Do not contact / never tell them anything</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="276"/>
        <source>เพิ่มผู้ที่ไม่ปลอดภัย</source>
        <translation>Add someone NOT safe</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="309"/>
        <source>ขั้นตอนความปลอดภัย</source>
        <translation>Safety steps</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="315"/>
        <source>ก่อนเกิดเหตุ: เตรียมตัวอย่างไร</source>
        <translation>Before: how to prepare</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="332"/>
        <source>ขณะเกิดเหตุ: ทำอย่างไรให้ปลอดภัย</source>
        <translation>During: how to stay safe</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="349"/>
        <source>หลังเกิดเหตุ: ไปที่ไหน ติดต่อใคร</source>
        <translation>After: where to go, whom to contact</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="367"/>
        <location filename="../../ui/safety_plan_dialog.ui" line="386"/>
        <source>บริการ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="391"/>
        <source>ผู้เสียหายเลือก</source>
        <translation>Her choice</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="396"/>
        <source>หน่วยงานที่รับผิดชอบ</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="401"/>
        <source>กำหนดเสร็จ</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="406"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="411"/>
        <source>มอบหมายในที่ประชุม</source>
        <translation>Assigned in a meeting</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="421"/>
        <source>เพิ่มบริการ</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="428"/>
        <source>ลบบริการที่เลือก</source>
        <translation>Remove the selected service</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="450"/>
        <source>การตรวจสอบความปลอดภัยก่อนส่งกลับ (บริการที่เลือก)</source>
        <translation>Safety check before a return (selected service)</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="456"/>
        <source>ส่งกลับภูมิลำเนาหรือประเทศเดิมจะบันทึกว่าดำเนินการแล้วได้ เมื่อบันทึกผู้ตรวจสอบ วันที่ตรวจ และผลที่พบครบ</source>
        <translation>A return home or to the country of origin can be marked done once who checked, when and what they found are recorded</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="471"/>
        <source>ผู้ตรวจสอบ</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="484"/>
        <source>วันที่ตรวจ</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="497"/>
        <source>ผลที่พบ</source>
        <translation>What they found</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="529"/>
        <source>ลงนามรับรองโดยผู้รับผิดชอบ</source>
        <translation>Sign-off by the responsible worker</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="535"/>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="548"/>
        <source>หน่วยงาน</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="561"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="574"/>
        <source>ลงนามรับรองแผน</source>
        <translation>Sign the plan off</translation>
    </message>
    <message>
        <location filename="../../ui/safety_plan_dialog.ui" line="586"/>
        <source>ตกลงแผนในที่ประชุมนี้ (บริการเป็นงานที่มอบหมาย)</source>
        <translation>Agree the plan in this meeting (services become actions)</translation>
    </message>
</context>
<context>
    <name>SalvageDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/salvage_dialog.py" line="53"/>
        <source>ข้อมูลทุกแถวที่ยังอ่านได้จาก {name} จะถูกคัดลอกไปยังไฟล์ใหม่ ไฟล์ที่เสียหายจะถูกอ่านเท่านั้น ไม่ถูกแก้ไข ไฟล์ใหม่เปิดด้วยรหัสผ่านและรหัสกู้คืนเดิม</source>
        <translation>Every row of {name} that can still be read is copied into a new file. The damaged file is only read, never changed. The new file opens with the same passphrase and recovery code.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/salvage_dialog.py" line="63"/>
        <source>กู้ข้อมูล</source>
        <translation>Salvage</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/salvage_dialog.py" line="64"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/salvage_dialog.py" line="73"/>
        <source>บันทึกข้อมูลที่กู้ได้เป็นไฟล์ใหม่</source>
        <translation>Save the salvaged data as a new file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/salvage_dialog.py" line="75"/>
        <source>ฐานข้อมูล (*.mdt)</source>
        <translation>Databases (*.mdt)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/salvage_dialog.py" line="103"/>
        <source>กู้ข้อมูลไปยัง {path} แล้ว บางแถวอ่านไม่ได้และไม่ได้ถูกกู้ ในตาราง: {tables} โปรดเทียบกับสำเนาสำรองล่าสุด</source>
        <translation>Salvaged into {path}. Some rows could not be read and were not recovered, in the tables: {tables}. Compare with the latest backup.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/salvage_dialog.py" line="106"/>
        <source>กู้ข้อมูลไปยัง {path} แล้ว ได้ครบทุกแถว</source>
        <translation>Salvaged into {path}: every row was recovered.</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.ui" line="14"/>
        <source>กู้ข้อมูลที่อ่านได้ไปยังไฟล์ใหม่</source>
        <translation>Salvage the readable data into a new file</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.ui" line="27"/>
        <source>ไฟล์ใหม่</source>
        <translation>New file</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.ui" line="46"/>
        <source>เลือก…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.ui" line="55"/>
        <source>รหัสผ่านของไฟล์ที่เสียหาย</source>
        <translation>Passphrase of the damaged file</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.ui" line="117"/>
        <source>เปิดไฟล์ใหม่</source>
        <translation>Open the new file</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.ui" line="6"/>
        <source>ค้นหา</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="18"/>
        <source>พิมพ์คำที่ต้องการค้นหา เช่น ค้ามนุษย์ พมจ. หรือรหัสกรณี</source>
        <translation>Type what to search for, e.g. ค้ามนุษย์, พมจ. or a case code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/search_dialog.py" line="79"/>
        <source>พบ {count} รายการ · Enter เพื่อเปิด</source>
        <translation>{count} found · Enter to open</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/search_dialog.py" line="84"/>
        <source>ไม่พบ “{text}”</source>
        <translation>Nothing found for “{text}”</translation>
    </message>
</context>
<context>
    <name>SendToCentreDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="80"/>
        <source>ส่งรายงานถึงศูนย์ฯ จังหวัด</source>
        <translation>Send a report to the provincial centre</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="86"/>
        <source>แพ็กเกจรายงานมีการประชุม งานที่มอบหมาย กรณี (เฉพาะรหัส) การส่งต่อ และเรื่องที่ส่งต่อศูนย์ฯ ในช่วงเวลาที่เลือก ลงนามด้วยใบรับรองของสำนักงาน และเข้ารหัสให้เปิดได้เฉพาะศูนย์ฯ ที่เลือก ข้อมูลระบุตัวตนไปด้วยเฉพาะกรณีที่บันทึกความยินยอมให้ส่งถึงศูนย์ฯ จังหวัด</source>
        <translation>The report package holds the meetings, the actions, the cases (by code only), the referrals and the escalations of the period chosen, signed with the office&apos;s certificate and encrypted so that only the centre chosen can open it. Identifying details go only for cases whose recorded consent covers the provincial centre.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="96"/>
        <source>ไฟล์ใบรับรองที่ศูนย์ฯ จังหวัดส่งให้ (.pem)</source>
        <translation>The certificate file the provincial centre gave you (.pem)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="97"/>
        <source>เลือกไฟล์…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="98"/>
        <source>ใบรับรองของศูนย์ฯ</source>
        <translation>Centre&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="106"/>
        <source>ถึง</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="108"/>
        <source>ช่วงเวลา</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="110"/>
        <source>ทุกพื้นที่ในฐานข้อมูลนี้</source>
        <translation>Every area in this database</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="111"/>
        <source>พื้นที่</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="115"/>
        <source>รายงานการประชุม</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="117"/>
        <source>เลือก…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="118"/>
        <source>บันทึกเป็นไฟล์</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="123"/>
        <source>แพ็กเกจรายงานลงนามด้วยใบรับรองของสำนักงาน แต่ยังไม่มีใบรับรอง สร้างใบรับรองของสำนักงานตอนนี้ หรือนำเข้าไฟล์ใบรับรองที่สำนักงานมีอยู่ แล้วจะส่งออกต่อ</source>
        <translation>Report packages are signed with the office&apos;s certificate, and there is none yet. Create the office&apos;s certificate now, or import the certificate file the office has; the export then goes on.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="134"/>
        <source>ส่งออกแพ็กเกจ</source>
        <translation>Export the package</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="136"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="205"/>
        <source>เลือกไฟล์ใบรับรองของศูนย์ฯ จังหวัด</source>
        <translation>Choose the provincial centre&apos;s certificate file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="207"/>
        <source>ใบรับรอง (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="207"/>
        <source>ทุกไฟล์ (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="215"/>
        <source>บันทึกแพ็กเกจรายงาน</source>
        <translation>Save the report package</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="217"/>
        <source>แพ็กเกจรายงาน (*.mdtx)</source>
        <translation>Report packages (*.mdtx)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="236"/>
        <source>โปรดระบุช่วงเวลาให้ครบทั้งวันเริ่มและวันสิ้นสุด</source>
        <translation>Give both the first and the last day of the period</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="265"/>
        <source>กำลังส่งออก…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="291"/>
        <source>บันทึกแล้วที่ {path}
การประชุม {meetings} · งาน {actions} · กรณี {cases} · การส่งต่อ {referrals} · บริการตามแผนความปลอดภัย {services}
ข้อมูลระบุตัวตน {identities} กรณี (มีความยินยอมให้ส่งถึงศูนย์ฯ)</source>
        <translation>Saved to {path}
Meetings {meetings} · actions {actions} · cases {cases} · referrals {referrals} · safety-plan services {services}
Identifying details of {identities} cases (consent covers the centre)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="306"/>
        <source>มีไฟล์นี้อยู่แล้ว</source>
        <translation>The file is already there</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="313"/>
        <source>เขียนทับ</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="314"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/send_dialog.py" line="321"/>
        <source>มีใบรับรองสำหรับลงนามแล้ว</source>
        <translation>The office now has a signing certificate</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="107"/>
        <source>เลือกไฟล์</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="192"/>
        <source>เซิร์ฟเวอร์บนเครื่องนี้ (ผ่านซ็อกเก็ต) ไม่ผ่านเครือข่าย จึงไม่ใช้ TLS</source>
        <translation>A server on this computer (through its socket) does not go over the network, so TLS is not used.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="195"/>
        <source>ตรวจใบรับรองของเซิร์ฟเวอร์กับ CA ที่เลือก และตรวจชื่อเครื่องด้วย (แนะนำ)</source>
        <translation>Checks the server&apos;s certificate against the chosen CA, and its host name too (recommended).</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="200"/>
        <source>เข้ารหัสแต่ไม่ตรวจใบรับรอง: เครื่องอื่นในเครือข่ายอาจแอบอ้างเป็นเซิร์ฟเวอร์และรับรหัสผ่านไปได้</source>
        <translation>Encrypts without checking the certificate: another machine on the network could pose as the server and receive your password.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="206"/>
        <source>ไม่เข้ารหัส: รหัสผ่านและข้อมูลทั้งหมดส่งผ่านเครือข่ายแบบอ่านได้ ใช้เฉพาะเมื่อเซิร์ฟเวอร์อยู่ในเครื่องนี้หรือเครือข่ายที่ปิดเท่านั้น</source>
        <translation>Not encrypted: the password and all data cross the network readable. Use only when the server is on this computer or a closed network.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="220"/>
        <source>ตรวจใบรับรองและชื่อเครื่อง (verify-full)</source>
        <translation>Check the certificate and host name (verify-full)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="221"/>
        <source>เข้ารหัสแต่ไม่ตรวจใบรับรอง (require)</source>
        <translation>Encrypt without checking the certificate (require)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="222"/>
        <source>ไม่เข้ารหัส (disable)</source>
        <translation>No encryption (disable)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="227"/>
        <source>เปิด</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/server_dialog.py" line="228"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="14"/>
        <source>เปิดฐานข้อมูลบนเซิร์ฟเวอร์</source>
        <translation>Open a database on a server</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="20"/>
        <source>ฐานข้อมูลของศูนย์หรือสำนักงานบนเซิร์ฟเวอร์ PostgreSQL ใส่ที่อยู่และบัญชีที่ผู้ดูแลเซิร์ฟเวอร์ให้ไว้ รหัสผ่านไม่ถูกบันทึกไว้ในเครื่องนี้</source>
        <translation>The centre&apos;s or office&apos;s database on a PostgreSQL server. Enter the address and account the server&apos;s administrator gave you. The password is not saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="38"/>
        <source>เครื่องแม่ข่าย (host)</source>
        <translation>Server (host)</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="55"/>
        <source>พอร์ต</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="78"/>
        <source>ชื่อฐานข้อมูล</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="95"/>
        <source>ชื่อบัญชีผู้ใช้</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="109"/>
        <source>รหัสผ่านของบัญชี</source>
        <translation>Account password</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="126"/>
        <source>การเข้ารหัสการเชื่อมต่อ (TLS)</source>
        <translation>Connection encryption (TLS)</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="146"/>
        <source>ใบรับรองผู้ออกใบรับรอง (CA)</source>
        <translation>Certificate authority (CA)</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="158"/>
        <location filename="../../ui/server_dialog.ui" line="186"/>
        <location filename="../../ui/server_dialog.ui" line="214"/>
        <source>(ไม่ระบุ)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="165"/>
        <location filename="../../ui/server_dialog.ui" line="193"/>
        <location filename="../../ui/server_dialog.ui" line="221"/>
        <source>เลือก...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="174"/>
        <source>ใบรับรองของผู้ใช้ (ถ้ามี)</source>
        <translation>Your client certificate (if any)</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="202"/>
        <source>กุญแจของใบรับรองผู้ใช้ (ถ้ามี)</source>
        <translation>Your client certificate&apos;s key (if any)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="424"/>
        <source>เปลี่ยนรหัสผ่านและกุญแจของไฟล์แล้ว รหัสผ่าน รหัสกู้คืน และไฟล์กุญแจเดิมเปิดไฟล์นี้ไม่ได้อีก สำรองข้อมูลที่ทำไว้ก่อนหน้านี้ยังเปิดได้ด้วยรหัสผ่านและรหัสกู้คืนเดิม</source>
        <translation>The passphrase and the file&apos;s key were changed: the old passphrase, recovery code and key file no longer open this file. Backups made before still open with the old passphrase and recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="586"/>
        <source>ใช้เมื่อมีคนที่รู้รหัสผ่านเดิมออกจากทีม: ไฟล์ได้กุญแจใหม่ รหัสผ่าน รหัสกู้คืน และไฟล์กุญแจเดิมใช้เปิดไฟล์นี้ไม่ได้อีก แต่สำรองข้อมูลที่ทำไว้ก่อนหน้ายังเปิดได้ด้วยรหัสเดิม</source>
        <translation>For when someone who knew the old passphrase has left the team: the file gets a new key, and the old passphrase, recovery code and key file no longer open it. Backups made before still open with the old ones.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="589"/>
        <source>เปลี่ยนกุญแจของไฟล์ด้วย (ล็อกผู้ที่รู้รหัสเดิมออก)</source>
        <translation>Re-key the file too (locks out whoever knew the old one)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="250"/>
        <source>โปรดใส่ทั้งวันที่ (พ.ศ.) และชื่อวันหยุด</source>
        <translation>Enter both the date (Buddhist Era) and the name of the holiday</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="302"/>
        <source>ไม่ล็อกเอง: ถ้าลุกจากเครื่องโดยไม่กดล็อก ผู้อื่นจะเห็นข้อมูลในเครื่องได้</source>
        <translation>Never locks: if you leave the computer without locking it, others can see the data.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="306"/>
        <source>ใช้กับทุกเครื่องที่เปิดฐานข้อมูลนี้บนเซิร์ฟเวอร์</source>
        <translation>Applies to every computer that opens this database on the server</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="308"/>
        <source>ใช้กับทุกเครื่องที่เปิดไฟล์ข้อมูลนี้</source>
        <translation>Applies to every computer that opens this data file.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="353"/>
        <source>เข้ารหัสด้วยกุญแจของสำนักงาน และปลดล็อกแล้ว: เปิดอ่านข้อมูลลับได้</source>
        <translation>Encrypted with the office&apos;s key, and unlocked: restricted fields can be read.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="355"/>
        <source>ล็อกอยู่: ข้อมูลระบุตัวตน แผนความปลอดภัย และบันทึกที่จำกัดการเข้าถึง เปิดอ่านไม่ได้จนกว่าจะปลดล็อก</source>
        <translation>Locked: identity, safety plans and restricted notes cannot be read until unlocked.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="356"/>
        <source>ไม่ได้เข้ารหัสแยก: ผู้ดูแลเซิร์ฟเวอร์อ่านข้อมูลลับได้ โปรดให้ผู้ดูแลระบบเปิดการเข้ารหัสข้อมูลลับ</source>
        <translation>Not encrypted separately: the server&apos;s administrator can read restricted fields. Ask the administrator to turn on the encryption of restricted fields.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="373"/>
        <source>ปลดล็อกข้อมูลลับแล้ว</source>
        <translation>Restricted fields unlocked</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="387"/>
        <source>รหัสผ่านทั้งสองช่องไม่ตรงกัน</source>
        <translation>The two passphrases do not match</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="402"/>
        <source>กำลังเปลี่ยนรหัสผ่าน...</source>
        <translation>Changing the passphrase...</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="419"/>
        <source>เปลี่ยนรหัสผ่านแล้ว ครั้งต่อไปให้เปิดด้วยรหัสผ่านใหม่</source>
        <translation>Passphrase changed: use the new one from now on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="452"/>
        <source>จดรหัสกู้คืนใหม่นี้เก็บไว้ในที่ปลอดภัย รหัสกู้คืนเดิมใช้ไม่ได้แล้ว รหัสนี้จะไม่แสดงอีก</source>
        <translation>Write this new recovery code down and keep it safe. The old code no longer works, and this one is not shown again.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="465"/>
        <source>จำรหัสผ่านบนเครื่องนี้แล้ว</source>
        <translation>This computer now remembers the key</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="465"/>
        <source>ลืมรหัสผ่านบนเครื่องนี้แล้ว</source>
        <translation>This computer no longer remembers the key</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="493"/>
        <source>ยังไม่มีใบรับรอง สร้างใหม่หรือนำเข้าก่อนส่งออกบันทึกการมอบหมายงานแบบลงนาม</source>
        <translation>No certificate yet; create or import one before exporting signed action records</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="518"/>
        <source>เลือกไฟล์ใบรับรอง PKCS#12</source>
        <translation>Choose a PKCS#12 certificate file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="520"/>
        <source>ไฟล์ PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="531"/>
        <source>กำลังสร้างใบรับรอง…</source>
        <translation>Creating the certificate…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="534"/>
        <source>สร้างใบรับรองใหม่แล้ว ใช้ลงนามเอกสารต่อจากนี้</source>
        <translation>New certificate created; it signs documents from now on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="547"/>
        <source>กำลังนำเข้าใบรับรอง…</source>
        <translation>Importing the certificate…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="550"/>
        <source>นำเข้าใบรับรองแล้ว ใช้ลงนามเอกสารต่อจากนี้</source>
        <translation>Certificate imported; it signs documents from now on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="560"/>
        <source>บันทึกใบรับรองสำหรับศูนย์</source>
        <translation>Save the certificate for the centre</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="562"/>
        <source>ใบรับรอง PEM (*.pem)</source>
        <translation>PEM certificate (*.pem)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="570"/>
        <source>กำลังบันทึกใบรับรอง…</source>
        <translation>Saving the certificate…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="577"/>
        <source>บันทึกใบรับรองแล้ว: {path}
ให้ศูนย์ตรวจลายนิ้วมือ SHA-256 ทางโทรศัพท์ว่าตรงกับ:
{lines}</source>
        <translation>Certificate saved: {path}
Have the centre check by telephone that its SHA-256 fingerprint is:
{lines}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="666"/>
        <source>เซิร์ฟเวอร์ให้อ่านฐานข้อมูลนี้ได้อย่างเดียว จึงแก้การตั้งค่าที่เก็บในฐานข้อมูลไม่ได้ ยังดูข้อมูลและส่งออกได้ตามปกติ</source>
        <translation>The server only lets this database be read, so the settings kept in it cannot be changed. Viewing and exporting work as usual.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="669"/>
        <source>ไฟล์ข้อมูลนี้เปิดแบบอ่านอย่างเดียว (ไฟล์หรือโฟลเดอร์เขียนไม่ได้) จึงแก้การตั้งค่าที่เก็บในไฟล์ไม่ได้ ยังดูข้อมูล ส่งออก และสำรองข้อมูลได้ตามปกติ</source>
        <translation>This data file is open read-only (the file or its folder cannot be written), so the settings kept in it cannot be changed. Reading, exporting and backing up work as usual.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/settings/settings_page.py" line="679"/>
        <source>เก็บไว้ในที่เก็บรหัสผ่านของระบบ: {backend}</source>
        <translation>Kept in the system keyring: {backend}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="46"/>
        <source>ทั่วไป</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="55"/>
        <source>ภาษา</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="79"/>
        <source>เมนูและหน้าหลักเปลี่ยนภาษาทันที บางหน้าจอจะเปลี่ยนเมื่อเปิดโปรแกรมครั้งถัดไป</source>
        <translation>Menus and the main pages switch at once; some screens switch the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="89"/>
        <source>ชื่อเรียกทีม</source>
        <translation>Team label</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="217"/>
        <source>วันหยุดราชการ (ใช้นับกำหนดส่งงานเป็นวันทำการ)</source>
        <translation>Public holidays (skipped when counting working days to a deadline)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="248"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="253"/>
        <location filename="../../ui/settings_page.ui" line="281"/>
        <source>ชื่อวันหยุด</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="292"/>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="299"/>
        <source>แก้ไขรายการที่เลือก</source>
        <translation>Change selected</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="306"/>
        <source>ลบรายการที่เลือก</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="338"/>
        <source>สำรองข้อมูล</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="347"/>
        <source>โฟลเดอร์สำรองข้อมูล</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="373"/>
        <source>ใช้โฟลเดอร์ข้างไฟล์ข้อมูล</source>
        <translation>Use the folder beside the data file</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="389"/>
        <source>จำนวนชุดที่เก็บไว้</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="402"/>
        <source> ชุดล่าสุด</source>
        <translation> latest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="415"/>
        <source>สำรองเมื่อ</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="426"/>
        <source>ทุกวัน: เมื่อเปิดโปรแกรมครั้งแรกของวันและเมื่อปิดโปรแกรม</source>
        <translation>Daily: at the first opening of the day and at closing</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="431"/>
        <source>ทุกครั้งที่ปิดโปรแกรม</source>
        <translation>At every closing</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="436"/>
        <source>เฉพาะเมื่อสั่งเท่านั้น</source>
        <translation>Only when asked</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="444"/>
        <source>สำรองข้อมูลเดี๋ยวนี้</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="486"/>
        <source>วันที่และเวลา</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="491"/>
        <source>ขนาด</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="496"/>
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="504"/>
        <source>กู้คืนจากสำเนาสำรองได้ที่หน้าต่างปลดล็อก: กด “ล็อก” แล้วเลือก “กู้คืนจากสำเนาสำรอง…”</source>
        <translation>A backup is restored from the unlock window: choose “Lock”, then “Restore from a backup…”.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="517"/>
        <source>ความปลอดภัย</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="526"/>
        <source>รหัสผ่านปัจจุบัน</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="543"/>
        <source>รหัสผ่านใหม่</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="560"/>
        <source>พิมพ์รหัสผ่านใหม่อีกครั้ง</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="596"/>
        <source>เปลี่ยนรหัสผ่าน</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="605"/>
        <source>รหัสกู้คืน</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="612"/>
        <source>ออกรหัสกู้คืนใหม่ (รหัสเดิมจะใช้ไม่ได้)</source>
        <translation>New recovery code (the old one stops working)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="633"/>
        <source>จำรหัสผ่านบนเครื่องนี้</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="654"/>
        <source>ข้อมูลลับ</source>
        <translation>Restricted fields</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="670"/>
        <source>ปลดล็อกข้อมูลลับ…</source>
        <translation>Unlock restricted fields…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="682"/>
        <source>ใบรับรองสำหรับลงนามดิจิทัล</source>
        <translation>Digital signing certificate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="691"/>
        <source>ผู้ลงนาม</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="708"/>
        <source>ใช้ได้ถึง</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="725"/>
        <source>ลายนิ้วมือ SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="742"/>
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="752"/>
        <source>ชื่อสำนักงานที่จะปรากฏในใบรับรอง</source>
        <translation>The office&apos;s name as the certificate will show it</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="759"/>
        <source>สร้างใบรับรองใหม่</source>
        <translation>Create a new certificate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="766"/>
        <source>ไฟล์ PKCS#12</source>
        <translation>PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="778"/>
        <source>ไฟล์ .p12 หรือ .pfx ที่สำนักงานมีอยู่</source>
        <translation>The office&apos;s existing .p12 or .pfx file</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="818"/>
        <source>บันทึกเฉพาะใบรับรอง (ไม่มีกุญแจลับ) เป็นไฟล์ PEM ให้ศูนย์ใช้ตรวจว่าเอกสารลงนามโดยสำนักงานนี้จริง</source>
        <translation>Saves the certificate only (never the private key) as a PEM file, with which the centre checks that documents were signed by this office.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="821"/>
        <source>บันทึกใบรับรองสำหรับศูนย์…</source>
        <translation>Save the certificate for the centre…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="838"/>
        <source>แบบประเมินความเสี่ยง</source>
        <translation>Risk instruments</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="857"/>
        <source>แบบประเมิน</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="862"/>
        <source>ฉบับที่</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="867"/>
        <source>จำนวนข้อ</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="887"/>
        <source>นำเข้าแบบประเมินของหน่วยงาน…</source>
        <translation>Import the office&apos;s own instrument…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="366"/>
        <location filename="../../ui/settings_page.ui" line="785"/>
        <source>เลือก…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="113"/>
        <source>ล็อกเมื่อไม่มีการใช้งาน</source>
        <translation>Lock when not in use for</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="126"/>
        <source>ไม่ล็อกเอง</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="129"/>
        <source> นาที</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="149"/>
        <source>ผู้ใช้งานฐานข้อมูลนี้</source>
        <translation>People of this database</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="174"/>
        <source>ชื่อ-สกุลของผู้ใช้งานคนใหม่</source>
        <translation>Full name of the new person</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="181"/>
        <source>เพิ่มผู้ใช้งาน</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="188"/>
        <source>ปิดการใช้งานผู้ที่เลือก…</source>
        <translation>Retire the selected person…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="204"/>
        <source>ชื่อผู้ใช้งานที่เลือกตอนปลดล็อกบันทึกในประวัติการใช้งาน ผู้ที่ออกจากทีมจะถูกปิดการใช้งาน ไม่ถูกลบ เพื่อให้ประวัติเดิมยังระบุชื่อได้</source>
        <translation>The name chosen at unlock is written in the audit log. A person who leaves the team is retired, not deleted, so that past entries still name them.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="794"/>
        <source>รหัสผ่านของไฟล์</source>
        <translation>File password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="811"/>
        <source>นำเข้าไฟล์ PKCS#12</source>
        <translation>Import the PKCS#12 file</translation>
    </message>
</context>
<context>
    <name>SigningOffer</name>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="39"/>
        <source>ใบรับรองสำหรับลงนาม</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="45"/>
        <source>บันทึกการมอบหมายงานลงนามด้วยใบรับรองของสำนักงาน แต่ยังไม่มีใบรับรอง สร้างใบรับรองของสำนักงานตอนนี้ หรือนำเข้าไฟล์ใบรับรองที่สำนักงานมีอยู่ แล้วจะส่งออกต่อ</source>
        <translation>Action records are signed with the office&apos;s certificate, and there is none yet. Create the office&apos;s certificate now, or import the certificate file the office has; the export then goes on</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="52"/>
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="55"/>
        <source>สร้างใบรับรอง</source>
        <translation>Create certificate</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="57"/>
        <source>ไฟล์ PKCS#12</source>
        <translation>PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="59"/>
        <source>ไฟล์ .p12 หรือ .pfx ของสำนักงาน</source>
        <translation>The office&apos;s .p12 or .pfx file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="61"/>
        <source>เลือกไฟล์…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="63"/>
        <source>รหัสผ่านของไฟล์</source>
        <translation>File password</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="67"/>
        <source>นำเข้าใบรับรอง</source>
        <translation>Import certificate</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="97"/>
        <source>เลือกไฟล์ใบรับรอง PKCS#12</source>
        <translation>Choose the PKCS#12 certificate file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="99"/>
        <source>ไฟล์ PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="111"/>
        <source>กำลังสร้างใบรับรอง…</source>
        <translation>Creating the certificate…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/meeting/signing_offer.py" line="119"/>
        <source>กำลังนำเข้าใบรับรอง…</source>
        <translation>Importing the certificate…</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="107"/>
        <source>กำหนดเอง</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="108"/>
        <source>ปีงบประมาณนี้</source>
        <translation>This fiscal year</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="109"/>
        <source>ปีงบประมาณที่แล้ว</source>
        <translation>Last fiscal year</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="110"/>
        <source>ไตรมาสนี้</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="111"/>
        <source>ไตรมาสที่แล้ว</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="112"/>
        <source>ทุกพื้นที่</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="113"/>
        <source>ข้อมูลของสำนักงานนี้</source>
        <translation>This office&apos;s records</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="114"/>
        <source>ข้อมูลที่อำเภอส่งมา</source>
        <translation>Records the districts sent</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="115"/>
        <source>ทุกอำเภอ</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="133"/>
        <source>เลือกช่วงเวลาและพื้นที่ แล้วกด “แสดง”</source>
        <translation>Choose the period and the area, then press “Show”</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="206"/>
        <source>โปรดระบุช่วงเวลาให้ครบทั้งวันเริ่มต้นและวันสิ้นสุด</source>
        <translation>Enter both the first and the last day of the period</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="210"/>
        <source>วันเริ่มต้นต้องไม่อยู่หลังวันสิ้นสุด</source>
        <translation>The first day must not be after the last day</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="242"/>
        <source>กำลังคำนวณสถิติ…</source>
        <translation>Computing the statistics…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="250"/>
        <source>{title}
ช่วงเวลา {start} – {end}   {area}
{legend}</source>
        <translation>{title}
Period {start} – {end}   {area}
{legend}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="255"/>
        <source>&lt;5 = น้อยกว่า 5 ราย   x = ปกปิดเพื่อไม่ให้คำนวณย้อนกลับได้</source>
        <translation>&lt;5 = fewer than 5   x = withheld so that it cannot be worked out from the totals</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="305"/>
        <source>ส่งออกสถิติเป็น Excel</source>
        <translation>Export the statistics as Excel</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="305"/>
        <source>ส่งออกสถิติเป็น PDF</source>
        <translation>Export the statistics as PDF</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="309"/>
        <source>สมุดงาน Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="309"/>
        <source>เอกสาร PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="340"/>
        <source>กำลังส่งออกสถิติ…</source>
        <translation>Exporting the statistics…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="352"/>
        <source>บันทึกแล้วที่ {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="363"/>
        <source>แทนที่ไฟล์เดิม</source>
        <translation>Replace the existing file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="368"/>
        <source>แทนที่</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/statistics/statistics_page.py" line="369"/>
        <source>ไม่แทนที่</source>
        <translation>Keep the existing file</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="14"/>
        <source>สถิติ</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="22"/>
        <source>ช่วงเวลา</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="39"/>
        <source>ตั้งแต่</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="52"/>
        <source>ถึง</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="65"/>
        <source>พื้นที่</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="85"/>
        <source>แสดง</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="106"/>
        <source>ข้อมูล</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="123"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="147"/>
        <source>ส่งออก Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="154"/>
        <source>ส่งออก PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="180"/>
        <source>ตารางสถิติ</source>
        <translation>Statistics tables</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="195"/>
        <source>ตาราง</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.ui" line="213"/>
        <source>แผนภูมิ</source>
        <translation>Chart</translation>
    </message>
</context>
<context>
    <name>StrictChoice</name>
    <message>
        <location filename="../../mdt_desktop/gui/widgets/strict_choice.py" line="74"/>
        <source>ไม่พบ “{text}” ในรายการ — พิมพ์ส่วนหนึ่งของรายการที่มี หรือกดลูกศรลงเพื่อเลือก</source>
        <translation>“{text}” is not in the list — type part of an entry, or press the down arrow to choose</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/widgets/strict_choice.py" line="77"/>
        <source>“{text}” ตรงกับหลายรายการ — พิมพ์ให้ชัดขึ้น หรือเลือกจากรายการ</source>
        <translation>“{text}” matches several entries — type more of it, or choose from the list</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/widgets/strict_choice.py" line="105"/>
        <source>ไม่พบ “{text}” ในรายการ</source>
        <translation>“{text}” is not in the list</translation>
    </message>
</context>
<context>
    <name>TrustedDistrictsDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="56"/>
        <source>อำเภอที่เชื่อถือ</source>
        <translation>Trusted districts</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="68"/>
        <source>ศูนย์ฯ รับแพ็กเกจเฉพาะที่ลงนามด้วยใบรับรองในรายการนี้ ลายนิ้วมือแต่ละใบแสดงเป็นสองบรรทัด เหมือนในหน้าตั้งค่าของอำเภอ</source>
        <translation>The centre takes in only packages signed with a certificate in this list. Each fingerprint is shown on two lines, as on the district&apos;s Settings page.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="76"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="76"/>
        <source>ลายนิ้วมือใบรับรอง (SHA-256)</source>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="89"/>
        <source>เพิ่มจากไฟล์ใบรับรอง…</source>
        <translation>Add from a certificate file…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="90"/>
        <source>เลิกเชื่อถือใบรับรองนี้…</source>
        <translation>Stop trusting this certificate…</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="91"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="98"/>
        <source>เทียบลายนิ้วมือก่อนยืนยัน</source>
        <translation>Compare the fingerprint before confirming</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="102"/>
        <source>โทรศัพท์ถึงอำเภอเจ้าของใบรับรอง ให้อ่านลายนิ้วมือจากหน้าตั้งค่าของอำเภอ แล้วเทียบกับที่แสดงด้านล่างทีละกลุ่ม ยืนยันเมื่อตรงกันทุกตัวเท่านั้น</source>
        <translation>Telephone the district the certificate belongs to, have them read the fingerprint from their Settings page, and compare it with the one below group by group. Confirm only when every character matches.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="112"/>
        <source>ลายนิ้วมือ</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="117"/>
        <source>เช่น อำเภอแม่กลอง</source>
        <translation>e.g. Mae Klong district</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="118"/>
        <source>ชื่ออำเภอ/สำนักงาน</source>
        <translation>District or office name</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="120"/>
        <source>ตรงกัน เชื่อถือใบรับรองนี้</source>
        <translation>They match: trust this certificate</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="121"/>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="249"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="159"/>
        <source>ไม่มีใบรับรองที่เชื่อถือ</source>
        <translation>No trusted certificate</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="188"/>
        <source>เลือกไฟล์ใบรับรองของอำเภอ</source>
        <translation>Choose the district&apos;s certificate file</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="190"/>
        <source>ใบรับรอง (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="190"/>
        <source>ทุกไฟล์ (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="238"/>
        <source>เลิกเชื่อถือใบรับรอง</source>
        <translation>Stop trusting a certificate</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="240"/>
        <source>เลิกเชื่อถือใบรับรองนี้ของ {district}?
{fingerprint}

ข้อมูลที่นำเข้าแล้วยังอยู่ แต่แพ็กเกจใหม่ที่ลงนามด้วยใบรับรองนี้จะถูกปฏิเสธ</source>
        <translation>Stop trusting this certificate of {district}?
{fingerprint}

What was imported stays, but new packages signed with it will be refused.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/centre/trusted_dialog.py" line="248"/>
        <source>เลิกเชื่อถือ</source>
        <translation>Stop trusting</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="520"/>
        <source>ไฟล์กุญแจเสียหายบางส่วน</source>
        <translation>Part of the key file is damaged</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="522"/>
        <source>ไฟล์กุญแจ {name}.keys บางส่วนเสียหายหรือถูกแก้ไข แต่ฐานข้อมูลเปิดได้และข้อมูลครบ โปรดเปลี่ยนรหัสผ่านและสร้างรหัสกู้คืนใหม่ในหน้าตั้งค่า เพื่อเขียนไฟล์กุญแจใหม่ทั้งไฟล์</source>
        <translation>Part of the key file {name}.keys is damaged or was altered, but the database opened and its data is complete. In Settings, change the passphrase and make a new recovery code: this writes the key file anew.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="340"/>
        <source>เปิด (รออีก {seconds} วินาที)</source>
        <translation>Open (wait {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="361"/>
        <source>รหัสกู้คืนใหม่</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="379"/>
        <source>รหัสผ่านทั้งสองช่องไม่ตรงกัน</source>
        <translation>The two passphrases do not match</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="398"/>
        <source>ไม่พบสำเนาสำรองในโฟลเดอร์ backups ข้างฐานข้อมูล หากมีสำเนาที่อื่น (เช่น แฟลชไดรฟ์ USB) เลือกได้จากปุ่มกู้คืน</source>
        <translation>No backup in the backups folder beside the database. A backup kept elsewhere (e.g. on a USB drive) can be chosen with the restore button.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="402"/>
        <source>สำเนาสำรองล่าสุด: {backup} เมื่อ {when}</source>
        <translation>Latest backup: {backup}, made {when}.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="408"/>
        <source>ไฟล์ {name} เสียหาย ข้อมูลบางส่วนอ่านไม่ได้ จึงไม่เปิดใช้งาน และไม่มีการแก้ไขไฟล์นี้ {backup} กู้คืนจากสำเนาสำรอง หรือกู้ข้อมูลที่ยังอ่านได้ไปยังไฟล์ใหม่</source>
        <translation>{name} is damaged: part of it cannot be read, so it was not opened, and it was not changed. {backup} Restore from a backup, or salvage what is still readable into a new file.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="431"/>
        <source>นำสำเนาสำรองกลับมาแทน {name} แล้ว ไฟล์เดิมย้ายไปเก็บไว้ที่ {aside} (ไม่ได้ลบ) ใส่รหัสผ่านของสำเนาสำรองเพื่อเปิด</source>
        <translation>The backup is now in place of {name}. The previous file was moved to {aside} (not deleted). Type the backup&apos;s passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="452"/>
        <source>เปิดไฟล์ที่กู้ข้อมูลมา {name}: ใช้รหัสผ่านเดิม</source>
        <translation>Opening the salvaged file {name}: use the same passphrase</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="468"/>
        <source>ไฟล์นี้เป็นแบบอ่านอย่างเดียว</source>
        <translation>this file is read-only</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="470"/>
        <source>โฟลเดอร์ที่เก็บไฟล์นี้เป็นแบบอ่านอย่างเดียว</source>
        <translation>the folder holding this file is read-only</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="472"/>
        <source>จะเปิดแบบอ่านอย่างเดียว (ดูและส่งออกได้ แต่แก้ไขไม่ได้) เพราะ{why}</source>
        <translation>It will open read-only (viewing and exporting, no editing) because {why}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="574"/>
        <source>ฐานข้อมูล: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="577"/>
        <source>เปิด</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/unlock.py" line="578"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="14"/>
        <source>เปิดฐานข้อมูล</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="33"/>
        <source>ฐานข้อมูลตัวอย่าง: รหัสผ่านคือ mdt-demo-2569</source>
        <translation>Demo database: the passphrase is mdt-demo-2569</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="70"/>
        <source>รหัสผ่าน</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="87"/>
        <source>&lt;a href=&quot;recovery&quot;&gt;ใช้รหัสกู้คืน&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;recovery&quot;&gt;Use the recovery code&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="107"/>
        <source>รหัสกู้คืน (ตัวอักษรและตัวเลข 24 ตัว เช่น ABCD-EFGH-...)</source>
        <translation>Recovery code (24 letters and digits, e.g. ABCD-EFGH-...)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="123"/>
        <source>&lt;a href=&quot;passphrase&quot;&gt;ใช้รหัสผ่าน&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;passphrase&quot;&gt;Use the passphrase&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="143"/>
        <source>เปิดด้วยรหัสกู้คืนแล้ว โปรดตั้งรหัสผ่านใหม่ก่อนใช้งานต่อ</source>
        <translation>Opened with the recovery code. Set a new passphrase before you go on.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="153"/>
        <source>รหัสผ่านใหม่</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="170"/>
        <source>พิมพ์รหัสผ่านใหม่อีกครั้ง</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="198"/>
        <source>จำรหัสผ่านบนเครื่องนี้</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="205"/>
        <source>&lt;a href=&quot;restore&quot;&gt;กู้คืนจากสำเนาสำรอง…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;restore&quot;&gt;Restore from a backup…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="215"/>
        <source>&lt;a href=&quot;server&quot;&gt;เปิดฐานข้อมูลบนเซิร์ฟเวอร์…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;server&quot;&gt;Open a database on a server…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="250"/>
        <source>กู้คืนจากสำเนาสำรอง…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="257"/>
        <source>กู้ข้อมูลที่อ่านได้ไปยังไฟล์ใหม่…</source>
        <translation>Salvage the readable data into a new file…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../mdt_desktop/gui/shell/crash.py" line="37"/>
        <source>เกิดข้อผิดพลาดที่ไม่คาดคิด</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../mdt_desktop/gui/shell/crash.py" line="38"/>
        <source>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิดและต้องปิดตัวลง
ข้อมูลที่บันทึกไปแล้วยังอยู่ครบในฐานข้อมูล

รายละเอียดสำหรับผู้ดูแลระบบอยู่ในไฟล์บันทึก:
{path}</source>
        <translation>The program met an unexpected error and must close.
Everything saved so far is safe in the database.

Details for an administrator are in the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../mdt_desktop/gui/common/editing.py" line="57"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
</context>
</TS>
