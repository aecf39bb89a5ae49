# Generated from ui/statistics_page.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statistics_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from mdt_desktop.gui.statistics.statistics_chart import StatisticsChart
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_StatisticsPage(object):
    def setupUi(self, StatisticsPage):
        if not StatisticsPage.objectName():
            StatisticsPage.setObjectName(u"StatisticsPage")
        StatisticsPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(StatisticsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodLabel = QLabel(StatisticsPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodRow.addWidget(self.periodLabel)

        self.periodChoice = QComboBox(StatisticsPage)
        self.periodChoice.setObjectName(u"periodChoice")
        self.periodChoice.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.periodRow.addWidget(self.periodChoice)

        self.fromLabel = QLabel(StatisticsPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodRow.addWidget(self.fromLabel)

        self.fromDate = BeDateEdit(StatisticsPage)
        self.fromDate.setObjectName(u"fromDate")

        self.periodRow.addWidget(self.fromDate)

        self.toLabel = QLabel(StatisticsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.periodRow.addWidget(self.toLabel)

        self.toDate = BeDateEdit(StatisticsPage)
        self.toDate.setObjectName(u"toDate")

        self.periodRow.addWidget(self.toDate)

        self.areaLabel = QLabel(StatisticsPage)
        self.areaLabel.setObjectName(u"areaLabel")

        self.periodRow.addWidget(self.areaLabel)

        self.areaChoice = QComboBox(StatisticsPage)
        self.areaChoice.setObjectName(u"areaChoice")
        self.areaChoice.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.areaChoice.setMinimumContentsLength(12)

        self.periodRow.addWidget(self.areaChoice)

        self.showButton = QPushButton(StatisticsPage)
        self.showButton.setObjectName(u"showButton")

        self.periodRow.addWidget(self.showButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.mainLayout.addLayout(self.periodRow)

        self.sourceRow = QHBoxLayout()
        self.sourceRow.setObjectName(u"sourceRow")
        self.sourceLabel = QLabel(StatisticsPage)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sourceRow.addWidget(self.sourceLabel)

        self.sourceChoice = QComboBox(StatisticsPage)
        self.sourceChoice.setObjectName(u"sourceChoice")
        self.sourceChoice.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.sourceRow.addWidget(self.sourceChoice)

        self.districtLabel = QLabel(StatisticsPage)
        self.districtLabel.setObjectName(u"districtLabel")

        self.sourceRow.addWidget(self.districtLabel)

        self.districtChoice = QComboBox(StatisticsPage)
        self.districtChoice.setObjectName(u"districtChoice")
        self.districtChoice.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.sourceRow.addWidget(self.districtChoice)

        self.sourceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sourceRow.addItem(self.sourceSpacer)

        self.exportXlsxButton = QPushButton(StatisticsPage)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.sourceRow.addWidget(self.exportXlsxButton)

        self.exportPdfButton = QPushButton(StatisticsPage)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.sourceRow.addWidget(self.exportPdfButton)


        self.mainLayout.addLayout(self.sourceRow)

        self.summaryLabel = QLabel(StatisticsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.bodySplitter = QSplitter(StatisticsPage)
        self.bodySplitter.setObjectName(u"bodySplitter")
        self.bodySplitter.setOrientation(Qt.Horizontal)
        self.bodySplitter.setChildrenCollapsible(False)
        self.tableList = QListWidget(self.bodySplitter)
        self.tableList.setObjectName(u"tableList")
        self.tableList.setWordWrap(True)
        self.bodySplitter.addWidget(self.tableList)
        self.viewSplitter = QSplitter(self.bodySplitter)
        self.viewSplitter.setObjectName(u"viewSplitter")
        self.viewSplitter.setOrientation(Qt.Horizontal)
        self.viewSplitter.setChildrenCollapsible(False)
        self.tableView = QTableView(self.viewSplitter)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.viewSplitter.addWidget(self.tableView)
        self.chartScroll = QScrollArea(self.viewSplitter)
        self.chartScroll.setObjectName(u"chartScroll")
        self.chartScroll.setFrameShape(QFrame.NoFrame)
        self.chartScroll.setWidgetResizable(True)
        self.chart = StatisticsChart()
        self.chart.setObjectName(u"chart")
        self.chartScroll.setWidget(self.chart)
        self.viewSplitter.addWidget(self.chartScroll)
        self.bodySplitter.addWidget(self.viewSplitter)

        self.mainLayout.addWidget(self.bodySplitter)

        self.noteLabel = QLabel(StatisticsPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.statusLabel = QLabel(StatisticsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodChoice)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.areaLabel.setBuddy(self.areaChoice)
        self.sourceLabel.setBuddy(self.sourceChoice)
        self.districtLabel.setBuddy(self.districtChoice)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatisticsPage)

        self.showButton.setDefault(True)


        QMetaObject.connectSlotsByName(StatisticsPage)
    # setupUi

    def retranslateUi(self, StatisticsPage):
        StatisticsPage.setWindowTitle(QCoreApplication.translate("StatisticsPage", u"\u0e2a\u0e16\u0e34\u0e15\u0e34", None))
        self.periodLabel.setText(QCoreApplication.translate("StatisticsPage", u"\u0e0a\u0e48\u0e27\u0e07\u0e40\u0e27\u0e25\u0e32", None))
        self.fromLabel.setText(QCoreApplication.translate("StatisticsPage", u"\u0e15\u0e31\u0e49\u0e07\u0e41\u0e15\u0e48", None))
        self.toLabel.setText(QCoreApplication.translate("StatisticsPage", u"\u0e16\u0e36\u0e07", None))
        self.areaLabel.setText(QCoreApplication.translate("StatisticsPage", u"\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48", None))
        self.showButton.setText(QCoreApplication.translate("StatisticsPage", u"\u0e41\u0e2a\u0e14\u0e07", None))
        self.sourceLabel.setText(QCoreApplication.translate("StatisticsPage", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25", None))
        self.districtLabel.setText(QCoreApplication.translate("StatisticsPage", u"\u0e2d\u0e33\u0e40\u0e20\u0e2d", None))
        self.exportXlsxButton.setText(QCoreApplication.translate("StatisticsPage", u"\u0e2a\u0e48\u0e07\u0e2d\u0e2d\u0e01 Excel\u2026", None))
        self.exportPdfButton.setText(QCoreApplication.translate("StatisticsPage", u"\u0e2a\u0e48\u0e07\u0e2d\u0e2d\u0e01 PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.tableList.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"\u0e15\u0e32\u0e23\u0e32\u0e07\u0e2a\u0e16\u0e34\u0e15\u0e34", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"\u0e15\u0e32\u0e23\u0e32\u0e07", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chart.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"\u0e41\u0e1c\u0e19\u0e20\u0e39\u0e21\u0e34", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
