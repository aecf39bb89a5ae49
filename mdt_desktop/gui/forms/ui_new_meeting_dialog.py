# Generated from ui/new_meeting_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewMeetingDialog(object):
    def setupUi(self, NewMeetingDialog):
        if not NewMeetingDialog.objectName():
            NewMeetingDialog.setObjectName(u"NewMeetingDialog")
        NewMeetingDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(NewMeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formWidget = QWidget(NewMeetingDialog)
        self.formWidget.setObjectName(u"formWidget")
        self.form = QFormLayout(self.formWidget)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.bodyLabel = QLabel(self.formWidget)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyCombo = QComboBox(self.formWidget)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bodyCombo)

        self.dateLabel = QLabel(self.formWidget)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateHolder = QWidget(self.formWidget)
        self.dateHolder.setObjectName(u"dateHolder")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateHolder)

        self.kindLabel = QLabel(self.formWidget)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.formWidget)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.venueLabel = QLabel(self.formWidget)
        self.venueLabel.setObjectName(u"venueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(self.formWidget)
        self.venueEdit.setObjectName(u"venueEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.startLabel = QLabel(self.formWidget)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(self.formWidget)
        self.startEdit.setObjectName(u"startEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.formWidget)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QLineEdit(self.formWidget)
        self.endEdit.setObjectName(u"endEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.proposalLabel = QLabel(self.formWidget)
        self.proposalLabel.setObjectName(u"proposalLabel")
        self.proposalLabel.setStyleSheet(u"color: #5f6b5f;")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.proposalLabel)


        self.mainLayout.addWidget(self.formWidget)

        self.errorLabel = QLabel(NewMeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(NewMeetingDialog)

        QMetaObject.connectSlotsByName(NewMeetingDialog)
    # setupUi

    def retranslateUi(self, NewMeetingDialog):
        NewMeetingDialog.setWindowTitle(QCoreApplication.translate("NewMeetingDialog", u"\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e43\u0e2b\u0e21\u0e48", None))
        self.bodyLabel.setText(QCoreApplication.translate("NewMeetingDialog", u"\u0e17\u0e35\u0e21/\u0e04\u0e13\u0e30", None))
        self.dateLabel.setText(QCoreApplication.translate("NewMeetingDialog", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.kindLabel.setText(QCoreApplication.translate("NewMeetingDialog", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.venueLabel.setText(QCoreApplication.translate("NewMeetingDialog", u"\u0e13 (\u0e2a\u0e16\u0e32\u0e19\u0e17\u0e35\u0e48)", None))
        self.startLabel.setText(QCoreApplication.translate("NewMeetingDialog", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e40\u0e27\u0e25\u0e32", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("NewMeetingDialog", u"09.30", None))
        self.endLabel.setText(QCoreApplication.translate("NewMeetingDialog", u"\u0e40\u0e25\u0e34\u0e01\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e40\u0e27\u0e25\u0e32", None))
        self.endEdit.setPlaceholderText(QCoreApplication.translate("NewMeetingDialog", u"12.00", None))
        self.proposalLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi
