# Generated from ui/agency_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AgencyDialog(object):
    def setupUi(self, AgencyDialog):
        if not AgencyDialog.objectName():
            AgencyDialog.setObjectName(u"AgencyDialog")
        AgencyDialog.resize(560, 380)
        self.mainLayout = QVBoxLayout(AgencyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.abbreviationLabel = QLabel(AgencyDialog)
        self.abbreviationLabel.setObjectName(u"abbreviationLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.abbreviationLabel)

        self.abbreviation = QLineEdit(AgencyDialog)
        self.abbreviation.setObjectName(u"abbreviation")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.abbreviation)

        self.nameThLabel = QLabel(AgencyDialog)
        self.nameThLabel.setObjectName(u"nameThLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameThLabel)

        self.nameTh = QLineEdit(AgencyDialog)
        self.nameTh.setObjectName(u"nameTh")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameTh)

        self.nameEnLabel = QLabel(AgencyDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEn = QLineEdit(AgencyDialog)
        self.nameEn.setObjectName(u"nameEn")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEn)

        self.sectorLabel = QLabel(AgencyDialog)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sector = QComboBox(AgencyDialog)
        self.sector.setObjectName(u"sector")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sector)

        self.levelLabel = QLabel(AgencyDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(AgencyDialog)
        self.level.setObjectName(u"level")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.level)

        self.aliasesLabel = QLabel(AgencyDialog)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliases = QPlainTextEdit(AgencyDialog)
        self.aliases.setObjectName(u"aliases")
        self.aliases.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.aliases)

        self.active = QCheckBox(AgencyDialog)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.active)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(AgencyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AgencyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.abbreviationLabel.setBuddy(self.abbreviation)
        self.nameThLabel.setBuddy(self.nameTh)
        self.nameEnLabel.setBuddy(self.nameEn)
        self.sectorLabel.setBuddy(self.sector)
        self.levelLabel.setBuddy(self.level)
        self.aliasesLabel.setBuddy(self.aliases)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgencyDialog)

        QMetaObject.connectSlotsByName(AgencyDialog)
    # setupUi

    def retranslateUi(self, AgencyDialog):
        AgencyDialog.setWindowTitle(QCoreApplication.translate("AgencyDialog", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.abbreviationLabel.setText(QCoreApplication.translate("AgencyDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e22\u0e48\u0e2d", None))
        self.abbreviation.setPlaceholderText(QCoreApplication.translate("AgencyDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e1e\u0e21\u0e08.", None))
        self.nameThLabel.setText(QCoreApplication.translate("AgencyDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19 (\u0e44\u0e17\u0e22)", None))
        self.nameEnLabel.setText(QCoreApplication.translate("AgencyDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e20\u0e32\u0e29\u0e32\u0e2d\u0e31\u0e07\u0e01\u0e24\u0e29", None))
        self.sectorLabel.setText(QCoreApplication.translate("AgencyDialog", u"\u0e20\u0e32\u0e04", None))
        self.levelLabel.setText(QCoreApplication.translate("AgencyDialog", u"\u0e23\u0e30\u0e14\u0e31\u0e1a", None))
        self.aliasesLabel.setText(QCoreApplication.translate("AgencyDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e40\u0e23\u0e35\u0e22\u0e01\u0e2d\u0e37\u0e48\u0e19 (\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e25\u0e30\u0e0a\u0e37\u0e48\u0e2d)", None))
        self.active.setText(QCoreApplication.translate("AgencyDialog", u"\u0e22\u0e31\u0e07\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u0e2d\u0e22\u0e39\u0e48", None))
        self.errorLabel.setText("")
    # retranslateUi
