# Generated from ui/first_run_database.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_database.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FirstRunDatabase(object):
    def setupUi(self, FirstRunDatabase):
        if not FirstRunDatabase.objectName():
            FirstRunDatabase.setObjectName(u"FirstRunDatabase")
        FirstRunDatabase.resize(600, 460)
        self.layout = QVBoxLayout(FirstRunDatabase)
        self.layout.setObjectName(u"layout")
        self.createRadio = QRadioButton(FirstRunDatabase)
        self.createRadio.setObjectName(u"createRadio")
        self.createRadio.setChecked(True)

        self.layout.addWidget(self.createRadio)

        self.createBox = QWidget(FirstRunDatabase)
        self.createBox.setObjectName(u"createBox")
        self.createForm = QFormLayout(self.createBox)
        self.createForm.setObjectName(u"createForm")
        self.createForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.createForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.locationLabel = QLabel(self.createBox)
        self.locationLabel.setObjectName(u"locationLabel")

        self.createForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationRow = QHBoxLayout()
        self.locationRow.setObjectName(u"locationRow")
        self.locationEdit = QLineEdit(self.createBox)
        self.locationEdit.setObjectName(u"locationEdit")

        self.locationRow.addWidget(self.locationEdit)

        self.locationButton = QPushButton(self.createBox)
        self.locationButton.setObjectName(u"locationButton")

        self.locationRow.addWidget(self.locationButton)


        self.createForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.locationRow)

        self.passphraseLabel = QLabel(self.createBox)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.createForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.createBox)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.createForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.strengthLabel = QLabel(self.createBox)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.createForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.passphraseAgainLabel = QLabel(self.createBox)
        self.passphraseAgainLabel.setObjectName(u"passphraseAgainLabel")

        self.createForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passphraseAgainLabel)

        self.passphraseAgainEdit = QLineEdit(self.createBox)
        self.passphraseAgainEdit.setObjectName(u"passphraseAgainEdit")
        self.passphraseAgainEdit.setEchoMode(QLineEdit.Password)

        self.createForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphraseAgainEdit)

        self.mismatchLabel = QLabel(self.createBox)
        self.mismatchLabel.setObjectName(u"mismatchLabel")
        self.mismatchLabel.setWordWrap(True)

        self.createForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mismatchLabel)

        self.rememberCheck = QCheckBox(self.createBox)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.createForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rememberCheck)

        self.rememberReason = QLabel(self.createBox)
        self.rememberReason.setObjectName(u"rememberReason")
        self.rememberReason.setWordWrap(True)

        self.createForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rememberReason)


        self.layout.addWidget(self.createBox)

        self.openRadio = QRadioButton(FirstRunDatabase)
        self.openRadio.setObjectName(u"openRadio")

        self.layout.addWidget(self.openRadio)

        self.openBox = QWidget(FirstRunDatabase)
        self.openBox.setObjectName(u"openBox")
        self.openRow = QHBoxLayout(self.openBox)
        self.openRow.setObjectName(u"openRow")
        self.existingEdit = QLineEdit(self.openBox)
        self.existingEdit.setObjectName(u"existingEdit")

        self.openRow.addWidget(self.existingEdit)

        self.existingButton = QPushButton(self.openBox)
        self.existingButton.setObjectName(u"existingButton")

        self.openRow.addWidget(self.existingButton)


        self.layout.addWidget(self.openBox)

        self.serverRow = QHBoxLayout()
        self.serverRow.setObjectName(u"serverRow")
        self.serverButton = QPushButton(FirstRunDatabase)
        self.serverButton.setObjectName(u"serverButton")

        self.serverRow.addWidget(self.serverButton)

        self.serverSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serverRow.addItem(self.serverSpacer)


        self.layout.addLayout(self.serverRow)

        self.errorLabel = QLabel(FirstRunDatabase)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(FirstRunDatabase)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.layout.addWidget(self.busyBar)

        self.spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.locationLabel.setBuddy(self.locationEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.passphraseAgainLabel.setBuddy(self.passphraseAgainEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDatabase)

        QMetaObject.connectSlotsByName(FirstRunDatabase)
    # setupUi

    def retranslateUi(self, FirstRunDatabase):
        self.createRadio.setText(QCoreApplication.translate("FirstRunDatabase", u"\u0e2a\u0e23\u0e49\u0e32\u0e07\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e43\u0e2b\u0e21\u0e48", None))
        self.locationLabel.setText(QCoreApplication.translate("FirstRunDatabase", u"\u0e44\u0e1f\u0e25\u0e4c\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25", None))
        self.locationButton.setText(QCoreApplication.translate("FirstRunDatabase", u"\u0e40\u0e25\u0e37\u0e2d\u0e01...", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunDatabase", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19", None))
        self.passphraseAgainLabel.setText(QCoreApplication.translate("FirstRunDatabase", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e2d\u0e35\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07", None))
        self.rememberCheck.setText(QCoreApplication.translate("FirstRunDatabase", u"\u0e08\u0e33\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e1a\u0e19\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e19\u0e35\u0e49", None))
        self.openRadio.setText(QCoreApplication.translate("FirstRunDatabase", u"\u0e40\u0e1b\u0e34\u0e14\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e17\u0e35\u0e48\u0e21\u0e35\u0e2d\u0e22\u0e39\u0e48\u0e41\u0e25\u0e49\u0e27", None))
        self.existingButton.setText(QCoreApplication.translate("FirstRunDatabase", u"\u0e40\u0e25\u0e37\u0e2d\u0e01...", None))
        self.serverButton.setText(QCoreApplication.translate("FirstRunDatabase", u"\u0e40\u0e1b\u0e34\u0e14\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e1a\u0e19\u0e40\u0e0b\u0e34\u0e23\u0e4c\u0e1f\u0e40\u0e27\u0e2d\u0e23\u0e4c\u2026", None))
        pass
    # retranslateUi
