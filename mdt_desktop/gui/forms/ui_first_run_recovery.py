# Generated from ui/first_run_recovery.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_recovery.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FirstRunRecovery(object):
    def setupUi(self, FirstRunRecovery):
        if not FirstRunRecovery.objectName():
            FirstRunRecovery.setObjectName(u"FirstRunRecovery")
        FirstRunRecovery.resize(600, 400)
        self.layout = QVBoxLayout(FirstRunRecovery)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(FirstRunRecovery)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.codeLabel = QLabel(FirstRunRecovery)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.codeLabel.setAlignment(Qt.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.codeLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.leftSpacer)

        self.copyButton = QPushButton(FirstRunRecovery)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonsRow.addWidget(self.copyButton)

        self.printButton = QPushButton(FirstRunRecovery)
        self.printButton.setObjectName(u"printButton")

        self.buttonsRow.addWidget(self.printButton)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.rightSpacer)


        self.layout.addLayout(self.buttonsRow)

        self.copyNote = QLabel(FirstRunRecovery)
        self.copyNote.setObjectName(u"copyNote")
        self.copyNote.setWordWrap(True)

        self.layout.addWidget(self.copyNote)

        self.writtenDownCheck = QCheckBox(FirstRunRecovery)
        self.writtenDownCheck.setObjectName(u"writtenDownCheck")

        self.layout.addWidget(self.writtenDownCheck)

        self.spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)


        self.retranslateUi(FirstRunRecovery)

        QMetaObject.connectSlotsByName(FirstRunRecovery)
    # setupUi

    def retranslateUi(self, FirstRunRecovery):
        self.explanation.setText(QCoreApplication.translate("FirstRunRecovery", u"\u0e19\u0e35\u0e48\u0e04\u0e37\u0e2d\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e02\u0e2d\u0e07\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25 \u0e43\u0e0a\u0e49\u0e40\u0e1b\u0e34\u0e14\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e25\u0e37\u0e21\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19 \u0e23\u0e2b\u0e31\u0e2a\u0e19\u0e35\u0e49\u0e08\u0e30\u0e41\u0e2a\u0e14\u0e07\u0e40\u0e1e\u0e35\u0e22\u0e07\u0e04\u0e23\u0e31\u0e49\u0e07\u0e40\u0e14\u0e35\u0e22\u0e27 \u0e42\u0e1b\u0e23\u0e14\u0e08\u0e14\u0e2b\u0e23\u0e37\u0e2d\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e40\u0e01\u0e47\u0e1a\u0e44\u0e27\u0e49\u0e43\u0e19\u0e17\u0e35\u0e48\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22 \u0e41\u0e22\u0e01\u0e08\u0e32\u0e01\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e04\u0e2d\u0e21\u0e1e\u0e34\u0e27\u0e40\u0e15\u0e2d\u0e23\u0e4c \u0e2b\u0e32\u0e01\u0e25\u0e37\u0e21\u0e17\u0e31\u0e49\u0e07\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e41\u0e25\u0e30\u0e23\u0e2b\u0e31"
                        "\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19 \u0e08\u0e30\u0e44\u0e21\u0e48\u0e21\u0e35\u0e43\u0e04\u0e23\u0e40\u0e1b\u0e34\u0e14\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e44\u0e14\u0e49\u0e2d\u0e35\u0e01", None))
        self.copyButton.setText(QCoreApplication.translate("FirstRunRecovery", u"\u0e04\u0e31\u0e14\u0e25\u0e2d\u0e01", None))
        self.printButton.setText(QCoreApplication.translate("FirstRunRecovery", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c...", None))
        self.writtenDownCheck.setText(QCoreApplication.translate("FirstRunRecovery", u"\u0e02\u0e49\u0e32\u0e1e\u0e40\u0e08\u0e49\u0e32\u0e44\u0e14\u0e49\u0e08\u0e14\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e40\u0e01\u0e47\u0e1a\u0e44\u0e27\u0e49\u0e41\u0e25\u0e49\u0e27", None))
        pass
    # retranslateUi
