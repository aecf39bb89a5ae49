# Generated from ui/settings_page.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(760, 900)
        self.outerLayout = QVBoxLayout(SettingsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(SettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.readOnlyNote = QLabel(self.content)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)

        self.contentLayout.addWidget(self.readOnlyNote)

        self.generalGroup = QGroupBox(self.content)
        self.generalGroup.setObjectName(u"generalGroup")
        self.generalForm = QFormLayout(self.generalGroup)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.languageLabel = QLabel(self.generalGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalGroup)
        self.languageCombo.addItem(u"\u0e44\u0e17\u0e22")
        self.languageCombo.addItem(u"English")
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.generalGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.mdtLabelLabel = QLabel(self.generalGroup)
        self.mdtLabelLabel.setObjectName(u"mdtLabelLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mdtLabelLabel)

        self.mdtLabelCombo = QComboBox(self.generalGroup)
        self.mdtLabelCombo.addItem(u"\u0e17\u0e35\u0e21\u0e2a\u0e2b\u0e27\u0e34\u0e0a\u0e32\u0e0a\u0e35\u0e1e")
        self.mdtLabelCombo.addItem(u"\u0e17\u0e35\u0e21\u0e2a\u0e2b\u0e2a\u0e32\u0e02\u0e32\u0e27\u0e34\u0e0a\u0e32\u0e0a\u0e35\u0e1e")
        self.mdtLabelCombo.setObjectName(u"mdtLabelCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mdtLabelCombo)

        self.autoLockLabel = QLabel(self.generalGroup)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.autoLockLabel)

        self.autoLockSpin = QSpinBox(self.generalGroup)
        self.autoLockSpin.setObjectName(u"autoLockSpin")
        self.autoLockSpin.setKeyboardTracking(False)
        self.autoLockSpin.setMaximum(240)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.autoLockSpin)

        self.autoLockNote = QLabel(self.generalGroup)
        self.autoLockNote.setObjectName(u"autoLockNote")
        self.autoLockNote.setWordWrap(True)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.autoLockNote)


        self.contentLayout.addWidget(self.generalGroup)

        self.peopleGroup = QGroupBox(self.content)
        self.peopleGroup.setObjectName(u"peopleGroup")
        self.peopleLayout = QVBoxLayout(self.peopleGroup)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.currentPersonLabel = QLabel(self.peopleGroup)
        self.currentPersonLabel.setObjectName(u"currentPersonLabel")
        self.currentPersonLabel.setWordWrap(True)

        self.peopleLayout.addWidget(self.currentPersonLabel)

        self.peopleList = QListWidget(self.peopleGroup)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMinimumSize(QSize(0, 140))

        self.peopleLayout.addWidget(self.peopleList)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.newPersonEdit = QLineEdit(self.peopleGroup)
        self.newPersonEdit.setObjectName(u"newPersonEdit")

        self.peopleButtons.addWidget(self.newPersonEdit)

        self.addPersonButton = QPushButton(self.peopleGroup)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.peopleButtons.addWidget(self.addPersonButton)

        self.retirePersonButton = QPushButton(self.peopleGroup)
        self.retirePersonButton.setObjectName(u"retirePersonButton")

        self.peopleButtons.addWidget(self.retirePersonButton)


        self.peopleLayout.addLayout(self.peopleButtons)

        self.peopleMessage = QLabel(self.peopleGroup)
        self.peopleMessage.setObjectName(u"peopleMessage")
        self.peopleMessage.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleMessage)

        self.peopleNote = QLabel(self.peopleGroup)
        self.peopleNote.setObjectName(u"peopleNote")
        self.peopleNote.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleNote)


        self.contentLayout.addWidget(self.peopleGroup)

        self.holidayGroup = QGroupBox(self.content)
        self.holidayGroup.setObjectName(u"holidayGroup")
        self.holidayLayout = QVBoxLayout(self.holidayGroup)
        self.holidayLayout.setObjectName(u"holidayLayout")
        self.holidayTable = QTableWidget(self.holidayGroup)
        if (self.holidayTable.columnCount() < 2):
            self.holidayTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.holidayTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.holidayTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.holidayTable.setObjectName(u"holidayTable")
        self.holidayTable.setMinimumSize(QSize(0, 220))
        self.holidayTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.holidayTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.holidayTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.holidayTable.setColumnCount(2)
        self.holidayTable.horizontalHeader().setStretchLastSection(True)
        self.holidayTable.verticalHeader().setVisible(False)

        self.holidayLayout.addWidget(self.holidayTable)

        self.holidayEditRow = QHBoxLayout()
        self.holidayEditRow.setObjectName(u"holidayEditRow")
        self.holidayDateHost = QWidget(self.holidayGroup)
        self.holidayDateHost.setObjectName(u"holidayDateHost")
        self.holidayDateHostLayout = QHBoxLayout(self.holidayDateHost)
        self.holidayDateHostLayout.setObjectName(u"holidayDateHostLayout")
        self.holidayDateHostLayout.setContentsMargins(0, 0, 0, 0)

        self.holidayEditRow.addWidget(self.holidayDateHost)

        self.holidayNameEdit = QLineEdit(self.holidayGroup)
        self.holidayNameEdit.setObjectName(u"holidayNameEdit")

        self.holidayEditRow.addWidget(self.holidayNameEdit)


        self.holidayLayout.addLayout(self.holidayEditRow)

        self.holidayButtons = QHBoxLayout()
        self.holidayButtons.setObjectName(u"holidayButtons")
        self.addHolidayButton = QPushButton(self.holidayGroup)
        self.addHolidayButton.setObjectName(u"addHolidayButton")

        self.holidayButtons.addWidget(self.addHolidayButton)

        self.updateHolidayButton = QPushButton(self.holidayGroup)
        self.updateHolidayButton.setObjectName(u"updateHolidayButton")

        self.holidayButtons.addWidget(self.updateHolidayButton)

        self.removeHolidayButton = QPushButton(self.holidayGroup)
        self.removeHolidayButton.setObjectName(u"removeHolidayButton")

        self.holidayButtons.addWidget(self.removeHolidayButton)

        self.holidayButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holidayButtons.addItem(self.holidayButtonsSpacer)


        self.holidayLayout.addLayout(self.holidayButtons)

        self.holidayError = QLabel(self.holidayGroup)
        self.holidayError.setObjectName(u"holidayError")
        self.holidayError.setWordWrap(True)

        self.holidayLayout.addWidget(self.holidayError)


        self.contentLayout.addWidget(self.holidayGroup)

        self.backupGroup = QGroupBox(self.content)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupForm = QFormLayout(self.backupGroup)
        self.backupForm.setObjectName(u"backupForm")
        self.backupForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.backupFolderLabel = QLabel(self.backupGroup)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupFolderRow = QHBoxLayout()
        self.backupFolderRow.setObjectName(u"backupFolderRow")
        self.backupFolderEdit = QLineEdit(self.backupGroup)
        self.backupFolderEdit.setObjectName(u"backupFolderEdit")
        self.backupFolderEdit.setReadOnly(True)

        self.backupFolderRow.addWidget(self.backupFolderEdit)

        self.chooseBackupFolderButton = QPushButton(self.backupGroup)
        self.chooseBackupFolderButton.setObjectName(u"chooseBackupFolderButton")

        self.backupFolderRow.addWidget(self.chooseBackupFolderButton)

        self.defaultBackupFolderButton = QPushButton(self.backupGroup)
        self.defaultBackupFolderButton.setObjectName(u"defaultBackupFolderButton")

        self.backupFolderRow.addWidget(self.defaultBackupFolderButton)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backupFolderRow)

        self.backupFolderNote = QLabel(self.backupGroup)
        self.backupFolderNote.setObjectName(u"backupFolderNote")
        self.backupFolderNote.setWordWrap(True)

        self.backupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupFolderNote)

        self.backupKeepLabel = QLabel(self.backupGroup)
        self.backupKeepLabel.setObjectName(u"backupKeepLabel")

        self.backupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupKeepLabel)

        self.backupKeepSpin = QSpinBox(self.backupGroup)
        self.backupKeepSpin.setObjectName(u"backupKeepSpin")
        self.backupKeepSpin.setKeyboardTracking(False)
        self.backupKeepSpin.setMinimum(1)
        self.backupKeepSpin.setMaximum(1000)

        self.backupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backupKeepSpin)

        self.backupScheduleLabel = QLabel(self.backupGroup)
        self.backupScheduleLabel.setObjectName(u"backupScheduleLabel")

        self.backupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backupScheduleLabel)

        self.backupScheduleCombo = QComboBox(self.backupGroup)
        self.backupScheduleCombo.addItem("")
        self.backupScheduleCombo.addItem("")
        self.backupScheduleCombo.addItem("")
        self.backupScheduleCombo.setObjectName(u"backupScheduleCombo")

        self.backupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupScheduleCombo)

        self.backUpNowButton = QPushButton(self.backupGroup)
        self.backUpNowButton.setObjectName(u"backUpNowButton")

        self.backupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.backUpNowButton)

        self.backupMessage = QLabel(self.backupGroup)
        self.backupMessage.setObjectName(u"backupMessage")
        self.backupMessage.setWordWrap(True)
        self.backupMessage.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.backupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.backupMessage)

        self.backupTable = QTableWidget(self.backupGroup)
        if (self.backupTable.columnCount() < 3):
            self.backupTable.setColumnCount(3)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setMinimumSize(QSize(0, 180))
        self.backupTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupTable.setColumnCount(3)
        self.backupTable.horizontalHeader().setStretchLastSection(True)
        self.backupTable.verticalHeader().setVisible(False)

        self.backupForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.backupTable)

        self.restoreNote = QLabel(self.backupGroup)
        self.restoreNote.setObjectName(u"restoreNote")
        self.restoreNote.setWordWrap(True)

        self.backupForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.restoreNote)


        self.contentLayout.addWidget(self.backupGroup)

        self.securityGroup = QGroupBox(self.content)
        self.securityGroup.setObjectName(u"securityGroup")
        self.securityForm = QFormLayout(self.securityGroup)
        self.securityForm.setObjectName(u"securityForm")
        self.securityForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.currentPassphraseLabel = QLabel(self.securityGroup)
        self.currentPassphraseLabel.setObjectName(u"currentPassphraseLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentPassphraseLabel)

        self.currentPassphraseEdit = QLineEdit(self.securityGroup)
        self.currentPassphraseEdit.setObjectName(u"currentPassphraseEdit")
        self.currentPassphraseEdit.setEchoMode(QLineEdit.Password)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentPassphraseEdit)

        self.newPassphraseLabel = QLabel(self.securityGroup)
        self.newPassphraseLabel.setObjectName(u"newPassphraseLabel")

        self.securityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPassphraseLabel)

        self.newPassphraseEdit = QLineEdit(self.securityGroup)
        self.newPassphraseEdit.setObjectName(u"newPassphraseEdit")
        self.newPassphraseEdit.setEchoMode(QLineEdit.Password)

        self.securityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassphraseEdit)

        self.newPassphraseAgainLabel = QLabel(self.securityGroup)
        self.newPassphraseAgainLabel.setObjectName(u"newPassphraseAgainLabel")

        self.securityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newPassphraseAgainLabel)

        self.newPassphraseAgainEdit = QLineEdit(self.securityGroup)
        self.newPassphraseAgainEdit.setObjectName(u"newPassphraseAgainEdit")
        self.newPassphraseAgainEdit.setEchoMode(QLineEdit.Password)

        self.securityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPassphraseAgainEdit)

        self.passphraseHint = QLabel(self.securityGroup)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setWordWrap(True)

        self.securityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphraseHint)

        self.changePassphraseRow = QHBoxLayout()
        self.changePassphraseRow.setObjectName(u"changePassphraseRow")
        self.rekeyCheck = QCheckBox(self.securityGroup)
        self.rekeyCheck.setObjectName(u"rekeyCheck")

        self.changePassphraseRow.addWidget(self.rekeyCheck)

        self.changePassphraseButton = QPushButton(self.securityGroup)
        self.changePassphraseButton.setObjectName(u"changePassphraseButton")

        self.changePassphraseRow.addWidget(self.changePassphraseButton)


        self.securityForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.changePassphraseRow)

        self.recoveryLabel = QLabel(self.securityGroup)
        self.recoveryLabel.setObjectName(u"recoveryLabel")

        self.securityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recoveryLabel)

        self.newRecoveryCodeButton = QPushButton(self.securityGroup)
        self.newRecoveryCodeButton.setObjectName(u"newRecoveryCodeButton")

        self.securityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.newRecoveryCodeButton)

        self.recoveryCodeLabel = QLabel(self.securityGroup)
        self.recoveryCodeLabel.setObjectName(u"recoveryCodeLabel")
        self.recoveryCodeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.securityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recoveryCodeLabel)

        self.recoveryNote = QLabel(self.securityGroup)
        self.recoveryNote.setObjectName(u"recoveryNote")
        self.recoveryNote.setWordWrap(True)

        self.securityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.recoveryNote)

        self.rememberCheck = QCheckBox(self.securityGroup)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.securityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rememberCheck)

        self.keyringStatus = QLabel(self.securityGroup)
        self.keyringStatus.setObjectName(u"keyringStatus")
        self.keyringStatus.setWordWrap(True)

        self.securityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.keyringStatus)

        self.securityMessage = QLabel(self.securityGroup)
        self.securityMessage.setObjectName(u"securityMessage")
        self.securityMessage.setWordWrap(True)

        self.securityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.securityMessage)

        self.fieldsLabel = QLabel(self.securityGroup)
        self.fieldsLabel.setObjectName(u"fieldsLabel")

        self.securityForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.fieldsLabel)

        self.fieldsRow = QHBoxLayout()
        self.fieldsRow.setObjectName(u"fieldsRow")
        self.fieldsStatus = QLabel(self.securityGroup)
        self.fieldsStatus.setObjectName(u"fieldsStatus")
        self.fieldsStatus.setWordWrap(True)

        self.fieldsRow.addWidget(self.fieldsStatus)

        self.fieldsUnlockButton = QPushButton(self.securityGroup)
        self.fieldsUnlockButton.setObjectName(u"fieldsUnlockButton")

        self.fieldsRow.addWidget(self.fieldsUnlockButton)


        self.securityForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.fieldsRow)


        self.contentLayout.addWidget(self.securityGroup)

        self.signingGroup = QGroupBox(self.content)
        self.signingGroup.setObjectName(u"signingGroup")
        self.signingForm = QFormLayout(self.signingGroup)
        self.signingForm.setObjectName(u"signingForm")
        self.signingForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.identityNameLabel = QLabel(self.signingGroup)
        self.identityNameLabel.setObjectName(u"identityNameLabel")

        self.signingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.identityNameLabel)

        self.identityNameValue = QLabel(self.signingGroup)
        self.identityNameValue.setObjectName(u"identityNameValue")
        self.identityNameValue.setWordWrap(True)
        self.identityNameValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.signingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.identityNameValue)

        self.identityValidLabel = QLabel(self.signingGroup)
        self.identityValidLabel.setObjectName(u"identityValidLabel")

        self.signingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.identityValidLabel)

        self.identityValidValue = QLabel(self.signingGroup)
        self.identityValidValue.setObjectName(u"identityValidValue")
        self.identityValidValue.setWordWrap(True)
        self.identityValidValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.signingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.identityValidValue)

        self.identityFingerprintLabel = QLabel(self.signingGroup)
        self.identityFingerprintLabel.setObjectName(u"identityFingerprintLabel")

        self.signingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.identityFingerprintLabel)

        self.identityFingerprintValue = QLabel(self.signingGroup)
        self.identityFingerprintValue.setObjectName(u"identityFingerprintValue")
        self.identityFingerprintValue.setWordWrap(True)
        self.identityFingerprintValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.signingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.identityFingerprintValue)

        self.officeNameLabel = QLabel(self.signingGroup)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.signingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(self.signingGroup)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.signingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.createIdentityButton = QPushButton(self.signingGroup)
        self.createIdentityButton.setObjectName(u"createIdentityButton")

        self.signingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.createIdentityButton)

        self.pkcs12FileLabel = QLabel(self.signingGroup)
        self.pkcs12FileLabel.setObjectName(u"pkcs12FileLabel")

        self.signingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pkcs12FileLabel)

        self.pkcs12FileRow = QHBoxLayout()
        self.pkcs12FileRow.setObjectName(u"pkcs12FileRow")
        self.pkcs12PathEdit = QLineEdit(self.signingGroup)
        self.pkcs12PathEdit.setObjectName(u"pkcs12PathEdit")

        self.pkcs12FileRow.addWidget(self.pkcs12PathEdit)

        self.pkcs12BrowseButton = QPushButton(self.signingGroup)
        self.pkcs12BrowseButton.setObjectName(u"pkcs12BrowseButton")

        self.pkcs12FileRow.addWidget(self.pkcs12BrowseButton)


        self.signingForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.pkcs12FileRow)

        self.pkcs12PasswordLabel = QLabel(self.signingGroup)
        self.pkcs12PasswordLabel.setObjectName(u"pkcs12PasswordLabel")

        self.signingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.pkcs12PasswordLabel)

        self.pkcs12PasswordEdit = QLineEdit(self.signingGroup)
        self.pkcs12PasswordEdit.setObjectName(u"pkcs12PasswordEdit")
        self.pkcs12PasswordEdit.setEchoMode(QLineEdit.Password)

        self.signingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pkcs12PasswordEdit)

        self.importIdentityButton = QPushButton(self.signingGroup)
        self.importIdentityButton.setObjectName(u"importIdentityButton")

        self.signingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.importIdentityButton)

        self.exportCertificateButton = QPushButton(self.signingGroup)
        self.exportCertificateButton.setObjectName(u"exportCertificateButton")

        self.signingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.exportCertificateButton)

        self.signingMessage = QLabel(self.signingGroup)
        self.signingMessage.setObjectName(u"signingMessage")
        self.signingMessage.setWordWrap(True)

        self.signingForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.signingMessage)


        self.contentLayout.addWidget(self.signingGroup)

        self.instrumentsGroup = QGroupBox(self.content)
        self.instrumentsGroup.setObjectName(u"instrumentsGroup")
        self.instrumentsLayout = QVBoxLayout(self.instrumentsGroup)
        self.instrumentsLayout.setObjectName(u"instrumentsLayout")
        self.instrumentsTable = QTableWidget(self.instrumentsGroup)
        if (self.instrumentsTable.columnCount() < 3):
            self.instrumentsTable.setColumnCount(3)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.instrumentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.instrumentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.instrumentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        self.instrumentsTable.setObjectName(u"instrumentsTable")
        self.instrumentsTable.setMinimumSize(QSize(0, 140))
        self.instrumentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.instrumentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.instrumentsLayout.addWidget(self.instrumentsTable)

        self.instrumentsNote = QLabel(self.instrumentsGroup)
        self.instrumentsNote.setObjectName(u"instrumentsNote")
        self.instrumentsNote.setWordWrap(True)

        self.instrumentsLayout.addWidget(self.instrumentsNote)

        self.instrumentsButtons = QHBoxLayout()
        self.instrumentsButtons.setObjectName(u"instrumentsButtons")
        self.importInstrumentButton = QPushButton(self.instrumentsGroup)
        self.importInstrumentButton.setObjectName(u"importInstrumentButton")

        self.instrumentsButtons.addWidget(self.importInstrumentButton)

        self.instrumentsButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.instrumentsButtons.addItem(self.instrumentsButtonsSpacer)


        self.instrumentsLayout.addLayout(self.instrumentsButtons)


        self.contentLayout.addWidget(self.instrumentsGroup)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.content)

        self.outerLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.mdtLabelLabel.setBuddy(self.mdtLabelCombo)
        self.autoLockLabel.setBuddy(self.autoLockSpin)
        self.backupFolderLabel.setBuddy(self.backupFolderEdit)
        self.backupKeepLabel.setBuddy(self.backupKeepSpin)
        self.backupScheduleLabel.setBuddy(self.backupScheduleCombo)
        self.currentPassphraseLabel.setBuddy(self.currentPassphraseEdit)
        self.newPassphraseLabel.setBuddy(self.newPassphraseEdit)
        self.newPassphraseAgainLabel.setBuddy(self.newPassphraseAgainEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.pkcs12FileLabel.setBuddy(self.pkcs12PathEdit)
        self.pkcs12PasswordLabel.setBuddy(self.pkcs12PasswordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.generalGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e17\u0e31\u0e48\u0e27\u0e44\u0e1b", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e20\u0e32\u0e29\u0e32", None))

        self.languageNote.setText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e21\u0e19\u0e39\u0e41\u0e25\u0e30\u0e2b\u0e19\u0e49\u0e32\u0e2b\u0e25\u0e31\u0e01\u0e40\u0e1b\u0e25\u0e35\u0e48\u0e22\u0e19\u0e20\u0e32\u0e29\u0e32\u0e17\u0e31\u0e19\u0e17\u0e35 \u0e1a\u0e32\u0e07\u0e2b\u0e19\u0e49\u0e32\u0e08\u0e2d\u0e08\u0e30\u0e40\u0e1b\u0e25\u0e35\u0e48\u0e22\u0e19\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e40\u0e1b\u0e34\u0e14\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21\u0e04\u0e23\u0e31\u0e49\u0e07\u0e16\u0e31\u0e14\u0e44\u0e1b", None))
        self.mdtLabelLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e40\u0e23\u0e35\u0e22\u0e01\u0e17\u0e35\u0e21", None))

        self.autoLockLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e25\u0e47\u0e2d\u0e01\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e44\u0e21\u0e48\u0e21\u0e35\u0e01\u0e32\u0e23\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19", None))
        self.autoLockSpin.setSpecialValueText(QCoreApplication.translate("SettingsPage", u"\u0e44\u0e21\u0e48\u0e25\u0e47\u0e2d\u0e01\u0e40\u0e2d\u0e07", None))
        self.autoLockSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u0e19\u0e32\u0e17\u0e35", None))
        self.peopleGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e19\u0e35\u0e49", None))
        self.newPersonEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25\u0e02\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u0e04\u0e19\u0e43\u0e2b\u0e21\u0e48", None))
        self.addPersonButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19", None))
        self.retirePersonButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e1b\u0e34\u0e14\u0e01\u0e32\u0e23\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u0e1c\u0e39\u0e49\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01\u2026", None))
        self.peopleNote.setText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e15\u0e2d\u0e19\u0e1b\u0e25\u0e14\u0e25\u0e47\u0e2d\u0e01\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e43\u0e19\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e01\u0e32\u0e23\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19 \u0e1c\u0e39\u0e49\u0e17\u0e35\u0e48\u0e2d\u0e2d\u0e01\u0e08\u0e32\u0e01\u0e17\u0e35\u0e21\u0e08\u0e30\u0e16\u0e39\u0e01\u0e1b\u0e34\u0e14\u0e01\u0e32\u0e23\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19 \u0e44\u0e21\u0e48\u0e16\u0e39\u0e01\u0e25\u0e1a \u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e43\u0e2b\u0e49\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e40\u0e14\u0e34\u0e21\u0e22\u0e31\u0e07\u0e23\u0e30\u0e1a\u0e38\u0e0a\u0e37\u0e48\u0e2d\u0e44\u0e14\u0e49", None))
        self.holidayGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e27\u0e31\u0e19\u0e2b\u0e22\u0e38\u0e14\u0e23\u0e32\u0e0a\u0e01\u0e32\u0e23 (\u0e43\u0e0a\u0e49\u0e19\u0e31\u0e1a\u0e01\u0e33\u0e2b\u0e19\u0e14\u0e2a\u0e48\u0e07\u0e07\u0e32\u0e19\u0e40\u0e1b\u0e47\u0e19\u0e27\u0e31\u0e19\u0e17\u0e33\u0e01\u0e32\u0e23)", None))
        ___qtablewidgetitem = self.holidayTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsPage", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        ___qtablewidgetitem1 = self.holidayTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e27\u0e31\u0e19\u0e2b\u0e22\u0e38\u0e14", None))
        self.holidayNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e27\u0e31\u0e19\u0e2b\u0e22\u0e38\u0e14", None))
        self.addHolidayButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e1e\u0e34\u0e48\u0e21", None))
        self.updateHolidayButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e41\u0e01\u0e49\u0e44\u0e02\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.removeHolidayButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e25\u0e1a\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.backupGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e42\u0e1f\u0e25\u0e40\u0e14\u0e2d\u0e23\u0e4c\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25", None))
        self.chooseBackupFolderButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u2026", None))
        self.defaultBackupFolderButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e43\u0e0a\u0e49\u0e42\u0e1f\u0e25\u0e40\u0e14\u0e2d\u0e23\u0e4c\u0e02\u0e49\u0e32\u0e07\u0e44\u0e1f\u0e25\u0e4c\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25", None))
        self.backupKeepLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e08\u0e33\u0e19\u0e27\u0e19\u0e0a\u0e38\u0e14\u0e17\u0e35\u0e48\u0e40\u0e01\u0e47\u0e1a\u0e44\u0e27\u0e49", None))
        self.backupKeepSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u0e0a\u0e38\u0e14\u0e25\u0e48\u0e32\u0e2a\u0e38\u0e14", None))
        self.backupScheduleLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e40\u0e21\u0e37\u0e48\u0e2d", None))
        self.backupScheduleCombo.setItemText(0, QCoreApplication.translate("SettingsPage", u"\u0e17\u0e38\u0e01\u0e27\u0e31\u0e19: \u0e40\u0e21\u0e37\u0e48\u0e2d\u0e40\u0e1b\u0e34\u0e14\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21\u0e04\u0e23\u0e31\u0e49\u0e07\u0e41\u0e23\u0e01\u0e02\u0e2d\u0e07\u0e27\u0e31\u0e19\u0e41\u0e25\u0e30\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e1b\u0e34\u0e14\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21", None))
        self.backupScheduleCombo.setItemText(1, QCoreApplication.translate("SettingsPage", u"\u0e17\u0e38\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07\u0e17\u0e35\u0e48\u0e1b\u0e34\u0e14\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21", None))
        self.backupScheduleCombo.setItemText(2, QCoreApplication.translate("SettingsPage", u"\u0e40\u0e09\u0e1e\u0e32\u0e30\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e2a\u0e31\u0e48\u0e07\u0e40\u0e17\u0e48\u0e32\u0e19\u0e31\u0e49\u0e19", None))

        self.backUpNowButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e40\u0e14\u0e35\u0e4b\u0e22\u0e27\u0e19\u0e35\u0e49", None))
        ___qtablewidgetitem2 = self.backupTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsPage", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e41\u0e25\u0e30\u0e40\u0e27\u0e25\u0e32", None))
        ___qtablewidgetitem3 = self.backupTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettingsPage", u"\u0e02\u0e19\u0e32\u0e14", None))
        ___qtablewidgetitem4 = self.backupTable.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SettingsPage", u"\u0e44\u0e1f\u0e25\u0e4c", None))
        self.restoreNote.setText(QCoreApplication.translate("SettingsPage", u"\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e08\u0e32\u0e01\u0e2a\u0e33\u0e40\u0e19\u0e32\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e44\u0e14\u0e49\u0e17\u0e35\u0e48\u0e2b\u0e19\u0e49\u0e32\u0e15\u0e48\u0e32\u0e07\u0e1b\u0e25\u0e14\u0e25\u0e47\u0e2d\u0e01: \u0e01\u0e14 \u201c\u0e25\u0e47\u0e2d\u0e01\u201d \u0e41\u0e25\u0e49\u0e27\u0e40\u0e25\u0e37\u0e2d\u0e01 \u201c\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e08\u0e32\u0e01\u0e2a\u0e33\u0e40\u0e19\u0e32\u0e2a\u0e33\u0e23\u0e2d\u0e07\u2026\u201d", None))
        self.securityGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e04\u0e27\u0e32\u0e21\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22", None))
        self.currentPassphraseLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e1b\u0e31\u0e08\u0e08\u0e38\u0e1a\u0e31\u0e19", None))
        self.newPassphraseLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e43\u0e2b\u0e21\u0e48", None))
        self.newPassphraseAgainLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e43\u0e2b\u0e21\u0e48\u0e2d\u0e35\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07", None))
#if QT_CONFIG(tooltip)
        self.rekeyCheck.setToolTip(QCoreApplication.translate("SettingsPage", u"\u0e43\u0e0a\u0e49\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e21\u0e35\u0e04\u0e19\u0e17\u0e35\u0e48\u0e23\u0e39\u0e49\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e40\u0e14\u0e34\u0e21\u0e2d\u0e2d\u0e01\u0e08\u0e32\u0e01\u0e17\u0e35\u0e21: \u0e44\u0e1f\u0e25\u0e4c\u0e44\u0e14\u0e49\u0e01\u0e38\u0e0d\u0e41\u0e08\u0e43\u0e2b\u0e21\u0e48 \u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19 \u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19 \u0e41\u0e25\u0e30\u0e44\u0e1f\u0e25\u0e4c\u0e01\u0e38\u0e0d\u0e41\u0e08\u0e40\u0e14\u0e34\u0e21\u0e43\u0e0a\u0e49\u0e40\u0e1b\u0e34\u0e14\u0e44\u0e1f\u0e25\u0e4c\u0e19\u0e35\u0e49\u0e44\u0e21\u0e48\u0e44\u0e14\u0e49\u0e2d\u0e35\u0e01 \u0e41\u0e15\u0e48\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e17\u0e35\u0e48\u0e17\u0e33\u0e44\u0e27\u0e49\u0e01\u0e48\u0e2d\u0e19\u0e2b\u0e19\u0e49\u0e32\u0e22\u0e31\u0e07\u0e40\u0e1b\u0e34\u0e14\u0e44\u0e14\u0e49\u0e14\u0e49\u0e27\u0e22\u0e23\u0e2b\u0e31\u0e2a\u0e40\u0e14\u0e34\u0e21", None))
#endif // QT_CONFIG(tooltip)
        self.rekeyCheck.setText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e1b\u0e25\u0e35\u0e48\u0e22\u0e19\u0e01\u0e38\u0e0d\u0e41\u0e08\u0e02\u0e2d\u0e07\u0e44\u0e1f\u0e25\u0e4c\u0e14\u0e49\u0e27\u0e22 (\u0e25\u0e47\u0e2d\u0e01\u0e1c\u0e39\u0e49\u0e17\u0e35\u0e48\u0e23\u0e39\u0e49\u0e23\u0e2b\u0e31\u0e2a\u0e40\u0e14\u0e34\u0e21\u0e2d\u0e2d\u0e01)", None))
        self.changePassphraseButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e1b\u0e25\u0e35\u0e48\u0e22\u0e19\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19", None))
        self.recoveryLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19", None))
        self.newRecoveryCodeButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e2d\u0e2d\u0e01\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e43\u0e2b\u0e21\u0e48 (\u0e23\u0e2b\u0e31\u0e2a\u0e40\u0e14\u0e34\u0e21\u0e08\u0e30\u0e43\u0e0a\u0e49\u0e44\u0e21\u0e48\u0e44\u0e14\u0e49)", None))
        self.rememberCheck.setText(QCoreApplication.translate("SettingsPage", u"\u0e08\u0e33\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e1a\u0e19\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e19\u0e35\u0e49", None))
        self.fieldsLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e25\u0e31\u0e1a", None))
        self.fieldsUnlockButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e1b\u0e25\u0e14\u0e25\u0e47\u0e2d\u0e01\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e25\u0e31\u0e1a\u2026", None))
        self.signingGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e43\u0e1a\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07\u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e25\u0e07\u0e19\u0e32\u0e21\u0e14\u0e34\u0e08\u0e34\u0e17\u0e31\u0e25", None))
        self.identityNameLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e1c\u0e39\u0e49\u0e25\u0e07\u0e19\u0e32\u0e21", None))
        self.identityValidLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e43\u0e0a\u0e49\u0e44\u0e14\u0e49\u0e16\u0e36\u0e07", None))
        self.identityFingerprintLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e25\u0e32\u0e22\u0e19\u0e34\u0e49\u0e27\u0e21\u0e37\u0e2d SHA-256", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19", None))
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e08\u0e30\u0e1b\u0e23\u0e32\u0e01\u0e0f\u0e43\u0e19\u0e43\u0e1a\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07", None))
        self.createIdentityButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e2a\u0e23\u0e49\u0e32\u0e07\u0e43\u0e1a\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07\u0e43\u0e2b\u0e21\u0e48", None))
        self.pkcs12FileLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e44\u0e1f\u0e25\u0e4c PKCS#12", None))
        self.pkcs12PathEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u0e44\u0e1f\u0e25\u0e4c .p12 \u0e2b\u0e23\u0e37\u0e2d .pfx \u0e17\u0e35\u0e48\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e21\u0e35\u0e2d\u0e22\u0e39\u0e48", None))
        self.pkcs12BrowseButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u2026", None))
        self.pkcs12PasswordLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e02\u0e2d\u0e07\u0e44\u0e1f\u0e25\u0e4c", None))
        self.importIdentityButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e44\u0e1f\u0e25\u0e4c PKCS#12", None))
#if QT_CONFIG(tooltip)
        self.exportCertificateButton.setToolTip(QCoreApplication.translate("SettingsPage", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e40\u0e09\u0e1e\u0e32\u0e30\u0e43\u0e1a\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07 (\u0e44\u0e21\u0e48\u0e21\u0e35\u0e01\u0e38\u0e0d\u0e41\u0e08\u0e25\u0e31\u0e1a) \u0e40\u0e1b\u0e47\u0e19\u0e44\u0e1f\u0e25\u0e4c PEM \u0e43\u0e2b\u0e49\u0e28\u0e39\u0e19\u0e22\u0e4c\u0e43\u0e0a\u0e49\u0e15\u0e23\u0e27\u0e08\u0e27\u0e48\u0e32\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23\u0e25\u0e07\u0e19\u0e32\u0e21\u0e42\u0e14\u0e22\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e19\u0e35\u0e49\u0e08\u0e23\u0e34\u0e07", None))
#endif // QT_CONFIG(tooltip)
        self.exportCertificateButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e43\u0e1a\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07\u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e28\u0e39\u0e19\u0e22\u0e4c\u2026", None))
        self.instrumentsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e41\u0e1a\u0e1a\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19\u0e04\u0e27\u0e32\u0e21\u0e40\u0e2a\u0e35\u0e48\u0e22\u0e07", None))
        ___qtablewidgetitem5 = self.instrumentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SettingsPage", u"\u0e41\u0e1a\u0e1a\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19", None))
        ___qtablewidgetitem6 = self.instrumentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SettingsPage", u"\u0e09\u0e1a\u0e31\u0e1a\u0e17\u0e35\u0e48", None))
        ___qtablewidgetitem7 = self.instrumentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SettingsPage", u"\u0e08\u0e33\u0e19\u0e27\u0e19\u0e02\u0e49\u0e2d", None))
        self.instrumentsNote.setText("")
        self.importInstrumentButton.setText(QCoreApplication.translate("SettingsPage", u"\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e41\u0e1a\u0e1a\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19\u0e02\u0e2d\u0e07\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u2026", None))
        pass
    # retranslateUi
