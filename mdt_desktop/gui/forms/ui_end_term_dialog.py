# Generated from ui/end_term_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_term_dialog.ui'
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
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_EndTermDialog(object):
    def setupUi(self, EndTermDialog):
        if not EndTermDialog.objectName():
            EndTermDialog.setObjectName(u"EndTermDialog")
        EndTermDialog.resize(560, 380)
        self.mainLayout = QVBoxLayout(EndTermDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(EndTermDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.termToLabel = QLabel(EndTermDialog)
        self.termToLabel.setObjectName(u"termToLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.termToLabel)

        self.termTo = BeDateEdit(EndTermDialog)
        self.termTo.setObjectName(u"termTo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.termTo)

        self.newSuccessor = QRadioButton(EndTermDialog)
        self.newSuccessor.setObjectName(u"newSuccessor")
        self.newSuccessor.setChecked(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.newSuccessor)

        self.successorNameLabel = QLabel(EndTermDialog)
        self.successorNameLabel.setObjectName(u"successorNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.successorNameLabel)

        self.successorName = QLineEdit(EndTermDialog)
        self.successorName.setObjectName(u"successorName")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.successorName)

        self.successorPositionLabel = QLabel(EndTermDialog)
        self.successorPositionLabel.setObjectName(u"successorPositionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.successorPositionLabel)

        self.successorPosition = QLineEdit(EndTermDialog)
        self.successorPosition.setObjectName(u"successorPosition")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.successorPosition)

        self.existingSuccessor = QRadioButton(EndTermDialog)
        self.existingSuccessor.setObjectName(u"existingSuccessor")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.existingSuccessor)

        self.successorMemberLabel = QLabel(EndTermDialog)
        self.successorMemberLabel.setObjectName(u"successorMemberLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.successorMemberLabel)

        self.successorMember = QComboBox(EndTermDialog)
        self.successorMember.setObjectName(u"successorMember")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.successorMember)

        self.noSuccessor = QRadioButton(EndTermDialog)
        self.noSuccessor.setObjectName(u"noSuccessor")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.noSuccessor)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EndTermDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EndTermDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.termToLabel.setBuddy(self.termTo)
        self.successorNameLabel.setBuddy(self.successorName)
        self.successorPositionLabel.setBuddy(self.successorPosition)
        self.successorMemberLabel.setBuddy(self.successorMember)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndTermDialog)

        QMetaObject.connectSlotsByName(EndTermDialog)
    # setupUi

    def retranslateUi(self, EndTermDialog):
        EndTermDialog.setWindowTitle(QCoreApplication.translate("EndTermDialog", u"\u0e2a\u0e34\u0e49\u0e19\u0e2a\u0e38\u0e14\u0e27\u0e32\u0e23\u0e30/\u0e42\u0e22\u0e01\u0e22\u0e49\u0e32\u0e22", None))
        self.summaryLabel.setText("")
        self.termToLabel.setText(QCoreApplication.translate("EndTermDialog", u"\u0e27\u0e31\u0e19\u0e2a\u0e34\u0e49\u0e19\u0e2a\u0e38\u0e14\u0e27\u0e32\u0e23\u0e30", None))
        self.newSuccessor.setText(QCoreApplication.translate("EndTermDialog", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e21\u0e2d\u0e1a\u0e07\u0e32\u0e19\u0e04\u0e19\u0e43\u0e2b\u0e21\u0e48", None))
        self.successorNameLabel.setText(QCoreApplication.translate("EndTermDialog", u"\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25", None))
        self.successorPositionLabel.setText(QCoreApplication.translate("EndTermDialog", u"\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07", None))
        self.existingSuccessor.setText(QCoreApplication.translate("EndTermDialog", u"\u0e01\u0e23\u0e23\u0e21\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e21\u0e35\u0e2d\u0e22\u0e39\u0e48\u0e41\u0e25\u0e49\u0e27", None))
        self.successorMemberLabel.setText(QCoreApplication.translate("EndTermDialog", u"\u0e01\u0e23\u0e23\u0e21\u0e01\u0e32\u0e23", None))
        self.noSuccessor.setText(QCoreApplication.translate("EndTermDialog", u"\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e21\u0e35\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e21\u0e2d\u0e1a\u0e07\u0e32\u0e19 (\u0e07\u0e32\u0e19\u0e04\u0e49\u0e32\u0e07\u0e22\u0e31\u0e07\u0e2d\u0e22\u0e39\u0e48\u0e01\u0e31\u0e1a\u0e1c\u0e39\u0e49\u0e19\u0e35\u0e49)", None))
        self.errorLabel.setText("")
    # retranslateUi
