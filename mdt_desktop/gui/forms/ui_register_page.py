# Generated from ui/register_page.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from mdt_desktop.gui.widgets.agency_picker import AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_RegisterPage(object):
    def setupUi(self, RegisterPage):
        if not RegisterPage.objectName():
            RegisterPage.setObjectName(u"RegisterPage")
        RegisterPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(RegisterPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow1 = QHBoxLayout()
        self.filterRow1.setObjectName(u"filterRow1")
        self.bodyLabel = QLabel(RegisterPage)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.filterRow1.addWidget(self.bodyLabel)

        self.bodyFilter = QComboBox(RegisterPage)
        self.bodyFilter.setObjectName(u"bodyFilter")
        self.bodyFilter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow1.addWidget(self.bodyFilter)

        self.agencyLabel = QLabel(RegisterPage)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.filterRow1.addWidget(self.agencyLabel)

        self.agencyFilter = AgencyPicker(RegisterPage)
        self.agencyFilter.setObjectName(u"agencyFilter")

        self.filterRow1.addWidget(self.agencyFilter)

        self.statusLabel = QLabel(RegisterPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow1.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(RegisterPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow1.addWidget(self.statusFilter)

        self.overdueOnly = QCheckBox(RegisterPage)
        self.overdueOnly.setObjectName(u"overdueOnly")

        self.filterRow1.addWidget(self.overdueOnly)


        self.mainLayout.addLayout(self.filterRow1)

        self.filterRow2 = QHBoxLayout()
        self.filterRow2.setObjectName(u"filterRow2")
        self.dueFromLabel = QLabel(RegisterPage)
        self.dueFromLabel.setObjectName(u"dueFromLabel")

        self.filterRow2.addWidget(self.dueFromLabel)

        self.dueFrom = BeDateEdit(RegisterPage)
        self.dueFrom.setObjectName(u"dueFrom")

        self.filterRow2.addWidget(self.dueFrom)

        self.dueToLabel = QLabel(RegisterPage)
        self.dueToLabel.setObjectName(u"dueToLabel")

        self.filterRow2.addWidget(self.dueToLabel)

        self.dueTo = BeDateEdit(RegisterPage)
        self.dueTo.setObjectName(u"dueTo")

        self.filterRow2.addWidget(self.dueTo)

        self.clearFilters = QPushButton(RegisterPage)
        self.clearFilters.setObjectName(u"clearFilters")

        self.filterRow2.addWidget(self.clearFilters)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow2.addItem(self.filterSpacer)

        self.progressButton = QPushButton(RegisterPage)
        self.progressButton.setObjectName(u"progressButton")

        self.filterRow2.addWidget(self.progressButton)


        self.mainLayout.addLayout(self.filterRow2)

        self.registerSplitter = QSplitter(RegisterPage)
        self.registerSplitter.setObjectName(u"registerSplitter")
        self.registerSplitter.setOrientation(Qt.Vertical)
        self.registerSplitter.setChildrenCollapsible(False)
        self.splitter = QSplitter(self.registerSplitter)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.splitter.addWidget(self.table)
        self.registerSplitter.addWidget(self.splitter)
        self.referralsTabs = QTabWidget(self.registerSplitter)
        self.referralsTabs.setObjectName(u"referralsTabs")
        self.overdueReferralsTab = QWidget()
        self.overdueReferralsTab.setObjectName(u"overdueReferralsTab")
        self.overdueReferralsLayout = QVBoxLayout(self.overdueReferralsTab)
        self.overdueReferralsLayout.setObjectName(u"overdueReferralsLayout")
        self.referralsTable = QTableView(self.overdueReferralsTab)
        self.referralsTable.setObjectName(u"referralsTable")
        self.referralsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.referralsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.referralsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.referralsTable.setWordWrap(False)

        self.overdueReferralsLayout.addWidget(self.referralsTable)

        self.referralsTabs.addTab(self.overdueReferralsTab, "")
        self.escalationsTab = QWidget()
        self.escalationsTab.setObjectName(u"escalationsTab")
        self.escalationsLayout = QVBoxLayout(self.escalationsTab)
        self.escalationsLayout.setObjectName(u"escalationsLayout")
        self.escalationsTable = QTableView(self.escalationsTab)
        self.escalationsTable.setObjectName(u"escalationsTable")
        self.escalationsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.escalationsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.escalationsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.escalationsTable.setWordWrap(False)

        self.escalationsLayout.addWidget(self.escalationsTable)

        self.referralsTabs.addTab(self.escalationsTab, "")
        self.countsTab = QWidget()
        self.countsTab.setObjectName(u"countsTab")
        self.countsLayout = QVBoxLayout(self.countsTab)
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsTable = QTableView(self.countsTab)
        self.countsTable.setObjectName(u"countsTable")
        self.countsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.countsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.countsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.countsLayout.addWidget(self.countsTable)

        self.referralsTabs.addTab(self.countsTab, "")
        self.circulationTab = QWidget()
        self.circulationTab.setObjectName(u"circulationTab")
        self.circulationLayout = QVBoxLayout(self.circulationTab)
        self.circulationLayout.setObjectName(u"circulationLayout")
        self.circulationTitle = QLabel(self.circulationTab)
        self.circulationTitle.setObjectName(u"circulationTitle")
        self.circulationTitle.setWordWrap(True)

        self.circulationLayout.addWidget(self.circulationTitle)

        self.circulationTable = QTableView(self.circulationTab)
        self.circulationTable.setObjectName(u"circulationTable")
        self.circulationTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.circulationTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.circulationTable.setWordWrap(False)

        self.circulationLayout.addWidget(self.circulationTable)

        self.referralsTabs.addTab(self.circulationTab, "")
        self.registerSplitter.addWidget(self.referralsTabs)

        self.mainLayout.addWidget(self.registerSplitter)

        self.totalLabel = QLabel(RegisterPage)
        self.totalLabel.setObjectName(u"totalLabel")

        self.mainLayout.addWidget(self.totalLabel)

#if QT_CONFIG(shortcut)
        self.bodyLabel.setBuddy(self.bodyFilter)
        self.agencyLabel.setBuddy(self.agencyFilter)
        self.statusLabel.setBuddy(self.statusFilter)
        self.dueFromLabel.setBuddy(self.dueFrom)
        self.dueToLabel.setBuddy(self.dueTo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterPage)

        self.referralsTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RegisterPage)
    # setupUi

    def retranslateUi(self, RegisterPage):
        RegisterPage.setWindowTitle(QCoreApplication.translate("RegisterPage", u"\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e15\u0e34\u0e14\u0e15\u0e32\u0e21\u0e07\u0e32\u0e19", None))
        self.bodyLabel.setText(QCoreApplication.translate("RegisterPage", u"\u0e04\u0e13\u0e30/\u0e17\u0e35\u0e21", None))
        self.agencyLabel.setText(QCoreApplication.translate("RegisterPage", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.statusLabel.setText(QCoreApplication.translate("RegisterPage", u"\u0e2a\u0e16\u0e32\u0e19\u0e30", None))
        self.overdueOnly.setText(QCoreApplication.translate("RegisterPage", u"\u0e40\u0e09\u0e1e\u0e32\u0e30\u0e17\u0e35\u0e48\u0e40\u0e01\u0e34\u0e19\u0e01\u0e33\u0e2b\u0e19\u0e14", None))
        self.dueFromLabel.setText(QCoreApplication.translate("RegisterPage", u"\u0e01\u0e33\u0e2b\u0e19\u0e14\u0e40\u0e2a\u0e23\u0e47\u0e08\u0e15\u0e31\u0e49\u0e07\u0e41\u0e15\u0e48", None))
        self.dueToLabel.setText(QCoreApplication.translate("RegisterPage", u"\u0e16\u0e36\u0e07", None))
        self.clearFilters.setText(QCoreApplication.translate("RegisterPage", u"\u0e25\u0e49\u0e32\u0e07\u0e15\u0e31\u0e27\u0e01\u0e23\u0e2d\u0e07", None))
        self.progressButton.setText(QCoreApplication.translate("RegisterPage", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e04\u0e27\u0e32\u0e21\u0e04\u0e37\u0e1a\u0e2b\u0e19\u0e49\u0e32\u2026", None))
#if QT_CONFIG(tooltip)
        self.referralsTable.setToolTip(QCoreApplication.translate("RegisterPage", u"\u0e14\u0e31\u0e1a\u0e40\u0e1a\u0e34\u0e25\u0e04\u0e25\u0e34\u0e01\u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e40\u0e1b\u0e34\u0e14\u0e01\u0e23\u0e13\u0e35", None))
#endif // QT_CONFIG(tooltip)
        self.referralsTabs.setTabText(self.referralsTabs.indexOf(self.overdueReferralsTab), QCoreApplication.translate("RegisterPage", u"\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d\u0e17\u0e35\u0e48\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e44\u0e14\u0e49\u0e23\u0e31\u0e1a\u0e04\u0e33\u0e15\u0e2d\u0e1a \u0e40\u0e01\u0e34\u0e19\u0e01\u0e33\u0e2b\u0e19\u0e14", None))
#if QT_CONFIG(tooltip)
        self.escalationsTable.setToolTip(QCoreApplication.translate("RegisterPage", u"\u0e14\u0e31\u0e1a\u0e40\u0e1a\u0e34\u0e25\u0e04\u0e25\u0e34\u0e01\u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e40\u0e1b\u0e34\u0e14\u0e01\u0e23\u0e13\u0e35", None))
#endif // QT_CONFIG(tooltip)
        self.referralsTabs.setTabText(self.referralsTabs.indexOf(self.escalationsTab), QCoreApplication.translate("RegisterPage", u"\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d\u0e28\u0e39\u0e19\u0e22\u0e4c\u0e23\u0e30\u0e14\u0e31\u0e1a\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
        self.referralsTabs.setTabText(self.referralsTabs.indexOf(self.countsTab), QCoreApplication.translate("RegisterPage", u"\u0e07\u0e32\u0e19\u0e04\u0e49\u0e32\u0e07\u0e23\u0e32\u0e22\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.circulationTitle.setText(QCoreApplication.translate("RegisterPage", u"\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.referralsTabs.setTabText(self.referralsTabs.indexOf(self.circulationTab), QCoreApplication.translate("RegisterPage", u"\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.totalLabel.setText("")
    # retranslateUi
