# Generated from ui/case_view.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from mdt_desktop.gui.cases.risk_chart import RiskChart

class Ui_CaseView(object):
    def setupUi(self, CaseView):
        if not CaseView.objectName():
            CaseView.setObjectName(u"CaseView")
        CaseView.resize(1180, 700)
        self.mainLayout = QVBoxLayout(CaseView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.backButton = QPushButton(CaseView)
        self.backButton.setObjectName(u"backButton")

        self.topBar.addWidget(self.backButton)

        self.codeLabel = QLabel(CaseView)
        self.codeLabel.setObjectName(u"codeLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.codeLabel.sizePolicy().hasHeightForWidth())
        self.codeLabel.setSizePolicy(sizePolicy)
        self.codeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.topBar.addWidget(self.codeLabel)

        self.assessButton = QPushButton(CaseView)
        self.assessButton.setObjectName(u"assessButton")

        self.topBar.addWidget(self.assessButton)

        self.planButton = QPushButton(CaseView)
        self.planButton.setObjectName(u"planButton")

        self.topBar.addWidget(self.planButton)

        self.referralButton = QPushButton(CaseView)
        self.referralButton.setObjectName(u"referralButton")

        self.topBar.addWidget(self.referralButton)

        self.identityButton = QPushButton(CaseView)
        self.identityButton.setObjectName(u"identityButton")

        self.topBar.addWidget(self.identityButton)


        self.mainLayout.addLayout(self.topBar)

        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.caseBox = QGroupBox(CaseView)
        self.caseBox.setObjectName(u"caseBox")
        self.caseGrid = QGridLayout(self.caseBox)
        self.caseGrid.setObjectName(u"caseGrid")
        self.typeLabel = QLabel(self.caseBox)
        self.typeLabel.setObjectName(u"typeLabel")

        self.caseGrid.addWidget(self.typeLabel, 0, 0, 1, 1)

        self.typeValue = QLabel(self.caseBox)
        self.typeValue.setObjectName(u"typeValue")
        self.typeValue.setWordWrap(True)
        self.typeValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseGrid.addWidget(self.typeValue, 0, 1, 1, 1)

        self.stageLabel = QLabel(self.caseBox)
        self.stageLabel.setObjectName(u"stageLabel")

        self.caseGrid.addWidget(self.stageLabel, 0, 2, 1, 1)

        self.stageValue = QLabel(self.caseBox)
        self.stageValue.setObjectName(u"stageValue")
        self.stageValue.setWordWrap(True)
        self.stageValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseGrid.addWidget(self.stageValue, 0, 3, 1, 1)

        self.childLabel = QLabel(self.caseBox)
        self.childLabel.setObjectName(u"childLabel")

        self.caseGrid.addWidget(self.childLabel, 1, 0, 1, 1)

        self.childValue = QLabel(self.caseBox)
        self.childValue.setObjectName(u"childValue")
        self.childValue.setWordWrap(True)
        self.childValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseGrid.addWidget(self.childValue, 1, 1, 1, 1)

        self.outcomeLabel = QLabel(self.caseBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.caseGrid.addWidget(self.outcomeLabel, 1, 2, 1, 1)

        self.outcomeValue = QLabel(self.caseBox)
        self.outcomeValue.setObjectName(u"outcomeValue")
        self.outcomeValue.setWordWrap(True)
        self.outcomeValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseGrid.addWidget(self.outcomeValue, 1, 3, 1, 1)

        self.intakeLabel = QLabel(self.caseBox)
        self.intakeLabel.setObjectName(u"intakeLabel")

        self.caseGrid.addWidget(self.intakeLabel, 2, 0, 1, 1)

        self.intakeValue = QLabel(self.caseBox)
        self.intakeValue.setObjectName(u"intakeValue")
        self.intakeValue.setWordWrap(True)
        self.intakeValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseGrid.addWidget(self.intakeValue, 2, 1, 1, 1)

        self.bodyLabel = QLabel(self.caseBox)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.caseGrid.addWidget(self.bodyLabel, 3, 0, 1, 1)

        self.bodyValue = QLabel(self.caseBox)
        self.bodyValue.setObjectName(u"bodyValue")
        self.bodyValue.setWordWrap(True)
        self.bodyValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseGrid.addWidget(self.bodyValue, 3, 1, 1, 1)

        self.consentLabel = QLabel(self.caseBox)
        self.consentLabel.setObjectName(u"consentLabel")

        self.caseGrid.addWidget(self.consentLabel, 3, 2, 1, 1)

        self.consentValue = QLabel(self.caseBox)
        self.consentValue.setObjectName(u"consentValue")
        self.consentValue.setWordWrap(True)
        self.consentValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseGrid.addWidget(self.consentValue, 3, 3, 1, 1)

        self.caseGrid.setColumnStretch(1, 1)
        self.caseGrid.setColumnStretch(3, 1)

        self.headerRow.addWidget(self.caseBox)

        self.riskBox = QGroupBox(CaseView)
        self.riskBox.setObjectName(u"riskBox")
        self.riskBoxLayout = QVBoxLayout(self.riskBox)
        self.riskBoxLayout.setObjectName(u"riskBoxLayout")
        self.latestLevel = QLabel(self.riskBox)
        self.latestLevel.setObjectName(u"latestLevel")
        self.latestLevel.setWordWrap(True)
        self.latestLevel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.riskBoxLayout.addWidget(self.latestLevel)

        self.reviewLabel = QLabel(self.riskBox)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setWordWrap(True)
        self.reviewLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.riskBoxLayout.addWidget(self.reviewLabel)

        self.riskChart = RiskChart(self.riskBox)
        self.riskChart.setObjectName(u"riskChart")

        self.riskBoxLayout.addWidget(self.riskChart)


        self.headerRow.addWidget(self.riskBox)

        self.headerRow.setStretch(0, 1)
        self.headerRow.setStretch(1, 1)

        self.mainLayout.addLayout(self.headerRow)

        self.tablesSplitter = QSplitter(CaseView)
        self.tablesSplitter.setObjectName(u"tablesSplitter")
        self.tablesSplitter.setOrientation(Qt.Horizontal)
        self.tablesSplitter.setChildrenCollapsible(False)
        self.storySplitter = QSplitter(self.tablesSplitter)
        self.storySplitter.setObjectName(u"storySplitter")
        self.storySplitter.setOrientation(Qt.Vertical)
        self.storySplitter.setChildrenCollapsible(False)
        self.meetingsBox = QGroupBox(self.storySplitter)
        self.meetingsBox.setObjectName(u"meetingsBox")
        self.meetingsBoxLayout = QVBoxLayout(self.meetingsBox)
        self.meetingsBoxLayout.setObjectName(u"meetingsBoxLayout")
        self.meetingsView = QTableView(self.meetingsBox)
        self.meetingsView.setObjectName(u"meetingsView")
        self.meetingsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetingsView.setAlternatingRowColors(True)
        self.meetingsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetingsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingsView.setWordWrap(False)
        self.meetingsView.verticalHeader().setVisible(False)

        self.meetingsBoxLayout.addWidget(self.meetingsView)

        self.storySplitter.addWidget(self.meetingsBox)
        self.actionsBox = QGroupBox(self.storySplitter)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsBoxLayout = QVBoxLayout(self.actionsBox)
        self.actionsBoxLayout.setObjectName(u"actionsBoxLayout")
        self.actionsView = QTableView(self.actionsBox)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actionsView.setAlternatingRowColors(True)
        self.actionsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actionsView.setWordWrap(False)
        self.actionsView.verticalHeader().setVisible(False)

        self.actionsBoxLayout.addWidget(self.actionsView)

        self.storySplitter.addWidget(self.actionsBox)
        self.tablesSplitter.addWidget(self.storySplitter)
        self.servicesSplitter = QSplitter(self.tablesSplitter)
        self.servicesSplitter.setObjectName(u"servicesSplitter")
        self.servicesSplitter.setOrientation(Qt.Vertical)
        self.servicesSplitter.setChildrenCollapsible(False)
        self.planBox = QGroupBox(self.servicesSplitter)
        self.planBox.setObjectName(u"planBox")
        self.planBoxLayout = QVBoxLayout(self.planBox)
        self.planBoxLayout.setObjectName(u"planBoxLayout")
        self.planView = QTableView(self.planBox)
        self.planView.setObjectName(u"planView")
        self.planView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.planView.setAlternatingRowColors(True)
        self.planView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.planView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.planView.setWordWrap(False)
        self.planView.verticalHeader().setVisible(False)

        self.planBoxLayout.addWidget(self.planView)

        self.servicesSplitter.addWidget(self.planBox)
        self.referralsBox = QGroupBox(self.servicesSplitter)
        self.referralsBox.setObjectName(u"referralsBox")
        self.referralsBoxLayout = QVBoxLayout(self.referralsBox)
        self.referralsBoxLayout.setObjectName(u"referralsBoxLayout")
        self.referralsView = QTableView(self.referralsBox)
        self.referralsView.setObjectName(u"referralsView")
        self.referralsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.referralsView.setAlternatingRowColors(True)
        self.referralsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.referralsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.referralsView.setWordWrap(False)
        self.referralsView.verticalHeader().setVisible(False)

        self.referralsBoxLayout.addWidget(self.referralsView)

        self.servicesSplitter.addWidget(self.referralsBox)
        self.tablesSplitter.addWidget(self.servicesSplitter)

        self.mainLayout.addWidget(self.tablesSplitter)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(CaseView)

        QMetaObject.connectSlotsByName(CaseView)
    # setupUi

    def retranslateUi(self, CaseView):
        CaseView.setWindowTitle(QCoreApplication.translate("CaseView", u"\u0e01\u0e23\u0e13\u0e35", None))
        self.backButton.setText(QCoreApplication.translate("CaseView", u"\u2039 \u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e01\u0e23\u0e13\u0e35", None))
        self.codeLabel.setText("")
        self.assessButton.setText(QCoreApplication.translate("CaseView", u"\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19\u0e04\u0e27\u0e32\u0e21\u0e40\u0e2a\u0e35\u0e48\u0e22\u0e07\u2026", None))
        self.planButton.setText(QCoreApplication.translate("CaseView", u"\u0e41\u0e1c\u0e19\u0e04\u0e27\u0e32\u0e21\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22\u2026", None))
        self.referralButton.setText(QCoreApplication.translate("CaseView", u"\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d\u2026", None))
        self.identityButton.setText(QCoreApplication.translate("CaseView", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e1a\u0e38\u0e04\u0e04\u0e25\u2026", None))
        self.caseBox.setTitle(QCoreApplication.translate("CaseView", u"\u0e01\u0e23\u0e13\u0e35", None))
        self.typeLabel.setText(QCoreApplication.translate("CaseView", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17", None))
        self.stageLabel.setText(QCoreApplication.translate("CaseView", u"\u0e02\u0e31\u0e49\u0e19\u0e15\u0e2d\u0e19", None))
        self.childLabel.setText(QCoreApplication.translate("CaseView", u"\u0e40\u0e14\u0e47\u0e01/\u0e1c\u0e39\u0e49\u0e43\u0e2b\u0e0d\u0e48", None))
        self.outcomeLabel.setText(QCoreApplication.translate("CaseView", u"\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23", None))
        self.intakeLabel.setText(QCoreApplication.translate("CaseView", u"\u0e27\u0e31\u0e19\u0e23\u0e31\u0e1a\u0e41\u0e08\u0e49\u0e07", None))
        self.bodyLabel.setText(QCoreApplication.translate("CaseView", u"\u0e04\u0e13\u0e30/\u0e17\u0e35\u0e21", None))
        self.consentLabel.setText(QCoreApplication.translate("CaseView", u"\u0e04\u0e27\u0e32\u0e21\u0e22\u0e34\u0e19\u0e22\u0e2d\u0e21", None))
        self.riskBox.setTitle(QCoreApplication.translate("CaseView", u"\u0e04\u0e27\u0e32\u0e21\u0e40\u0e2a\u0e35\u0e48\u0e22\u0e07", None))
        self.meetingsBox.setTitle(QCoreApplication.translate("CaseView", u"\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e17\u0e35\u0e48\u0e1e\u0e34\u0e08\u0e32\u0e23\u0e13\u0e32\u0e01\u0e23\u0e13\u0e35\u0e19\u0e35\u0e49\u0e41\u0e25\u0e30\u0e21\u0e15\u0e34", None))
        self.actionsBox.setTitle(QCoreApplication.translate("CaseView", u"\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22\u0e17\u0e38\u0e01\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.planBox.setTitle(QCoreApplication.translate("CaseView", u"\u0e41\u0e1c\u0e19\u0e04\u0e27\u0e32\u0e21\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22\u0e09\u0e1a\u0e31\u0e1a\u0e1b\u0e31\u0e08\u0e08\u0e38\u0e1a\u0e31\u0e19", None))
        self.referralsBox.setTitle(QCoreApplication.translate("CaseView", u"\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e15\u0e48\u0e2d", None))
    # retranslateUi
