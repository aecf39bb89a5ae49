# Generated from ui/salvage_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'salvage_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SalvageDialog(object):
    def setupUi(self, SalvageDialog):
        if not SalvageDialog.objectName():
            SalvageDialog.setObjectName(u"SalvageDialog")
        SalvageDialog.resize(600, 360)
        self.mainLayout = QVBoxLayout(SalvageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SalvageDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.newFileLabel = QLabel(SalvageDialog)
        self.newFileLabel.setObjectName(u"newFileLabel")

        self.mainLayout.addWidget(self.newFileLabel)

        self.newFileLayout = QHBoxLayout()
        self.newFileLayout.setObjectName(u"newFileLayout")
        self.newFileEdit = QLineEdit(SalvageDialog)
        self.newFileEdit.setObjectName(u"newFileEdit")
        self.newFileEdit.setReadOnly(True)

        self.newFileLayout.addWidget(self.newFileEdit)

        self.chooseButton = QPushButton(SalvageDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.newFileLayout.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.newFileLayout)

        self.passphraseLabel = QLabel(SalvageDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.mainLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(SalvageDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.mainLayout.addWidget(self.passphraseEdit)

        self.errorLabel = QLabel(SalvageDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.resultLabel = QLabel(SalvageDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.resultLabel)

        self.busyBar = QProgressBar(SalvageDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openButton = QPushButton(SalvageDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.buttons = QDialogButtonBox(SalvageDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Ok)

        self.buttonLayout.addWidget(self.buttons)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.newFileLabel.setBuddy(self.newFileEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SalvageDialog)

        QMetaObject.connectSlotsByName(SalvageDialog)
    # setupUi

    def retranslateUi(self, SalvageDialog):
        SalvageDialog.setWindowTitle(QCoreApplication.translate("SalvageDialog", u"\u0e01\u0e39\u0e49\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e17\u0e35\u0e48\u0e2d\u0e48\u0e32\u0e19\u0e44\u0e14\u0e49\u0e44\u0e1b\u0e22\u0e31\u0e07\u0e44\u0e1f\u0e25\u0e4c\u0e43\u0e2b\u0e21\u0e48", None))
        self.newFileLabel.setText(QCoreApplication.translate("SalvageDialog", u"\u0e44\u0e1f\u0e25\u0e4c\u0e43\u0e2b\u0e21\u0e48", None))
        self.chooseButton.setText(QCoreApplication.translate("SalvageDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u2026", None))
        self.passphraseLabel.setText(QCoreApplication.translate("SalvageDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e02\u0e2d\u0e07\u0e44\u0e1f\u0e25\u0e4c\u0e17\u0e35\u0e48\u0e40\u0e2a\u0e35\u0e22\u0e2b\u0e32\u0e22", None))
        self.openButton.setText(QCoreApplication.translate("SalvageDialog", u"\u0e40\u0e1b\u0e34\u0e14\u0e44\u0e1f\u0e25\u0e4c\u0e43\u0e2b\u0e21\u0e48", None))
    # retranslateUi
