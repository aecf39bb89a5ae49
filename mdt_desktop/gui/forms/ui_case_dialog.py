# Generated from ui/case_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.privacyNote = QLabel(CaseDialog)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.mainLayout.addWidget(self.privacyNote)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.bodyLabel = QLabel(CaseDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QComboBox(CaseDialog)
        self.body.setObjectName(u"body")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.body)

        self.caseTypeLabel = QLabel(CaseDialog)
        self.caseTypeLabel.setObjectName(u"caseTypeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.caseTypeLabel)

        self.caseType = QComboBox(CaseDialog)
        self.caseType.setObjectName(u"caseType")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.caseType)

        self.intakeDateLabel = QLabel(CaseDialog)
        self.intakeDateLabel.setObjectName(u"intakeDateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.intakeDateLabel)

        self.intakeDate = BeDateEdit(CaseDialog)
        self.intakeDate.setObjectName(u"intakeDate")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.intakeDate)

        self.intakeChannelLabel = QLabel(CaseDialog)
        self.intakeChannelLabel.setObjectName(u"intakeChannelLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.intakeChannelLabel)

        self.intakeChannel = QComboBox(CaseDialog)
        self.intakeChannel.setObjectName(u"intakeChannel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.intakeChannel)

        self.isChild = QCheckBox(CaseDialog)
        self.isChild.setObjectName(u"isChild")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.isChild)

        self.childStatusLabel = QLabel(CaseDialog)
        self.childStatusLabel.setObjectName(u"childStatusLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.childStatusLabel)

        self.childStatus = QComboBox(CaseDialog)
        self.childStatus.setObjectName(u"childStatus")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.childStatus)

        self.stageLabel = QLabel(CaseDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stage = QComboBox(CaseDialog)
        self.stage.setObjectName(u"stage")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.stage)

        self.outcomeLabel = QLabel(CaseDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QComboBox(CaseDialog)
        self.outcome.setObjectName(u"outcome")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.summaryLabel = QLabel(CaseDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(CaseDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.summary)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bodyLabel.setBuddy(self.body)
        self.caseTypeLabel.setBuddy(self.caseType)
        self.intakeDateLabel.setBuddy(self.intakeDate)
        self.intakeChannelLabel.setBuddy(self.intakeChannel)
        self.childStatusLabel.setBuddy(self.childStatus)
        self.stageLabel.setBuddy(self.stage)
        self.outcomeLabel.setBuddy(self.outcome)
        self.summaryLabel.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseDialog)

        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"\u0e01\u0e23\u0e13\u0e35\u0e43\u0e2b\u0e21\u0e48", None))
        self.privacyNote.setText(QCoreApplication.translate("CaseDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e23\u0e13\u0e35\u0e2a\u0e23\u0e49\u0e32\u0e07\u0e43\u0e2b\u0e49\u0e2d\u0e31\u0e15\u0e42\u0e19\u0e21\u0e31\u0e15\u0e34 \u0e2b\u0e49\u0e32\u0e21\u0e43\u0e2a\u0e48\u0e0a\u0e37\u0e48\u0e2d \u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48 \u0e2b\u0e23\u0e37\u0e2d\u0e40\u0e1a\u0e2d\u0e23\u0e4c\u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c\u0e43\u0e19\u0e2a\u0e23\u0e38\u0e1b\u0e2a\u0e16\u0e32\u0e19\u0e01\u0e32\u0e23\u0e13\u0e4c", None))
        self.bodyLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0e04\u0e13\u0e30/\u0e17\u0e35\u0e21", None))
        self.caseTypeLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17\u0e01\u0e23\u0e13\u0e35", None))
        self.intakeDateLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0e27\u0e31\u0e19\u0e23\u0e31\u0e1a\u0e41\u0e08\u0e49\u0e07", None))
        self.intakeChannelLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0e0a\u0e48\u0e2d\u0e07\u0e17\u0e32\u0e07\u0e23\u0e31\u0e1a\u0e41\u0e08\u0e49\u0e07", None))
        self.isChild.setText(QCoreApplication.translate("CaseDialog", u"\u0e40\u0e1b\u0e47\u0e19\u0e40\u0e14\u0e47\u0e01 (\u0e2d\u0e32\u0e22\u0e38\u0e15\u0e48\u0e33\u0e01\u0e27\u0e48\u0e32 18 \u0e1b\u0e35)", None))
        self.childStatusLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0e2a\u0e16\u0e32\u0e19\u0e30\u0e02\u0e2d\u0e07\u0e40\u0e14\u0e47\u0e01", None))
        self.stageLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0e02\u0e31\u0e49\u0e19\u0e15\u0e2d\u0e19", None))
        self.outcomeLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23", None))
        self.summaryLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0e2a\u0e23\u0e38\u0e1b\u0e2a\u0e16\u0e32\u0e19\u0e01\u0e32\u0e23\u0e13\u0e4c (\u0e44\u0e21\u0e48\u0e23\u0e30\u0e1a\u0e38\u0e0a\u0e37\u0e48\u0e2d)", None))
        self.errorLabel.setText("")
    # retranslateUi
