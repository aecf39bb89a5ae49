# Generated from ui/server_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ServerDialog(object):
    def setupUi(self, ServerDialog):
        if not ServerDialog.objectName():
            ServerDialog.setObjectName(u"ServerDialog")
        ServerDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(ServerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ServerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.serverForm = QFormLayout()
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.serverForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.hostLabel = QLabel(ServerDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(ServerDialog)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setPlaceholderText(u"mdt.province.go.th")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(ServerDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(ServerDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(ServerDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ServerDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setPlaceholderText(u"mdt")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(ServerDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(ServerDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(ServerDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ServerDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.tlsLabel = QLabel(ServerDialog)
        self.tlsLabel.setObjectName(u"tlsLabel")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tlsLabel)

        self.tlsCombo = QComboBox(ServerDialog)
        self.tlsCombo.setObjectName(u"tlsCombo")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tlsCombo)

        self.tlsNote = QLabel(ServerDialog)
        self.tlsNote.setObjectName(u"tlsNote")
        self.tlsNote.setWordWrap(True)

        self.serverForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tlsNote)

        self.caLabel = QLabel(ServerDialog)
        self.caLabel.setObjectName(u"caLabel")

        self.serverForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caRow = QHBoxLayout()
        self.caRow.setObjectName(u"caRow")
        self.caEdit = QLineEdit(ServerDialog)
        self.caEdit.setObjectName(u"caEdit")

        self.caRow.addWidget(self.caEdit)

        self.caButton = QPushButton(ServerDialog)
        self.caButton.setObjectName(u"caButton")

        self.caRow.addWidget(self.caButton)


        self.serverForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.caRow)

        self.certLabel = QLabel(ServerDialog)
        self.certLabel.setObjectName(u"certLabel")

        self.serverForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.certLabel)

        self.certRow = QHBoxLayout()
        self.certRow.setObjectName(u"certRow")
        self.certEdit = QLineEdit(ServerDialog)
        self.certEdit.setObjectName(u"certEdit")

        self.certRow.addWidget(self.certEdit)

        self.certButton = QPushButton(ServerDialog)
        self.certButton.setObjectName(u"certButton")

        self.certRow.addWidget(self.certButton)


        self.serverForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.certRow)

        self.keyLabel = QLabel(ServerDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.serverForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyRow = QHBoxLayout()
        self.keyRow.setObjectName(u"keyRow")
        self.keyEdit = QLineEdit(ServerDialog)
        self.keyEdit.setObjectName(u"keyEdit")

        self.keyRow.addWidget(self.keyEdit)

        self.keyButton = QPushButton(ServerDialog)
        self.keyButton.setObjectName(u"keyButton")

        self.keyRow.addWidget(self.keyButton)


        self.serverForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.keyRow)


        self.mainLayout.addLayout(self.serverForm)

        self.errorLabel = QLabel(ServerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(ServerDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(ServerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.tlsLabel.setBuddy(self.tlsCombo)
        self.caLabel.setBuddy(self.caEdit)
        self.certLabel.setBuddy(self.certEdit)
        self.keyLabel.setBuddy(self.keyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.tlsCombo)
        QWidget.setTabOrder(self.tlsCombo, self.caEdit)
        QWidget.setTabOrder(self.caEdit, self.caButton)
        QWidget.setTabOrder(self.caButton, self.certEdit)
        QWidget.setTabOrder(self.certEdit, self.certButton)
        QWidget.setTabOrder(self.certButton, self.keyEdit)
        QWidget.setTabOrder(self.keyEdit, self.keyButton)

        self.retranslateUi(ServerDialog)

        QMetaObject.connectSlotsByName(ServerDialog)
    # setupUi

    def retranslateUi(self, ServerDialog):
        ServerDialog.setWindowTitle(QCoreApplication.translate("ServerDialog", u"\u0e40\u0e1b\u0e34\u0e14\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e1a\u0e19\u0e40\u0e0b\u0e34\u0e23\u0e4c\u0e1f\u0e40\u0e27\u0e2d\u0e23\u0e4c", None))
        self.introLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e02\u0e2d\u0e07\u0e28\u0e39\u0e19\u0e22\u0e4c\u0e2b\u0e23\u0e37\u0e2d\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e1a\u0e19\u0e40\u0e0b\u0e34\u0e23\u0e4c\u0e1f\u0e40\u0e27\u0e2d\u0e23\u0e4c PostgreSQL \u0e43\u0e2a\u0e48\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48\u0e41\u0e25\u0e30\u0e1a\u0e31\u0e0d\u0e0a\u0e35\u0e17\u0e35\u0e48\u0e1c\u0e39\u0e49\u0e14\u0e39\u0e41\u0e25\u0e40\u0e0b\u0e34\u0e23\u0e4c\u0e1f\u0e40\u0e27\u0e2d\u0e23\u0e4c\u0e43\u0e2b\u0e49\u0e44\u0e27\u0e49 \u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e44\u0e21\u0e48\u0e16\u0e39\u0e01\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e44\u0e27\u0e49\u0e43\u0e19\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e19\u0e35\u0e49", None))
        self.hostLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e41\u0e21\u0e48\u0e02\u0e48\u0e32\u0e22 (host)", None))
        self.portLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e1e\u0e2d\u0e23\u0e4c\u0e15", None))
        self.databaseLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25", None))
        self.userLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e1a\u0e31\u0e0d\u0e0a\u0e35\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49", None))
        self.passwordLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e02\u0e2d\u0e07\u0e1a\u0e31\u0e0d\u0e0a\u0e35", None))
        self.tlsLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e01\u0e32\u0e23\u0e40\u0e02\u0e49\u0e32\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e32\u0e23\u0e40\u0e0a\u0e37\u0e48\u0e2d\u0e21\u0e15\u0e48\u0e2d (TLS)", None))
        self.caLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e43\u0e1a\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e2d\u0e2d\u0e01\u0e43\u0e1a\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07 (CA)", None))
        self.caEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"(\u0e44\u0e21\u0e48\u0e23\u0e30\u0e1a\u0e38)", None))
        self.caButton.setText(QCoreApplication.translate("ServerDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01...", None))
        self.certLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e43\u0e1a\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07\u0e02\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49 (\u0e16\u0e49\u0e32\u0e21\u0e35)", None))
        self.certEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"(\u0e44\u0e21\u0e48\u0e23\u0e30\u0e1a\u0e38)", None))
        self.certButton.setText(QCoreApplication.translate("ServerDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01...", None))
        self.keyLabel.setText(QCoreApplication.translate("ServerDialog", u"\u0e01\u0e38\u0e0d\u0e41\u0e08\u0e02\u0e2d\u0e07\u0e43\u0e1a\u0e23\u0e31\u0e1a\u0e23\u0e2d\u0e07\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49 (\u0e16\u0e49\u0e32\u0e21\u0e35)", None))
        self.keyEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"(\u0e44\u0e21\u0e48\u0e23\u0e30\u0e1a\u0e38)", None))
        self.keyButton.setText(QCoreApplication.translate("ServerDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01...", None))
    # retranslateUi
