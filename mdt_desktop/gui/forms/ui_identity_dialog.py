# Generated from ui/identity_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'identity_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_IdentityDialog(object):
    def setupUi(self, IdentityDialog):
        if not IdentityDialog.objectName():
            IdentityDialog.setObjectName(u"IdentityDialog")
        IdentityDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(IdentityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.restrictedNote = QLabel(IdentityDialog)
        self.restrictedNote.setObjectName(u"restrictedNote")
        self.restrictedNote.setWordWrap(True)

        self.mainLayout.addWidget(self.restrictedNote)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fullNameLabel = QLabel(IdentityDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(IdentityDialog)
        self.fullName.setObjectName(u"fullName")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.dateOfBirthLabel = QLabel(IdentityDialog)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateOfBirthLabel)

        self.dateOfBirth = BeDateEdit(IdentityDialog)
        self.dateOfBirth.setObjectName(u"dateOfBirth")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateOfBirth)

        self.sexLabel = QLabel(IdentityDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = QComboBox(IdentityDialog)
        self.sex.setObjectName(u"sex")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sex)

        self.nationalityLabel = QLabel(IdentityDialog)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nationalityLabel)

        self.nationality = QLineEdit(IdentityDialog)
        self.nationality.setObjectName(u"nationality")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nationality)

        self.idStatusLabel = QLabel(IdentityDialog)
        self.idStatusLabel.setObjectName(u"idStatusLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idStatusLabel)

        self.idStatus = QComboBox(IdentityDialog)
        self.idStatus.setObjectName(u"idStatus")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.idStatus)

        self.idNumberLabel = QLabel(IdentityDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(IdentityDialog)
        self.idNumber.setObjectName(u"idNumber")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.languageLabel = QLabel(IdentityDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QLineEdit(IdentityDialog)
        self.language.setObjectName(u"language")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.language)

        self.interpreterNeeded = QCheckBox(IdentityDialog)
        self.interpreterNeeded.setObjectName(u"interpreterNeeded")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.interpreterNeeded)

        self.phoneLabel = QLabel(IdentityDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(IdentityDialog)
        self.phone.setObjectName(u"phone")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone)

        self.addressLabel = QLabel(IdentityDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(IdentityDialog)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.address)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(IdentityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(IdentityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullName)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirth)
        self.sexLabel.setBuddy(self.sex)
        self.nationalityLabel.setBuddy(self.nationality)
        self.idStatusLabel.setBuddy(self.idStatus)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.languageLabel.setBuddy(self.language)
        self.phoneLabel.setBuddy(self.phone)
        self.addressLabel.setBuddy(self.address)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IdentityDialog)

        QMetaObject.connectSlotsByName(IdentityDialog)
    # setupUi

    def retranslateUi(self, IdentityDialog):
        IdentityDialog.setWindowTitle(QCoreApplication.translate("IdentityDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e1a\u0e38\u0e04\u0e04\u0e25 (\u0e25\u0e31\u0e1a)", None))
        self.restrictedNote.setText(QCoreApplication.translate("IdentityDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e19\u0e35\u0e49\u0e40\u0e1b\u0e47\u0e19\u0e04\u0e27\u0e32\u0e21\u0e25\u0e31\u0e1a \u0e17\u0e38\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07\u0e17\u0e35\u0e48\u0e40\u0e1b\u0e34\u0e14\u0e14\u0e39\u0e08\u0e30\u0e16\u0e39\u0e01\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e43\u0e19\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e01\u0e32\u0e23\u0e40\u0e02\u0e49\u0e32\u0e16\u0e36\u0e07", None))
        self.fullNameLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25", None))
        self.dateOfBirthLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e27\u0e31\u0e19\u0e40\u0e01\u0e34\u0e14", None))
        self.sexLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e40\u0e1e\u0e28", None))
        self.nationalityLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e2a\u0e31\u0e0d\u0e0a\u0e32\u0e15\u0e34", None))
        self.idStatusLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e2a\u0e16\u0e32\u0e19\u0e30\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.idNumberLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27", None))
        self.languageLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e20\u0e32\u0e29\u0e32", None))
        self.interpreterNeeded.setText(QCoreApplication.translate("IdentityDialog", u"\u0e15\u0e49\u0e2d\u0e07\u0e01\u0e32\u0e23\u0e25\u0e48\u0e32\u0e21", None))
        self.phoneLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c", None))
        self.addressLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48", None))
        self.errorLabel.setText("")
    # retranslateUi
