# Generated from ui/restore_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 440)
        self.mainLayout = QVBoxLayout(RestoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.backupList = QTreeWidget(RestoreDialog)
        self.backupList.setObjectName(u"backupList")
        self.backupList.setRootIsDecorated(False)
        self.backupList.setUniformRowHeights(True)

        self.mainLayout.addWidget(self.backupList)

        self.otherFileLayout = QHBoxLayout()
        self.otherFileLayout.setObjectName(u"otherFileLayout")
        self.emptyNote = QLabel(RestoreDialog)
        self.emptyNote.setObjectName(u"emptyNote")
        self.emptyNote.setWordWrap(True)

        self.otherFileLayout.addWidget(self.emptyNote)

        self.otherFileSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.otherFileLayout.addItem(self.otherFileSpacer)

        self.otherFileButton = QPushButton(RestoreDialog)
        self.otherFileButton.setObjectName(u"otherFileButton")

        self.otherFileLayout.addWidget(self.otherFileButton)


        self.mainLayout.addLayout(self.otherFileLayout)

        self.passphraseLabel = QLabel(RestoreDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.mainLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(RestoreDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.mainLayout.addWidget(self.passphraseEdit)

        self.errorLabel = QLabel(RestoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(RestoreDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttons = QDialogButtonBox(RestoreDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e08\u0e32\u0e01\u0e2a\u0e33\u0e40\u0e19\u0e32\u0e2a\u0e33\u0e23\u0e2d\u0e07", None))
        ___qtreewidgetitem = self.backupList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RestoreDialog", u"\u0e44\u0e1f\u0e25\u0e4c", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RestoreDialog", u"\u0e02\u0e19\u0e32\u0e14", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RestoreDialog", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e41\u0e25\u0e30\u0e40\u0e27\u0e25\u0e32\u0e17\u0e35\u0e48\u0e2a\u0e33\u0e23\u0e2d\u0e07", None))
        self.otherFileButton.setText(QCoreApplication.translate("RestoreDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e2d\u0e37\u0e48\u0e19 (\u0e40\u0e0a\u0e48\u0e19 \u0e08\u0e32\u0e01\u0e41\u0e1f\u0e25\u0e0a\u0e44\u0e14\u0e23\u0e1f\u0e4c USB)\u2026", None))
        self.passphraseLabel.setText(QCoreApplication.translate("RestoreDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e17\u0e35\u0e48\u0e40\u0e1b\u0e34\u0e14\u0e2a\u0e33\u0e40\u0e19\u0e32\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e19\u0e35\u0e49\u0e44\u0e14\u0e49", None))
    # retranslateUi
