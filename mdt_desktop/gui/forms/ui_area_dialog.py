# Generated from ui/area_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'area_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AreaDialog(object):
    def setupUi(self, AreaDialog):
        if not AreaDialog.objectName():
            AreaDialog.setObjectName(u"AreaDialog")
        AreaDialog.resize(460, 250)
        self.mainLayout = QVBoxLayout(AreaDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.levelLabel = QLabel(AreaDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(AreaDialog)
        self.level.setObjectName(u"level")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.level)

        self.parentLabel = QLabel(AreaDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parent = QComboBox(AreaDialog)
        self.parent.setObjectName(u"parent")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parent)

        self.nameThLabel = QLabel(AreaDialog)
        self.nameThLabel.setObjectName(u"nameThLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameThLabel)

        self.nameTh = QLineEdit(AreaDialog)
        self.nameTh.setObjectName(u"nameTh")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameTh)

        self.nameEnLabel = QLabel(AreaDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEn = QLineEdit(AreaDialog)
        self.nameEn.setObjectName(u"nameEn")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEn)

        self.codeLabel = QLabel(AreaDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(AreaDialog)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(16)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.code)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(AreaDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AreaDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.levelLabel.setBuddy(self.level)
        self.parentLabel.setBuddy(self.parent)
        self.nameThLabel.setBuddy(self.nameTh)
        self.nameEnLabel.setBuddy(self.nameEn)
        self.codeLabel.setBuddy(self.code)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.level, self.parent)
        QWidget.setTabOrder(self.parent, self.nameTh)
        QWidget.setTabOrder(self.nameTh, self.nameEn)
        QWidget.setTabOrder(self.nameEn, self.code)

        self.retranslateUi(AreaDialog)

        QMetaObject.connectSlotsByName(AreaDialog)
    # setupUi

    def retranslateUi(self, AreaDialog):
        AreaDialog.setWindowTitle(QCoreApplication.translate("AreaDialog", u"\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48", None))
        self.levelLabel.setText(QCoreApplication.translate("AreaDialog", u"\u0e23\u0e30\u0e14\u0e31\u0e1a", None))
        self.parentLabel.setText(QCoreApplication.translate("AreaDialog", u"\u0e2d\u0e22\u0e39\u0e48\u0e43\u0e19", None))
        self.nameThLabel.setText(QCoreApplication.translate("AreaDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48 (\u0e44\u0e17\u0e22)", None))
        self.nameTh.setPlaceholderText(QCoreApplication.translate("AreaDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e2d\u0e33\u0e40\u0e20\u0e2d\u0e40\u0e21\u0e37\u0e2d\u0e07\u0e2a\u0e21\u0e38\u0e17\u0e23\u0e2a\u0e07\u0e04\u0e23\u0e32\u0e21", None))
        self.nameEnLabel.setText(QCoreApplication.translate("AreaDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e20\u0e32\u0e29\u0e32\u0e2d\u0e31\u0e07\u0e01\u0e24\u0e29", None))
        self.codeLabel.setText(QCoreApplication.translate("AreaDialog", u"\u0e23\u0e2b\u0e31\u0e2a", None))
        self.code.setPlaceholderText(QCoreApplication.translate("AreaDialog", u"\u0e40\u0e0a\u0e48\u0e19 MKL", None))
        self.errorLabel.setText("")
    # retranslateUi
