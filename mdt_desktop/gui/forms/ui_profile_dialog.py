# Generated from ui/profile_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.resize(480, 420)
        self.mainLayout = QVBoxLayout(ProfileDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(ProfileDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.fileLabel)

        self.questionLabel = QLabel(ProfileDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.questionLabel)

        self.profileList = QListWidget(ProfileDialog)
        self.profileList.setObjectName(u"profileList")

        self.mainLayout.addWidget(self.profileList)

        self.newNameLabel = QLabel(ProfileDialog)
        self.newNameLabel.setObjectName(u"newNameLabel")
        self.newNameLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.newNameLabel)

        self.newNameEdit = QLineEdit(ProfileDialog)
        self.newNameEdit.setObjectName(u"newNameEdit")
        self.newNameEdit.setMaxLength(500)

        self.mainLayout.addWidget(self.newNameEdit)

        self.errorLabel = QLabel(ProfileDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(ProfileDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttons = QDialogButtonBox(ProfileDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.newNameLabel.setBuddy(self.newNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.profileList, self.newNameEdit)

        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19", None))
        self.fileLabel.setText("")
        self.questionLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0e17\u0e48\u0e32\u0e19\u0e04\u0e37\u0e2d\u0e43\u0e04\u0e23? \u0e0a\u0e37\u0e48\u0e2d\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e08\u0e30\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e43\u0e19\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e01\u0e32\u0e23\u0e40\u0e02\u0e49\u0e32\u0e16\u0e36\u0e07\u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e17\u0e38\u0e01\u0e2a\u0e34\u0e48\u0e07\u0e17\u0e35\u0e48\u0e17\u0e48\u0e32\u0e19\u0e17\u0e33 \u0e08\u0e19\u0e01\u0e27\u0e48\u0e32\u0e08\u0e30\u0e25\u0e47\u0e2d\u0e01\u0e2b\u0e23\u0e37\u0e2d\u0e1b\u0e34\u0e14\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21", None))
#if QT_CONFIG(accessibility)
        self.profileList.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"\u0e23\u0e32\u0e22\u0e0a\u0e37\u0e48\u0e2d\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19", None))
#endif // QT_CONFIG(accessibility)
        self.newNameLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49\u0e43\u0e2b\u0e21\u0e48 (\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25) \u2014 \u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e0a\u0e37\u0e48\u0e2d\u0e02\u0e2d\u0e07\u0e17\u0e48\u0e32\u0e19\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e2d\u0e22\u0e39\u0e48\u0e43\u0e19\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23", None))
        self.errorLabel.setText("")
    # retranslateUi
