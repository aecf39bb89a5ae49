# Generated from ui/referral_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from mdt_desktop.gui.widgets.agency_picker import AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_ReferralDialog(object):
    def setupUi(self, ReferralDialog):
        if not ReferralDialog.objectName():
            ReferralDialog.setObjectName(u"ReferralDialog")
        ReferralDialog.resize(1120, 700)
        self.mainLayout = QVBoxLayout(ReferralDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.caseLabel = QLabel(ReferralDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setStyleSheet(u"font-weight: bold;")

        self.headerRow.addWidget(self.caseLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.resolveButton = QPushButton(ReferralDialog)
        self.resolveButton.setObjectName(u"resolveButton")
        self.resolveButton.setAutoDefault(False)

        self.headerRow.addWidget(self.resolveButton)


        self.mainLayout.addLayout(self.headerRow)

        self.caseError = QLabel(ReferralDialog)
        self.caseError.setObjectName(u"caseError")
        self.caseError.setWordWrap(True)
        self.caseError.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.caseError)

        self.referralsTable = QTableView(ReferralDialog)
        self.referralsTable.setObjectName(u"referralsTable")
        self.referralsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.referralsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.referralsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.referralsTable.setWordWrap(False)

        self.mainLayout.addWidget(self.referralsTable)

        self.formsRow = QHBoxLayout()
        self.formsRow.setObjectName(u"formsRow")
        self.sendGroup = QGroupBox(ReferralDialog)
        self.sendGroup.setObjectName(u"sendGroup")
        self.sendLayout = QGridLayout(self.sendGroup)
        self.sendLayout.setObjectName(u"sendLayout")
        self.fromLabel = QLabel(self.sendGroup)
        self.fromLabel.setObjectName(u"fromLabel")

        self.sendLayout.addWidget(self.fromLabel, 0, 0, 1, 1)

        self.fromAgency = AgencyPicker(self.sendGroup)
        self.fromAgency.setObjectName(u"fromAgency")

        self.sendLayout.addWidget(self.fromAgency, 0, 1, 1, 1)

        self.toLabel = QLabel(self.sendGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.sendLayout.addWidget(self.toLabel, 1, 0, 1, 1)

        self.toAgency = AgencyPicker(self.sendGroup)
        self.toAgency.setObjectName(u"toAgency")

        self.sendLayout.addWidget(self.toAgency, 1, 1, 1, 1)

        self.serviceLabel = QLabel(self.sendGroup)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.sendLayout.addWidget(self.serviceLabel, 2, 0, 1, 1)

        self.service = QComboBox(self.sendGroup)
        self.service.setObjectName(u"service")

        self.sendLayout.addWidget(self.service, 2, 1, 1, 1)

        self.sentOnLabel = QLabel(self.sendGroup)
        self.sentOnLabel.setObjectName(u"sentOnLabel")

        self.sendLayout.addWidget(self.sentOnLabel, 3, 0, 1, 1)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.sentOn = BeDateEdit(self.sendGroup)
        self.sentOn.setObjectName(u"sentOn")

        self.datesRow.addWidget(self.sentOn)

        self.answerDueLabel = QLabel(self.sendGroup)
        self.answerDueLabel.setObjectName(u"answerDueLabel")

        self.datesRow.addWidget(self.answerDueLabel)

        self.answerDue = BeDateEdit(self.sendGroup)
        self.answerDue.setObjectName(u"answerDue")

        self.datesRow.addWidget(self.answerDue)


        self.sendLayout.addLayout(self.datesRow, 3, 1, 1, 1)

        self.escalation = QCheckBox(self.sendGroup)
        self.escalation.setObjectName(u"escalation")

        self.sendLayout.addWidget(self.escalation, 4, 0, 1, 2)

        self.sharesIdentity = QCheckBox(self.sendGroup)
        self.sharesIdentity.setObjectName(u"sharesIdentity")

        self.sendLayout.addWidget(self.sharesIdentity, 5, 0, 1, 2)

        self.consentLabel = QLabel(self.sendGroup)
        self.consentLabel.setObjectName(u"consentLabel")
        self.consentLabel.setWordWrap(True)

        self.sendLayout.addWidget(self.consentLabel, 6, 0, 1, 2)

        self.groundLabel = QLabel(self.sendGroup)
        self.groundLabel.setObjectName(u"groundLabel")

        self.sendLayout.addWidget(self.groundLabel, 7, 0, 1, 1)

        self.ground = QComboBox(self.sendGroup)
        self.ground.setObjectName(u"ground")

        self.sendLayout.addWidget(self.ground, 7, 1, 1, 1)

        self.noteLabel = QLabel(self.sendGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.sendLayout.addWidget(self.noteLabel, 8, 0, 1, 1)

        self.sharingNote = QPlainTextEdit(self.sendGroup)
        self.sharingNote.setObjectName(u"sharingNote")
        self.sharingNote.setMaximumSize(QSize(16777215, 60))
        self.sharingNote.setTabChangesFocus(True)

        self.sendLayout.addWidget(self.sharingNote, 8, 1, 1, 1)

        self.decidedByLabel = QLabel(self.sendGroup)
        self.decidedByLabel.setObjectName(u"decidedByLabel")

        self.sendLayout.addWidget(self.decidedByLabel, 9, 0, 1, 1)

        self.decidedBy = QLineEdit(self.sendGroup)
        self.decidedBy.setObjectName(u"decidedBy")

        self.sendLayout.addWidget(self.decidedBy, 9, 1, 1, 1)

        self.sendError = QLabel(self.sendGroup)
        self.sendError.setObjectName(u"sendError")
        self.sendError.setWordWrap(True)
        self.sendError.setStyleSheet(u"color: #b71c1c;")

        self.sendLayout.addWidget(self.sendError, 10, 0, 1, 2)

        self.sendButtonRow = QHBoxLayout()
        self.sendButtonRow.setObjectName(u"sendButtonRow")
        self.sendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sendButtonRow.addItem(self.sendSpacer)

        self.sendButton = QPushButton(self.sendGroup)
        self.sendButton.setObjectName(u"sendButton")
        self.sendButton.setAutoDefault(False)

        self.sendButtonRow.addWidget(self.sendButton)


        self.sendLayout.addLayout(self.sendButtonRow, 11, 0, 1, 2)


        self.formsRow.addWidget(self.sendGroup)

        self.answerGroup = QGroupBox(ReferralDialog)
        self.answerGroup.setObjectName(u"answerGroup")
        self.answerLayout = QGridLayout(self.answerGroup)
        self.answerLayout.setObjectName(u"answerLayout")
        self.selectedLabel = QLabel(self.answerGroup)
        self.selectedLabel.setObjectName(u"selectedLabel")
        self.selectedLabel.setWordWrap(True)

        self.answerLayout.addWidget(self.selectedLabel, 0, 0, 1, 2)

        self.answerLabel = QLabel(self.answerGroup)
        self.answerLabel.setObjectName(u"answerLabel")

        self.answerLayout.addWidget(self.answerLabel, 1, 0, 1, 1)

        self.answerRow = QHBoxLayout()
        self.answerRow.setObjectName(u"answerRow")
        self.accepted = QRadioButton(self.answerGroup)
        self.accepted.setObjectName(u"accepted")
        self.accepted.setChecked(True)

        self.answerRow.addWidget(self.accepted)

        self.refused = QRadioButton(self.answerGroup)
        self.refused.setObjectName(u"refused")

        self.answerRow.addWidget(self.refused)

        self.answerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerRow.addItem(self.answerSpacer)


        self.answerLayout.addLayout(self.answerRow, 1, 1, 1, 1)

        self.answeredOnLabel = QLabel(self.answerGroup)
        self.answeredOnLabel.setObjectName(u"answeredOnLabel")

        self.answerLayout.addWidget(self.answeredOnLabel, 2, 0, 1, 1)

        self.answeredOn = BeDateEdit(self.answerGroup)
        self.answeredOn.setObjectName(u"answeredOn")

        self.answerLayout.addWidget(self.answeredOn, 2, 1, 1, 1)

        self.reasonLabel = QLabel(self.answerGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.answerLayout.addWidget(self.reasonLabel, 3, 0, 1, 1)

        self.refusalReason = QPlainTextEdit(self.answerGroup)
        self.refusalReason.setObjectName(u"refusalReason")
        self.refusalReason.setMaximumSize(QSize(16777215, 60))
        self.refusalReason.setTabChangesFocus(True)

        self.answerLayout.addWidget(self.refusalReason, 3, 1, 1, 1)

        self.answerButtonRow = QHBoxLayout()
        self.answerButtonRow.setObjectName(u"answerButtonRow")
        self.answerButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerButtonRow.addItem(self.answerButtonSpacer)

        self.answerButton = QPushButton(self.answerGroup)
        self.answerButton.setObjectName(u"answerButton")
        self.answerButton.setAutoDefault(False)

        self.answerButtonRow.addWidget(self.answerButton)


        self.answerLayout.addLayout(self.answerButtonRow, 4, 0, 1, 2)

        self.outcomeLabel = QLabel(self.answerGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.answerLayout.addWidget(self.outcomeLabel, 5, 0, 1, 1)

        self.outcome = QPlainTextEdit(self.answerGroup)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setMaximumSize(QSize(16777215, 60))
        self.outcome.setTabChangesFocus(True)

        self.answerLayout.addWidget(self.outcome, 5, 1, 1, 1)

        self.outcomeButtonRow = QHBoxLayout()
        self.outcomeButtonRow.setObjectName(u"outcomeButtonRow")
        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeButtonRow.addItem(self.outcomeSpacer)

        self.outcomeButton = QPushButton(self.answerGroup)
        self.outcomeButton.setObjectName(u"outcomeButton")
        self.outcomeButton.setAutoDefault(False)

        self.outcomeButtonRow.addWidget(self.outcomeButton)


        self.answerLayout.addLayout(self.outcomeButtonRow, 6, 0, 1, 2)

        self.answerError = QLabel(self.answerGroup)
        self.answerError.setObjectName(u"answerError")
        self.answerError.setWordWrap(True)
        self.answerError.setStyleSheet(u"color: #b71c1c;")

        self.answerLayout.addWidget(self.answerError, 7, 0, 1, 2)


        self.formsRow.addWidget(self.answerGroup)


        self.mainLayout.addLayout(self.formsRow)

        self.buttonBox = QDialogButtonBox(ReferralDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromAgency)
        self.toLabel.setBuddy(self.toAgency)
        self.serviceLabel.setBuddy(self.service)
        self.sentOnLabel.setBuddy(self.sentOn)
        self.answerDueLabel.setBuddy(self.answerDue)
        self.groundLabel.setBuddy(self.ground)
        self.noteLabel.setBuddy(self.sharingNote)
        self.decidedByLabel.setBuddy(self.decidedBy)
        self.answeredOnLabel.setBuddy(self.answeredOn)
        self.reasonLabel.setBuddy(self.refusalReason)
        self.outcomeLabel.setBuddy(self.outcome)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferralDialog)

        QMetaObject.connectSlotsByName(ReferralDialog)
    # setupUi

    def retranslateUi(self, ReferralDialog):
        ReferralDialog.setWindowTitle(QCoreApplication.translate("ReferralDialog", u"\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d", None))
        self.caseLabel.setText("")
        self.resolveButton.setText(QCoreApplication.translate("ReferralDialog", u"\u0e22\u0e38\u0e15\u0e34\u0e44\u0e14\u0e49\u0e43\u0e19\u0e23\u0e30\u0e14\u0e31\u0e1a\u0e2d\u0e33\u0e40\u0e20\u0e2d", None))
#if QT_CONFIG(tooltip)
        self.resolveButton.setToolTip(QCoreApplication.translate("ReferralDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e27\u0e48\u0e32\u0e01\u0e23\u0e13\u0e35\u0e19\u0e35\u0e49\u0e22\u0e38\u0e15\u0e34\u0e44\u0e14\u0e49\u0e43\u0e19\u0e23\u0e30\u0e14\u0e31\u0e1a\u0e2d\u0e33\u0e40\u0e20\u0e2d \u0e44\u0e21\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d\u0e28\u0e39\u0e19\u0e22\u0e4c\u0e23\u0e30\u0e14\u0e31\u0e1a\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
#endif // QT_CONFIG(tooltip)
        self.caseError.setText("")
        self.sendGroup.setTitle(QCoreApplication.translate("ReferralDialog", u"\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d\u0e01\u0e23\u0e13\u0e35\u0e19\u0e35\u0e49", None))
        self.fromLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e08\u0e32\u0e01\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.toLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e16\u0e36\u0e07\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.serviceLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23", None))
        self.sentOnLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e2a\u0e48\u0e07\u0e40\u0e21\u0e37\u0e48\u0e2d", None))
        self.answerDueLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e01\u0e33\u0e2b\u0e19\u0e14\u0e15\u0e2d\u0e1a", None))
        self.escalation.setText(QCoreApplication.translate("ReferralDialog", u"\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d\u0e28\u0e39\u0e19\u0e22\u0e4c\u0e23\u0e30\u0e14\u0e31\u0e1a\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14 (\u0e22\u0e01\u0e23\u0e30\u0e14\u0e31\u0e1a\u0e01\u0e23\u0e13\u0e35)", None))
        self.sharesIdentity.setText(QCoreApplication.translate("ReferralDialog", u"\u0e2a\u0e48\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e1a\u0e38\u0e04\u0e04\u0e25\u0e44\u0e1b\u0e14\u0e49\u0e27\u0e22", None))
        self.consentLabel.setText("")
        self.groundLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e40\u0e2b\u0e15\u0e38\u0e17\u0e35\u0e48\u0e2a\u0e48\u0e07\u0e42\u0e14\u0e22\u0e44\u0e21\u0e48\u0e21\u0e35\u0e04\u0e27\u0e32\u0e21\u0e22\u0e34\u0e19\u0e22\u0e2d\u0e21", None))
        self.noteLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e40\u0e2b\u0e15\u0e38\u0e1c\u0e25", None))
        self.decidedByLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e1c\u0e39\u0e49\u0e21\u0e35\u0e2d\u0e33\u0e19\u0e32\u0e08\u0e15\u0e31\u0e14\u0e2a\u0e34\u0e19\u0e43\u0e08", None))
        self.sendError.setText("")
        self.sendButton.setText(QCoreApplication.translate("ReferralDialog", u"\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d", None))
        self.answerGroup.setTitle(QCoreApplication.translate("ReferralDialog", u"\u0e04\u0e33\u0e15\u0e2d\u0e1a\u0e41\u0e25\u0e30\u0e1c\u0e25\u0e02\u0e2d\u0e07\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.selectedLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07\u0e14\u0e49\u0e32\u0e19\u0e1a\u0e19", None))
        self.answerLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e04\u0e33\u0e15\u0e2d\u0e1a", None))
        self.accepted.setText(QCoreApplication.translate("ReferralDialog", u"\u0e23\u0e31\u0e1a\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07", None))
        self.refused.setText(QCoreApplication.translate("ReferralDialog", u"\u0e1b\u0e0f\u0e34\u0e40\u0e2a\u0e18", None))
        self.answeredOnLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e15\u0e2d\u0e1a", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e40\u0e2b\u0e15\u0e38\u0e1c\u0e25\u0e17\u0e35\u0e48\u0e1b\u0e0f\u0e34\u0e40\u0e2a\u0e18", None))
        self.answerButton.setText(QCoreApplication.translate("ReferralDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e04\u0e33\u0e15\u0e2d\u0e1a", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ReferralDialog", u"\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d", None))
        self.outcomeButton.setText(QCoreApplication.translate("ReferralDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e1c\u0e25", None))
        self.answerError.setText("")
    # retranslateUi
