# Generated from ui/areas_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'areas_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_AreasDialog(object):
    def setupUi(self, AreasDialog):
        if not AreasDialog.objectName():
            AreasDialog.setObjectName(u"AreasDialog")
        AreasDialog.resize(640, 460)
        self.mainLayout = QVBoxLayout(AreasDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(AreasDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.tree = QTreeWidget(AreasDialog)
        self.tree.setObjectName(u"tree")
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.tree)

        self.errorLabel = QLabel(AreasDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(AreasDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(AreasDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(AreasDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonsLayout.addWidget(self.deleteButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(AreasDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.tree, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)

        self.retranslateUi(AreasDialog)

        QMetaObject.connectSlotsByName(AreasDialog)
    # setupUi

    def retranslateUi(self, AreasDialog):
        AreasDialog.setWindowTitle(QCoreApplication.translate("AreasDialog", u"\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48", None))
        self.hintLabel.setText(QCoreApplication.translate("AreasDialog", u"\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14 \u0e2d\u0e33\u0e40\u0e20\u0e2d \u0e41\u0e25\u0e30\u0e15\u0e33\u0e1a\u0e25\u0e17\u0e35\u0e48\u0e04\u0e13\u0e30/\u0e17\u0e35\u0e21\u0e41\u0e25\u0e30\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a \u0e23\u0e2b\u0e31\u0e2a\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48\u0e43\u0e0a\u0e49\u0e40\u0e1b\u0e47\u0e19\u0e04\u0e33\u0e19\u0e33\u0e2b\u0e19\u0e49\u0e32\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e23\u0e13\u0e35\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e04\u0e13\u0e30/\u0e17\u0e35\u0e21\u0e44\u0e21\u0e48\u0e21\u0e35\u0e23\u0e2b\u0e31\u0e2a\u0e02\u0e2d\u0e07\u0e15\u0e19\u0e40\u0e2d\u0e07", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("AreasDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e20\u0e32\u0e29\u0e32\u0e2d\u0e31\u0e07\u0e01\u0e24\u0e29", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("AreasDialog", u"\u0e23\u0e2b\u0e31\u0e2a", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AreasDialog", u"\u0e23\u0e30\u0e14\u0e31\u0e1a", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AreasDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48", None))
        self.errorLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("AreasDialog", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48\u2026", None))
        self.editButton.setText(QCoreApplication.translate("AreasDialog", u"\u0e41\u0e01\u0e49\u0e44\u0e02\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("AreasDialog", u"\u0e25\u0e1a", None))
    # retranslateUi
