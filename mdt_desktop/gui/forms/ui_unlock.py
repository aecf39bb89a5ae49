# Generated from ui/unlock.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(520, 340)
        self.mainLayout = QVBoxLayout(UnlockDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(UnlockDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"file.mdt")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileLabel)

        self.demoHint = QLabel(UnlockDialog)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)
        self.demoHint.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.demoHint)

        self.keyringNote = QLabel(UnlockDialog)
        self.keyringNote.setObjectName(u"keyringNote")
        self.keyringNote.setWordWrap(True)

        self.mainLayout.addWidget(self.keyringNote)

        self.readOnlyNote = QLabel(UnlockDialog)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)

        self.mainLayout.addWidget(self.readOnlyNote)

        self.modes = QStackedWidget(UnlockDialog)
        self.modes.setObjectName(u"modes")
        self.passphrasePage = QWidget()
        self.passphrasePage.setObjectName(u"passphrasePage")
        self.passphraseLayout = QVBoxLayout(self.passphrasePage)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseLayout.setContentsMargins(0, -1, 0, -1)
        self.passphraseLabel = QLabel(self.passphrasePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphrasePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.passphraseLayout.addWidget(self.passphraseEdit)

        self.useRecoveryLink = QLabel(self.passphrasePage)
        self.useRecoveryLink.setObjectName(u"useRecoveryLink")
        self.useRecoveryLink.setTextInteractionFlags(Qt.LinksAccessibleByKeyboard|Qt.LinksAccessibleByMouse)

        self.passphraseLayout.addWidget(self.useRecoveryLink)

        self.modes.addWidget(self.passphrasePage)
        self.recoveryPage = QWidget()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryLayout.setContentsMargins(0, -1, 0, -1)
        self.recoveryLabel = QLabel(self.recoveryPage)
        self.recoveryLabel.setObjectName(u"recoveryLabel")
        self.recoveryLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryLabel)

        self.recoveryEdit = QLineEdit(self.recoveryPage)
        self.recoveryEdit.setObjectName(u"recoveryEdit")

        self.recoveryLayout.addWidget(self.recoveryEdit)

        self.usePassphraseLink = QLabel(self.recoveryPage)
        self.usePassphraseLink.setObjectName(u"usePassphraseLink")
        self.usePassphraseLink.setTextInteractionFlags(Qt.LinksAccessibleByKeyboard|Qt.LinksAccessibleByMouse)

        self.recoveryLayout.addWidget(self.usePassphraseLink)

        self.modes.addWidget(self.recoveryPage)
        self.newPassphrasePage = QWidget()
        self.newPassphrasePage.setObjectName(u"newPassphrasePage")
        self.newPassphraseLayout = QVBoxLayout(self.newPassphrasePage)
        self.newPassphraseLayout.setObjectName(u"newPassphraseLayout")
        self.newPassphraseLayout.setContentsMargins(0, -1, 0, -1)
        self.newPassphraseIntro = QLabel(self.newPassphrasePage)
        self.newPassphraseIntro.setObjectName(u"newPassphraseIntro")
        self.newPassphraseIntro.setWordWrap(True)

        self.newPassphraseLayout.addWidget(self.newPassphraseIntro)

        self.newPassphraseLabel = QLabel(self.newPassphrasePage)
        self.newPassphraseLabel.setObjectName(u"newPassphraseLabel")

        self.newPassphraseLayout.addWidget(self.newPassphraseLabel)

        self.newPassphraseEdit = QLineEdit(self.newPassphrasePage)
        self.newPassphraseEdit.setObjectName(u"newPassphraseEdit")
        self.newPassphraseEdit.setEchoMode(QLineEdit.Password)

        self.newPassphraseLayout.addWidget(self.newPassphraseEdit)

        self.newPassphraseAgainLabel = QLabel(self.newPassphrasePage)
        self.newPassphraseAgainLabel.setObjectName(u"newPassphraseAgainLabel")

        self.newPassphraseLayout.addWidget(self.newPassphraseAgainLabel)

        self.newPassphraseAgainEdit = QLineEdit(self.newPassphrasePage)
        self.newPassphraseAgainEdit.setObjectName(u"newPassphraseAgainEdit")
        self.newPassphraseAgainEdit.setEchoMode(QLineEdit.Password)

        self.newPassphraseLayout.addWidget(self.newPassphraseAgainEdit)

        self.newPassphraseHint = QLabel(self.newPassphrasePage)
        self.newPassphraseHint.setObjectName(u"newPassphraseHint")
        self.newPassphraseHint.setWordWrap(True)

        self.newPassphraseLayout.addWidget(self.newPassphraseHint)

        self.modes.addWidget(self.newPassphrasePage)

        self.mainLayout.addWidget(self.modes)

        self.rememberCheck = QCheckBox(UnlockDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.mainLayout.addWidget(self.rememberCheck)

        self.restoreLink = QLabel(UnlockDialog)
        self.restoreLink.setObjectName(u"restoreLink")
        self.restoreLink.setTextInteractionFlags(Qt.LinksAccessibleByKeyboard|Qt.LinksAccessibleByMouse)

        self.mainLayout.addWidget(self.restoreLink)

        self.serverLink = QLabel(UnlockDialog)
        self.serverLink.setObjectName(u"serverLink")
        self.serverLink.setTextInteractionFlags(Qt.LinksAccessibleByKeyboard|Qt.LinksAccessibleByMouse)

        self.mainLayout.addWidget(self.serverLink)

        self.errorLabel = QLabel(UnlockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.damagePanel = QWidget(UnlockDialog)
        self.damagePanel.setObjectName(u"damagePanel")
        self.damageLayout = QHBoxLayout(self.damagePanel)
        self.damageLayout.setObjectName(u"damageLayout")
        self.damageLayout.setContentsMargins(0, 0, 0, 0)
        self.restoreButton = QPushButton(self.damagePanel)
        self.restoreButton.setObjectName(u"restoreButton")

        self.damageLayout.addWidget(self.restoreButton)

        self.salvageButton = QPushButton(self.damagePanel)
        self.salvageButton.setObjectName(u"salvageButton")

        self.damageLayout.addWidget(self.salvageButton)

        self.damageSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.damageLayout.addItem(self.damageSpacer)


        self.mainLayout.addWidget(self.damagePanel)

        self.wayBackNote = QLabel(UnlockDialog)
        self.wayBackNote.setObjectName(u"wayBackNote")
        self.wayBackNote.setWordWrap(True)
        self.wayBackNote.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.wayBackNote)

        self.busyBar = QProgressBar(UnlockDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttons = QDialogButtonBox(UnlockDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.recoveryLabel.setBuddy(self.recoveryEdit)
        self.newPassphraseLabel.setBuddy(self.newPassphraseEdit)
        self.newPassphraseAgainLabel.setBuddy(self.newPassphraseAgainEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"\u0e40\u0e1b\u0e34\u0e14\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25", None))
        self.demoHint.setText(QCoreApplication.translate("UnlockDialog", u"\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07: \u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e04\u0e37\u0e2d mdt-demo-2569", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19", None))
        self.useRecoveryLink.setText(QCoreApplication.translate("UnlockDialog", u"<a href=\"recovery\">\u0e43\u0e0a\u0e49\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19</a>", None))
        self.recoveryLabel.setText(QCoreApplication.translate("UnlockDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19 (\u0e15\u0e31\u0e27\u0e2d\u0e31\u0e01\u0e29\u0e23\u0e41\u0e25\u0e30\u0e15\u0e31\u0e27\u0e40\u0e25\u0e02 24 \u0e15\u0e31\u0e27 \u0e40\u0e0a\u0e48\u0e19 ABCD-EFGH-...)", None))
        self.usePassphraseLink.setText(QCoreApplication.translate("UnlockDialog", u"<a href=\"passphrase\">\u0e43\u0e0a\u0e49\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19</a>", None))
        self.newPassphraseIntro.setText(QCoreApplication.translate("UnlockDialog", u"\u0e40\u0e1b\u0e34\u0e14\u0e14\u0e49\u0e27\u0e22\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e41\u0e25\u0e49\u0e27 \u0e42\u0e1b\u0e23\u0e14\u0e15\u0e31\u0e49\u0e07\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e43\u0e2b\u0e21\u0e48\u0e01\u0e48\u0e2d\u0e19\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u0e15\u0e48\u0e2d", None))
        self.newPassphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e43\u0e2b\u0e21\u0e48", None))
        self.newPassphraseAgainLabel.setText(QCoreApplication.translate("UnlockDialog", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e43\u0e2b\u0e21\u0e48\u0e2d\u0e35\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07", None))
        self.rememberCheck.setText(QCoreApplication.translate("UnlockDialog", u"\u0e08\u0e33\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e1a\u0e19\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e19\u0e35\u0e49", None))
        self.restoreLink.setText(QCoreApplication.translate("UnlockDialog", u"<a href=\"restore\">\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e08\u0e32\u0e01\u0e2a\u0e33\u0e40\u0e19\u0e32\u0e2a\u0e33\u0e23\u0e2d\u0e07\u2026</a>", None))
        self.serverLink.setText(QCoreApplication.translate("UnlockDialog", u"<a href=\"server\">\u0e40\u0e1b\u0e34\u0e14\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e1a\u0e19\u0e40\u0e0b\u0e34\u0e23\u0e4c\u0e1f\u0e40\u0e27\u0e2d\u0e23\u0e4c\u2026</a>", None))
        self.restoreButton.setText(QCoreApplication.translate("UnlockDialog", u"\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e08\u0e32\u0e01\u0e2a\u0e33\u0e40\u0e19\u0e32\u0e2a\u0e33\u0e23\u0e2d\u0e07\u2026", None))
        self.salvageButton.setText(QCoreApplication.translate("UnlockDialog", u"\u0e01\u0e39\u0e49\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e17\u0e35\u0e48\u0e2d\u0e48\u0e32\u0e19\u0e44\u0e14\u0e49\u0e44\u0e1b\u0e22\u0e31\u0e07\u0e44\u0e1f\u0e25\u0e4c\u0e43\u0e2b\u0e21\u0e48\u2026", None))
    # retranslateUi
