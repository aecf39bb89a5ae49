# Generated from ui/safety_plan_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'safety_plan_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from mdt_desktop.gui.widgets.agency_picker import AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_SafetyPlanDialog(object):
    def setupUi(self, SafetyPlanDialog):
        if not SafetyPlanDialog.objectName():
            SafetyPlanDialog.setObjectName(u"SafetyPlanDialog")
        SafetyPlanDialog.resize(1100, 700)
        self.mainLayout = QVBoxLayout(SafetyPlanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.versionLabel = QLabel(SafetyPlanDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)
        self.versionLabel.setStyleSheet(u"font-weight: bold;")

        self.mainLayout.addWidget(self.versionLabel)

        self.privacyNote = QLabel(SafetyPlanDialog)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.mainLayout.addWidget(self.privacyNote)

        self.tabs = QTabWidget(SafetyPlanDialog)
        self.tabs.setObjectName(u"tabs")
        self.concernTab = QWidget()
        self.concernTab.setObjectName(u"concernTab")
        self.concernLayout = QVBoxLayout(self.concernTab)
        self.concernLayout.setObjectName(u"concernLayout")
        self.concernLabel = QLabel(self.concernTab)
        self.concernLabel.setObjectName(u"concernLabel")
        self.concernLabel.setWordWrap(True)

        self.concernLayout.addWidget(self.concernLabel)

        self.concernEdit = QPlainTextEdit(self.concernTab)
        self.concernEdit.setObjectName(u"concernEdit")
        self.concernEdit.setTabChangesFocus(True)

        self.concernLayout.addWidget(self.concernEdit)

        self.strengthsLabel = QLabel(self.concernTab)
        self.strengthsLabel.setObjectName(u"strengthsLabel")
        self.strengthsLabel.setWordWrap(True)

        self.concernLayout.addWidget(self.strengthsLabel)

        self.strengthsEdit = QPlainTextEdit(self.concernTab)
        self.strengthsEdit.setObjectName(u"strengthsEdit")
        self.strengthsEdit.setTabChangesFocus(True)

        self.concernLayout.addWidget(self.strengthsEdit)

        self.choicesLabel = QLabel(self.concernTab)
        self.choicesLabel.setObjectName(u"choicesLabel")
        self.choicesLabel.setWordWrap(True)

        self.concernLayout.addWidget(self.choicesLabel)

        self.choicesForm = QFormLayout()
        self.choicesForm.setObjectName(u"choicesForm")
        self.choicesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.courtLabel = QLabel(self.concernTab)
        self.courtLabel.setObjectName(u"courtLabel")
        self.courtLabel.setWordWrap(True)

        self.choicesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courtLabel)

        self.courtCombo = QComboBox(self.concernTab)
        self.courtCombo.setObjectName(u"courtCombo")

        self.choicesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courtCombo)

        self.returnLabel = QLabel(self.concernTab)
        self.returnLabel.setObjectName(u"returnLabel")
        self.returnLabel.setWordWrap(True)

        self.choicesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.returnLabel)

        self.returnCombo = QComboBox(self.concernTab)
        self.returnCombo.setObjectName(u"returnCombo")

        self.choicesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.returnCombo)


        self.concernLayout.addLayout(self.choicesForm)

        self.tabs.addTab(self.concernTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.safeGroup = QGroupBox(self.contactsTab)
        self.safeGroup.setObjectName(u"safeGroup")
        self.safeLayout = QVBoxLayout(self.safeGroup)
        self.safeLayout.setObjectName(u"safeLayout")
        self.safeTable = QTableWidget(self.safeGroup)
        if (self.safeTable.columnCount() < 4):
            self.safeTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.safeTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.safeTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.safeTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.safeTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.safeTable.setObjectName(u"safeTable")
        self.safeTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.safeTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.safeTable.horizontalHeader().setStretchLastSection(True)
        self.safeTable.verticalHeader().setVisible(False)

        self.safeLayout.addWidget(self.safeTable)

        self.safeButtons = QHBoxLayout()
        self.safeButtons.setObjectName(u"safeButtons")
        self.addSafeButton = QPushButton(self.safeGroup)
        self.addSafeButton.setObjectName(u"addSafeButton")

        self.safeButtons.addWidget(self.addSafeButton)

        self.removeSafeButton = QPushButton(self.safeGroup)
        self.removeSafeButton.setObjectName(u"removeSafeButton")

        self.safeButtons.addWidget(self.removeSafeButton)

        self.safeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.safeButtons.addItem(self.safeSpacer)


        self.safeLayout.addLayout(self.safeButtons)


        self.contactsLayout.addWidget(self.safeGroup)

        self.unsafeGroup = QGroupBox(self.contactsTab)
        self.unsafeGroup.setObjectName(u"unsafeGroup")
        self.unsafeGroup.setStyleSheet(u"QGroupBox#unsafeGroup { color: #c62828; font-weight: bold; }")
        self.unsafeLayout = QVBoxLayout(self.unsafeGroup)
        self.unsafeLayout.setObjectName(u"unsafeLayout")
        self.unsafeWarning = QLabel(self.unsafeGroup)
        self.unsafeWarning.setObjectName(u"unsafeWarning")
        self.unsafeWarning.setWordWrap(True)
        self.unsafeWarning.setStyleSheet(u"color: white; background: #c62828; font-weight: bold; padding: 4px;")

        self.unsafeLayout.addWidget(self.unsafeWarning)

        self.unsafeTable = QTableWidget(self.unsafeGroup)
        if (self.unsafeTable.columnCount() < 4):
            self.unsafeTable.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.unsafeTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.unsafeTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.unsafeTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.unsafeTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.unsafeTable.setObjectName(u"unsafeTable")
        self.unsafeTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.unsafeTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.unsafeTable.setStyleSheet(u"QTableWidget { border: 2px solid #c62828; }")
        self.unsafeTable.horizontalHeader().setStretchLastSection(True)
        self.unsafeTable.verticalHeader().setVisible(False)

        self.unsafeLayout.addWidget(self.unsafeTable)

        self.unsafeButtons = QHBoxLayout()
        self.unsafeButtons.setObjectName(u"unsafeButtons")
        self.addUnsafeButton = QPushButton(self.unsafeGroup)
        self.addUnsafeButton.setObjectName(u"addUnsafeButton")

        self.unsafeButtons.addWidget(self.addUnsafeButton)

        self.removeUnsafeButton = QPushButton(self.unsafeGroup)
        self.removeUnsafeButton.setObjectName(u"removeUnsafeButton")

        self.unsafeButtons.addWidget(self.removeUnsafeButton)

        self.unsafeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unsafeButtons.addItem(self.unsafeSpacer)


        self.unsafeLayout.addLayout(self.unsafeButtons)


        self.contactsLayout.addWidget(self.unsafeGroup)

        self.tabs.addTab(self.contactsTab, "")
        self.stepsTab = QWidget()
        self.stepsTab.setObjectName(u"stepsTab")
        self.stepsLayout = QVBoxLayout(self.stepsTab)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.beforeLabel = QLabel(self.stepsTab)
        self.beforeLabel.setObjectName(u"beforeLabel")
        self.beforeLabel.setWordWrap(True)

        self.stepsLayout.addWidget(self.beforeLabel)

        self.beforeEdit = QPlainTextEdit(self.stepsTab)
        self.beforeEdit.setObjectName(u"beforeEdit")
        self.beforeEdit.setTabChangesFocus(True)

        self.stepsLayout.addWidget(self.beforeEdit)

        self.duringLabel = QLabel(self.stepsTab)
        self.duringLabel.setObjectName(u"duringLabel")
        self.duringLabel.setWordWrap(True)

        self.stepsLayout.addWidget(self.duringLabel)

        self.duringEdit = QPlainTextEdit(self.stepsTab)
        self.duringEdit.setObjectName(u"duringEdit")
        self.duringEdit.setTabChangesFocus(True)

        self.stepsLayout.addWidget(self.duringEdit)

        self.afterLabel = QLabel(self.stepsTab)
        self.afterLabel.setObjectName(u"afterLabel")
        self.afterLabel.setWordWrap(True)

        self.stepsLayout.addWidget(self.afterLabel)

        self.afterEdit = QPlainTextEdit(self.stepsTab)
        self.afterEdit.setObjectName(u"afterEdit")
        self.afterEdit.setTabChangesFocus(True)

        self.stepsLayout.addWidget(self.afterEdit)

        self.tabs.addTab(self.stepsTab, "")
        self.servicesTab = QWidget()
        self.servicesTab.setObjectName(u"servicesTab")
        self.servicesLayout = QVBoxLayout(self.servicesTab)
        self.servicesLayout.setObjectName(u"servicesLayout")
        self.servicesTable = QTableWidget(self.servicesTab)
        if (self.servicesTable.columnCount() < 6):
            self.servicesTable.setColumnCount(6)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.servicesTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.servicesTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.servicesTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.servicesTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.servicesTable.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.servicesTable.setHorizontalHeaderItem(5, __qtablewidgetitem13)
        self.servicesTable.setObjectName(u"servicesTable")
        self.servicesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.servicesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.servicesTable.horizontalHeader().setStretchLastSection(True)
        self.servicesTable.verticalHeader().setVisible(False)

        self.servicesLayout.addWidget(self.servicesTable)

        self.serviceButtons = QHBoxLayout()
        self.serviceButtons.setObjectName(u"serviceButtons")
        self.addServiceButton = QPushButton(self.servicesTab)
        self.addServiceButton.setObjectName(u"addServiceButton")

        self.serviceButtons.addWidget(self.addServiceButton)

        self.removeServiceButton = QPushButton(self.servicesTab)
        self.removeServiceButton.setObjectName(u"removeServiceButton")

        self.serviceButtons.addWidget(self.removeServiceButton)

        self.serviceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serviceButtons.addItem(self.serviceSpacer)


        self.servicesLayout.addLayout(self.serviceButtons)

        self.checkGroup = QGroupBox(self.servicesTab)
        self.checkGroup.setObjectName(u"checkGroup")
        self.checkLayout = QVBoxLayout(self.checkGroup)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkNote = QLabel(self.checkGroup)
        self.checkNote.setObjectName(u"checkNote")
        self.checkNote.setWordWrap(True)

        self.checkLayout.addWidget(self.checkNote)

        self.checkForm = QFormLayout()
        self.checkForm.setObjectName(u"checkForm")
        self.checkForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.checkedByLabel = QLabel(self.checkGroup)
        self.checkedByLabel.setObjectName(u"checkedByLabel")
        self.checkedByLabel.setWordWrap(True)

        self.checkForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checkedByLabel)

        self.checkedByEdit = QLineEdit(self.checkGroup)
        self.checkedByEdit.setObjectName(u"checkedByEdit")

        self.checkForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checkedByEdit)

        self.checkedOnLabel = QLabel(self.checkGroup)
        self.checkedOnLabel.setObjectName(u"checkedOnLabel")
        self.checkedOnLabel.setWordWrap(True)

        self.checkForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.checkedOnLabel)

        self.checkedOnEdit = BeDateEdit(self.checkGroup)
        self.checkedOnEdit.setObjectName(u"checkedOnEdit")

        self.checkForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.checkedOnEdit)

        self.findingLabel = QLabel(self.checkGroup)
        self.findingLabel.setObjectName(u"findingLabel")
        self.findingLabel.setWordWrap(True)

        self.checkForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.findingLabel)

        self.findingEdit = QPlainTextEdit(self.checkGroup)
        self.findingEdit.setObjectName(u"findingEdit")
        self.findingEdit.setMaximumSize(QSize(16777215, 70))
        self.findingEdit.setTabChangesFocus(True)

        self.checkForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.findingEdit)


        self.checkLayout.addLayout(self.checkForm)


        self.servicesLayout.addWidget(self.checkGroup)

        self.tabs.addTab(self.servicesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.signGroup = QGroupBox(SafetyPlanDialog)
        self.signGroup.setObjectName(u"signGroup")
        self.signLayout = QHBoxLayout(self.signGroup)
        self.signLayout.setObjectName(u"signLayout")
        self.workerLabel = QLabel(self.signGroup)
        self.workerLabel.setObjectName(u"workerLabel")
        self.workerLabel.setWordWrap(True)

        self.signLayout.addWidget(self.workerLabel)

        self.workerEdit = QLineEdit(self.signGroup)
        self.workerEdit.setObjectName(u"workerEdit")

        self.signLayout.addWidget(self.workerEdit)

        self.signAgencyLabel = QLabel(self.signGroup)
        self.signAgencyLabel.setObjectName(u"signAgencyLabel")
        self.signAgencyLabel.setWordWrap(True)

        self.signLayout.addWidget(self.signAgencyLabel)

        self.signAgencyPicker = AgencyPicker(self.signGroup)
        self.signAgencyPicker.setObjectName(u"signAgencyPicker")

        self.signLayout.addWidget(self.signAgencyPicker)

        self.signedOnLabel = QLabel(self.signGroup)
        self.signedOnLabel.setObjectName(u"signedOnLabel")
        self.signedOnLabel.setWordWrap(True)

        self.signLayout.addWidget(self.signedOnLabel)

        self.signedOnEdit = BeDateEdit(self.signGroup)
        self.signedOnEdit.setObjectName(u"signedOnEdit")

        self.signLayout.addWidget(self.signedOnEdit)

        self.signOffButton = QPushButton(self.signGroup)
        self.signOffButton.setObjectName(u"signOffButton")

        self.signLayout.addWidget(self.signOffButton)


        self.mainLayout.addWidget(self.signGroup)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.agreeButton = QPushButton(SafetyPlanDialog)
        self.agreeButton.setObjectName(u"agreeButton")

        self.bottomLayout.addWidget(self.agreeButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SafetyPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

        self.errorLabel = QLabel(SafetyPlanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)


        self.retranslateUi(SafetyPlanDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SafetyPlanDialog)
    # setupUi

    def retranslateUi(self, SafetyPlanDialog):
        SafetyPlanDialog.setWindowTitle(QCoreApplication.translate("SafetyPlanDialog", u"\u0e41\u0e1c\u0e19\u0e04\u0e27\u0e32\u0e21\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22", None))
        self.versionLabel.setText("")
        self.privacyNote.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e25\u0e31\u0e1a: \u0e17\u0e38\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e43\u0e19\u0e41\u0e1c\u0e19\u0e19\u0e35\u0e49\u0e41\u0e2a\u0e14\u0e07\u0e40\u0e09\u0e1e\u0e32\u0e30\u0e43\u0e19\u0e20\u0e32\u0e04\u0e1c\u0e19\u0e27\u0e01\u0e02\u0e2d\u0e07\u0e01\u0e23\u0e13\u0e35\u0e41\u0e25\u0e30\u0e2b\u0e19\u0e49\u0e32\u0e08\u0e2d\u0e02\u0e2d\u0e07\u0e01\u0e23\u0e13\u0e35\u0e40\u0e17\u0e48\u0e32\u0e19\u0e31\u0e49\u0e19 \u0e44\u0e21\u0e48\u0e2d\u0e22\u0e39\u0e48\u0e43\u0e19\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e17\u0e31\u0e48\u0e27\u0e44\u0e1b", None))
        self.concernLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e04\u0e27\u0e32\u0e21\u0e01\u0e31\u0e07\u0e27\u0e25\u0e2b\u0e25\u0e31\u0e01 (\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e15\u0e32\u0e21\u0e04\u0e33\u0e1e\u0e39\u0e14\u0e02\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22\u0e2b\u0e32\u0e22\u0e40\u0e2d\u0e07)", None))
        self.strengthsLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e08\u0e38\u0e14\u0e41\u0e02\u0e47\u0e07\u0e41\u0e25\u0e30\u0e41\u0e2b\u0e25\u0e48\u0e07\u0e0a\u0e48\u0e27\u0e22\u0e40\u0e2b\u0e25\u0e37\u0e2d\u0e02\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22\u0e2b\u0e32\u0e22", None))
        self.choicesLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e01\u0e32\u0e23\u0e15\u0e31\u0e14\u0e2a\u0e34\u0e19\u0e43\u0e08\u0e02\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22\u0e2b\u0e32\u0e22\u0e40\u0e2d\u0e07", None))
        self.courtLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e04\u0e14\u0e35", None))
        self.returnLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e01\u0e32\u0e23\u0e01\u0e25\u0e31\u0e1a\u0e20\u0e39\u0e21\u0e34\u0e25\u0e33\u0e40\u0e19\u0e32/\u0e1b\u0e23\u0e30\u0e40\u0e17\u0e28\u0e40\u0e14\u0e34\u0e21", None))
        self.tabs.setTabText(self.tabs.indexOf(self.concernTab), QCoreApplication.translate("SafetyPlanDialog", u"\u0e04\u0e27\u0e32\u0e21\u0e01\u0e31\u0e07\u0e27\u0e25\u0e41\u0e25\u0e30\u0e01\u0e32\u0e23\u0e15\u0e31\u0e14\u0e2a\u0e34\u0e19\u0e43\u0e08", None))
        self.safeGroup.setTitle(QCoreApplication.translate("SafetyPlanDialog", u"\u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d\u0e44\u0e14\u0e49\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22 (\u0e1a\u0e38\u0e04\u0e04\u0e25\u0e41\u0e25\u0e30\u0e2a\u0e16\u0e32\u0e19\u0e17\u0e35\u0e48)", None))
        ___qtablewidgetitem = self.safeTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e0a\u0e37\u0e48\u0e2d", None))
        ___qtablewidgetitem1 = self.safeTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e04\u0e27\u0e32\u0e21\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e02\u0e49\u0e2d\u0e07", None))
        ___qtablewidgetitem2 = self.safeTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e0a\u0e48\u0e2d\u0e07\u0e17\u0e32\u0e07\u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d", None))
        ___qtablewidgetitem3 = self.safeTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e2b\u0e21\u0e32\u0e22\u0e40\u0e2b\u0e15\u0e38", None))
        self.addSafeButton.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1c\u0e39\u0e49\u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d\u0e17\u0e35\u0e48\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22", None))
        self.removeSafeButton.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e25\u0e1a\u0e41\u0e16\u0e27\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.unsafeGroup.setTitle(QCoreApplication.translate("SafetyPlanDialog", u"\u0e44\u0e21\u0e48\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22", None))
        self.unsafeWarning.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e2b\u0e49\u0e32\u0e21\u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d/\u0e2b\u0e49\u0e32\u0e21\u0e41\u0e08\u0e49\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e43\u0e14\u0e46", None))
        ___qtablewidgetitem4 = self.unsafeTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e0a\u0e37\u0e48\u0e2d", None))
        ___qtablewidgetitem5 = self.unsafeTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e04\u0e27\u0e32\u0e21\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e02\u0e49\u0e2d\u0e07", None))
        ___qtablewidgetitem6 = self.unsafeTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e0a\u0e48\u0e2d\u0e07\u0e17\u0e32\u0e07\u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d", None))
        ___qtablewidgetitem7 = self.unsafeTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e2b\u0e21\u0e32\u0e22\u0e40\u0e2b\u0e15\u0e38", None))
        self.addUnsafeButton.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1c\u0e39\u0e49\u0e17\u0e35\u0e48\u0e44\u0e21\u0e48\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22", None))
        self.removeUnsafeButton.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e25\u0e1a\u0e41\u0e16\u0e27\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("SafetyPlanDialog", u"\u0e1c\u0e39\u0e49\u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d", None))
        self.beforeLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e01\u0e48\u0e2d\u0e19\u0e40\u0e01\u0e34\u0e14\u0e40\u0e2b\u0e15\u0e38: \u0e40\u0e15\u0e23\u0e35\u0e22\u0e21\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e44\u0e23", None))
        self.duringLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e02\u0e13\u0e30\u0e40\u0e01\u0e34\u0e14\u0e40\u0e2b\u0e15\u0e38: \u0e17\u0e33\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e44\u0e23\u0e43\u0e2b\u0e49\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22", None))
        self.afterLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e2b\u0e25\u0e31\u0e07\u0e40\u0e01\u0e34\u0e14\u0e40\u0e2b\u0e15\u0e38: \u0e44\u0e1b\u0e17\u0e35\u0e48\u0e44\u0e2b\u0e19 \u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d\u0e43\u0e04\u0e23", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stepsTab), QCoreApplication.translate("SafetyPlanDialog", u"\u0e02\u0e31\u0e49\u0e19\u0e15\u0e2d\u0e19\u0e04\u0e27\u0e32\u0e21\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22", None))
        ___qtablewidgetitem8 = self.servicesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23", None))
        ___qtablewidgetitem9 = self.servicesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22\u0e2b\u0e32\u0e22\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        ___qtablewidgetitem10 = self.servicesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a", None))
        ___qtablewidgetitem11 = self.servicesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e01\u0e33\u0e2b\u0e19\u0e14\u0e40\u0e2a\u0e23\u0e47\u0e08", None))
        ___qtablewidgetitem12 = self.servicesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e2a\u0e16\u0e32\u0e19\u0e30", None))
        ___qtablewidgetitem13 = self.servicesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22\u0e43\u0e19\u0e17\u0e35\u0e48\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.addServiceButton.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23", None))
        self.removeServiceButton.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e25\u0e1a\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.checkGroup.setTitle(QCoreApplication.translate("SafetyPlanDialog", u"\u0e01\u0e32\u0e23\u0e15\u0e23\u0e27\u0e08\u0e2a\u0e2d\u0e1a\u0e04\u0e27\u0e32\u0e21\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22\u0e01\u0e48\u0e2d\u0e19\u0e2a\u0e48\u0e07\u0e01\u0e25\u0e31\u0e1a (\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01)", None))
        self.checkNote.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e2a\u0e48\u0e07\u0e01\u0e25\u0e31\u0e1a\u0e20\u0e39\u0e21\u0e34\u0e25\u0e33\u0e40\u0e19\u0e32\u0e2b\u0e23\u0e37\u0e2d\u0e1b\u0e23\u0e30\u0e40\u0e17\u0e28\u0e40\u0e14\u0e34\u0e21\u0e08\u0e30\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e27\u0e48\u0e32\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23\u0e41\u0e25\u0e49\u0e27\u0e44\u0e14\u0e49 \u0e40\u0e21\u0e37\u0e48\u0e2d\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e1c\u0e39\u0e49\u0e15\u0e23\u0e27\u0e08\u0e2a\u0e2d\u0e1a \u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e15\u0e23\u0e27\u0e08 \u0e41\u0e25\u0e30\u0e1c\u0e25\u0e17\u0e35\u0e48\u0e1e\u0e1a\u0e04\u0e23\u0e1a", None))
        self.checkedByLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e1c\u0e39\u0e49\u0e15\u0e23\u0e27\u0e08\u0e2a\u0e2d\u0e1a", None))
        self.checkedOnLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e15\u0e23\u0e27\u0e08", None))
        self.findingLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e1c\u0e25\u0e17\u0e35\u0e48\u0e1e\u0e1a", None))
        self.tabs.setTabText(self.tabs.indexOf(self.servicesTab), QCoreApplication.translate("SafetyPlanDialog", u"\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23", None))
        self.signGroup.setTitle(QCoreApplication.translate("SafetyPlanDialog", u"\u0e25\u0e07\u0e19\u0e32\u0e21\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07\u0e42\u0e14\u0e22\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a", None))
        self.workerLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a", None))
        self.signAgencyLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.signedOnLabel.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        self.signOffButton.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e25\u0e07\u0e19\u0e32\u0e21\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07\u0e41\u0e1c\u0e19", None))
        self.agreeButton.setText(QCoreApplication.translate("SafetyPlanDialog", u"\u0e15\u0e01\u0e25\u0e07\u0e41\u0e1c\u0e19\u0e43\u0e19\u0e17\u0e35\u0e48\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e19\u0e35\u0e49 (\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23\u0e40\u0e1b\u0e47\u0e19\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22)", None))
        self.errorLabel.setText("")
    # retranslateUi
