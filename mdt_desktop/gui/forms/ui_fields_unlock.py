# Generated from ui/fields_unlock.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fields_unlock.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FieldsUnlockDialog(object):
    def setupUi(self, FieldsUnlockDialog):
        if not FieldsUnlockDialog.objectName():
            FieldsUnlockDialog.setObjectName(u"FieldsUnlockDialog")
        FieldsUnlockDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(FieldsUnlockDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.locationLabel = QLabel(FieldsUnlockDialog)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setText(u"host:5432/mdt")
        self.locationLabel.setWordWrap(True)
        self.locationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.locationLabel)

        self.introLabel = QLabel(FieldsUnlockDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.secretForm = QFormLayout()
        self.secretForm.setObjectName(u"secretForm")
        self.secretForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.secretForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.secretLabel = QLabel(FieldsUnlockDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.secretForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.secretLabel)

        self.secretEdit = QLineEdit(FieldsUnlockDialog)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setEchoMode(QLineEdit.Password)

        self.secretForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.secretEdit)

        self.recoveryCheck = QCheckBox(FieldsUnlockDialog)
        self.recoveryCheck.setObjectName(u"recoveryCheck")

        self.secretForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recoveryCheck)


        self.mainLayout.addLayout(self.secretForm)

        self.errorLabel = QLabel(FieldsUnlockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(FieldsUnlockDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(FieldsUnlockDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Ignore|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.secretLabel.setBuddy(self.secretEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FieldsUnlockDialog)

        QMetaObject.connectSlotsByName(FieldsUnlockDialog)
    # setupUi

    def retranslateUi(self, FieldsUnlockDialog):
        FieldsUnlockDialog.setWindowTitle(QCoreApplication.translate("FieldsUnlockDialog", u"\u0e1b\u0e25\u0e14\u0e25\u0e47\u0e2d\u0e01\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e25\u0e31\u0e1a", None))
        self.introLabel.setText(QCoreApplication.translate("FieldsUnlockDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e25\u0e31\u0e1a\u0e02\u0e2d\u0e07\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e19\u0e35\u0e49 (\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e15\u0e19 \u0e41\u0e1c\u0e19\u0e04\u0e27\u0e32\u0e21\u0e1b\u0e25\u0e2d\u0e14\u0e20\u0e31\u0e22 \u0e41\u0e25\u0e30\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e17\u0e35\u0e48\u0e08\u0e33\u0e01\u0e31\u0e14\u0e01\u0e32\u0e23\u0e40\u0e02\u0e49\u0e32\u0e16\u0e36\u0e07) \u0e40\u0e02\u0e49\u0e32\u0e23\u0e2b\u0e31\u0e2a\u0e14\u0e49\u0e27\u0e22\u0e01\u0e38\u0e0d\u0e41\u0e08\u0e02\u0e2d\u0e07\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19 \u0e43\u0e2a\u0e48\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e25\u0e31\u0e1a\u0e02\u0e2d\u0e07\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e40\u0e1b\u0e34\u0e14\u0e2d\u0e48\u0e32\u0e19 \u0e2b\u0e23\u0e37\u0e2d\u0e02\u0e49\u0e32\u0e21\u0e44\u0e1b\u0e01\u0e48\u0e2d\u0e19\u0e40\u0e1e\u0e37\u0e48"
                        "\u0e2d\u0e17\u0e33\u0e07\u0e32\u0e19\u0e01\u0e31\u0e1a\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e17\u0e31\u0e48\u0e27\u0e44\u0e1b (\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21 \u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22) \u0e42\u0e14\u0e22\u0e44\u0e21\u0e48\u0e40\u0e2b\u0e47\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e25\u0e31\u0e1a", None))
        self.secretLabel.setText(QCoreApplication.translate("FieldsUnlockDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e25\u0e31\u0e1a", None))
        self.recoveryCheck.setText(QCoreApplication.translate("FieldsUnlockDialog", u"\u0e43\u0e0a\u0e49\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e41\u0e17\u0e19\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19", None))
    # retranslateUi
