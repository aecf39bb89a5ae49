# Generated from ui/first_run_language.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_language.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunLanguage(object):
    def setupUi(self, FirstRunLanguage):
        if not FirstRunLanguage.objectName():
            FirstRunLanguage.setObjectName(u"FirstRunLanguage")
        FirstRunLanguage.resize(560, 300)
        self.layout = QVBoxLayout(FirstRunLanguage)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(FirstRunLanguage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.thaiRadio = QRadioButton(FirstRunLanguage)
        self.thaiRadio.setObjectName(u"thaiRadio")
        self.thaiRadio.setText(u"\u0e44\u0e17\u0e22")
        self.thaiRadio.setChecked(True)

        self.layout.addWidget(self.thaiRadio)

        self.englishRadio = QRadioButton(FirstRunLanguage)
        self.englishRadio.setObjectName(u"englishRadio")
        self.englishRadio.setText(u"English")

        self.layout.addWidget(self.englishRadio)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)


        self.retranslateUi(FirstRunLanguage)

        QMetaObject.connectSlotsByName(FirstRunLanguage)
    # setupUi

    def retranslateUi(self, FirstRunLanguage):
        self.intro.setText(QCoreApplication.translate("FirstRunLanguage", u"\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21\u0e19\u0e35\u0e49\u0e40\u0e01\u0e47\u0e1a\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21 \u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22 \u0e41\u0e25\u0e30\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e32\u0e22\u0e01\u0e23\u0e13\u0e35\u0e44\u0e27\u0e49\u0e43\u0e19\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e17\u0e35\u0e48\u0e40\u0e02\u0e49\u0e32\u0e23\u0e2b\u0e31\u0e2a\u0e1a\u0e19\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e19\u0e35\u0e49 \u0e40\u0e25\u0e37\u0e2d\u0e01\u0e20\u0e32\u0e29\u0e32\u0e17\u0e35\u0e48\u0e43\u0e0a\u0e49\u0e41\u0e2a\u0e14\u0e07\u0e1c\u0e25 (\u0e40\u0e1b\u0e25\u0e35\u0e48\u0e22\u0e19\u0e20\u0e32\u0e22\u0e2b\u0e25\u0e31\u0e07\u0e44\u0e14\u0e49\u0e43\u0e19\u0e2b\u0e19\u0e49\u0e32\u0e15\u0e31\u0e49\u0e07\u0e04\u0e48\u0e32)", None))
        pass
    # retranslateUi
