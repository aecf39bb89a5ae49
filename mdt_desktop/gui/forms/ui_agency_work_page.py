# Generated from ui/agency_work_page.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_work_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AgencyWorkPage(object):
    def setupUi(self, AgencyWorkPage):
        if not AgencyWorkPage.objectName():
            AgencyWorkPage.setObjectName(u"AgencyWorkPage")
        AgencyWorkPage.resize(1100, 700)
        self.mainLayout = QVBoxLayout(AgencyWorkPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AgencyWorkPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AgencyWorkPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.table = QTableView(AgencyWorkPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)

        self.mainLayout.addWidget(self.table)

        self.countLabel = QLabel(AgencyWorkPage)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.lowerLayout = QHBoxLayout()
        self.lowerLayout.setObjectName(u"lowerLayout")
        self.historyGroup = QGroupBox(AgencyWorkPage)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QPlainTextEdit(self.historyGroup)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setTabChangesFocus(True)
        self.historyView.setReadOnly(True)

        self.historyLayout.addWidget(self.historyView)


        self.lowerLayout.addWidget(self.historyGroup)

        self.reportGroup = QGroupBox(AgencyWorkPage)
        self.reportGroup.setObjectName(u"reportGroup")
        self.reportLayout = QVBoxLayout(self.reportGroup)
        self.reportLayout.setObjectName(u"reportLayout")
        self.selectedLabel = QLabel(self.reportGroup)
        self.selectedLabel.setObjectName(u"selectedLabel")
        self.selectedLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.selectedLabel)

        self.reportForm = QFormLayout()
        self.reportForm.setObjectName(u"reportForm")
        self.reportForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(self.reportGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.reportGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.noteLabel = QLabel(self.reportGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.reportGroup)
        self.noteEdit.setObjectName(u"noteEdit")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.reportLayout.addLayout(self.reportForm)

        self.reportButtons = QHBoxLayout()
        self.reportButtons.setObjectName(u"reportButtons")
        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportButtons.addItem(self.reportSpacer)

        self.reportButton = QPushButton(self.reportGroup)
        self.reportButton.setObjectName(u"reportButton")

        self.reportButtons.addWidget(self.reportButton)


        self.reportLayout.addLayout(self.reportButtons)

        self.messageLabel = QLabel(self.reportGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.messageLabel)

        self.reportBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reportLayout.addItem(self.reportBottomSpacer)


        self.lowerLayout.addWidget(self.reportGroup)


        self.mainLayout.addLayout(self.lowerLayout)

        self.mainLayout.setStretch(2, 3)
        self.mainLayout.setStretch(4, 2)
#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.historyView)

        self.retranslateUi(AgencyWorkPage)

        QMetaObject.connectSlotsByName(AgencyWorkPage)
    # setupUi

    def retranslateUi(self, AgencyWorkPage):
        self.titleLabel.setText(QCoreApplication.translate("AgencyWorkPage", u"\u0e07\u0e32\u0e19\u0e02\u0e2d\u0e07\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e09\u0e31\u0e19", None))
        self.introLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AgencyWorkPage", u"\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e40\u0e2a\u0e23\u0e47\u0e08\u0e02\u0e2d\u0e07\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.historyGroup.setTitle(QCoreApplication.translate("AgencyWorkPage", u"\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e41\u0e25\u0e49\u0e27", None))
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleName(QCoreApplication.translate("AgencyWorkPage", u"\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e41\u0e25\u0e49\u0e27", None))
#endif // QT_CONFIG(accessibility)
        self.reportGroup.setTitle(QCoreApplication.translate("AgencyWorkPage", u"\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32\u0e02\u0e2d\u0e07\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.selectedLabel.setText("")
        self.statusLabel.setText(QCoreApplication.translate("AgencyWorkPage", u"\u0e2a\u0e16\u0e32\u0e19\u0e30", None))
        self.noteLabel.setText(QCoreApplication.translate("AgencyWorkPage", u"\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32 / \u0e40\u0e2b\u0e15\u0e38\u0e1c\u0e25", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AgencyWorkPage", u"\u0e40\u0e0a\u0e48\u0e19 \u0e2d\u0e2d\u0e01\u0e40\u0e22\u0e35\u0e48\u0e22\u0e21\u0e1a\u0e49\u0e32\u0e19\u0e41\u0e25\u0e49\u0e27\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e27\u0e31\u0e19\u0e08\u0e31\u0e19\u0e17\u0e23\u0e4c (Enter \u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01)", None))
        self.reportButton.setText(QCoreApplication.translate("AgencyWorkPage", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi
