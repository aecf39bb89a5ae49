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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

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

        self.purposeLayout = QHBoxLayout()
        self.purposeLayout.setObjectName(u"purposeLayout")
        self.purposeLabel = QLabel(IdentityDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.purposeLayout.addWidget(self.purposeLabel)

        self.purposeCombo = QComboBox(IdentityDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.purposeCombo.sizePolicy().hasHeightForWidth())
        self.purposeCombo.setSizePolicy(sizePolicy)

        self.purposeLayout.addWidget(self.purposeCombo)

        self.openButton = QPushButton(IdentityDialog)
        self.openButton.setObjectName(u"openButton")

        self.purposeLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.purposeLayout)

        self.detailsWidget = QWidget(IdentityDialog)
        self.detailsWidget.setObjectName(u"detailsWidget")
        self.formLayout = QFormLayout(self.detailsWidget)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.fullNameLabel = QLabel(self.detailsWidget)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(self.detailsWidget)
        self.fullName.setObjectName(u"fullName")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.dateOfBirthLabel = QLabel(self.detailsWidget)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateOfBirthLabel)

        self.dateOfBirth = BeDateEdit(self.detailsWidget)
        self.dateOfBirth.setObjectName(u"dateOfBirth")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateOfBirth)

        self.sexLabel = QLabel(self.detailsWidget)
        self.sexLabel.setObjectName(u"sexLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = QComboBox(self.detailsWidget)
        self.sex.setObjectName(u"sex")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sex)

        self.nationalityLabel = QLabel(self.detailsWidget)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nationalityLabel)

        self.nationality = QLineEdit(self.detailsWidget)
        self.nationality.setObjectName(u"nationality")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nationality)

        self.idStatusLabel = QLabel(self.detailsWidget)
        self.idStatusLabel.setObjectName(u"idStatusLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idStatusLabel)

        self.idStatus = QComboBox(self.detailsWidget)
        self.idStatus.setObjectName(u"idStatus")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.idStatus)

        self.idNumberLabel = QLabel(self.detailsWidget)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(self.detailsWidget)
        self.idNumber.setObjectName(u"idNumber")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.languageLabel = QLabel(self.detailsWidget)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QLineEdit(self.detailsWidget)
        self.language.setObjectName(u"language")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.language)

        self.interpreterNeeded = QCheckBox(self.detailsWidget)
        self.interpreterNeeded.setObjectName(u"interpreterNeeded")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.interpreterNeeded)

        self.phoneLabel = QLabel(self.detailsWidget)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.detailsWidget)
        self.phone.setObjectName(u"phone")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone)

        self.addressLabel = QLabel(self.detailsWidget)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(self.detailsWidget)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.address)

        self.restrictedNotesLabel = QLabel(self.detailsWidget)
        self.restrictedNotesLabel.setObjectName(u"restrictedNotesLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.restrictedNotesLabel)

        self.restrictedNotes = QPlainTextEdit(self.detailsWidget)
        self.restrictedNotes.setObjectName(u"restrictedNotes")
        self.restrictedNotes.setTabChangesFocus(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.restrictedNotes)


        self.mainLayout.addWidget(self.detailsWidget)

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
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.fullNameLabel.setBuddy(self.fullName)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirth)
        self.sexLabel.setBuddy(self.sex)
        self.nationalityLabel.setBuddy(self.nationality)
        self.idStatusLabel.setBuddy(self.idStatus)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.languageLabel.setBuddy(self.language)
        self.phoneLabel.setBuddy(self.phone)
        self.addressLabel.setBuddy(self.address)
        self.restrictedNotesLabel.setBuddy(self.restrictedNotes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IdentityDialog)

        QMetaObject.connectSlotsByName(IdentityDialog)
    # setupUi

    def retranslateUi(self, IdentityDialog):
        IdentityDialog.setWindowTitle(QCoreApplication.translate("IdentityDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e1a\u0e38\u0e04\u0e04\u0e25 (\u0e25\u0e31\u0e1a)", None))
        self.restrictedNote.setText(QCoreApplication.translate("IdentityDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e19\u0e35\u0e49\u0e40\u0e1b\u0e47\u0e19\u0e04\u0e27\u0e32\u0e21\u0e25\u0e31\u0e1a \u0e17\u0e38\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07\u0e17\u0e35\u0e48\u0e40\u0e1b\u0e34\u0e14\u0e14\u0e39\u0e08\u0e30\u0e16\u0e39\u0e01\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e43\u0e19\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e01\u0e32\u0e23\u0e40\u0e02\u0e49\u0e32\u0e16\u0e36\u0e07", None))
        self.purposeLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e40\u0e1b\u0e34\u0e14\u0e14\u0e39\u0e40\u0e1e\u0e37\u0e48\u0e2d", None))
        self.openButton.setText(QCoreApplication.translate("IdentityDialog", u"\u0e40\u0e1b\u0e34\u0e14\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25", None))
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
        self.restrictedNotesLabel.setText(QCoreApplication.translate("IdentityDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e25\u0e31\u0e1a", None))
#if QT_CONFIG(tooltip)
        self.restrictedNotesLabel.setToolTip(QCoreApplication.translate("IdentityDialog", u"\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e17\u0e35\u0e48\u0e22\u0e49\u0e32\u0e22\u0e21\u0e32\u0e08\u0e32\u0e01\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21 (\u0e0a\u0e37\u0e48\u0e2d \u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27 \u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c \u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48)", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
    # retranslateUi
