# Generated from ui/action_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.setMinimumSize(QSize(680, 0))
        self.mainLayout = QVBoxLayout(ActionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formWidget = QWidget(ActionDialog)
        self.formWidget.setObjectName(u"formWidget")
        self.form = QFormLayout(self.formWidget)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.agencyLabel = QLabel(self.formWidget)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyHolder = QWidget(self.formWidget)
        self.agencyHolder.setObjectName(u"agencyHolder")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agencyHolder)

        self.agencyMessageLabel = QLabel(self.formWidget)
        self.agencyMessageLabel.setObjectName(u"agencyMessageLabel")
        self.agencyMessageLabel.setStyleSheet(u"color: #c62828;")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agencyMessageLabel)

        self.taskLabel = QLabel(self.formWidget)
        self.taskLabel.setObjectName(u"taskLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.taskLabel)

        self.taskEdit = QLineEdit(self.formWidget)
        self.taskEdit.setObjectName(u"taskEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.taskEdit)

        self.dueLabel = QLabel(self.formWidget)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueHolder = QWidget(self.formWidget)
        self.dueHolder.setObjectName(u"dueHolder")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueHolder)

        self.quickDueHolder = QWidget(self.formWidget)
        self.quickDueHolder.setObjectName(u"quickDueHolder")
        self.quickDueLayout = QHBoxLayout(self.quickDueHolder)
        self.quickDueLayout.setObjectName(u"quickDueLayout")
        self.quickDueLayout.setContentsMargins(0, 0, 0, 0)
        self.quickDueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quickDueLayout.addItem(self.quickDueSpacer)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quickDueHolder)

        self.personLabel = QLabel(self.formWidget)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(self.formWidget)
        self.personEdit.setObjectName(u"personEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.measureLabel = QLabel(self.formWidget)
        self.measureLabel.setObjectName(u"measureLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.measureLabel)

        self.measureCombo = QComboBox(self.formWidget)
        self.measureCombo.setObjectName(u"measureCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.measureCombo)


        self.mainLayout.addWidget(self.formWidget)

        self.hintLabel = QLabel(ActionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(ActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22\u0e07\u0e32\u0e19", None))
        self.agencyLabel.setText(QCoreApplication.translate("ActionDialog", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a", None))
        self.agencyMessageLabel.setText("")
        self.taskLabel.setText(QCoreApplication.translate("ActionDialog", u"\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22", None))
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"\u0e01\u0e33\u0e2b\u0e19\u0e14\u0e41\u0e25\u0e49\u0e27\u0e40\u0e2a\u0e23\u0e47\u0e08", None))
        self.personLabel.setText(QCoreApplication.translate("ActionDialog", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2b\u0e23\u0e37\u0e2d\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07 (\u0e44\u0e21\u0e48\u0e1a\u0e31\u0e07\u0e04\u0e31\u0e1a)", None))
        self.measureLabel.setText(QCoreApplication.translate("ActionDialog", u"\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.hintLabel.setText(QCoreApplication.translate("ActionDialog", u"\u0e25\u0e33\u0e14\u0e31\u0e1a: \u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19 (\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e0a\u0e37\u0e48\u0e2d\u0e22\u0e48\u0e2d) Enter \u2192 \u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22 Enter \u2192 \u0e01\u0e33\u0e2b\u0e19\u0e14\u0e41\u0e25\u0e49\u0e27\u0e40\u0e2a\u0e23\u0e47\u0e08 (\u2191 \u2193 \u0e40\u0e25\u0e37\u0e2d\u0e01\u0e17\u0e35\u0e48\u0e40\u0e2a\u0e19\u0e2d \u0e2b\u0e23\u0e37\u0e2d\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48 \u0e1e.\u0e28.) Enter \u2192 \u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a Enter \u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01 \u00b7 Ctrl+Enter \u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e08\u0e32\u0e01\u0e0a\u0e48\u0e2d\u0e07\u0e43\u0e14\u0e01\u0e47\u0e44\u0e14\u0e49 \u00b7 Tab \u0e44\u0e1b\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.errorLabel.setText("")
    # retranslateUi
