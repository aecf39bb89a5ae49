# Generated from ui/member_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from mdt_desktop.gui.widgets.agency_picker import AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(560, 380)
        self.mainLayout = QVBoxLayout(MemberDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fullNameLabel = QLabel(MemberDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(MemberDialog)
        self.fullName.setObjectName(u"fullName")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.agencyLabel = QLabel(MemberDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agency = AgencyPicker(MemberDialog)
        self.agency.setObjectName(u"agency")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agency)

        self.positionLabel = QLabel(MemberDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.position = QLineEdit(MemberDialog)
        self.position.setObjectName(u"position")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.position)

        self.professionLabel = QLabel(MemberDialog)
        self.professionLabel.setObjectName(u"professionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.professionLabel)

        self.profession = QComboBox(MemberDialog)
        self.profession.setObjectName(u"profession")
        self.profession.setEditable(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.profession)

        self.roleLabel = QLabel(MemberDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(MemberDialog)
        self.role.setObjectName(u"role")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role)

        self.termFromLabel = QLabel(MemberDialog)
        self.termFromLabel.setObjectName(u"termFromLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.termFromLabel)

        self.termFrom = BeDateEdit(MemberDialog)
        self.termFrom.setObjectName(u"termFrom")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.termFrom)

        self.termToLabel = QLabel(MemberDialog)
        self.termToLabel.setObjectName(u"termToLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.termToLabel)

        self.termTo = BeDateEdit(MemberDialog)
        self.termTo.setObjectName(u"termTo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.termTo)

        self.mayDecide = QCheckBox(MemberDialog)
        self.mayDecide.setObjectName(u"mayDecide")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.mayDecide)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MemberDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullName)
        self.agencyLabel.setBuddy(self.agency)
        self.positionLabel.setBuddy(self.position)
        self.professionLabel.setBuddy(self.profession)
        self.roleLabel.setBuddy(self.role)
        self.termFromLabel.setBuddy(self.termFrom)
        self.termToLabel.setBuddy(self.termTo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"\u0e01\u0e23\u0e23\u0e21\u0e01\u0e32\u0e23", None))
        self.fullNameLabel.setText(QCoreApplication.translate("MemberDialog", u"\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25", None))
        self.agencyLabel.setText(QCoreApplication.translate("MemberDialog", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.positionLabel.setText(QCoreApplication.translate("MemberDialog", u"\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07", None))
        self.professionLabel.setText(QCoreApplication.translate("MemberDialog", u"\u0e27\u0e34\u0e0a\u0e32\u0e0a\u0e35\u0e1e", None))
        self.roleLabel.setText(QCoreApplication.translate("MemberDialog", u"\u0e1a\u0e17\u0e1a\u0e32\u0e17\u0e43\u0e19\u0e04\u0e13\u0e30", None))
        self.termFromLabel.setText(QCoreApplication.translate("MemberDialog", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e27\u0e32\u0e23\u0e30", None))
        self.termToLabel.setText(QCoreApplication.translate("MemberDialog", u"\u0e2a\u0e34\u0e49\u0e19\u0e2a\u0e38\u0e14\u0e27\u0e32\u0e23\u0e30", None))
        self.mayDecide.setText(QCoreApplication.translate("MemberDialog", u"\u0e15\u0e31\u0e14\u0e2a\u0e34\u0e19\u0e43\u0e08\u0e41\u0e17\u0e19\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e44\u0e14\u0e49", None))
        self.errorLabel.setText("")
    # retranslateUi
