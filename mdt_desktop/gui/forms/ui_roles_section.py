# Generated from ui/roles_section.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roles_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RolesSection(object):
    def setupUi(self, RolesSection):
        if not RolesSection.objectName():
            RolesSection.setObjectName(u"RolesSection")
        RolesSection.resize(900, 420)
        self.rolesLayout = QVBoxLayout(RolesSection)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.stateLabel = QLabel(RolesSection)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.rolesLayout.addWidget(self.stateLabel)

        self.rolesTable = QTableWidget(RolesSection)
        if (self.rolesTable.columnCount() < 5):
            self.rolesTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.rolesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rolesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rolesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rolesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.rolesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.rolesTable.setObjectName(u"rolesTable")
        self.rolesTable.setMinimumSize(QSize(0, 160))
        self.rolesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rolesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rolesTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.rolesLayout.addWidget(self.rolesTable)

        self.grantLayout = QHBoxLayout()
        self.grantLayout.setObjectName(u"grantLayout")
        self.personLabel = QLabel(RolesSection)
        self.personLabel.setObjectName(u"personLabel")

        self.grantLayout.addWidget(self.personLabel)

        self.personCombo = QComboBox(RolesSection)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setMinimumSize(QSize(200, 0))

        self.grantLayout.addWidget(self.personCombo)

        self.roleLabel = QLabel(RolesSection)
        self.roleLabel.setObjectName(u"roleLabel")

        self.grantLayout.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(RolesSection)
        self.roleCombo.setObjectName(u"roleCombo")

        self.grantLayout.addWidget(self.roleCombo)

        self.placeLabel = QLabel(RolesSection)
        self.placeLabel.setObjectName(u"placeLabel")

        self.grantLayout.addWidget(self.placeLabel)

        self.placeCombo = QComboBox(RolesSection)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setMinimumSize(QSize(240, 0))

        self.grantLayout.addWidget(self.placeCombo)

        self.grantButton = QPushButton(RolesSection)
        self.grantButton.setObjectName(u"grantButton")

        self.grantLayout.addWidget(self.grantButton)

        self.revokeButton = QPushButton(RolesSection)
        self.revokeButton.setObjectName(u"revokeButton")

        self.grantLayout.addWidget(self.revokeButton)

        self.grantLayout.setStretch(5, 1)

        self.rolesLayout.addLayout(self.grantLayout)

        self.rolesMessage = QLabel(RolesSection)
        self.rolesMessage.setObjectName(u"rolesMessage")
        self.rolesMessage.setWordWrap(True)

        self.rolesLayout.addWidget(self.rolesMessage)

        self.rolesNote = QLabel(RolesSection)
        self.rolesNote.setObjectName(u"rolesNote")
        self.rolesNote.setWordWrap(True)

        self.rolesLayout.addWidget(self.rolesNote)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.placeLabel.setBuddy(self.placeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rolesTable, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.placeCombo)
        QWidget.setTabOrder(self.placeCombo, self.grantButton)
        QWidget.setTabOrder(self.grantButton, self.revokeButton)

        self.retranslateUi(RolesSection)

        QMetaObject.connectSlotsByName(RolesSection)
    # setupUi

    def retranslateUi(self, RolesSection):
        RolesSection.setTitle(QCoreApplication.translate("RolesSection", u"\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49\u0e41\u0e25\u0e30\u0e1a\u0e17\u0e1a\u0e32\u0e17", None))
        self.stateLabel.setText("")
        ___qtablewidgetitem = self.rolesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RolesSection", u"\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49", None))
        ___qtablewidgetitem1 = self.rolesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RolesSection", u"\u0e1a\u0e17\u0e1a\u0e32\u0e17", None))
        ___qtablewidgetitem2 = self.rolesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RolesSection", u"\u0e02\u0e2d\u0e07\u0e04\u0e13\u0e30/\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        ___qtablewidgetitem3 = self.rolesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RolesSection", u"\u0e43\u0e2b\u0e49\u0e42\u0e14\u0e22", None))
        ___qtablewidgetitem4 = self.rolesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RolesSection", u"\u0e40\u0e21\u0e37\u0e48\u0e2d", None))
#if QT_CONFIG(accessibility)
        self.rolesTable.setAccessibleName(QCoreApplication.translate("RolesSection", u"\u0e1a\u0e17\u0e1a\u0e32\u0e17\u0e02\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("RolesSection", u"\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49", None))
        self.roleLabel.setText(QCoreApplication.translate("RolesSection", u"\u0e1a\u0e17\u0e1a\u0e32\u0e17", None))
        self.placeLabel.setText(QCoreApplication.translate("RolesSection", u"\u0e02\u0e2d\u0e07", None))
        self.grantButton.setText(QCoreApplication.translate("RolesSection", u"\u0e43\u0e2b\u0e49\u0e1a\u0e17\u0e1a\u0e32\u0e17", None))
        self.revokeButton.setText(QCoreApplication.translate("RolesSection", u"\u0e16\u0e2d\u0e19\u0e1a\u0e17\u0e1a\u0e32\u0e17\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01\u2026", None))
        self.rolesMessage.setText("")
        self.rolesNote.setText(QCoreApplication.translate("RolesSection", u"\u0e40\u0e25\u0e02\u0e32\u0e19\u0e38\u0e01\u0e32\u0e23\u0e40\u0e02\u0e35\u0e22\u0e19\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e41\u0e25\u0e30\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22\u0e02\u0e2d\u0e07\u0e04\u0e13\u0e30 \u0e1b\u0e23\u0e30\u0e18\u0e32\u0e19\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e41\u0e25\u0e30\u0e40\u0e1b\u0e34\u0e14\u0e08\u0e2d\u0e1b\u0e23\u0e30\u0e18\u0e32\u0e19 \u0e40\u0e08\u0e49\u0e32\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32\u0e02\u0e2d\u0e07\u0e07\u0e32\u0e19\u0e02\u0e2d\u0e07\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e15\u0e19 \u0e40\u0e08\u0e49\u0e32\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48\u0e28\u0e39\u0e19\u0e22\u0e4c\u0e2f \u0e2d\u0e48\u0e32\u0e19\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e41\u0e25\u0e30\u0e2a\u0e16"
                        "\u0e34\u0e15\u0e34\u0e02\u0e2d\u0e07\u0e2d\u0e33\u0e40\u0e20\u0e2d \u0e1c\u0e39\u0e49\u0e14\u0e39\u0e41\u0e25\u0e23\u0e30\u0e1a\u0e1a\u0e08\u0e31\u0e14\u0e01\u0e32\u0e23\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49 \u0e1a\u0e17\u0e1a\u0e32\u0e17 \u0e41\u0e25\u0e30\u0e01\u0e38\u0e0d\u0e41\u0e08 \u0e17\u0e38\u0e01\u0e01\u0e32\u0e23\u0e43\u0e2b\u0e49\u0e41\u0e25\u0e30\u0e16\u0e2d\u0e19\u0e1a\u0e17\u0e1a\u0e32\u0e17\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e43\u0e19\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e01\u0e32\u0e23\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19", None))
    # retranslateUi
