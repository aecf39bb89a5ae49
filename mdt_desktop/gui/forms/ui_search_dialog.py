# Generated from ui/search_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QLineEdit,
    QListView, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SearchDialog(object):
    def setupUi(self, SearchDialog):
        if not SearchDialog.objectName():
            SearchDialog.setObjectName(u"SearchDialog")
        SearchDialog.setMinimumSize(QSize(640, 420))
        self.mainLayout = QVBoxLayout(SearchDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.queryEdit = QLineEdit(SearchDialog)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.queryEdit)

        self.resultsView = QListView(SearchDialog)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setAlternatingRowColors(True)
        self.resultsView.setUniformItemSizes(False)
        self.resultsView.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.resultsView.setWordWrap(True)

        self.mainLayout.addWidget(self.resultsView)

        self.statusLabel = QLabel(SearchDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)


        self.retranslateUi(SearchDialog)

        QMetaObject.connectSlotsByName(SearchDialog)
    # setupUi

    def retranslateUi(self, SearchDialog):
        SearchDialog.setWindowTitle(QCoreApplication.translate("SearchDialog", u"\u0e04\u0e49\u0e19\u0e2b\u0e32", None))
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("SearchDialog", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e04\u0e33\u0e17\u0e35\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e01\u0e32\u0e23\u0e04\u0e49\u0e19\u0e2b\u0e32 \u0e40\u0e0a\u0e48\u0e19 \u0e04\u0e49\u0e32\u0e21\u0e19\u0e38\u0e29\u0e22\u0e4c \u0e1e\u0e21\u0e08. \u0e2b\u0e23\u0e37\u0e2d\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e23\u0e13\u0e35", None))
        self.statusLabel.setText("")
    # retranslateUi
