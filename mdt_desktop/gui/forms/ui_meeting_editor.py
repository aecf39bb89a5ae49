# Generated from ui/meeting_editor.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_editor.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QToolButton, QTreeView, QVBoxLayout,
    QWidget)

from mdt_desktop.gui.widgets.fitting import (ElidedLabel, TabCorner)

class Ui_MeetingEditor(object):
    def setupUi(self, MeetingEditor):
        if not MeetingEditor.objectName():
            MeetingEditor.setObjectName(u"MeetingEditor")
        self.mainLayout = QVBoxLayout(MeetingEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.topBar = QWidget(MeetingEditor)
        self.topBar.setObjectName(u"topBar")
        self.topBarLayout = QHBoxLayout(self.topBar)
        self.topBarLayout.setObjectName(u"topBarLayout")
        self.topBarLayout.setContentsMargins(0, 0, 0, 0)
        self.backButton = QPushButton(self.topBar)
        self.backButton.setObjectName(u"backButton")

        self.topBarLayout.addWidget(self.backButton)

        self.meetingTitleLabel = ElidedLabel(self.topBar)
        self.meetingTitleLabel.setObjectName(u"meetingTitleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.meetingTitleLabel.setFont(font)

        self.topBarLayout.addWidget(self.meetingTitleLabel)

        self.messageLabel = ElidedLabel(self.topBar)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #c62828;")
        self.messageLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.topBarLayout.addWidget(self.messageLabel)

        self.topBarLayout.setStretch(1, 3)
        self.topBarLayout.setStretch(2, 2)

        self.mainLayout.addWidget(self.topBar)

        self.headerSummaryBar = TabCorner(MeetingEditor)
        self.headerSummaryBar.setObjectName(u"headerSummaryBar")
        self.headerSummaryLayout = QHBoxLayout(self.headerSummaryBar)
        self.headerSummaryLayout.setObjectName(u"headerSummaryLayout")
        self.headerSummaryLayout.setContentsMargins(0, 0, 0, 0)
        self.headerSummaryLabel = ElidedLabel(self.headerSummaryBar)
        self.headerSummaryLabel.setObjectName(u"headerSummaryLabel")

        self.headerSummaryLayout.addWidget(self.headerSummaryLabel)

        self.headerToggleButton = QToolButton(self.headerSummaryBar)
        self.headerToggleButton.setObjectName(u"headerToggleButton")
        self.headerToggleButton.setCheckable(True)
        self.headerToggleButton.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.headerToggleButton.setArrowType(Qt.DownArrow)

        self.headerSummaryLayout.addWidget(self.headerToggleButton)

        self.headerSummaryLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.headerSummaryBar)

        self.headerGroup = QGroupBox(MeetingEditor)
        self.headerGroup.setObjectName(u"headerGroup")
        self.headerGrid = QGridLayout(self.headerGroup)
        self.headerGrid.setObjectName(u"headerGrid")
        self.numberLabel = QLabel(self.headerGroup)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerGrid.addWidget(self.numberLabel, 0, 0, 1, 1)

        self.numberWidget = QWidget(self.headerGroup)
        self.numberWidget.setObjectName(u"numberWidget")
        self.numberLayout = QHBoxLayout(self.numberWidget)
        self.numberLayout.setObjectName(u"numberLayout")
        self.numberLayout.setContentsMargins(0, 0, 0, 0)
        self.numberSpin = QSpinBox(self.numberWidget)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(999)

        self.numberLayout.addWidget(self.numberSpin)

        self.slashLabel = QLabel(self.numberWidget)
        self.slashLabel.setObjectName(u"slashLabel")

        self.numberLayout.addWidget(self.slashLabel)

        self.yearSpin = QSpinBox(self.numberWidget)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2400)
        self.yearSpin.setMaximum(2800)

        self.numberLayout.addWidget(self.yearSpin)


        self.headerGrid.addWidget(self.numberWidget, 0, 1, 1, 1)

        self.kindLabel = QLabel(self.headerGroup)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerGrid.addWidget(self.kindLabel, 0, 2, 1, 1)

        self.kindCombo = QComboBox(self.headerGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.headerGrid.addWidget(self.kindCombo, 0, 3, 1, 1)

        self.statusLabel = QLabel(self.headerGroup)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerGrid.addWidget(self.statusLabel, 0, 4, 1, 1)

        self.statusCombo = QComboBox(self.headerGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.headerGrid.addWidget(self.statusCombo, 0, 5, 1, 1)

        self.dateLabel = QLabel(self.headerGroup)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerGrid.addWidget(self.dateLabel, 1, 0, 1, 1)

        self.dateHolder = QWidget(self.headerGroup)
        self.dateHolder.setObjectName(u"dateHolder")

        self.headerGrid.addWidget(self.dateHolder, 1, 1, 1, 1)

        self.startLabel = QLabel(self.headerGroup)
        self.startLabel.setObjectName(u"startLabel")
        self.startLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerGrid.addWidget(self.startLabel, 1, 2, 1, 1)

        self.startEdit = QLineEdit(self.headerGroup)
        self.startEdit.setObjectName(u"startEdit")

        self.headerGrid.addWidget(self.startEdit, 1, 3, 1, 1)

        self.endLabel = QLabel(self.headerGroup)
        self.endLabel.setObjectName(u"endLabel")
        self.endLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerGrid.addWidget(self.endLabel, 1, 4, 1, 1)

        self.endEdit = QLineEdit(self.headerGroup)
        self.endEdit.setObjectName(u"endEdit")

        self.headerGrid.addWidget(self.endEdit, 1, 5, 1, 1)

        self.venueLabel = QLabel(self.headerGroup)
        self.venueLabel.setObjectName(u"venueLabel")
        self.venueLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerGrid.addWidget(self.venueLabel, 2, 0, 1, 1)

        self.venueEdit = QLineEdit(self.headerGroup)
        self.venueEdit.setObjectName(u"venueEdit")

        self.headerGrid.addWidget(self.venueEdit, 2, 1, 1, 3)

        self.recordingLabel = QLabel(self.headerGroup)
        self.recordingLabel.setObjectName(u"recordingLabel")
        self.recordingLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerGrid.addWidget(self.recordingLabel, 2, 4, 1, 1)

        self.recordingCombo = QComboBox(self.headerGroup)
        self.recordingCombo.setObjectName(u"recordingCombo")

        self.headerGrid.addWidget(self.recordingCombo, 2, 5, 1, 1)


        self.mainLayout.addWidget(self.headerGroup)

        self.tabs = QTabWidget(MeetingEditor)
        self.tabs.setObjectName(u"tabs")
        self.agendaTab = QWidget()
        self.agendaTab.setObjectName(u"agendaTab")
        self.agendaTabLayout = QHBoxLayout(self.agendaTab)
        self.agendaTabLayout.setObjectName(u"agendaTabLayout")
        self.agendaSplitter = QSplitter(self.agendaTab)
        self.agendaSplitter.setObjectName(u"agendaSplitter")
        self.agendaSplitter.setOrientation(Qt.Horizontal)
        self.agendaSplitter.setChildrenCollapsible(False)
        self.agendaPanel = QWidget(self.agendaSplitter)
        self.agendaPanel.setObjectName(u"agendaPanel")
        self.agendaPanelLayout = QVBoxLayout(self.agendaPanel)
        self.agendaPanelLayout.setObjectName(u"agendaPanelLayout")
        self.agendaPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.agendaTree = QTreeView(self.agendaPanel)
        self.agendaTree.setObjectName(u"agendaTree")
        self.agendaTree.setHeaderHidden(True)
        self.agendaTree.setTextElideMode(Qt.ElideRight)
        self.agendaTree.setWordWrap(False)

        self.agendaPanelLayout.addWidget(self.agendaTree)

        self.itemButtons = QWidget(self.agendaPanel)
        self.itemButtons.setObjectName(u"itemButtons")
        self.itemButtonsLayout = QHBoxLayout(self.itemButtons)
        self.itemButtonsLayout.setObjectName(u"itemButtonsLayout")
        self.itemButtonsLayout.setContentsMargins(0, 0, 0, 0)
        self.addItemButton = QPushButton(self.itemButtons)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtonsLayout.addWidget(self.addItemButton)

        self.addSubItemButton = QPushButton(self.itemButtons)
        self.addSubItemButton.setObjectName(u"addSubItemButton")

        self.itemButtonsLayout.addWidget(self.addSubItemButton)

        self.moveUpButton = QToolButton(self.itemButtons)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.itemButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(self.itemButtons)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.itemButtonsLayout.addWidget(self.moveDownButton)

        self.deleteItemButton = QPushButton(self.itemButtons)
        self.deleteItemButton.setObjectName(u"deleteItemButton")

        self.itemButtonsLayout.addWidget(self.deleteItemButton)


        self.agendaPanelLayout.addWidget(self.itemButtons)

        self.agendaSplitter.addWidget(self.agendaPanel)
        self.itemPanel = QWidget(self.agendaSplitter)
        self.itemPanel.setObjectName(u"itemPanel")
        self.itemPanelLayout = QVBoxLayout(self.itemPanel)
        self.itemPanelLayout.setObjectName(u"itemPanelLayout")
        self.itemPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.headingRow = QWidget(self.itemPanel)
        self.headingRow.setObjectName(u"headingRow")
        self.headingRowLayout = QHBoxLayout(self.headingRow)
        self.headingRowLayout.setObjectName(u"headingRowLayout")
        self.headingRowLayout.setContentsMargins(0, 0, 0, 0)
        self.itemHeadingLabel = ElidedLabel(self.headingRow)
        self.itemHeadingLabel.setObjectName(u"itemHeadingLabel")
        font1 = QFont()
        font1.setPointSize(13)
        font1.setBold(True)
        self.itemHeadingLabel.setFont(font1)

        self.headingRowLayout.addWidget(self.itemHeadingLabel)

        self.casesTitleLabel = QLabel(self.headingRow)
        self.casesTitleLabel.setObjectName(u"casesTitleLabel")

        self.headingRowLayout.addWidget(self.casesTitleLabel)

        self.caseCodeEdit = QLineEdit(self.headingRow)
        self.caseCodeEdit.setObjectName(u"caseCodeEdit")

        self.headingRowLayout.addWidget(self.caseCodeEdit)

        self.linkCaseButton = QPushButton(self.headingRow)
        self.linkCaseButton.setObjectName(u"linkCaseButton")

        self.headingRowLayout.addWidget(self.linkCaseButton)

        self.unlinkCaseButton = QPushButton(self.headingRow)
        self.unlinkCaseButton.setObjectName(u"unlinkCaseButton")

        self.headingRowLayout.addWidget(self.unlinkCaseButton)

        self.casesLabel = ElidedLabel(self.headingRow)
        self.casesLabel.setObjectName(u"casesLabel")

        self.headingRowLayout.addWidget(self.casesLabel)

        self.headingRowLayout.setStretch(0, 1)

        self.itemPanelLayout.addWidget(self.headingRow)

        self.titleWidget = QWidget(self.itemPanel)
        self.titleWidget.setObjectName(u"titleWidget")
        self.titleLayout = QHBoxLayout(self.titleWidget)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.titleWidget)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleEdit = QLineEdit(self.titleWidget)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleLayout.addWidget(self.titleEdit)

        self.measureLabel = QLabel(self.titleWidget)
        self.measureLabel.setObjectName(u"measureLabel")

        self.titleLayout.addWidget(self.measureLabel)

        self.measureCombo = QComboBox(self.titleWidget)
        self.measureCombo.setObjectName(u"measureCombo")

        self.titleLayout.addWidget(self.measureCombo)

        self.titleLayout.setStretch(1, 1)

        self.itemPanelLayout.addWidget(self.titleWidget)

        self.detailSplitter = QSplitter(self.itemPanel)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Vertical)
        self.detailSplitter.setChildrenCollapsible(False)
        self.textsSplitter = QSplitter(self.detailSplitter)
        self.textsSplitter.setObjectName(u"textsSplitter")
        self.textsSplitter.setOrientation(Qt.Horizontal)
        self.textsSplitter.setChildrenCollapsible(False)
        self.discussionPanel = QWidget(self.textsSplitter)
        self.discussionPanel.setObjectName(u"discussionPanel")
        self.discussionLayout = QVBoxLayout(self.discussionPanel)
        self.discussionLayout.setObjectName(u"discussionLayout")
        self.discussionLayout.setContentsMargins(0, 0, 0, 0)
        self.discussionHeader = QWidget(self.discussionPanel)
        self.discussionHeader.setObjectName(u"discussionHeader")
        self.discussionHeaderLayout = QHBoxLayout(self.discussionHeader)
        self.discussionHeaderLayout.setObjectName(u"discussionHeaderLayout")
        self.discussionHeaderLayout.setContentsMargins(0, 0, 0, 0)
        self.discussionLabel = QLabel(self.discussionHeader)
        self.discussionLabel.setObjectName(u"discussionLabel")

        self.discussionHeaderLayout.addWidget(self.discussionLabel)

        self.savedLabel = ElidedLabel(self.discussionHeader)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setStyleSheet(u"color: #5f6b5f;")
        self.savedLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.discussionHeaderLayout.addWidget(self.savedLabel)

        self.discussionHeaderLayout.setStretch(1, 1)

        self.discussionLayout.addWidget(self.discussionHeader)

        self.discussionEdit = QPlainTextEdit(self.discussionPanel)
        self.discussionEdit.setObjectName(u"discussionEdit")
        self.discussionEdit.setTabChangesFocus(True)

        self.discussionLayout.addWidget(self.discussionEdit)

        self.textsSplitter.addWidget(self.discussionPanel)
        self.resolutionPanel = QWidget(self.textsSplitter)
        self.resolutionPanel.setObjectName(u"resolutionPanel")
        self.resolutionLayout = QVBoxLayout(self.resolutionPanel)
        self.resolutionLayout.setObjectName(u"resolutionLayout")
        self.resolutionLayout.setContentsMargins(0, 0, 0, 0)
        self.resolutionLabel = QLabel(self.resolutionPanel)
        self.resolutionLabel.setObjectName(u"resolutionLabel")
        font2 = QFont()
        font2.setBold(True)
        self.resolutionLabel.setFont(font2)

        self.resolutionLayout.addWidget(self.resolutionLabel)

        self.resolutionEdit = QPlainTextEdit(self.resolutionPanel)
        self.resolutionEdit.setObjectName(u"resolutionEdit")
        self.resolutionEdit.setTabChangesFocus(True)

        self.resolutionLayout.addWidget(self.resolutionEdit)

        self.textsSplitter.addWidget(self.resolutionPanel)
        self.detailSplitter.addWidget(self.textsSplitter)
        self.actionsPanel = QWidget(self.detailSplitter)
        self.actionsPanel.setObjectName(u"actionsPanel")
        self.actionsLayout = QVBoxLayout(self.actionsPanel)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsHeader = QWidget(self.actionsPanel)
        self.actionsHeader.setObjectName(u"actionsHeader")
        self.actionsHeaderLayout = QHBoxLayout(self.actionsHeader)
        self.actionsHeaderLayout.setObjectName(u"actionsHeaderLayout")
        self.actionsHeaderLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLabel = QLabel(self.actionsHeader)
        self.actionsLabel.setObjectName(u"actionsLabel")
        self.actionsLabel.setFont(font2)

        self.actionsHeaderLayout.addWidget(self.actionsLabel)

        self.actionsHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsHeaderLayout.addItem(self.actionsHeaderSpacer)

        self.addActionButton = QPushButton(self.actionsHeader)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionsHeaderLayout.addWidget(self.addActionButton)

        self.editActionButton = QPushButton(self.actionsHeader)
        self.editActionButton.setObjectName(u"editActionButton")

        self.actionsHeaderLayout.addWidget(self.editActionButton)

        self.deleteActionButton = QPushButton(self.actionsHeader)
        self.deleteActionButton.setObjectName(u"deleteActionButton")

        self.actionsHeaderLayout.addWidget(self.deleteActionButton)


        self.actionsLayout.addWidget(self.actionsHeader)

        self.actionsTable = QTableView(self.actionsPanel)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actionsTable.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsTable)

        self.detailSplitter.addWidget(self.actionsPanel)
        self.carriedGroup = QGroupBox(self.detailSplitter)
        self.carriedGroup.setObjectName(u"carriedGroup")
        self.carriedLayout = QVBoxLayout(self.carriedGroup)
        self.carriedLayout.setObjectName(u"carriedLayout")
        self.carriedTable = QTableView(self.carriedGroup)
        self.carriedTable.setObjectName(u"carriedTable")
        self.carriedTable.setAlternatingRowColors(True)
        self.carriedTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.carriedTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.carriedTable.setWordWrap(False)

        self.carriedLayout.addWidget(self.carriedTable)

        self.historyView = QPlainTextEdit(self.carriedGroup)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setMaximumSize(QSize(16777215, 120))
        self.historyView.setReadOnly(True)

        self.carriedLayout.addWidget(self.historyView)

        self.progressWidget = QWidget(self.carriedGroup)
        self.progressWidget.setObjectName(u"progressWidget")
        self.progressLayout = QHBoxLayout(self.progressWidget)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressLabel = QLabel(self.progressWidget)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressLayout.addWidget(self.progressLabel)

        self.progressNoteEdit = QLineEdit(self.progressWidget)
        self.progressNoteEdit.setObjectName(u"progressNoteEdit")

        self.progressLayout.addWidget(self.progressNoteEdit)

        self.progressStatusCombo = QComboBox(self.progressWidget)
        self.progressStatusCombo.setObjectName(u"progressStatusCombo")

        self.progressLayout.addWidget(self.progressStatusCombo)

        self.recordProgressButton = QPushButton(self.progressWidget)
        self.recordProgressButton.setObjectName(u"recordProgressButton")

        self.progressLayout.addWidget(self.recordProgressButton)


        self.carriedLayout.addWidget(self.progressWidget)

        self.carriedLayout.setStretch(0, 1)
        self.detailSplitter.addWidget(self.carriedGroup)

        self.itemPanelLayout.addWidget(self.detailSplitter)

        self.agendaSplitter.addWidget(self.itemPanel)

        self.agendaTabLayout.addWidget(self.agendaSplitter)

        self.tabs.addTab(self.agendaTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceTabLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceTabLayout.setObjectName(u"attendanceTabLayout")
        self.confidentialityLabel = QLabel(self.attendanceTab)
        self.confidentialityLabel.setObjectName(u"confidentialityLabel")
        self.confidentialityLabel.setWordWrap(True)

        self.attendanceTabLayout.addWidget(self.confidentialityLabel)

        self.attendanceTable = QTableView(self.attendanceTab)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setAlternatingRowColors(True)
        self.attendanceTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.attendanceTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.attendanceTable.setWordWrap(True)

        self.attendanceTabLayout.addWidget(self.attendanceTable)

        self.attendeeWidget = QWidget(self.attendanceTab)
        self.attendeeWidget.setObjectName(u"attendeeWidget")
        self.attendeeLayout = QHBoxLayout(self.attendeeWidget)
        self.attendeeLayout.setObjectName(u"attendeeLayout")
        self.attendeeLayout.setContentsMargins(0, 0, 0, 0)
        self.attendeeCategoryCombo = QComboBox(self.attendeeWidget)
        self.attendeeCategoryCombo.setObjectName(u"attendeeCategoryCombo")

        self.attendeeLayout.addWidget(self.attendeeCategoryCombo)

        self.attendeeNameEdit = QLineEdit(self.attendeeWidget)
        self.attendeeNameEdit.setObjectName(u"attendeeNameEdit")

        self.attendeeLayout.addWidget(self.attendeeNameEdit)

        self.attendeePositionEdit = QLineEdit(self.attendeeWidget)
        self.attendeePositionEdit.setObjectName(u"attendeePositionEdit")

        self.attendeeLayout.addWidget(self.attendeePositionEdit)

        self.addAttendeeButton = QPushButton(self.attendeeWidget)
        self.addAttendeeButton.setObjectName(u"addAttendeeButton")

        self.attendeeLayout.addWidget(self.addAttendeeButton)

        self.removeAttendeeButton = QPushButton(self.attendeeWidget)
        self.removeAttendeeButton.setObjectName(u"removeAttendeeButton")

        self.attendeeLayout.addWidget(self.removeAttendeeButton)


        self.attendanceTabLayout.addWidget(self.attendeeWidget)

        self.tabs.addTab(self.attendanceTab, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(MeetingEditor)

        QMetaObject.connectSlotsByName(MeetingEditor)
    # setupUi

    def retranslateUi(self, MeetingEditor):
        self.backButton.setText(QCoreApplication.translate("MeetingEditor", u"\u2190 \u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.meetingTitleLabel.setText("")
        self.messageLabel.setText("")
        self.headerSummaryLabel.setText("")
        self.headerToggleButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e41\u0e01\u0e49\u0e44\u0e02\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.headerGroup.setTitle(QCoreApplication.translate("MeetingEditor", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.numberLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e04\u0e23\u0e31\u0e49\u0e07\u0e17\u0e35\u0e48", None))
        self.slashLabel.setText(QCoreApplication.translate("MeetingEditor", u"/", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17", None))
        self.statusLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e2a\u0e16\u0e32\u0e19\u0e30", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        self.startLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e40\u0e27\u0e25\u0e32", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("MeetingEditor", u"09.30", None))
        self.endLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e40\u0e25\u0e34\u0e01\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e40\u0e27\u0e25\u0e32", None))
        self.endEdit.setPlaceholderText(QCoreApplication.translate("MeetingEditor", u"12.00", None))
        self.venueLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e13", None))
        self.recordingLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e01\u0e32\u0e23\u0e08\u0e14\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
        self.addItemButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07", None))
        self.addSubItemButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e22\u0e48\u0e2d\u0e22", None))
        self.moveUpButton.setText(QCoreApplication.translate("MeetingEditor", u"\u25b2", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("MeetingEditor", u"\u0e40\u0e25\u0e37\u0e48\u0e2d\u0e19\u0e02\u0e36\u0e49\u0e19", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("MeetingEditor", u"\u25bc", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("MeetingEditor", u"\u0e40\u0e25\u0e37\u0e48\u0e2d\u0e19\u0e25\u0e07", None))
#endif // QT_CONFIG(tooltip)
        self.deleteItemButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e25\u0e1a\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07", None))
        self.itemHeadingLabel.setText("")
        self.casesTitleLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e01\u0e23\u0e13\u0e35", None))
        self.caseCodeEdit.setPlaceholderText(QCoreApplication.translate("MeetingEditor", u"\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e23\u0e13\u0e35", None))
        self.linkCaseButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e40\u0e0a\u0e37\u0e48\u0e2d\u0e21\u0e01\u0e23\u0e13\u0e35", None))
        self.unlinkCaseButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e22\u0e01\u0e40\u0e25\u0e34\u0e01\u0e01\u0e32\u0e23\u0e40\u0e0a\u0e37\u0e48\u0e2d\u0e21", None))
        self.casesLabel.setText("")
        self.titleLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e0a\u0e37\u0e48\u0e2d\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07", None))
        self.measureLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.discussionLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e2a\u0e32\u0e23\u0e30\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.savedLabel.setText("")
        self.resolutionLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e21\u0e15\u0e34\u0e17\u0e35\u0e48\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.actionsLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22", None))
        self.addActionButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22\u0e07\u0e32\u0e19 (Ctrl+Enter)", None))
        self.editActionButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e41\u0e01\u0e49\u0e44\u0e02\u0e07\u0e32\u0e19", None))
        self.deleteActionButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e25\u0e1a\u0e07\u0e32\u0e19", None))
        self.carriedGroup.setTitle(QCoreApplication.translate("MeetingEditor", u"\u0e07\u0e32\u0e19\u0e08\u0e32\u0e01\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e04\u0e23\u0e31\u0e49\u0e07\u0e01\u0e48\u0e2d\u0e19\u0e17\u0e35\u0e48\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e41\u0e25\u0e49\u0e27\u0e40\u0e2a\u0e23\u0e47\u0e08", None))
        self.historyView.setPlaceholderText(QCoreApplication.translate("MeetingEditor", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e07\u0e32\u0e19\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07\u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e14\u0e39\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32", None))
        self.progressLabel.setText(QCoreApplication.translate("MeetingEditor", u"\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32", None))
        self.recordProgressButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32", None))
        self.tabs.setTabText(self.tabs.indexOf(self.agendaTab), QCoreApplication.translate("MeetingEditor", u"\u0e23\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e1a\u0e27\u0e32\u0e23\u0e30", None))
        self.confidentialityLabel.setText("")
        self.attendeeNameEdit.setPlaceholderText(QCoreApplication.translate("MeetingEditor", u"\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25", None))
        self.attendeePositionEdit.setPlaceholderText(QCoreApplication.translate("MeetingEditor", u"\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07/\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.addAttendeeButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1c\u0e39\u0e49\u0e40\u0e02\u0e49\u0e32\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.removeAttendeeButton.setText(QCoreApplication.translate("MeetingEditor", u"\u0e25\u0e1a\u0e41\u0e16\u0e27\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendanceTab), QCoreApplication.translate("MeetingEditor", u"\u0e1c\u0e39\u0e49\u0e40\u0e02\u0e49\u0e32\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        pass
    # retranslateUi
