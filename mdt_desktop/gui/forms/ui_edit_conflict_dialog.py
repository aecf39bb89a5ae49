# Generated from ui/edit_conflict_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'edit_conflict_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EditConflictDialog(object):
    def setupUi(self, EditConflictDialog):
        if not EditConflictDialog.objectName():
            EditConflictDialog.setObjectName(u"EditConflictDialog")
        EditConflictDialog.resize(900, 520)
        self.mainLayout = QVBoxLayout(EditConflictDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.reasonLabel = QLabel(EditConflictDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.reasonLabel)

        self.whereLabel = QLabel(EditConflictDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setStyleSheet(u"font-weight: bold;")

        self.mainLayout.addWidget(self.whereLabel)

        self.textsLayout = QHBoxLayout()
        self.textsLayout.setObjectName(u"textsLayout")
        self.theirsLayout = QVBoxLayout()
        self.theirsLayout.setObjectName(u"theirsLayout")
        self.theirsLabel = QLabel(EditConflictDialog)
        self.theirsLabel.setObjectName(u"theirsLabel")

        self.theirsLayout.addWidget(self.theirsLabel)

        self.theirsText = QPlainTextEdit(EditConflictDialog)
        self.theirsText.setObjectName(u"theirsText")
        self.theirsText.setReadOnly(True)

        self.theirsLayout.addWidget(self.theirsText)


        self.textsLayout.addLayout(self.theirsLayout)

        self.mineLayout = QVBoxLayout()
        self.mineLayout.setObjectName(u"mineLayout")
        self.mineLabel = QLabel(EditConflictDialog)
        self.mineLabel.setObjectName(u"mineLabel")

        self.mineLayout.addWidget(self.mineLabel)

        self.mineText = QPlainTextEdit(EditConflictDialog)
        self.mineText.setObjectName(u"mineText")
        self.mineText.setReadOnly(True)

        self.mineLayout.addWidget(self.mineText)


        self.textsLayout.addLayout(self.mineLayout)


        self.mainLayout.addLayout(self.textsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.keepTheirsButton = QPushButton(EditConflictDialog)
        self.keepTheirsButton.setObjectName(u"keepTheirsButton")

        self.buttonsLayout.addWidget(self.keepTheirsButton)

        self.copyMineButton = QPushButton(EditConflictDialog)
        self.copyMineButton.setObjectName(u"copyMineButton")

        self.buttonsLayout.addWidget(self.copyMineButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.keepMineButton = QPushButton(EditConflictDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.buttonsLayout.addWidget(self.keepMineButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.theirsLabel.setBuddy(self.theirsText)
        self.mineLabel.setBuddy(self.mineText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.theirsText, self.mineText)
        QWidget.setTabOrder(self.mineText, self.keepTheirsButton)
        QWidget.setTabOrder(self.keepTheirsButton, self.copyMineButton)
        QWidget.setTabOrder(self.copyMineButton, self.keepMineButton)

        self.retranslateUi(EditConflictDialog)

        QMetaObject.connectSlotsByName(EditConflictDialog)
    # setupUi

    def retranslateUi(self, EditConflictDialog):
        EditConflictDialog.setWindowTitle(QCoreApplication.translate("EditConflictDialog", u"\u0e21\u0e35\u0e1c\u0e39\u0e49\u0e2d\u0e37\u0e48\u0e19\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e19\u0e35\u0e49\u0e44\u0e1b\u0e01\u0e48\u0e2d\u0e19\u0e41\u0e25\u0e49\u0e27", None))
        self.reasonLabel.setText("")
        self.whereLabel.setText("")
        self.theirsLabel.setText(QCoreApplication.translate("EditConflictDialog", u"\u0e09\u0e1a\u0e31\u0e1a\u0e17\u0e35\u0e48\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e44\u0e27\u0e49\u0e41\u0e25\u0e49\u0e27 (\u0e02\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e2d\u0e37\u0e48\u0e19)", None))
        self.mineLabel.setText(QCoreApplication.translate("EditConflictDialog", u"\u0e09\u0e1a\u0e31\u0e1a\u0e17\u0e35\u0e48\u0e04\u0e38\u0e13\u0e1e\u0e34\u0e21\u0e1e\u0e4c (\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e44\u0e14\u0e49\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01)", None))
        self.keepTheirsButton.setText(QCoreApplication.translate("EditConflictDialog", u"\u0e43\u0e0a\u0e49\u0e09\u0e1a\u0e31\u0e1a\u0e17\u0e35\u0e48\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e44\u0e27\u0e49", None))
        self.copyMineButton.setText(QCoreApplication.translate("EditConflictDialog", u"\u0e04\u0e31\u0e14\u0e25\u0e2d\u0e01\u0e09\u0e1a\u0e31\u0e1a\u0e02\u0e2d\u0e07\u0e09\u0e31\u0e19 \u0e41\u0e25\u0e49\u0e27\u0e43\u0e0a\u0e49\u0e09\u0e1a\u0e31\u0e1a\u0e17\u0e35\u0e48\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e44\u0e27\u0e49", None))
        self.keepMineButton.setText(QCoreApplication.translate("EditConflictDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e09\u0e1a\u0e31\u0e1a\u0e02\u0e2d\u0e07\u0e09\u0e31\u0e19\u0e17\u0e31\u0e1a", None))
    # retranslateUi
