# Generated from ui/body_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'body_dialog.ui'
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

class Ui_BodyDialog(object):
    def setupUi(self, BodyDialog):
        if not BodyDialog.objectName():
            BodyDialog.setObjectName(u"BodyDialog")
        BodyDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(BodyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameThLabel = QLabel(BodyDialog)
        self.nameThLabel.setObjectName(u"nameThLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameThLabel)

        self.nameTh = QLineEdit(BodyDialog)
        self.nameTh.setObjectName(u"nameTh")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameTh)

        self.kindLabel = QLabel(BodyDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(BodyDialog)
        self.kind.setObjectName(u"kind")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.selfLabelLabel = QLabel(BodyDialog)
        self.selfLabelLabel.setObjectName(u"selfLabelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.selfLabelLabel)

        self.selfLabel = QComboBox(BodyDialog)
        self.selfLabel.setObjectName(u"selfLabel")
        self.selfLabel.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.selfLabel)

        self.nameEnLabel = QLabel(BodyDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEn = QLineEdit(BodyDialog)
        self.nameEn.setObjectName(u"nameEn")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEn)

        self.levelLabel = QLabel(BodyDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(BodyDialog)
        self.level.setObjectName(u"level")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.level)

        self.areaLabel = QLabel(BodyDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QComboBox(BodyDialog)
        self.area.setObjectName(u"area")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.area)

        self.codeLabel = QLabel(BodyDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(BodyDialog)
        self.code.setObjectName(u"code")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.code)

        self.agendaTemplateLabel = QLabel(BodyDialog)
        self.agendaTemplateLabel.setObjectName(u"agendaTemplateLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.agendaTemplateLabel)

        self.agendaTemplate = QPlainTextEdit(BodyDialog)
        self.agendaTemplate.setObjectName(u"agendaTemplate")
        self.agendaTemplate.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.agendaTemplate)

        self.confidentialityLabel = QLabel(BodyDialog)
        self.confidentialityLabel.setObjectName(u"confidentialityLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.confidentialityLabel)

        self.confidentiality = QPlainTextEdit(BodyDialog)
        self.confidentiality.setObjectName(u"confidentiality")
        self.confidentiality.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.confidentiality)

        self.active = QCheckBox(BodyDialog)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.active)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(BodyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BodyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameThLabel.setBuddy(self.nameTh)
        self.kindLabel.setBuddy(self.kind)
        self.selfLabelLabel.setBuddy(self.selfLabel)
        self.nameEnLabel.setBuddy(self.nameEn)
        self.levelLabel.setBuddy(self.level)
        self.areaLabel.setBuddy(self.area)
        self.codeLabel.setBuddy(self.code)
        self.agendaTemplateLabel.setBuddy(self.agendaTemplate)
        self.confidentialityLabel.setBuddy(self.confidentiality)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BodyDialog)

        QMetaObject.connectSlotsByName(BodyDialog)
    # setupUi

    def retranslateUi(self, BodyDialog):
        BodyDialog.setWindowTitle(QCoreApplication.translate("BodyDialog", u"\u0e04\u0e13\u0e30/\u0e17\u0e35\u0e21", None))
        self.nameThLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e04\u0e13\u0e30/\u0e17\u0e35\u0e21", None))
        self.kindLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17", None))
        self.selfLabelLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e17\u0e35\u0e48\u0e43\u0e0a\u0e49\u0e40\u0e23\u0e35\u0e22\u0e01\u0e15\u0e19\u0e40\u0e2d\u0e07", None))
        self.nameEnLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e20\u0e32\u0e29\u0e32\u0e2d\u0e31\u0e07\u0e01\u0e24\u0e29", None))
        self.levelLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0e23\u0e30\u0e14\u0e31\u0e1a", None))
        self.areaLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48", None))
        self.codeLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e19\u0e33\u0e2b\u0e19\u0e49\u0e32\u0e23\u0e2b\u0e31\u0e2a\u0e01\u0e23\u0e13\u0e35", None))
        self.code.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"\u0e40\u0e0a\u0e48\u0e19 MKL (\u0e27\u0e48\u0e32\u0e07\u0e44\u0e27\u0e49: \u0e43\u0e0a\u0e49\u0e23\u0e2b\u0e31\u0e2a\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48)", None))
        self.agendaTemplateLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0e23\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e1a\u0e27\u0e32\u0e23\u0e30\u0e21\u0e32\u0e15\u0e23\u0e10\u0e32\u0e19 (\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e25\u0e30\u0e27\u0e32\u0e23\u0e30)", None))
        self.confidentialityLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0e04\u0e33\u0e41\u0e16\u0e25\u0e07\u0e01\u0e32\u0e23\u0e23\u0e31\u0e01\u0e29\u0e32\u0e04\u0e27\u0e32\u0e21\u0e25\u0e31\u0e1a", None))
        self.active.setText(QCoreApplication.translate("BodyDialog", u"\u0e22\u0e31\u0e07\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21\u0e2d\u0e22\u0e39\u0e48", None))
        self.errorLabel.setText("")
    # retranslateUi
