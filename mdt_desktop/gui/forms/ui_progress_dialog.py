# Generated from ui/progress_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_ProgressDialog(object):
    def setupUi(self, ProgressDialog):
        if not ProgressDialog.objectName():
            ProgressDialog.setObjectName(u"ProgressDialog")
        ProgressDialog.resize(560, 340)
        self.mainLayout = QVBoxLayout(ProgressDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.taskLabel = QLabel(ProgressDialog)
        self.taskLabel.setObjectName(u"taskLabel")
        self.taskLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.taskLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(ProgressDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(ProgressDialog)
        self.status.setObjectName(u"status")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.noteLabel = QLabel(ProgressDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(ProgressDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note)

        self.recordedOnLabel = QLabel(ProgressDialog)
        self.recordedOnLabel.setObjectName(u"recordedOnLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recordedOnLabel)

        self.recordedOn = BeDateEdit(ProgressDialog)
        self.recordedOn.setObjectName(u"recordedOn")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recordedOn)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProgressDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProgressDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.noteLabel.setBuddy(self.note)
        self.recordedOnLabel.setBuddy(self.recordedOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgressDialog)

        QMetaObject.connectSlotsByName(ProgressDialog)
    # setupUi

    def retranslateUi(self, ProgressDialog):
        ProgressDialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32", None))
        self.taskLabel.setText("")
        self.statusLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u0e2a\u0e16\u0e32\u0e19\u0e30", None))
        self.noteLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32 / \u0e40\u0e2b\u0e15\u0e38\u0e1c\u0e25", None))
        self.recordedOnLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
        self.errorLabel.setText("")
    # retranslateUi
